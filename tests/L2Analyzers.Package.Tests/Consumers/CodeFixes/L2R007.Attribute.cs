using L2Analyzers;

namespace Consumer.L2R007Attribute;

public partial class Layer
{
    [L2(Lambda = 0.0015)]
    public double[] Weights = { 1.0, -2.0 };
}
