using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>Coupled penalty added to the gradient: g ← g + λ·w.</summary>
public class GradientPenaltyTests
{
    [Theory]
    [InlineData("hoGrads[j][k] += {|L2R001:0.97|} * hoWeights[j][k];")]
    [InlineData("hoGrads[j][k] += hoWeights[j][k] * {|L2R001:0.5|};")]
    [InlineData("hoGrads[j][k] = hoGrads[j][k] + {|L2R001:0.97|} * hoWeights[j][k];")]
    [InlineData("hoGrads[j][k] = oSignals[k] * hOutputs[j] + {|L2R001:0.97|} * hoWeights[j][k];")]
    [InlineData("hoGrads[j][k] += {|L2R001:2 * 0.3|} * hoWeights[j][k];")]
    [InlineData("hoGrads[j][k] += {|L2R003:-0.01|} * hoWeights[j][k];")]
    public Task Penalties_on_a_jagged_weight_array_are_judged(string update) => Verify.VerifyAsync($$"""
        class Network
        {
            double[][] hoWeights = new double[3][];
            double[][] hoGrads = new double[3][];
            double[] oSignals = new double[2];
            double[] hOutputs = new double[3];

            void ComputeGradients()
            {
                for (int j = 0; j < hoGrads.Length; ++j)
                    for (int k = 0; k < hoGrads[j].Length; ++k)
                        {{update}}
            }
        }
        """);

    [Theory]
    [InlineData("0.03")]
    [InlineData("1e-4")]
    [InlineData("0.1")]
    [InlineData("0")]
    public Task Usual_penalties_are_not_reported(string lambda) => Verify.VerifyAsync($$"""
        class Network
        {
            double[,] weights = new double[3, 4];
            double[,] gradients = new double[3, 4];

            void AddPenalty()
            {
                for (int r = 0; r < 3; r++)
                    for (int c = 0; c < 4; c++)
                        gradients[r, c] += {{lambda}} * weights[r, c];
            }
        }
        """);

    [Fact]
    public Task Penalty_with_a_named_coefficient_over_a_span() => Verify.VerifyAsync("""
        using System;

        static class Penalty
        {
            public static void AddL2(ReadOnlySpan<float> weights, Span<float> grads)
            {
                float l2 = {|L2R001:0.9f|};
                for (int i = 0; i < grads.Length; i++)
                    grads[i] += l2 * weights[i];
            }
        }
        """);

    [Fact]
    public Task Penalty_per_sample_scaled_by_n_with_constants() => Verify.VerifyAsync("""
        class Model
        {
            const double Lambda = 60.0;
            const int N = 100;
            double[] w = new double[5];
            double[] dw = new double[5];

            void Penalize()
            {
                for (int i = 0; i < w.Length; i++)
                    dw[i] += {|L2R001:Lambda / N|} * w[i];
            }
        }
        """);

    [Fact]
    public Task Backpropagation_through_weights_is_not_a_penalty() => Verify.VerifyAsync("""
        class Network
        {
            double[][] hoWeights = new double[3][];
            double[] hGrads = new double[3];
            double[] oGrads = new double[2];
            double[] hOutputs = new double[3];

            void Backward()
            {
                for (int j = 0; j < hGrads.Length; ++j)
                {
                    double sum = 0.0;
                    for (int k = 0; k < oGrads.Length; ++k)
                    {
                        sum += oGrads[k] * hoWeights[j][k];
                        hGrads[j] += oGrads[k] * hoWeights[j][k];
                    }

                    double derivative = (1 - hOutputs[j]) * (1 + hOutputs[j]);
                    hGrads[j] = derivative * sum;
                }
            }

            void OneOutput(double outputGrad, double[] hiddenGrads, double[] outputWeights)
            {
                for (int i = 0; i < hiddenGrads.Length; i++)
                    hiddenGrads[i] = outputGrad * outputWeights[i];
            }
        }
        """);
}
