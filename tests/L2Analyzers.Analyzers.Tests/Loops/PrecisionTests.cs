using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>Code that looks like decay but is not L2 on a parameter: nothing is reported.</summary>
public class PrecisionTests
{
    [Fact]
    public Task Momentum_and_velocity_buffers() => Verify.VerifyAsync("""
        class Sgd
        {
            double[] weights = new double[4];
            double[] grads = new double[4];
            double[] velocity = new double[4];
            double[] weightVelocity = new double[4];
            double[] ihPrevWeightsDelta = new double[4];

            void Step(double lr)
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    velocity[i] = 0.1 * velocity[i] - lr * grads[i];
                    velocity[i] *= 0.1;
                    weightVelocity[i] *= 0.1;
                    weightVelocity[i] -= 0.9 * weightVelocity[i];
                    ihPrevWeightsDelta[i] *= 0.1;
                    weights[i] += velocity[i];
                }
            }
        }
        """);

    [Fact]
    public Task Running_averages() => Verify.VerifyAsync("""
        class Adam
        {
            double[] m = new double[4];
            double[] v = new double[4];
            double[] weights = new double[4];
            double[] avgWeights = new double[4];
            double runningLoss;

            void Step(double[] g, double loss)
            {
                for (int i = 0; i < m.Length; i++)
                {
                    m[i] = 0.9 * m[i] + 0.1 * g[i];
                    v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                    avgWeights[i] = 0.99 * avgWeights[i] + 0.01 * weights[i];
                    weights[i] = 0.2 * weights[i] + 0.8 * avgWeights[i];
                }

                runningLoss = 0.98 * runningLoss + 0.02 * loss;
            }
        }
        """);

    [Fact]
    public Task Learning_rate_schedules() => Verify.VerifyAsync("""
        class Schedule
        {
            double lr = 0.1;
            double learningRate = 0.1;
            float eta = 0.5f;

            void OnEpochEnd()
            {
                lr *= 0.97;
                learningRate = learningRate * 0.1;
                eta -= 0.9f * eta;
            }
        }
        """);

    [Fact]
    public Task Gradient_clipping_and_scaling() => Verify.VerifyAsync("""
        using System;

        class Clip
        {
            double[] grads = new double[4];
            double[] weightGrads = new double[4];

            void ClipAndScale(double maxNorm, int batchSize)
            {
                double norm = 0;
                foreach (var g in grads) norm += g * g;
                norm = Math.Sqrt(norm);
                for (int i = 0; i < grads.Length; i++)
                {
                    if (norm > maxNorm) grads[i] *= maxNorm / norm;
                    grads[i] *= 0.01;
                    weightGrads[i] /= batchSize;
                    weightGrads[i] *= 0.3;
                    grads[i] -= 0.9 * grads[i];
                }
            }
        }
        """);

    [Fact]
    public Task Variables_not_named_like_weights_or_biases() => Verify.VerifyAsync("""
        class Misc
        {
            double[] values = new double[4];
            double[] state = new double[4];
            double temperature = 1.0;
            double width = 3;

            void Run()
            {
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] -= 0.97 * values[i];
                    state[i] *= 0.01;
                }

                temperature -= 0.9 * temperature;
                width *= 0.2;
            }
        }
        """);

    [Fact]
    public Task Other_shapes_on_weights() => Verify.VerifyAsync("""
        using System;

        class Layer
        {
            double[] weights = new double[4];
            double[] mask = new double[4];
            double[] grads = new double[4];
            int[] counts = new int[4];
            double[] w = new double[4];

            void Run(double lr, double l1)
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] -= mask[i] * weights[i];
                    weights[i] -= l1 * Math.Sign(weights[i]);
                    weights[i] -= 0.9 * weights[i] * weights[i];
                    weights[i] -= lr * grads[i] * weights[i];
                    weights[i] += 0.9 * weights[i];
                    weights[i] = weights[i] + weights[i];
                    weights[i] -= Math.Exp(-3) * weights[i];
                    weights[i] /= 0.5;
                    counts[i] -= 1 * counts[i];
                    w[i] = -w[i];
                }
            }
        }
        """);
}
