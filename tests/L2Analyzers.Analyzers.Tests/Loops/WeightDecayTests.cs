using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>Subtractive decay not scaled by the learning rate: w ← w − d·w.</summary>
public class WeightDecayTests
{
    [Fact]
    public Task The_classic_tutorials_lambda_on_a_jagged_array_is_reported() => Verify.VerifyAsync("""
        class Network
        {
            double[][] ihWeights = new double[4][];

            void Decay()
            {
                for (int i = 0; i < ihWeights.Length; ++i)
                    for (int j = 0; j < ihWeights[i].Length; ++j)
                        ihWeights[i][j] -= ({|L2R001:0.97|} * ihWeights[i][j]);
            }
        }
        """);

    [Theory]
    [InlineData("w[i] -= {|L2R001:0.97|} * w[i];")]
    [InlineData("w[i] -= w[i] * {|L2R001:0.97|};")]
    [InlineData("w[i] = w[i] - {|L2R001:0.97|} * w[i];")]
    [InlineData("w[i] = w[i] - w[i] * {|L2R001:0.5|};")]
    [InlineData("w[i] -= {|L2R001:0.97f|} * w[i];")]
    [InlineData("w[i] -= (double)({|L2R001:0.97|} * w[i]);")]
    [InlineData("w[i] = w[i] - lr * g[i] - {|L2R001:0.9|} * w[i];")]
    [InlineData("w[i] -= lr * g[i] + {|L2R001:0.9|} * w[i];")]
    public Task Retention_like_decays_on_a_1d_array_are_reported(string update) => Verify.VerifyAsync($$"""
        class Layer
        {
            double[] w = new double[8];
            double[] g = new double[8];
            double lr = 0.1;

            void Step()
            {
                for (int i = 0; i < w.Length; i++)
                {
                    {{update}}
                }
            }
        }
        """);

    [Fact]
    public Task Rectangular_array() => Verify.VerifyAsync("""
        class Dense
        {
            readonly float[,] weights = new float[3, 5];

            public void ApplyDecay()
            {
                for (int r = 0; r < weights.GetLength(0); r++)
                    for (int c = 0; c < weights.GetLength(1); c++)
                        weights[r, c] -= {|L2R001:0.99f|} * weights[r, c];
            }
        }
        """);

    [Fact]
    public Task Span_and_span_of_an_array() => Verify.VerifyAsync("""
        using System;

        static class Kernels
        {
            public static void Decay(Span<double> weights)
            {
                for (int i = 0; i < weights.Length; i++)
                    weights[i] -= {|L2R001:0.95|} * weights[i];
            }

            public static void DecayArray(double[] hiddenWeights)
            {
                for (int i = 0; i < hiddenWeights.Length; i++)
                    hiddenWeights.AsSpan()[i] -= {|L2R001:0.8|} * hiddenWeights.AsSpan()[i];
            }
        }
        """);

    [Fact]
    public Task Scalar_field_outside_a_loop() => Verify.VerifyAsync("""
        class Neuron
        {
            double weight = 0.3;

            void Regularize() => weight -= {|L2R001:0.97|} * weight;
        }
        """);

    [Fact]
    public Task Foreach_over_a_span_by_ref() => Verify.VerifyAsync("""
        using System;

        class Layer
        {
            double[] weights = new double[10];

            void Decay()
            {
                foreach (ref double w in weights.AsSpan())
                    w -= {|L2R001:0.9|} * w;
            }
        }
        """);

    [Fact]
    public Task Const_field_const_local_and_a_local_never_reassigned_are_constants() => Verify.VerifyAsync("""
        class Trainer
        {
            const double WeightDecay = {|L2R001:0.97|};
            double[] weights = new double[10];

            void A()
            {
                for (int i = 0; i < weights.Length; i++) weights[i] -= WeightDecay * weights[i];
            }

            void B()
            {
                const double decay = {|L2R001:0.6|};
                for (int i = 0; i < weights.Length; i++) weights[i] -= decay * weights[i];
            }

            void C()
            {
                double lambda = {|L2R001:0.97|};
                for (int i = 0; i < weights.Length; i++) weights[i] -= lambda * weights[i];
            }

            void D()
            {
                var lambda = {|L2R001:1.0 - 0.03|};
                for (int i = 0; i < weights.Length; i++) weights[i] -= lambda * weights[i];
            }
        }
        """);

    [Theory]
    [InlineData("{|L2R003:-0.01|}")]
    [InlineData("{|L2R003:1.0|}")]
    [InlineData("{|L2R003:1.5|}")]
    [InlineData("{|L2R003:3|}")]
    [InlineData("{|L2R003:double.NaN|}")]
    public Task Invalid_decays_are_errors(string decay) => Verify.VerifyAsync($$"""
        class Layer
        {
            double[] weights = new double[4];

            void Decay()
            {
                for (int i = 0; i < weights.Length; i++)
                    weights[i] -= {{decay}} * weights[i];
            }
        }
        """);

    [Fact]
    public Task Negative_const_is_an_error() => Verify.VerifyAsync("""
        class Layer
        {
            const double Decay = {|L2R003:-0.001|};
            double[] weights = new double[4];

            void Step()
            {
                for (int i = 0; i < weights.Length; i++)
                    weights[i] -= Decay * weights[i];
            }
        }
        """);

    [Theory]
    [InlineData("0.0001")]
    [InlineData("0.0015")]
    [InlineData("0.03")]
    [InlineData("0.1")]
    [InlineData("0")]
    [InlineData("1e-5")]
    public Task Small_decays_are_not_reported(string decay) => Verify.VerifyAsync($$"""
        class Layer
        {
            double[] weights = new double[4];

            void Decay()
            {
                for (int i = 0; i < weights.Length; i++)
                    weights[i] -= {{decay}} * weights[i];
            }
        }
        """);

    [Fact]
    public Task Readonly_fields_and_locals_given_one_constant_are_judged() => Verify.VerifyAsync("""
        class Layer
        {
            double[] weights = new double[4];
            readonly double readonlyDecay = {|L2R001:0.97|};

            void Decay()
            {
                double assignedOnce;
                assignedOnce = {|L2R001:0.97|};
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] -= readonlyDecay * weights[i];
                    weights[i] -= assignedOnce * weights[i];
                }
            }
        }
        """);

    [Fact]
    public Task Decays_that_are_not_compile_time_constants_are_not_judged() => Verify.VerifyAsync("""
        class Layer
        {
            double[] weights = new double[4];
            double fieldDecay = 0.97;

            void Decay(double weightDecay)
            {
                double reassigned = 0.97;
                if (weights.Length > 2) reassigned = 0.001;
                double incremented = 0.97;
                incremented++;
                double passedByRef = 0.97;
                Change(ref passedByRef);
                double inLambda = 0.97;
                System.Action reset = () => inLambda = 0.0;
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] -= weightDecay * weights[i];
                    weights[i] -= fieldDecay * weights[i];
                    weights[i] -= reassigned * weights[i];
                    weights[i] -= incremented * weights[i];
                    weights[i] -= passedByRef * weights[i];
                    weights[i] -= inLambda * weights[i];
                }
            }

            static void Change(ref double value) => value /= 2;
        }
        """);

    [Fact]
    public async Task Message_says_what_the_decay_does_and_what_was_probably_meant()
    {
        var test = new Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>.Test
        {
            TestCode = """
                class Network
                {
                    double[] hoWeights = new double[4];

                    void Train(double learnRate)
                    {
                        double weightDecay = 0.97;
                        for (int i = 0; i < hoWeights.Length; i++)
                            hoWeights[i] -= weightDecay * hoWeights[i];
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("L2R001")
            .WithSpan(7, 30, 7, 34)
            .WithSpan(9, 29, 9, 40)
            .WithArguments(
                "`weightDecay = 0.97` removes 97% of each weight per step.",
                "If 0.97 is the fraction to keep, write `weightDecay = 0.03`."));
        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_thresholds_apply_to_loops_too()
    {
        var test = new Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>.Test
        {
            TestCode = """
                class Layer
                {
                    double[] weights = new double[4];

                    void Decay()
                    {
                        for (int i = 0; i < weights.Length; i++)
                        {
                            weights[i] -= {|L2R001:0.1|} * weights[i];
                            weights[i] -= 0.01 * weights[i];
                        }
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\nL2R001.weight_decay_threshold = 0.05\n"));
        await test.RunAsync();
    }
}
