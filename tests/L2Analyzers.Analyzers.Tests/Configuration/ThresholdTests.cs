using L2Analyzers.Analyzers.Tests.Verification;

namespace L2Analyzers.Analyzers.Tests.Configuration;

public class ThresholdTests
{
    private static async Task VerifyAsync(string source, string[] editorConfig)
    {
        var test = new AnalyzerVerifier<L2AttributeAnalyzer>.Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(EditorConfig.For(editorConfig));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("L2R001.gradient_penalty_threshold", "GradientPenalty", "0.2", "0.1999")]
    [InlineData("L2R001.weight_decay_threshold", "WeightDecay", "0.05", "0.0499")]
    [InlineData("L2R001.scaled_weight_decay_threshold", "ScaledWeightDecay", "1", "0.999")]
    public Task A_subtractive_mode_reports_from_its_threshold_on(string key, string mode, string reported, string accepted) => VerifyAsync(
        $$"""
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.{{mode}}, {|L2R001:Lambda = {{reported}}|})]
            public double[] A = new double[4];

            [L2(Mode = L2Mode.{{mode}}, Lambda = {{accepted}})]
            public double[] B = new double[4];
        }
        """,
        [$"{key} = {reported}"]);

    [Fact]
    public Task DecayFactor_reports_below_its_threshold() => VerifyAsync(
        """
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.DecayFactor, {|L2R001:Lambda = 0.9899|})]
            public double[] A = new double[4];

            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.99)]
            public double[] B = new double[4];
        }
        """,
        ["L2R001.decay_factor_threshold = 0.99"]);

    [Fact]
    public Task Each_mode_keeps_its_own_threshold() => VerifyAsync(
        """
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.05|})]
            public double[] A = new double[4];

            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.05)]
            public double[] B = new double[4];
        }
        """,
        ["L2R001.weight_decay_threshold = 0.05"]);

    [Theory]
    [InlineData("L2R001.weight_decay_threshold = lots")]
    [InlineData("L2R001.weight_decay_threshold = -1")]
    [InlineData("L2R001.weight_decay_threshold = 0")]
    [InlineData("L2R001.weight_decay_threshold = 0,05")]
    [InlineData("L2R001.decay_factor_threshold = 1.5")]
    // The decay-per-step limit is raised so that only the raw thresholds decide around 0.5.
    public Task A_value_that_is_not_a_usable_threshold_keeps_the_default(string line) => VerifyAsync(
        """
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.4999)]
            public double[] A = new double[4];

            [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.5|})]
            public double[] B = new double[4];

            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.5)]
            public double[] C = new double[4];

            [L2(Mode = L2Mode.DecayFactor, {|L2R001:Lambda = 0.4999|})]
            public double[] D = new double[4];
        }
        """,
        [line, "L2R001.max_decay_per_step = 0.9"]);

    [Fact]
    public async Task Thresholds_apply_per_file()
    {
        var test = new AnalyzerVerifier<L2AttributeAnalyzer>.Test();
        test.TestState.Sources.Add(("/0/Strict/Layer.cs", """
            using L2Analyzers;

            class Strict
            {
                [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.1|})]
                public double[] A = new double[4];
            }
            """));
        test.TestState.Sources.Add(("/0/Lenient/Layer.cs", """
            using L2Analyzers;

            class Lenient
            {
                [L2(Mode = L2Mode.WeightDecay, Lambda = 0.1)]
                public double[] A = new double[4];
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[**/Strict/*.cs]\nL2R001.weight_decay_threshold = 0.1\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Runtime_calls_read_the_thresholds_too()
    {
        var test = new AnalyzerVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer>.Test
        {
            TestCode = """
                using L2Analyzers;

                static class Training
                {
                    static void Run(double[] w, double[] g) => L2Update.Step(L2Mode.WeightDecay, {|L2R001:0.1|}, w, g, 0.01);
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(EditorConfig.For("L2R001.weight_decay_threshold = 0.1"));
        await test.RunAsync();
    }

    /// <summary>By default a step may remove at most 10% of each weight: the bottom of the typical retention range 0.9.</summary>
    [Fact]
    public Task The_decay_per_step_is_limited_to_a_tenth_by_default() => VerifyAsync(
        """
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.DecayFactor, Lambda = 0.9)]
            public double[] A = new double[4];

            [L2(Mode = L2Mode.DecayFactor, {|L2R001:Lambda = 0.8999|})]
            public double[] B = new double[4];

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.1)]
            public double[] C = new double[4];

            [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.1001|})]
            public double[] D = new double[4];
        }
        """,
        []);

    [Theory]
    [InlineData("0.2", "0.2", "0.2001")]
    [InlineData("0", "0.1", "0.1001")]
    [InlineData("1", "0.1", "0.1001")]
    [InlineData("lots", "0.1", "0.1001")]
    public Task The_decay_per_step_limit_is_configurable_between_0_and_1(string configured, string accepted, string reported) => VerifyAsync(
        $$"""
        using L2Analyzers;

        class Layer
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = {{accepted}})]
            public double[] A = new double[4];

            [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = {{reported}}|})]
            public double[] B = new double[4];
        }
        """,
        [$"L2R001.max_decay_per_step = {configured}"]);

    /// <summary>AdamW-style decoupled decay with a known η is judged by its decay per step alone: 0.5 at η = 1e-3 removes 0.05%.</summary>
    [Fact]
    public Task ScaledWeightDecay_with_a_known_learning_rate_is_judged_by_its_decay_per_step() => VerifyAsync(
        """
        using L2Analyzers;

        [Network(typeof(Hidden), LearningRate = 1e-3)]
        partial class Net { }

        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.5)]
        partial class Hidden { }

        class Unknown
        {
            [L2(Mode = L2Mode.ScaledWeightDecay, {|L2R001:Lambda = 0.5|})]
            public double[] Weights = new double[4];
        }
        """,
        []);
}
