using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>Multiplicative decay: w ← ρ·w.</summary>
public class RetentionFactorTests
{
    [Theory]
    [InlineData("weights[i] *= {|L2R001:0.03|};")]
    [InlineData("weights[i] = {|L2R001:0.03|} * weights[i];")]
    [InlineData("weights[i] = weights[i] * {|L2R001:0.03|};")]
    [InlineData("weights[i] *= {|L2R001:1 - 0.97|};")]
    [InlineData("weights[i] *= {|L2R001:0.5|};")] // removes half of each weight per step
    [InlineData("weights[i] *= {|L2R001:0.8999|};")]
    [InlineData("weights[i] *= {|L2R003:1.01|};")]
    [InlineData("weights[i] *= {|L2R003:-0.9|};")]
    [InlineData("weights[i] *= {|L2R003:0|};")]
    [InlineData("weights[i] *= {|L2R003:1|};")]
    public Task Factors_in_a_method_that_also_steps_the_weights_are_judged(string decay) => Verify.VerifyAsync($$"""
        class Layer
        {
            double[] weights = new double[16];
            double[] grads = new double[16];

            void Update(double lr)
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    {{decay}}
                    weights[i] -= lr * grads[i];
                }
            }
        }
        """);

    [Theory]
    [InlineData("double keep = 1 - lr * wd; for (int j = 0; j < hBiases.Length; j++) {|L2R002:hBiases[j] *= keep|};")]
    [InlineData("for (int j = 0; j < hBiases.Length; j++) {|L2R002:hBiases[j] *= retain|};")]
    [InlineData("double scale = lr * 0.5; for (int j = 0; j < hBiases.Length; j++) hBiases[j] *= scale;")]
    public Task A_factor_is_a_retention_by_its_form_or_name_even_through_a_local(string update) => Verify.VerifyAsync($$"""
        class Layer
        {
            double[] hBiases = new double[4];

            void Shrink(double lr, double wd, double retain)
            {
                {{update}}
            }
        }
        """);

    [Theory]
    [InlineData("0.97")]
    [InlineData("0.9985")]
    [InlineData("0.9")]
    [InlineData("1 - 0.0015")]
    public Task Usual_retention_factors_are_not_reported(string factor) => Verify.VerifyAsync($$"""
        class Layer
        {
            double[] weights = new double[16];
            double[] grads = new double[16];

            void Update(double lr)
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] *= {{factor}};
                    weights[i] -= lr * grads[i];
                }
            }
        }
        """);

    [Fact]
    public Task Retention_and_gradient_step_in_one_statement() => Verify.VerifyAsync("""
        class Layer
        {
            float[] w = new float[16];
            float[] dw = new float[16];

            void Update(float lr)
            {
                for (int i = 0; i < w.Length; i++)
                    w[i] = {|L2R001:0.1f|} * w[i] - lr * dw[i];
            }
        }
        """);

    [Fact]
    public Task A_factor_named_like_a_decay_is_evidence_enough() => Verify.VerifyAsync("""
        static class Regularizer
        {
            const float DecayFactor = {|L2R001:0.2f|};

            public static void Apply(float[] kernel)
            {
                for (int i = 0; i < kernel.Length; i++)
                    kernel[i] *= DecayFactor;
            }
        }
        """);

    [Fact]
    public Task A_one_minus_factor_is_evidence_enough() => Verify.VerifyAsync("""
        class Layer
        {
            const double Eta = 0.5;
            const double Lambda = 3.0;
            double[] weights = new double[16];

            void Shrink()
            {
                for (int i = 0; i < weights.Length; i++)
                    weights[i] *= {|L2R003:1 - Eta * Lambda|};
            }
        }
        """);

    [Fact]
    public Task A_multiplication_without_any_sign_of_regularization_is_not_reported() => Verify.VerifyAsync("""
        using System;

        class Layer
        {
            double[] weights = new double[16];

            void Initialize(Random random)
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] = random.NextDouble() - 0.5;
                    weights[i] *= 0.01;
                }
            }

            void ScaleForInference(double keepProbability)
            {
                for (int i = 0; i < weights.Length; i++)
                    weights[i] *= 0.2;
            }
        }
        """);
}
