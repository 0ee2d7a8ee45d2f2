using L2Analyzers.Analyzers;
using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Rules;

public class L2R001Tests
{
    [Theory]
    [InlineData("0.97")]
    [InlineData("0.5")]
    [InlineData("0.999")]
    public Task WeightDecay_with_a_retention_like_lambda_is_reported(string lambda) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = {{lambda}}|})]
        partial class Hidden { }
        """);

    [Theory]
    [InlineData("0.0015")]
    [InlineData("0.4999")]
    [InlineData("0")]
    public Task WeightDecay_with_a_small_lambda_is_not_reported(string lambda) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        [L2(Mode = L2Mode.WeightDecay, Lambda = {{lambda}})]
        partial class Hidden { }
        """);

    [Fact]
    public Task Field_attribute_is_checked_too() => Verify.VerifyAsync("""
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|})]
            public double[] Weights = new double[4];
        }
        """);

    [Fact]
    public async Task Message_says_what_the_value_does_and_what_was_probably_meant()
    {
        var test = new Verification.AnalyzerVerifier<L2AttributeAnalyzer>.Test
        {
            TestCode = """
                using L2Analyzers;

                [L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)]
                partial class Hidden { }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("L2R001")
            .WithSpan(3, 32, 3, 45)
            .WithArguments(
                "Lambda",
                "0.97",
                "L2Mode.WeightDecay (w ← w − λ·w)",
                "it removes 97% of each weight per step and keeps 3%; as a retention factor it would keep 97%. Equivalent values: DecayFactor 0.03 (the same update), or, if 0.97 was meant as a retention factor, DecayFactor 0.97 = WeightDecay 0.03"));
        await test.RunAsync();
    }
}
