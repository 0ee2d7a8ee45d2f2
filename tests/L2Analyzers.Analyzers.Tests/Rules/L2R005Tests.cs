using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Rules;

public class L2R005Tests
{
    [Fact]
    public Task A_gradient_penalty_under_Adam_is_reported_at_its_mode() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 0.001, Optimizer = OptimizerKind.Adam)]
        class Net { }

        [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.01)]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R005").WithSpan(6, 5, 6, 34).WithArguments("Lambda = 0.01 in L2Mode.GradientPenalty adds its penalty to the gradient before Adam rescales it, so weights with large gradients are barely decayed.", "Write Mode = ScaledWeightDecay, Lambda = 0.01 (decoupled, as AdamW)."));

    [Fact]
    public Task Members_of_a_layer_trained_with_Adam_are_reported() => Verify.VerifyAsync("""
        using L2Analyzers;

        [Network(typeof(Hidden), Optimizer = OptimizerKind.Adam)]
        class Net { }

        class Hidden
        {
            [L2({|L2R005:Mode = L2Mode.GradientPenalty|}, Lambda = 0.01)]
            public double[] Weights = new double[4];
        }
        """);

    [Fact]
    public Task A_non_constant_lambda_is_still_coupled() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Hidden), Optimizer = OptimizerKind.Adam)]
        class Net { }

        [L2(Mode = L2Mode.GradientPenalty, Lambda = {|CS0182:Hidden.Strength|})]
        partial class Hidden { public static double Strength = 0.01; }
        """,
        Verify.Diagnostic("L2R005").WithSpan(6, 5, 6, 34).WithArguments("Mode = GradientPenalty adds its penalty to the gradient before Adam rescales it, so weights with large gradients are barely decayed.", "Write Mode = ScaledWeightDecay (decoupled, as AdamW)."));

    [Theory]
    [InlineData("Sgd", "GradientPenalty")]
    [InlineData("Momentum", "GradientPenalty")]
    [InlineData("Adam", "ScaledWeightDecay")]
    [InlineData("Adam", "WeightDecay")]
    [InlineData("Adam", "DecayFactor")]
    public Task Other_combinations_are_not_reported(string optimizer, string mode) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        [Network(typeof(Hidden), Optimizer = OptimizerKind.{{optimizer}})]
        class Net { }

        [L2(Mode = L2Mode.{{mode}}, Lambda = 0.9)]
        partial class Hidden { }
        """.Replace("Lambda = 0.9", mode == "DecayFactor" ? "Lambda = 0.999" : "Lambda = 0.001"));

    [Fact]
    public Task A_network_without_an_optimizer_trains_with_Sgd() => Verify.VerifyAsync("""
        using L2Analyzers;

        [Network(typeof(Hidden))]
        class Net { }

        [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.01)]
        partial class Hidden { }
        """);
}
