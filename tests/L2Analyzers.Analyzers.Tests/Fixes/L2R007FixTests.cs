using L2Analyzers.CodeFixes;
using Fix = L2Analyzers.Analyzers.Tests.Verification.CodeFixVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer, L2Analyzers.CodeFixes.ModeChangeCodeFixProvider>;

namespace L2Analyzers.Analyzers.Tests.Fixes;

public class L2R007FixTests
{
    [Theory]
    [InlineData("L2R007.GradientPenalty", "GradientPenalty")]
    [InlineData("L2R007.ScaledWeightDecay", "ScaledWeightDecay")]
    [InlineData("L2R007.WeightDecay", "WeightDecay")]
    public Task Each_mode_is_its_own_fix(string key, string mode) => Fix.VerifyAsync(
        """
        using L2Analyzers;

        [{|L2R007:L2(Lambda = 0.0015)|}]
        partial class Hidden { }
        """,
        $$"""
        using L2Analyzers;

        [L2(Mode = L2Mode.{{mode}}, Lambda = 0.0015)]
        partial class Hidden { }
        """,
        key);

    /// <summary>DecayFactor 0.0015 would keep 0.15% of each weight per step: L2R001 would flag the result, so it is not offered.</summary>
    [Fact]
    public Task A_mode_that_would_be_flagged_is_not_offered() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        [{|L2R007:L2(Lambda = 0.0015)|}]
        partial class Hidden { }
        """,
        """
        using L2Analyzers;

        [{|L2R007:L2(Lambda = 0.0015)|}]
        partial class Hidden { }
        """,
        "L2R007.DecayFactor");

    [Theory]
    [InlineData("0.97", 0, "State the mode: Mode = DecayFactor (keep 97% per step)")]
    [InlineData("0.03", 0, "State the mode: Mode = GradientPenalty (the default)")]
    [InlineData("0.03", 1, "State the mode: Mode = ScaledWeightDecay (decoupled, as AdamW)")]
    [InlineData("0.03", 2, "State the mode: Mode = WeightDecay (remove 3% per step)")]
    public async Task Only_modes_that_accept_the_value_are_offered_the_default_first(string lambda, int index, string title)
    {
        var test = new Verification.CodeFixVerifier<L2AttributeAnalyzer, ModeChangeCodeFixProvider>.Test
        {
            TestCode = $$"""
                using L2Analyzers;

                [{|L2R007:L2(Lambda = {{lambda}})|}]
                partial class Hidden { }
                """,
            FixedCode = $$"""
                using L2Analyzers;

                [L2(Mode = L2Mode.{{title.Split(' ')[5]}}, Lambda = {{lambda}})]
                partial class Hidden { }
                """,
            CodeActionIndex = index,
            CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title),
        };

        await test.RunAsync();
    }

    [Fact]
    public Task A_bare_attribute_gets_an_argument_list() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        [{|L2R007:L2|}]
        partial class Hidden { }
        """,
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.GradientPenalty)]
        partial class Hidden { }
        """,
        "L2R007.GradientPenalty",
        "State the mode: Mode = GradientPenalty");

    [Fact]
    public Task Without_a_using_the_mode_is_qualified() => Fix.VerifyAsync(
        """
        class Layer
        {
            [{|L2R007:L2Analyzers.L2(Lambda = 0.03)|}]
            public double[] Weights = new double[4];
        }
        """,
        """
        class Layer
        {
            [L2Analyzers.L2(Mode = L2Analyzers.L2Mode.WeightDecay, Lambda = 0.03)]
            public double[] Weights = new double[4];
        }
        """,
        "L2R007.WeightDecay");

    [Fact]
    public Task Fix_all_states_the_same_mode_everywhere() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        [{|L2R007:L2(Lambda = 0.0015)|}]
        partial class Hidden { }

        class Recurrent
        {
            [{|L2R007:L2(Lambda = 0.001)|}]
            public double[] Weights = new double[4];
        }
        """,
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.0015)]
        partial class Hidden { }

        class Recurrent
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public double[] Weights = new double[4];
        }
        """,
        "L2R007.WeightDecay");

    [Fact]
    public async Task A_non_constant_lambda_keeps_its_expression()
    {
        await new Verification.CodeFixVerifier<L2AttributeAnalyzer, ModeChangeCodeFixProvider>.Test
        {
            TestCode = """
                using L2Analyzers;

                [{|L2R007:L2(Lambda = {|CS0182:Hidden.Strength|})|}]
                partial class Hidden { public static double Strength = 0.01; }
                """,
            FixedCode = """
                using L2Analyzers;

                [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = {|CS0182:Hidden.Strength|})]
                partial class Hidden { public static double Strength = 0.01; }
                """,
            CodeActionEquivalenceKey = "L2R007.ScaledWeightDecay",
            CodeActionVerifier = (action, verifier) => verifier.Equal("State the mode: Mode = ScaledWeightDecay", action.Title),
        }.RunAsync();
    }
}
