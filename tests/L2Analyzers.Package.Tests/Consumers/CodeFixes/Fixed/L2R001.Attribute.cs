using L2Analyzers;

namespace Consumer.L2R001Attribute;

public partial class Layer
{
    [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]
    public double[] Weights = { 1.0, -2.0 };
}
