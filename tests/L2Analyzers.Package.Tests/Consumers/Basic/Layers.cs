using L2Analyzers;

namespace Consumer;

public partial class Hidden
{
    [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.25)]
    public float[] Weights = { 1f, -2f, 4f };
}

public partial class Tutorial
{
    [L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)] // line 13: L2R001
    public double[] Weights = { 1.0, -2.0 };
}

public partial class Output
{
    [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
    public double[] Weights = { 1.0, -2.0 };

    [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)] // line 22: L2R002
    public double[] Biases = { 0.5 };
}
