using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>Shapes of parameter storage and update code seen in public from-scratch C# networks.</summary>
public class RealWorldShapesTests
{
    [Fact]
    public Task Nielsen_style_per_sample_scaled_retention() => Verify.VerifyAsync("""
        class Network
        {
            const double Eta = 0.5;
            const double Lmbda = 50.0;
            const int N = 10;
            double[] weights = new double[30];
            double[] nablaW = new double[30];
            double[] biases = new double[10];
            double[] nablaB = new double[10];

            void UpdateMiniBatch(int batchSize)
            {
                for (int j = 0; j < weights.Length; j++)
                    weights[j] = ({|L2R003:1 - Eta * (Lmbda / N)|}) * weights[j] - (Eta / batchSize) * nablaW[j];
                for (int j = 0; j < biases.Length; j++)
                    {|L2R002:biases[j] = ({|L2R001:1 - Eta * (5.0 / N)|}) * biases[j] - (Eta / batchSize) * nablaB[j]|};
            }
        }
        """);

    [Fact]
    public Task Layer_objects_with_weight_properties_lists_and_matrices() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        class Matrix
        {
            readonly double[] data = new double[16];
            public double this[int r, int c] { get => data[r * 4 + c]; set => data[r * 4 + c] = value; }
        }

        class DenseLayer
        {
            public double[] Weights { get; } = new double[16];
            public List<double> Biases { get; } = new List<double> { 0, 0, 0, 0 };
            public Matrix W { get; } = new Matrix();
        }

        static class Regularizer
        {
            public static void Apply(DenseLayer layer, double decay)
            {
                for (int i = 0; i < layer.Weights.Length; i++)
                    layer.Weights[i] -= {|L2R001:0.97|} * layer.Weights[i];
                for (int i = 0; i < layer.Biases.Count; i++)
                    {|L2R002:layer.Biases[i] -= decay * layer.Biases[i]|};
                for (int r = 0; r < 4; r++)
                    for (int c = 0; c < 4; c++)
                        layer.W[r, c] -= {|L2R001:0.9|} * layer.W[r, c];
            }
        }
        """);

    [Fact]
    public Task Generic_math_parameters() => Verify.VerifyAsync("""
        using System;
        using System.Numerics;

        static class Decay<T> where T : INumber<T>
        {
            public static void Apply(Span<T> weights, Span<T> biases, T lambda)
            {
                for (int i = 0; i < weights.Length; i++)
                    weights[i] -= lambda * weights[i];
                for (int i = 0; i < biases.Length; i++)
                    {|L2R002:biases[i] -= lambda * biases[i]|};
            }
        }
        """);

    [Fact]
    public Task Adagrad_and_rmsprop_style_updates_are_not_decay() => Verify.VerifyAsync("""
        using System;

        class CharRnn
        {
            double[,] Wxh = new double[8, 4];
            double[,] dWxh = new double[8, 4];
            double[,] mWxh = new double[8, 4];

            void Step(double learningRate)
            {
                for (int i = 0; i < 8; i++)
                    for (int j = 0; j < 4; j++)
                    {
                        mWxh[i, j] += dWxh[i, j] * dWxh[i, j];
                        Wxh[i, j] -= learningRate * dWxh[i, j] / Math.Sqrt(mWxh[i, j] + 1e-8);
                    }
            }
        }
        """);

    [Fact]
    public Task Min_char_rnn_matrices_with_a_literal_decay() => Verify.VerifyAsync("""
        class CharRnn
        {
            double[,] Why = new double[4, 8];
            double[,] dWhy = new double[4, 8];

            void Step(double learningRate)
            {
                for (int i = 0; i < 4; i++)
                    for (int j = 0; j < 8; j++)
                        Why[i, j] -= learningRate * (dWhy[i, j] + {|L2R001:0.5|} * Why[i, j]);
            }
        }
        """);
}
