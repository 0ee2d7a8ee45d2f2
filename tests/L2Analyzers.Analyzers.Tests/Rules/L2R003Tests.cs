using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Rules;

public class L2R003Tests
{
    [Theory]
    [InlineData("GradientPenalty", "-0.01")]
    [InlineData("WeightDecay", "-1e-9")]
    [InlineData("ScaledWeightDecay", "-0.5")]
    [InlineData("DecayFactor", "-0.97")]
    [InlineData("GradientPenalty", "double.NaN")]
    [InlineData("DecayFactor", "double.NaN")]
    [InlineData("ScaledWeightDecay", "double.PositiveInfinity")]
    [InlineData("WeightDecay", "double.NegativeInfinity")]
    [InlineData("GradientPenalty", "1.0 / 0")]
    [InlineData("WeightDecay", "1")]
    [InlineData("WeightDecay", "1.5")]
    [InlineData("WeightDecay", "2.5")]
    [InlineData("DecayFactor", "0")]
    [InlineData("DecayFactor", "1")]
    [InlineData("DecayFactor", "1.2")]
    public Task An_invalid_lambda_is_an_error(string mode, string lambda) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        [L2(Mode = L2Mode.{{mode}}, {|L2R003:Lambda = {{lambda}}|})]
        partial class Hidden { }
        """);

    /// <summary>The valid side of each boundary (some are suspicious, L2R001, but none is invalid).</summary>
    [Theory]
    [InlineData("GradientPenalty", "0")]
    [InlineData("GradientPenalty", "25")]
    [InlineData("ScaledWeightDecay", "0")]
    [InlineData("WeightDecay", "0")]
    [InlineData("WeightDecay", "0.999")]
    [InlineData("DecayFactor", "1e-9")]
    [InlineData("DecayFactor", "0.999")]
    public async Task A_valid_lambda_is_not_an_error(string mode, string lambda)
    {
        var test = new Verification.AnalyzerVerifier<L2AttributeAnalyzer>.Test
        {
            TestCode = $$"""
                using L2Analyzers;

                [L2(Mode = L2Mode.{{mode}}, Lambda = {{lambda}})]
                partial class Hidden { }
                """,
        };
        test.DisabledDiagnostics.Add("L2R001");
        await test.RunAsync();
    }

    [Fact]
    public Task The_message_says_what_happens_and_the_valid_range() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.DecayFactor, Lambda = 1.2)]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R003").WithSpan(3, 32, 3, 44).WithArguments("Lambda = 1.2 in L2Mode.DecayFactor is invalid: it grows every weight by 20% per step.", "Valid range: 0 < λ < 1."));

    [Fact]
    public Task A_DecayFactor_without_Lambda_zeroes_the_weights() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.DecayFactor)]
        partial class Hidden { }
        """,
        Verify.Diagnostic("L2R003").WithSpan(3, 2, 3, 31).WithArguments("Lambda = 0 in L2Mode.DecayFactor is invalid: it sets every weight to 0 each step.", "Valid range: 0 < λ < 1."));

    [Fact]
    public Task A_negative_lambda_is_an_error_even_without_a_mode() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [{|L2R007:L2({|L2R003:Lambda = -0.03|})|}]
        partial class Hidden { }
        """);

    [Fact]
    public Task Invalid_lambdas_are_not_also_judged_as_suspicious_or_unstable() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 0.5, Optimizer = OptimizerKind.Adam)]
        class Net { }

        [L2(Mode = L2Mode.GradientPenalty, {|L2R003:Lambda = -3|})]
        partial class Hidden { }
        """);

    [Fact]
    public Task Constant_expressions_are_understood() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        class Layer
        {
            const double Penalty = 0.03;

            [L2(Mode = L2Mode.DecayFactor, {|L2R003:Lambda = Penalty - 1|})]
            public double[] Weights = new double[4];

            [L2(Mode = L2Mode.WeightDecay, {|L2R003:Lambda = 1 + Penalty|})]
            public double[] Kernel = new double[4];
        }
        """);
}
