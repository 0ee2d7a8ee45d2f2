using L2Analyzers.CodeFixes;
using Fix = L2Analyzers.Analyzers.Tests.Verification.CodeFixVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer, L2Analyzers.CodeFixes.ModeChangeCodeFixProvider>;

namespace L2Analyzers.Analyzers.Tests.Fixes;

public class SmokeTests
{
    [Fact]
    public Task Smoke() => Fix.VerifyAsync("""
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|})]
            public double[] Weights = new double[4];

            [L2({|L2R001:Lambda = 0.9|}, Mode = L2Mode.WeightDecay)]
            public double[] Other = new double[4];
        }
        """, """
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]
            public double[] Weights = new double[4];

            [L2(Lambda = 0.9, Mode = L2Mode.DecayFactor)]
            public double[] Other = new double[4];
        }
        """, "L2R001.DecayFactor");
}
