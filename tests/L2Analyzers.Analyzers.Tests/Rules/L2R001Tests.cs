using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Rules;

public class L2R001Tests
{
    [Theory]
    [InlineData("WeightDecay", "0.97")]
    [InlineData("WeightDecay", "0.5")]
    [InlineData("WeightDecay", "0.999")]
    [InlineData("GradientPenalty", "0.5")]
    [InlineData("GradientPenalty", "0.97")]
    [InlineData("GradientPenalty", "3")]
    [InlineData("ScaledWeightDecay", "0.5")]
    [InlineData("ScaledWeightDecay", "0.9")]
    [InlineData("DecayFactor", "0.4999")]
    [InlineData("DecayFactor", "0.03")]
    [InlineData("DecayFactor", "1e-9")]
    [InlineData("WeightDecay", "0.4999")] // removes half of each weight per step, more than the 10% limit
    [InlineData("DecayFactor", "0.5")]
    [InlineData("DecayFactor", "0.8999")]
    public Task A_lambda_from_another_convention_is_reported(string mode, string lambda) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        [L2(Mode = L2Mode.{{mode}}, {|L2R001:Lambda = {{lambda}}|})]
        partial class Hidden { }
        """);

    /// <summary>The typical values of each convention (docs/conventions.md, "The four modes") and the thresholds' other side.</summary>
    [Theory]
    [InlineData("WeightDecay", "0.1")]
    [InlineData("WeightDecay", "0.0015")]
    [InlineData("WeightDecay", "1e-6")]
    [InlineData("WeightDecay", "0.01")]
    [InlineData("WeightDecay", "0")]
    [InlineData("GradientPenalty", "0.4999")]
    [InlineData("GradientPenalty", "0.03")]
    [InlineData("GradientPenalty", "1e-5")]
    [InlineData("GradientPenalty", "0.1")]
    [InlineData("GradientPenalty", "0")]
    [InlineData("ScaledWeightDecay", "0.4999")]
    [InlineData("ScaledWeightDecay", "0.01")]
    [InlineData("ScaledWeightDecay", "0.004")]
    [InlineData("ScaledWeightDecay", "0.1")]
    [InlineData("DecayFactor", "0.9")]
    [InlineData("DecayFactor", "0.97")]
    [InlineData("DecayFactor", "0.9985")]
    [InlineData("DecayFactor", "0.99999")]
    public Task A_typical_lambda_is_not_reported(string mode, string lambda) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        [L2(Mode = L2Mode.{{mode}}, Lambda = {{lambda}})]
        partial class Hidden { }
        """);

    [Fact]
    public Task Field_and_property_attributes_are_checked_too() => Verify.VerifyAsync("""
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|})]
            public double[] Weights = new double[4];

            [L2(Mode = L2Mode.DecayFactor, {|L2R001:Lambda = 0.03|})]
            public float[] Kernel { get; } = new float[4];
        }
        """);

    [Fact]
    public Task Const_fields_and_constant_expressions_are_understood() => Verify.VerifyAsync("""
        using L2Analyzers;

        static class Settings
        {
            public const double Penalty = 0.03;
            public const double Retention = 0.97;
            public const L2Mode Decay = L2Mode.WeightDecay;
        }

        class Layer
        {
            [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = Settings.Retention|})]
            public double[] A = new double[4];

            [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 1 - Settings.Penalty|})]
            public double[] B = new double[4];

            [L2(Mode = Settings.Decay, {|L2R001:Lambda = 97 / 100.0|})]
            public double[] C = new double[4];

            [L2(Mode = L2Mode.DecayFactor, Lambda = 1 - Settings.Penalty)]
            public double[] D = new double[4];

            [L2(Mode = (L2Mode)3, Lambda = Settings.Retention)]
            public double[] E = new double[4];
        }
        """);

    [Fact]
    public async Task WeightDecay_message_states_formula_effect_reading_and_equivalents()
    {
        await Verify.VerifyAsync(
            """
            using L2Analyzers;

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)]
            partial class Hidden { }
            """,
            Verify.Diagnostic("L2R001").WithSpan(3, 32, 3, 45).WithArguments("Lambda = 0.97 in L2Mode.WeightDecay removes 97% of each weight per step.", "If 0.97 is the fraction to keep, write Mode = DecayFactor, Lambda = 0.97."));
    }

    [Fact]
    public async Task DecayFactor_message_offers_the_decay_and_the_penalty_readings()
    {
        await Verify.VerifyAsync(
            """
            using L2Analyzers;

            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.03)]
            partial class Hidden { }
            """,
            Verify.Diagnostic("L2R001").WithSpan(3, 32, 3, 45).WithArguments("Lambda = 0.03 in L2Mode.DecayFactor keeps only 3% of each weight per step.", "If 0.03 is the fraction to remove, write Mode = WeightDecay, Lambda = 0.03."));
    }

    [Fact]
    public async Task The_learning_rate_of_the_network_gives_every_equivalent()
    {
        await Verify.VerifyAsync(
            """
            using L2Analyzers;

            [Network(typeof(Hidden), LearningRate = 0.05)]
            partial class Net { }

            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.97)]
            partial class Hidden { }
            """,
            Verify.Diagnostic("L2R001").WithSpan(6, 36, 6, 49).WithArguments("Lambda = 0.97 in L2Mode.GradientPenalty adds 0.97·w to each gradient, removing 4.85% of each weight per step at η = 0.05.", "If 0.97 is the fraction to keep, write Mode = DecayFactor, Lambda = 0.97."));
    }

    [Fact]
    public async Task ScaledWeightDecay_without_a_learning_rate_says_eta_times_lambda()
    {
        await Verify.VerifyAsync(
            """
            using L2Analyzers;

            class Layer
            {
                [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.9)]
                public double[] Weights = new double[4];
            }
            """,
            Verify.Diagnostic("L2R001").WithSpan(5, 42, 5, 54).WithArguments("Lambda = 0.9 in L2Mode.ScaledWeightDecay removes η·90% of each weight per step.", "If 0.9 is the fraction to keep, write Mode = DecayFactor, Lambda = 0.9."));
    }

    [Fact]
    public async Task A_penalty_of_one_or_more_is_not_read_as_a_retention_factor()
    {
        await Verify.VerifyAsync(
            """
            using L2Analyzers;

            [L2(Mode = L2Mode.GradientPenalty, Lambda = 3)]
            partial class Hidden { }
            """,
            Verify.Diagnostic("L2R001").WithSpan(3, 36, 3, 46).WithArguments("Lambda = 3 in L2Mode.GradientPenalty adds 3·w to each gradient, removing η·300% of each weight per step.", "No other reading is plausible; typical values are 1e-5 … 0.1, such as Mode = GradientPenalty, Lambda = 0.03."));
    }

    [Fact]
    public Task A_member_of_a_layer_in_a_network_gets_its_learning_rate() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Layer), LearningRate = 0.5)]
        class Net { }

        class Layer
        {
            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.03)]
            public double[] Weights = new double[4];
        }
        """,
        Verify.Diagnostic("L2R001").WithSpan(8, 36, 8, 49).WithArguments("Lambda = 0.03 in L2Mode.DecayFactor keeps only 3% of each weight per step.", "If 0.03 is the fraction to remove, write Mode = WeightDecay, Lambda = 0.03."));

    [Fact]
    public async Task Networks_that_disagree_on_the_learning_rate_give_no_learning_rate()
    {
        await Verify.VerifyAsync(
            """
            using L2Analyzers;

            [Network(typeof(Hidden), LearningRate = 0.05)]
            class A { }

            [Network(typeof(Hidden), LearningRate = 0.1)]
            class B { }

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)]
            partial class Hidden { }
            """,
            Verify.Diagnostic("L2R001").WithSpan(9, 32, 9, 45).WithArguments("Lambda = 0.97 in L2Mode.WeightDecay removes 97% of each weight per step.", "If 0.97 is the fraction to keep, write Mode = DecayFactor, Lambda = 0.97."));
    }
}
