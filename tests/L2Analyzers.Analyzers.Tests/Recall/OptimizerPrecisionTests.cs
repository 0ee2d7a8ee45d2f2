using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, precision: optimizer code around the shapes that are now recognised (gradient penalties in a local, biases
/// stored with the weights, lists of parameters) that is not L2: Adam's bias correction, an exponential moving average
/// and Polyak averaging of the weights, gradient clipping by norm, a max-norm constraint, learning-rate schedules with
/// decay factors, a Nesterov look-ahead, a max-norm rescale of the biases after their step. None of it may be reported.
/// </summary>
public class OptimizerPrecisionTests
{
    private static string Optimizer(string body) => $$"""
        using System;
        using System.Collections.Generic;

        class Optimizer
        {
            readonly double[] weights = new double[8];
            readonly double[] biases = new double[4];
            readonly double[] grads = new double[8];
            readonly double[] biasGrads = new double[4];
            readonly double[] emaWeights = new double[8];
            readonly double[] emaBiases = new double[4];
            readonly double[] averaged = new double[8];
            readonly double[] velocity = new double[8];
            readonly double[] m = new double[8];
            readonly double[] v = new double[8];
            readonly List<double[]> parameters = new();
            double lr = 1e-3, initialLr = 1e-2, minLr = 1e-5, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, mu = 0.9, maxNorm = 5, decayRate = 0.96;
            int t, epoch;

            public Optimizer()
            {
                parameters.Add(weights);
                parameters.Add(biases);
            }

            public void Step()
            {
                {{body}}
            }
        }
        """;

    [Theory]
    [InlineData("""
        t++;
        for (int i = 0; i < weights.Length; i++)
        {
            m[i] = beta1 * m[i] + (1 - beta1) * grads[i];
            v[i] = beta2 * v[i] + (1 - beta2) * grads[i] * grads[i];
            var mHat = m[i] / (1 - Math.Pow(beta1, t));
            var vHat = v[i] / (1 - Math.Pow(beta2, t));
            weights[i] -= lr * mHat / (Math.Sqrt(vHat) + eps);
        }
        """)]
    [InlineData("""
        const double decay = 0.999;
        for (int i = 0; i < weights.Length; i++)
            emaWeights[i] = decay * emaWeights[i] + (1 - decay) * weights[i];
        for (int j = 0; j < biases.Length; j++)
            emaBiases[j] = decay * emaBiases[j] + (1 - decay) * biases[j];
        """)]
    [InlineData("""
        t++;
        for (int i = 0; i < weights.Length; i++)
        {
            var delta = weights[i] - averaged[i];
            averaged[i] += delta / t;
        }
        """)]
    [InlineData("""
        double norm = 0;
        for (int i = 0; i < grads.Length; i++)
            norm += grads[i] * grads[i];
        norm = Math.Sqrt(norm);
        if (norm > maxNorm)
            for (int i = 0; i < grads.Length; i++)
                grads[i] *= maxNorm / norm;
        for (int j = 0; j < biasGrads.Length; j++)
            biasGrads[j] *= maxNorm / (norm + eps);
        """)]
    [InlineData("""
        for (int i = 0; i < weights.Length; i++)
            weights[i] -= lr * grads[i];
        double wNorm = 0;
        for (int i = 0; i < weights.Length; i++)
            wNorm += weights[i] * weights[i];
        wNorm = Math.Sqrt(wNorm);
        if (wNorm > maxNorm)
            for (int i = 0; i < weights.Length; i++)
                weights[i] *= maxNorm / wNorm;
        """)]
    [InlineData("""
        double bNorm = 0;
        for (int j = 0; j < biases.Length; j++)
        {
            biases[j] -= lr * biasGrads[j];
            bNorm += biases[j] * biases[j];
        }
        bNorm = Math.Sqrt(bNorm);
        double scale = bNorm > maxNorm ? maxNorm / bNorm : 1;
        for (int j = 0; j < biases.Length; j++)
            biases[j] *= scale;
        for (int j = 0; j < biases.Length; j++)
            biases[j] *= maxNorm / (bNorm + eps);
        """)]
    [InlineData("""
        epoch++;
        lr *= decayRate;
        lr = Math.Max(lr * 0.5, minLr);
        var scheduled = initialLr * Math.Pow(decayRate, epoch) + minLr;
        var warm = lr * decayRate + minLr;
        lr = scheduled + 0 * warm;
        """)]
    [InlineData("""
        for (int i = 0; i < weights.Length; i++)
        {
            var lookahead = weights[i] + mu * velocity[i];
            var g = grads[i] + 0 * lookahead;
            velocity[i] = mu * velocity[i] - lr * g;
            weights[i] += velocity[i];
        }
        """)]
    [InlineData("""
        foreach (var p in parameters)
        {
            double sumSq = 0;
            for (int i = 0; i < p.Length; i++)
                sumSq += p[i] * p[i];
            double scale = Math.Min(1, maxNorm / (Math.Sqrt(sumSq) + eps));
            for (int i = 0; i < p.Length; i++)
                p[i] *= scale;
        }
        """)]
    public Task Optimizer_code_that_is_not_L2_is_not_reported(string body) => Verify.VerifyAsync(Optimizer(body));
}
