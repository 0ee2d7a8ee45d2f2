using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>Issue 15, shape 11: a penalty inside a momentum velocity update: <c>v = μ·v − η·(g + λ·w)</c>.</summary>
public class MomentumPenaltyTests
{
    private static string Training(string velocity) => $$"""
        class Network
        {
            readonly double[] weights = new double[8];
            readonly double[] weightGrads = new double[8];
            readonly double[] velocity = new double[8];
            readonly double[] hBiases = new double[2];
            readonly double[] hBiasGrads = new double[2];
            readonly double[] hBiasVelocity = new double[2];

            void Step(double lr, double mu)
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    {{velocity}};
                    weights[i] += velocity[i];
                }
            }
        }
        """;

    [Theory]
    [InlineData("velocity[i] = mu * velocity[i] - lr * (weightGrads[i] + {|L2R001:0.97|} * weights[i])")]
    [InlineData("velocity[i] = 0.9 * velocity[i] - lr * weightGrads[i] - lr * {|L2R001:0.8|} * weights[i]")]
    [InlineData("{|L2R002:hBiasVelocity[i % 2] = mu * hBiasVelocity[i % 2] - lr * (hBiasGrads[i % 2] + 1e-4 * hBiases[i % 2])|}")]
    public Task A_penalty_inside_the_velocity_is_judged(string velocity) => Verify.VerifyAsync(Training(velocity));

    [Theory]
    [InlineData("velocity[i] = mu * velocity[i] - lr * (weightGrads[i] + 5e-4 * weights[i])")]
    [InlineData("velocity[i] = mu * velocity[i] - lr * weightGrads[i]")]
    [InlineData("velocity[i] = 0.97 * velocity[i] - lr * weightGrads[i]")]
    [InlineData("velocity[i] = mu * velocity[i] + 0.97 * weights[i]")]
    public Task A_usual_penalty_or_none_is_not_reported(string velocity) => Verify.VerifyAsync(Training(velocity));
}
