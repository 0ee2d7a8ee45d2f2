using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>L2R002: regularization applied to biases.</summary>
public class BiasTests
{
    [Theory]
    [InlineData("{|L2R002:hBiases[i] -= weightDecay * hBiases[i]|};")]
    [InlineData("{|L2R002:hBiases[i] -= (weightDecay * hBiases[i])|};")]
    [InlineData("{|L2R002:hBiases[i] = hBiases[i] - weightDecay * hBiases[i]|};")]
    [InlineData("{|L2R002:hBiases[i] *= 1.0 - weightDecay|};")]
    [InlineData("{|L2R002:hBiases[i] -= learnRate * (hGrads[i] + weightDecay * hBiases[i])|};")]
    [InlineData("{|L2R002:hBiasGrads[i] += weightDecay * hBiases[i]|};")]
    [InlineData("{|L2R002:hGrads[i] += weightDecay * hBiases[i]|};")]
    public Task Regularizing_hidden_biases_is_reported(string update) => Verify.VerifyAsync($$"""
        class NeuralNetwork
        {
            double[] hBiases = new double[7];
            double[] hGrads = new double[7];
            double[] hBiasGrads = new double[7];

            void UpdateWeights(double learnRate, double weightDecay)
            {
                for (int i = 0; i < hBiases.Length; ++i)
                {
                    {{update}}
                }
            }
        }
        """);

    [Theory]
    [InlineData("biases", "double[]", "biases[i]")]
    [InlineData("oBiases", "double[]", "oBiases[i]")]
    [InlineData("outputBias", "float[]", "outputBias[i]")]
    [InlineData("b1", "double[]", "b1[i]")]
    [InlineData("_bias", "double[]", "_bias[i]")]
    [InlineData("Bias", "double[]", "Bias[i]")]
    public Task Bias_names(string name, string type, string element) => Verify.VerifyAsync($$"""
        class Layer
        {
            {{type}} {{name}} = new {{type.TrimEnd('[', ']')}}[3];

            void Decay()
            {
                for (int i = 0; i < {{name}}.Length; i++)
                    {|L2R002:{{element}} -= 0.001f * {{element}}|};
            }
        }
        """);

    [Fact]
    public Task Scalar_bias_field_and_property() => Verify.VerifyAsync("""
        class Neuron
        {
            double bias;
            public double Bias { get; set; }

            void Regularize(double decay)
            {
                {|L2R002:bias -= decay * bias|};
                {|L2R002:Bias -= decay * Bias|};
            }
        }
        """);

    [Fact]
    public Task Helper_method_whose_parameter_is_named_like_a_bias() => Verify.VerifyAsync("""
        static class Regularization
        {
            public static void Decay(double[] values, double lambda)
            {
                for (int i = 0; i < values.Length; i++)
                    values[i] -= lambda * values[i];
            }

            public static void DecayBiases(double[] biases, double lambda)
            {
                for (int i = 0; i < biases.Length; i++)
                    {|L2R002:biases[i] -= lambda * biases[i]|};
            }
        }
        """);

    [Fact]
    public Task Bias_with_a_retention_like_decay_gets_both_diagnostics() => Verify.VerifyAsync("""
        class Layer
        {
            double[] oBiases = new double[2];

            void Decay()
            {
                for (int k = 0; k < oBiases.Length; k++)
                    {|L2R002:oBiases[k] -= {|L2R001:0.97|} * oBiases[k]|};
            }
        }
        """);

    [Fact]
    public Task Unbiased_and_bias_correction_are_not_biases() => Verify.VerifyAsync("""
        using System;

        class Adam
        {
            double[] unbiased = new double[4];
            double biasCorrection = 1.0;

            void Step(double decay)
            {
                for (int i = 0; i < unbiased.Length; i++)
                    unbiased[i] -= decay * unbiased[i];
                biasCorrection *= 0.999;
                biasCorrection -= decay * biasCorrection;
            }
        }
        """);

    [Fact]
    public Task Gradient_step_on_a_bias_without_penalty_is_not_reported() => Verify.VerifyAsync("""
        class Layer
        {
            double[] biases = new double[4];
            double[] biasGrads = new double[4];
            double[] biasVelocity = new double[4];

            void Step(double lr, double momentum)
            {
                for (int i = 0; i < biases.Length; i++)
                {
                    biasVelocity[i] = momentum * biasVelocity[i] - lr * biasGrads[i];
                    biases[i] += biasVelocity[i];
                    biases[i] -= lr * biasGrads[i];
                    biases[i] = biases[i] - lr * biasGrads[i];
                }
            }
        }
        """);

    [Fact]
    public async Task Message_names_the_bias_and_quotes_the_update()
    {
        var test = new Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>.Test
        {
            TestCode = """
                class Network
                {
                    double[] hBiases = new double[4];

                    void Update(double weightDecay)
                    {
                        for (int i = 0; i < hBiases.Length; ++i)
                            hBiases[i] -= weightDecay * hBiases[i];
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("L2R002").WithSpan(8, 13, 8, 51).WithArguments(
            "`hBiases[i] -= weightDecay * hBiases[i]` decays the bias 'hBiases' like a weight.",
            "Drop the decay for biases."));
        await test.RunAsync();
    }
}
