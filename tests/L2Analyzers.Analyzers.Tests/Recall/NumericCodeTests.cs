using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shape 15: numeric code that is not training (BLAS scaling, recurrences, filters, solvers, overflow guards)
/// stays silent; a short name like <c>b</c> is a bias only with evidence of a training step; a linear model that
/// shrinks its own bias gets a suggestion, not a warning.
/// </summary>
public class NumericCodeTests
{
    [Fact]
    public Task Blas_style_scaling_of_a_matrix_named_b() => Verify.VerifyAsync("""
        static class Blas
        {
            public static void Gemm(int m, int n, int k, double alpha, double[,] a, double[,] c, double beta, double[,] b)
            {
                for (int i = 0; i < m; i++)
                    for (int j = 0; j < n; j++)
                    {
                        b[i, j] = beta * b[i, j];
                        for (int l = 0; l < k; l++)
                            b[i, j] += alpha * a[i, l] * c[l, j];
                    }
            }
        }
        """);

    [Fact]
    public Task Bessel_recurrence_on_a_scalar_b() => Verify.VerifyAsync("""
        static class Bessel
        {
            public static double Jn(int n, double x)
            {
                double a = 0, b = 1;
                for (int i = n; i > 0; i--)
                {
                    double next = 2 * i / x * b - a;
                    a = b;
                    b = next;
                    b = 2 * i / x * b - a;
                }

                return b;
            }
        }
        """);

    [Fact]
    public Task Pink_noise_filter_states() => Verify.VerifyAsync("""
        class PinkNoise
        {
            readonly System.Random random = new System.Random(3);
            float _b0, _b1, _b5;

            public float Next()
            {
                float white = (float)random.NextDouble() * 2 - 1;
                _b0 = 0.99886f * _b0 + white * 0.0555179f;
                _b1 = 0.99332f * _b1 + white * 0.0750759f;
                _b5 = -0.7616f * _b5 - white * 0.0168980f;
                return _b0 + _b1 + _b5 + white * 0.5362f;
            }
        }
        """);

    [Fact]
    public Task Linear_solver_right_hand_side_doubled() => Verify.VerifyAsync("""
        static class Solver
        {
            public static void Scale(double[,] a, double[] b, int n)
            {
                for (int i = 0; i < n; i++)
                {
                    b[i] = b[i] + b[i];
                    b[i] -= 0.5 * b[i];
                    for (int j = 0; j < n; j++)
                        a[i, j] *= 2;
                }
            }
        }
        """);

    [Fact]
    public Task Averaged_perceptron_overflow_guard() => Verify.VerifyAsync("""
        class AveragedPerceptron
        {
            readonly double[] weights = new double[10];
            readonly double[] totalWeights = new double[10];
            double bias, totalBias;
            double TotalBias;

            public void Update(double[] x, double y, double count)
            {
                for (int i = 0; i < x.Length; i++)
                {
                    weights[i] += y * x[i];
                    totalWeights[i] += count * y * x[i];
                }

                bias += y;
                totalBias += count * y;
                TotalBias += count * y;
                if (System.Math.Abs(TotalBias) > 1e100)
                {
                    for (int i = 0; i < totalWeights.Length; i++)
                        totalWeights[i] *= 1e-6;
                    totalBias *= 1e-6;
                    TotalBias *= 1e-6;
                }
            }
        }
        """);

    [Fact]
    public Task A_short_b_with_a_gradient_step_is_a_bias() => Verify.VerifyAsync("""
        class Neuron
        {
            readonly double[] W1 = new double[4];
            readonly double[] b1 = new double[4];
            readonly double[] dW1 = new double[4];
            readonly double[] db1 = new double[4];

            void Step(double lr, double lambda)
            {
                for (int i = 0; i < b1.Length; i++)
                {
                    W1[i] -= lr * (dW1[i] + lambda * W1[i]);
                    {|L2R002:b1[i] -= lr * (db1[i] + lambda * b1[i])|};
                }
            }
        }
        """);

    [Fact]
    public Task A_linear_model_that_shrinks_its_own_bias_gets_a_suggestion()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class LinearSvm
                {
                    readonly double[] w = new double[10];
                    double b;

                    public void Step(double[] x, double y, double eta, double lambda)
                    {
                        double margin = y * (Dot(x) + b);
                        for (int i = 0; i < w.Length; i++)
                        {
                            w[i] -= eta * lambda * w[i];
                            if (margin < 1) w[i] += eta * y * x[i];
                        }

                        {|#0:b -= eta * lambda * b|};
                        if (margin < 1) b += eta * y;
                    }

                    double Dot(double[] x)
                    {
                        double s = 0;
                        for (int i = 0; i < w.Length; i++) s += w[i] * x[i];
                        return s;
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("L2R002", DiagnosticSeverity.Info).WithLocation(0));
        return test.RunAsync();
    }
}
