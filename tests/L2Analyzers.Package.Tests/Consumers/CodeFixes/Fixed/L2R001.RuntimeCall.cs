using L2Analyzers;

namespace Consumer.L2R001RuntimeCall;

public static class Training
{
    public static void Step(double[] weights, double[] gradients) =>
        L2Update.Step(L2Mode.DecayFactor, 0.97, weights, gradients, 0.05);
}
