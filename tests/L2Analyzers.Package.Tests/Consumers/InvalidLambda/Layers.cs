using L2Analyzers;

namespace Consumer;

public partial class GrowingLayer
{
    [L2(Mode = L2Mode.DecayFactor, Lambda = 1.2)] // line 7: L2R003, an error
    public double[] Weights = { 1.0, -2.0 };
}
