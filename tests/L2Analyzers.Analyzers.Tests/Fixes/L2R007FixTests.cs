using L2Analyzers.CodeFixes;
using Fix = L2Analyzers.Analyzers.Tests.Verification.CodeFixVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer, L2Analyzers.CodeFixes.ModeChangeCodeFixProvider>;

namespace L2Analyzers.Analyzers.Tests.Fixes;

public class L2R007FixTests
{
    [Theory]
    [InlineData("L2R007.GradientPenalty", "GradientPenalty")]
    [InlineData("L2R007.ScaledWeightDecay", "ScaledWeightDecay")]
    [InlineData("L2R007.WeightDecay", "WeightDecay")]
    [InlineData("L2R007.DecayFactor", "DecayFactor")]
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
        """.Replace("Lambda = 0.0015", mode == "DecayFactor" ? "{|L2R001:Lambda = 0.0015|}" : "Lambda = 0.0015"),
        key);

    [Theory]
    [InlineData("0.97", 0, "State the mode: Mode = DecayFactor (keep 97% per step)")]
    [InlineData("0.97", 1, "State the mode: Mode = GradientPenalty (add 0.97·w to the gradient)")]
    [InlineData("0.03", 0, "State the mode: Mode = GradientPenalty (add 0.03·w to the gradient)")]
    [InlineData("0.03", 1, "State the mode: Mode = ScaledWeightDecay (decay η·3% per step)")]
    [InlineData("0.03", 2, "State the mode: Mode = WeightDecay (decay 3% per step)")]
    [InlineData("0.03", 3, "State the mode: Mode = DecayFactor (keep 3% per step)")]
    [InlineData("2", 1, "State the mode: Mode = ScaledWeightDecay (decay η·200% per step)")]
    public async Task The_likeliest_mode_for_the_value_comes_first(string lambda, int index, string title)
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

        // Fixes in a mode the value looks wrong in are offered last; what they leave is L2R001's concern, not this test's.
        test.DisabledDiagnostics.Add("L2R001");
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
        "State the mode: Mode = GradientPenalty (add 0·w to the gradient)");

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
