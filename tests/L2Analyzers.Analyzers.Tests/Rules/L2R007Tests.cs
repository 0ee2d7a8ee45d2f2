using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Rules;

public class L2R007Tests
{
    [Theory]
    [InlineData("L2(Lambda = 0.03)")]
    [InlineData("L2(Lambda = 0.97)")]
    [InlineData("L2()")]
    [InlineData("L2")]
    [InlineData("L2Attribute(Lambda = 0.03)")]
    [InlineData("L2Analyzers.L2(Lambda = 0.03)")]
    public Task An_attribute_without_a_mode_is_reported(string attribute) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        [{|L2R007:{{attribute}}|}]
        partial class Hidden { }
        """);

    [Theory]
    [InlineData("GradientPenalty")]
    [InlineData("DecayFactor")]
    public Task An_attribute_with_a_mode_is_not_reported(string mode) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        [L2(Lambda = 0.97, Mode = L2Mode.{{mode}})]
        partial class Hidden { }
        """.Replace("0.97", mode == "DecayFactor" ? "0.97" : "0.03"));

    [Fact]
    public Task The_message_says_what_the_lambda_means_in_each_mode() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [L2(Lambda = 0.97)]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R007").WithSpan(3, 2, 3, 19).WithArguments("[L2] without Mode reads 0.97 as GradientPenalty: it adds 0.97·w to each gradient, removing η·97% of each weight per step.", "State its convention: Mode = DecayFactor (keep 97% per step)."));

    [Fact]
    public Task The_message_leaves_out_modes_that_reject_the_lambda() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 0.1)]
        class Net { }

        [L2(Lambda = 2)]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R007").WithSpan(6, 2, 6, 16).WithArguments("[L2] without Mode reads 2 as GradientPenalty: it adds 2·w to each gradient, removing 20% of each weight per step at η = 0.1.", "No mode makes 2 plausible; state the Mode and a typical Lambda."));

    [Fact]
    public Task Without_any_argument_the_message_says_it_regularizes_nothing() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [L2]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R007").WithSpan(3, 2, 3, 4).WithArguments("[L2] states neither Mode nor Lambda, so it is GradientPenalty with λ = 0, which regularizes nothing.", "State both, such as Mode = GradientPenalty, Lambda = 0.03."));

    [Fact]
    public Task Only_L2R007_judges_a_lambda_without_a_mode() => Verify.VerifyAsync("""
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 10, Optimizer = OptimizerKind.Adam)]
        class Net { }

        [{|L2R007:L2(Lambda = 0.97)|}]
        partial class Hidden { }
        """);
}
