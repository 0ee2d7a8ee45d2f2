using L2Analyzers;

namespace Consumer.L2R001RuntimeCallDeclaration;

public static class Training
{
    public static void Step(double[] hidden, double[] hiddenGradients, double[] output, double[] outputGradients)
    {
        const double retention = 0.03;
        L2Update.Step(L2Mode.DecayFactor, retention, hidden, hiddenGradients, 0.05);
        L2Update.Step(L2Mode.DecayFactor, retention, output, outputGradients, 0.05);
    }
}
