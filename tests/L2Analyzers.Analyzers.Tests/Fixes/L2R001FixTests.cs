using Fix = L2Analyzers.Analyzers.Tests.Verification.CodeFixVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer, L2Analyzers.CodeFixes.ModeChangeCodeFixProvider>;

namespace L2Analyzers.Analyzers.Tests.Fixes;

public class L2R001FixTests
{
    private const string TutorialLayer = """
        using L2Analyzers;

        [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|})]
        partial class Hidden { }
        """;

    [Fact]
    public Task A_retention_factor_written_as_decay_becomes_DecayFactor() => Fix.VerifyAsync(
        TutorialLayer,
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]
        partial class Hidden { }
        """,
        "L2R001.Suggested",
        "Keep 97% per step: Mode = DecayFactor, Lambda = 0.97");

    [Fact]
    public Task A_retention_factor_written_as_decay_becomes_its_decay_amount() => Fix.VerifyAsync(
        TutorialLayer,
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.03)]
        partial class Hidden { }
        """,
        "L2R001.WeightDecay",
        "Remove 3% per step: Mode = WeightDecay, Lambda = 0.03");

    [Theory]
    [InlineData("L2R001.Suggested", "Remove 3% per step: Mode = WeightDecay, Lambda = 0.03", "WeightDecay", "0.03")]
    [InlineData("L2R001.DecayFactor", "Keep 97% per step: Mode = DecayFactor, Lambda = 0.97", "DecayFactor", "0.97")]
    [InlineData("L2R001.GradientPenalty", "Gradient penalty 0.03: Mode = GradientPenalty, Lambda = 0.03", "GradientPenalty", "0.03")]
    public Task A_small_DecayFactor_offers_each_reading(string key, string title, string mode, string lambda) => Fix.VerifyAsync(
        """
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.DecayFactor, {|L2R001:Lambda = 0.03|})]
            public double[] Weights = new double[4];
        }
        """,
        $$"""
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.{{mode}}, Lambda = {{lambda}})]
            public double[] Weights = new double[4];
        }
        """,
        key,
        title);

    [Fact]
    public Task With_a_known_learning_rate_the_mode_can_stay_and_the_lambda_is_rescaled() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 0.5)]
        class Net { }

        [L2(Mode = L2Mode.GradientPenalty, {|L2R001:Lambda = 0.97|})]
        partial class Hidden { }
        """,
        """
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 0.5)]
        class Net { }

        [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.06)]
        partial class Hidden { }
        """,
        "L2R001.GradientPenalty",
        "Remove 3% per step at η = 0.5: Mode = GradientPenalty, Lambda = 0.06");

    [Fact]
    public async Task A_reading_that_would_itself_be_suspicious_is_not_offered()
    {
        var test = new Verification.CodeFixVerifier<L2AttributeAnalyzer, CodeFixes.ModeChangeCodeFixProvider>.Test
        {
            TestCode = """
                using L2Analyzers;

                [Network(typeof(Hidden), LearningRate = 0.05)]
                class Net { }

                [L2(Mode = L2Mode.GradientPenalty, {|L2R001:Lambda = 0.97|})]
                partial class Hidden { }
                """,
            FixedCode = """
                using L2Analyzers;

                [Network(typeof(Hidden), LearningRate = 0.05)]
                class Net { }

                [L2(Mode = L2Mode.GradientPenalty, {|L2R001:Lambda = 0.97|})]
                partial class Hidden { }
                """,
            FixedState = { MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow },
            CodeActionEquivalenceKey = "L2R001.GradientPenalty",
        };
        await test.RunAsync();
    }

    [Fact]
    public Task An_unchanged_lambda_keeps_its_expression_and_a_qualified_mode_keeps_its_qualification() => Fix.VerifyAsync(
        """
        static class Settings
        {
            public const double Retention = 0.97;
        }

        [L2Analyzers.L2(Mode = L2Analyzers.L2Mode.WeightDecay, {|L2R001:Lambda = Settings.Retention|})]
        partial class Hidden { }
        """,
        """
        static class Settings
        {
            public const double Retention = 0.97;
        }

        [L2Analyzers.L2(Mode = L2Analyzers.L2Mode.DecayFactor, Lambda = Settings.Retention)]
        partial class Hidden { }
        """,
        "L2R001.Suggested");

    [Fact]
    public Task A_mode_given_by_a_constant_is_replaced_by_the_enum_member() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        static class Settings
        {
            public const L2Mode WeightDecay = L2Mode.WeightDecay;
        }

        [L2(Mode = Settings.WeightDecay, {|L2R001:Lambda = 0.97|})]
        partial class Hidden { }
        """,
        """
        using L2Analyzers;

        static class Settings
        {
            public const L2Mode WeightDecay = L2Mode.WeightDecay;
        }

        [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]
        partial class Hidden { }
        """,
        "L2R001.Suggested");

    [Fact]
    public Task Fix_all_from_the_suggested_fix_gives_each_attribute_its_own_suggestion() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|})]
        partial class Hidden { }

        class Recurrent
        {
            [L2({|L2R001:Lambda = 0.9|}, Mode = L2Mode.ScaledWeightDecay)]
            public double[] Weights = new double[4];
        }

        class Output
        {
            [L2(Mode = L2Mode.DecayFactor, {|L2R001:Lambda = 0.03|})]
            public float[] Weights { get; } = new float[4];
        }
        """,
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]
        partial class Hidden { }

        class Recurrent
        {
            [L2(Lambda = 0.9, Mode = L2Mode.DecayFactor)]
            public double[] Weights = new double[4];
        }

        class Output
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.03)]
            public float[] Weights { get; } = new float[4];
        }
        """,
        "L2R001.Suggested");

    /// <summary>No reading of 3 is plausible (a penalty of 3 cannot be a fraction to keep): the fix writes the typical value.</summary>
    [Fact]
    public Task A_penalty_of_one_or_more_offers_the_typical_value() => Fix.VerifyAsync(
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.GradientPenalty, {|L2R001:Lambda = 3|})]
        partial class Hidden { }
        """,
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]
        partial class Hidden { }
        """,
        "L2R001.Suggested",
        "Use a typical value: Mode = GradientPenalty, Lambda = 0.03");
}
