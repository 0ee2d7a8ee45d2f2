using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>The penalty inside a plain SGD step: w ← w − η·(g + λ·w).</summary>
public class PenalizedStepTests
{
    [Theory]
    [InlineData("weights[i] -= LearningRate * (grads[i] + {|L2R001:0.9|} * weights[i]);")]
    [InlineData("weights[i] -= LearningRate * ({|L2R001:0.9|} * weights[i] + grads[i]);")]
    [InlineData("weights[i] -= (grads[i] + {|L2R001:0.9|} * weights[i]) * LearningRate;")]
    [InlineData("weights[i] = weights[i] - LearningRate * (grads[i] + {|L2R001:0.9|} * weights[i]);")]
    [InlineData("weights[i] -= LearningRate / BatchSize * (grads[i] + {|L2R001:0.9|} * weights[i]);")]
    [InlineData("weights[i] -= LearningRate * grads[i] + LearningRate * {|L2R001:0.9|} * weights[i];")]
    [InlineData("weights[i] -= LearningRate * (grads[i] + {|L2R003:-1e-4|} * weights[i]);")]
    public Task Penalties_in_the_step_are_judged_as_gradient_penalties(string update) => Verify.VerifyAsync($$"""
        class Layer
        {
            const double LearningRate = 0.01;
            const int BatchSize = 32;
            double[] weights = new double[8];
            double[] grads = new double[8];

            void Step()
            {
                for (int i = 0; i < weights.Length; i++)
                    {{update}}
            }
        }
        """);

    [Theory]
    [InlineData("0.03")]
    [InlineData("5e-4")]
    public Task Usual_penalties_in_the_step_are_not_reported(string lambda) => Verify.VerifyAsync($$"""
        class Layer
        {
            double[] weights = new double[8];
            double[] grads = new double[8];

            void Step(double learningRate)
            {
                for (int i = 0; i < weights.Length; i++)
                    weights[i] -= learningRate * (grads[i] + {{lambda}} * weights[i]);
            }
        }
        """);

    [Fact]
    public Task Learning_rate_times_penalty_of_one_or_more_is_unstable() => Verify.VerifyAsync("""
        class Layer
        {
            double[] weights = new double[8];
            double[] grads = new double[8];

            void Step()
            {
                const double lr = 0.1;
                const double lambda = 0.3;
                double eta = 2.0;
                for (int i = 0; i < weights.Length; i++)
                {
                    {|L2R004:weights[i] -= 5 * (grads[i] + lambda * weights[i])|};
                    weights[i] -= lr * (grads[i] + lambda * weights[i]);
                    {|L2R004:weights[i] -= eta * (grads[i] + 0.5 * weights[i])|};
                }
            }
        }
        """);

    [Fact]
    public Task A_learning_rate_times_lambda_decay_is_read_as_a_penalized_step() => Verify.VerifyAsync("""
        class Layer
        {
            double[] weights = new double[8];

            void Decay()
            {
                const double learningRate = 4.0;
                const double lambda = 0.4;
                for (int i = 0; i < weights.Length; i++)
                    {|L2R004:weights[i] -= learningRate * lambda * weights[i]|};
            }
        }
        """);

    [Fact]
    public async Task Instability_message_spells_out_the_factor()
    {
        var test = new Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>.Test
        {
            TestCode = """
                class Layer
                {
                    double[] w = new double[2];
                    double[] g = new double[2];

                    void Step()
                    {
                        for (int i = 0; i < w.Length; i++) w[i] -= 0.5 * (g[i] + 3 * w[i]);
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("L2R004").WithSpan(8, 44, 8, 75).WithArguments("`w[i] -= 0.5 * (g[i] + 3 * w[i])` at η = 0.5 gives η·λ = 1.5: each step multiplies every weight by -0.5, flipping its sign.", "Keep λ below 1/η = 2; typical values are 1e-5 … 0.1."));
        await test.RunAsync();
    }
}
