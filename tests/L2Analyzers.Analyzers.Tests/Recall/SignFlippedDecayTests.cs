using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>Issue 15, shape 8: a decay written with the wrong sign (<c>w[i] += w[i] * d</c>, d &gt; 0) grows the weights.</summary>
public class SignFlippedDecayTests
{
    private static string Training(string decay) => $$"""
        class Network
        {
            const double Decay = 1e-4;
            readonly double[] weights = new double[8];
            readonly double[] weightGrads = new double[8];
            readonly double[] biases = new double[2];
            readonly double[] biasGrads = new double[2];

            void Train(double learningRate, double weightDecay)
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] -= learningRate * weightGrads[i];
                    biases[i % 2] -= learningRate * biasGrads[i % 2];
                    {{decay}};
                }
            }
        }
        """;

    [Theory]
    [InlineData("weights[i] += weights[i] * {|L2R003:1e-4|}")]
    [InlineData("weights[i] += {|L2R003:Decay|} * weights[i]")]
    [InlineData("weights[i] = weights[i] + {|L2R003:5e-4|} * weights[i]")]
    [InlineData("{|L2R002:biases[i % 2] += biases[i % 2] * weightDecay|}")]
    public Task A_decay_that_grows_the_parameter_is_reported(string decay) => Verify.VerifyAsync(Training(decay));

    [Theory]
    [InlineData("weights[i] += weights[i] * -1e-4")]
    [InlineData("weights[i] -= weights[i] * 1e-4")]
    [InlineData("weights[i] += weights[i] * weightDecay")]
    public Task A_decay_with_the_right_sign_or_an_unknown_weight_amount_is_not_reported(string decay) =>
        Verify.VerifyAsync(Training(decay));

    [Fact]
    public Task Growth_outside_a_training_step_is_not_reported() => Verify.VerifyAsync("""
        class Initializer
        {
            readonly double[] weights = new double[8];

            void Widen()
            {
                for (int i = 0; i < weights.Length; i++)
                    weights[i] += weights[i] * 0.5;
            }
        }
        """);
}
