using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shape 10: hand-written Adam, RMSProp and Adagrad that add the L2 term to the gradient before dividing by
/// the square root of a running average of squared gradients (L2R005); the decoupled form stays silent.
/// </summary>
public class HandWrittenAdaptiveTests
{
    private static string Optimizer(string penalty, string moments, string step) => $$"""
        using System;

        class Optimizer
        {
            readonly double[] weights = new double[8];
            readonly double[] grads = new double[8];
            readonly double[] m = new double[8];
            readonly double[] v = new double[8];
            readonly double[] cache = new double[8];
            double lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, weightDecay = 1e-4;

            public void Step()
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    {{penalty}}
                    {{moments}}
                    {{step}}
                }
            }
        }
        """;

    private const string Adam = "m[i] = beta1 * m[i] + (1 - beta1) * grads[i]; v[i] = beta2 * v[i] + (1 - beta2) * grads[i] * grads[i];";
    private const string AdamStep = "weights[i] -= lr * m[i] / (Math.Sqrt(v[i]) + eps);";

    [Theory]
    [InlineData("{|L2R005:grads[i] += weightDecay * weights[i]|};", Adam, AdamStep)]
    [InlineData("{|L2R005:grads[i] = grads[i] + 5e-4 * weights[i]|};", Adam, AdamStep)]
    [InlineData("{|L2R005:grads[i] += weightDecay * weights[i]|};", "cache[i] = 0.9 * cache[i] + 0.1 * grads[i] * grads[i];", "weights[i] -= lr * grads[i] / (Math.Sqrt(cache[i]) + eps);")]
    [InlineData("{|L2R005:grads[i] += weightDecay * weights[i]|};", "cache[i] += grads[i] * grads[i];", "weights[i] -= lr * grads[i] / Math.Sqrt(cache[i] + eps);")]
    public Task A_penalty_added_before_the_adaptive_scaling_is_reported(string penalty, string moments, string step) =>
        Verify.VerifyAsync(Optimizer(penalty, moments, step));

    [Theory]
    [InlineData("", Adam, "weights[i] -= lr * (m[i] / (Math.Sqrt(v[i]) + eps) + weightDecay * weights[i]);")]
    [InlineData("weights[i] -= lr * weightDecay * weights[i];", Adam, AdamStep)]
    [InlineData("grads[i] += weightDecay * weights[i];", "m[i] = 0.9 * m[i] + grads[i];", "weights[i] -= lr * m[i];")]
    [InlineData("grads[i] += weightDecay * weights[i];", "v[i] = Math.Sqrt(weights[i] * weights[i] + 1);", "weights[i] -= lr * grads[i];")]
    public Task Decoupled_decay_and_plain_momentum_are_not_reported(string penalty, string moments, string step) =>
        Verify.VerifyAsync(Optimizer(penalty, moments, step));

    private const string LocalAdam = "m[i] = beta1 * m[i] + (1 - beta1) * g; v[i] = beta2 * v[i] + (1 - beta2) * g * g;";

    [Theory]
    [InlineData("var {|L2R005:g = grads[i] + weightDecay * weights[i]|};", LocalAdam, AdamStep)]
    [InlineData("double {|L2R005:g = (grads[i] + 1e-4 * weights[i])|};", LocalAdam, AdamStep)]
    [InlineData("var {|L2R005:g = grads[i] + weightDecay * weights[i]|};", "cache[i] += g * g;", "weights[i] -= lr * g / Math.Sqrt(cache[i] + eps);")]
    public Task A_penalty_added_in_a_local_before_the_adaptive_scaling_is_reported(string penalty, string moments, string step) =>
        Verify.VerifyAsync(Optimizer(penalty, moments, step));

    [Theory]
    [InlineData("var g = grads[i];", LocalAdam, "weights[i] -= lr * (m[i] / (Math.Sqrt(v[i]) + eps) + weightDecay * weights[i]);")]
    [InlineData("var g = grads[i] + weightDecay * weights[i];", "m[i] = 0.9 * m[i] + g;", "weights[i] -= lr * m[i];")]
    [InlineData("var g = lr * grads[i] + weightDecay * weights[i];", LocalAdam, AdamStep)]
    [InlineData("var g = grads[i] + beta1 * m[i];", LocalAdam, AdamStep)]
    public Task A_local_without_a_penalty_or_without_adaptive_scaling_is_not_reported(string penalty, string moments, string step) =>
        Verify.VerifyAsync(Optimizer(penalty, moments, step));

    [Fact]
    public Task A_bias_penalized_in_a_local_gradient_is_reported() => Verify.VerifyAsync("""
        class Layer
        {
            readonly double[] biases = new double[4];
            readonly double[] biasGrads = new double[4];

            public void Step(double lr, double weightDecay)
            {
                for (int j = 0; j < biases.Length; j++)
                {
                    var {|L2R002:g = biasGrads[j] + weightDecay * biases[j]|};
                    biases[j] -= lr * g;
                }
            }
        }
        """);
}
