using Fix = L2Analyzers.Analyzers.Tests.Verification.CodeFixVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer, L2Analyzers.CodeFixes.ModeChangeCodeFixProvider>;

namespace L2Analyzers.Analyzers.Tests.Fixes;

public class L2R005FixTests
{
    [Fact]
    public Task A_coupled_penalty_under_Adam_becomes_decoupled_with_the_same_value() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Hidden), typeof(Output), Optimizer = OptimizerKind.Adam)]
        class Net { }

        [L2({|L2R005:Mode = L2Mode.GradientPenalty|}, Lambda = 0.01)]
        partial class Hidden { }

        class Output
        {
            const double Strength = 0.001;

            [L2({|L2R005:Mode = L2Mode.GradientPenalty|}, Lambda = Strength)]
            public double[] Weights = new double[4];
        }
        """,
        """
        using L2Analyzers;

        [Network(typeof(Hidden), typeof(Output), Optimizer = OptimizerKind.Adam)]
        class Net { }

        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.01)]
        partial class Hidden { }

        class Output
        {
            const double Strength = 0.001;

            [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = Strength)]
            public double[] Weights = new double[4];
        }
        """,
        "L2R005.ScaledWeightDecay");

    [Fact]
    public Task The_title_names_the_decoupled_setting() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Hidden), Optimizer = OptimizerKind.Adam)]
        class Net { }

        [L2({|L2R005:Mode = L2Mode.GradientPenalty|}, Lambda = 0.01)]
        partial class Hidden { }
        """,
        """
        using L2Analyzers;

        [Network(typeof(Hidden), Optimizer = OptimizerKind.Adam)]
        class Net { }

        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.01)]
        partial class Hidden { }
        """,
        "L2R005.ScaledWeightDecay",
        "Decouple the decay (AdamW): Mode = ScaledWeightDecay, Lambda = 0.01");
}
