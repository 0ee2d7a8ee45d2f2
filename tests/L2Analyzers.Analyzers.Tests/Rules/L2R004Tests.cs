using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Rules;

public class L2R004Tests
{
    [Theory]
    [InlineData("GradientPenalty", "10", "0.1")]
    [InlineData("ScaledWeightDecay", "10", "0.1")]
    [InlineData("GradientPenalty", "4", "0.3")]
    [InlineData("ScaledWeightDecay", "5", "0.45")]
    public Task Eta_times_lambda_of_one_or_more_is_reported(string mode, string eta, string lambda) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = {{eta}})]
        class Net { }

        [L2(Mode = L2Mode.{{mode}}, {|L2R004:Lambda = {{lambda}}|})]
        partial class Hidden { }
        """);

    [Theory]
    [InlineData("GradientPenalty", "10", "0.00999")]
    [InlineData("ScaledWeightDecay", "10", "0.00999")]
    [InlineData("GradientPenalty", "0.05", "0.03")]
    [InlineData("ScaledWeightDecay", "0.001", "0.1")]
    public Task Eta_times_lambda_below_one_is_not_reported(string mode, string eta, string lambda) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = {{eta}})]
        class Net { }

        [L2(Mode = L2Mode.{{mode}}, Lambda = {{lambda}})]
        partial class Hidden { }
        """);

    [Fact]
    public Task Without_a_stated_learning_rate_nothing_is_reported() => Verify.VerifyAsync("""
        using L2Analyzers;

        [Network(typeof(Hidden))]
        class Net { }

        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.3)]
        partial class Hidden { }
        """);

    [Theory]
    [InlineData("")]
    [InlineData(", LearningRate = 0.01")]
    public Task An_unstated_learning_rate_is_the_default_the_generated_network_trains_with(string learningRate) => Verify.VerifyAsync(
        $$"""
        using L2Analyzers;

        [Network(typeof(Input), typeof(Hidden){{learningRate}})]
        class Net { }

        [DenseLayer(2, 3)]
        partial class Input { }

        [DenseLayer(3, 1)]
        [L2(Mode = L2Mode.GradientPenalty, Lambda = 150)]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R004").WithSpan(10, 36, 10, 48).WithArguments("Lambda = 150 in L2Mode.GradientPenalty at η = 0.01 gives η·λ = 1.5: each step multiplies every weight by -0.5, flipping its sign.", "Keep Lambda below 1/η = 100; typical values are 1e-5 … 0.1."));

    [Fact]
    public Task A_layer_in_no_network_is_not_judged() => Verify.VerifyAsync("""
        using L2Analyzers;

        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.3)]
        partial class Hidden { }
        """);

    [Fact]
    public Task The_message_gives_the_product_the_factor_and_the_limit() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 10)]
        class Net { }

        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.15)]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R004").WithSpan(6, 38, 6, 51).WithArguments("Lambda = 0.15 in L2Mode.ScaledWeightDecay at η = 10 gives η·λ = 1.5: each step multiplies every weight by -0.5, flipping its sign.", "Keep Lambda below 1/η = 0.1; typical values are 1e-4 … 0.1."));

    [Fact]
    public Task The_message_says_when_training_diverges() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 10)]
        class Net { }

        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.25)]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R004").WithSpan(6, 38, 6, 51).WithArguments("Lambda = 0.25 in L2Mode.ScaledWeightDecay at η = 10 gives η·λ = 2.5: each step multiplies every weight by -1.5: the weights flip sign and grow without bound.", "Keep Lambda below 1/η = 0.1; typical values are 1e-4 … 0.1."));

    [Theory]
    [InlineData("0.1", "η·λ = 1: each step multiplies every weight by 0, setting every weight to 0.")]
    [InlineData("0.1001", "η·λ = 1.001: each step multiplies every weight by -0.001, flipping its sign.")]
    [InlineData("0.1999", "η·λ = 1.999: each step multiplies every weight by -0.999, flipping its sign.")]
    [InlineData("0.2", "η·λ = 2: each step multiplies every weight by -1: the weights flip sign every step and never shrink.")]
    [InlineData("0.2001", "η·λ = 2.001: each step multiplies every weight by -1.001: the weights flip sign and grow without bound.")]
    public Task The_message_is_true_at_and_around_the_boundaries(string lambda, string effect) => Verify.VerifyAsync(
        $$"""
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 10)]
        class Net { }

        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = {{lambda}})]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R004").WithSpan(6, 38, 6, 47 + lambda.Length).WithArguments(
            $"Lambda = {lambda} in L2Mode.ScaledWeightDecay at η = 10 gives {effect}",
            "Keep Lambda below 1/η = 0.1; typical values are 1e-4 … 0.1."));

    /// <summary>Just below η·λ = 1 the value is stable but removes 99.9% of each weight per step: L2R001's, not L2R004's.</summary>
    [Fact]
    public Task Just_below_one_is_stable_and_reported_as_too_strong() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 10)]
        class Net { }

        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.0999)]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R001").WithSpan(6, 38, 6, 53).WithArguments(
            "Lambda = 0.0999 in L2Mode.ScaledWeightDecay removes 99.9% of each weight per step at η = 10.",
            "No other reading is plausible; typical values are 1e-4 … 0.1, such as Mode = ScaledWeightDecay, Lambda = 0.01."));

    [Fact]
    public Task Each_network_is_checked_with_its_own_learning_rate() => Verify.VerifyAsync("""
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 0.01)]
        class Slow { }

        [Network(typeof(Hidden), LearningRate = 10)]
        class Fast { }

        class Hidden
        {
            [L2(Mode = L2Mode.ScaledWeightDecay, {|L2R004:Lambda = 0.2|})]
            public double[] Weights = new double[4];
        }
        """);

    [Fact]
    public Task A_penalty_under_Adam_is_L2R005_not_L2R004() => Verify.VerifyAsync("""
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 10, Optimizer = OptimizerKind.Adam)]
        class Net { }

        [L2({|L2R005:Mode = L2Mode.GradientPenalty|}, Lambda = 0.2)]
        partial class Hidden { }
        """);

    [Fact]
    public Task Decoupled_decay_under_Adam_is_still_checked() => Verify.VerifyAsync("""
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 10, Optimizer = OptimizerKind.Adam)]
        class Net { }

        [L2(Mode = L2Mode.ScaledWeightDecay, {|L2R004:Lambda = 0.2|})]
        partial class Hidden { }
        """);
}
