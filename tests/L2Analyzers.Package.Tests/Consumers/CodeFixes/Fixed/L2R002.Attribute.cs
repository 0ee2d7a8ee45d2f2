using L2Analyzers;

namespace Consumer.L2R002Attribute;

public partial class Layer
{
    [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
    public double[] Weights = { 1.0, -2.0 };

    public double[] Biases = { 0.5 };
}
