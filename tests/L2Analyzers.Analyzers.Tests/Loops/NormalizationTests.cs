using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>L2R008: regularization applied to normalization parameters in hand-written loops.</summary>
public class NormalizationTests
{
    [Theory]
    [InlineData("lnGamma")]
    [InlineData("ln1Weight")]
    [InlineData("bnBeta")]
    [InlineData("layerNormGain")]
    [InlineData("_batchNormScale")]
    [InlineData("LayerNormWeights")]
    public Task A_name_with_a_normalization_word_is_reported(string name) => Verify.VerifyAsync($$"""
        class Block
        {
            float[] {{name}} = new float[8];

            void Decay(float weightDecay)
            {
                for (int i = 0; i < {{name}}.Length; i++)
                    {|L2R008:{{name}}[i] -= weightDecay * {{name}}[i]|};
            }
        }
        """);

    [Theory]
    [InlineData("LayerNorm", "gamma")]
    [InlineData("LayerNorm", "beta")]
    [InlineData("BatchNormalization", "gain")]
    [InlineData("RmsNorm", "weights")]
    public Task A_gain_or_weight_of_a_normalization_layer_is_reported(string layer, string name) => Verify.VerifyAsync($$"""
        class {{layer}}
        {
            double[] {{name}} = new double[8];
            double[] {{name}}Grads = new double[8];

            void Step(double lr, double l2)
            {
                for (int i = 0; i < {{name}}.Length; i++)
                    {|L2R008:{{name}}[i] -= lr * ({{name}}Grads[i] + l2 * {{name}}[i])|};
            }
        }
        """);

    [Fact]
    public Task Every_update_shape_is_reported() => Verify.VerifyAsync("""
        class Block
        {
            double[] lnGamma = new double[8];
            double[] lnGammaGrad = new double[8];

            void Step(double lr, double decay)
            {
                for (int i = 0; i < lnGamma.Length; i++)
                {
                    {|L2R008:lnGammaGrad[i] += decay * lnGamma[i]|};
                    {|L2R008:lnGamma[i] *= 1 - decay|};
                    {|L2R008:lnGamma[i] = lnGamma[i] - decay * lnGamma[i]|};
                    lnGamma[i] -= lr * lnGammaGrad[i];
                }
            }
        }
        """);

    [Fact]
    public Task The_message_names_the_parameter_and_the_update() => Verify.VerifyAsync(
        """
        class Block
        {
            float[] lnGamma = new float[8];

            void Decay(float weightDecay)
            {
                for (int i = 0; i < lnGamma.Length; i++)
                    lnGamma[i] -= weightDecay * lnGamma[i];
            }
        }
        """,
        Verify.Diagnostic("L2R008").WithSpan(8, 13, 8, 51).WithArguments(
            "`lnGamma[i] -= weightDecay * lnGamma[i]` decays the normalization parameter 'lnGamma' like a weight.",
            "Drop the decay for normalization parameters."));

    [Fact]
    public Task Members_marked_as_normalization_parameters_or_biases_are_reported_whatever_their_names() => Verify.VerifyAsync("""
        using L2Analyzers;

        class Block
        {
            [NormalizationParameter] public double[] alpha = new double[8];
            [NormalizationParameter] public double[] Offsets { get; } = new double[8];
            [Bias] public double[] offsets = new double[8];
            public double[] others = new double[8];
            public double[] weights = new double[8];
            public double[] weightGrads = new double[8];

            void Decay(double decay)
            {
                for (int i = 0; i < alpha.Length; i++)
                {
                    {|L2R008:alpha[i] -= decay * alpha[i]|};
                    {|L2R008:Offsets[i] *= 1 - decay|};
                    {|L2R002:offsets[i] -= decay * offsets[i]|};
                    others[i] -= decay * others[i];
                    weights[i] -= decay * weights[i];
                    {|L2R008:weightGrads[i] += decay * alpha[i]|};
                }
            }
        }
        """);

    [Fact]
    public Task A_constant_is_still_judged_beside_L2R008() => Verify.VerifyAsync("""
        class Block
        {
            double[] bnGamma = new double[8];

            void Decay()
            {
                for (int i = 0; i < bnGamma.Length; i++)
                    {|L2R008:bnGamma[i] -= {|L2R003:1.5|} * bnGamma[i]|};
            }
        }
        """);

    [Fact]
    public Task A_bias_of_a_normalization_is_L2R002_only() => Verify.VerifyAsync("""
        class LayerNorm
        {
            double[] lnBias = new double[8];

            void Decay(double decay)
            {
                for (int i = 0; i < lnBias.Length; i++)
                    {|L2R002:lnBias[i] -= decay * lnBias[i]|};
            }
        }
        """);

    [Theory]
    [InlineData("Dense", "gamma")]
    [InlineData("Ridge", "beta")]
    [InlineData("TSne", "gains")]
    [InlineData("Network", "shift")]
    public Task A_lone_gain_or_shift_word_outside_a_normalization_layer_is_not_reported(string type, string name) => Verify.VerifyAsync($$"""
        class {{type}}
        {
            double[] {{name}} = new double[8];
            double[] {{name}}Grads = new double[8];

            void Step(double lr, double l2)
            {
                for (int i = 0; i < {{name}}.Length; i++)
                {
                    {{name}}[i] -= lr * ({{name}}Grads[i] + l2 * {{name}}[i]);
                    {{name}}[i] *= 1 - l2;
                }
            }
        }
        """);

    [Fact]
    public Task Running_statistics_and_optimizer_state_of_a_normalization_are_not_reported() => Verify.VerifyAsync("""
        class BatchNorm
        {
            double[] runningMean = new double[8];
            double[] runningVariance = new double[8];
            double[] bnMean = new double[8];
            double[] gammaVelocity = new double[8];
            double[] lnGammaMomentum = new double[8];
            double[] batchMean = new double[8];

            void Update(double momentum, double decay)
            {
                for (int i = 0; i < runningMean.Length; i++)
                {
                    runningMean[i] = momentum * runningMean[i] + (1 - momentum) * batchMean[i];
                    runningVariance[i] *= 1 - decay;
                    bnMean[i] -= decay * bnMean[i];
                    gammaVelocity[i] *= 1 - decay;
                    lnGammaMomentum[i] -= decay * lnGammaMomentum[i];
                }
            }
        }
        """);

    [Fact]
    public Task A_gradient_step_on_a_normalization_parameter_is_not_reported() => Verify.VerifyAsync("""
        class LayerNorm
        {
            float[] gamma = new float[8];
            float[] beta = new float[8];
            float[] dGamma = new float[8];
            float[] dBeta = new float[8];

            void Step(float lr)
            {
                for (int i = 0; i < gamma.Length; i++)
                {
                    gamma[i] -= lr * dGamma[i];
                    beta[i] = beta[i] - lr * dBeta[i];
                }
            }
        }
        """);

    [Fact]
    public Task A_normalization_word_without_a_parameter_word_is_not_reported() => Verify.VerifyAsync("""
        class Block
        {
            double[] layerNorm = new double[8];
            double[] lnOut = new double[8];

            void Decay(double decay)
            {
                for (int i = 0; i < layerNorm.Length; i++)
                {
                    layerNorm[i] -= decay * layerNorm[i];
                    lnOut[i] -= decay * lnOut[i];
                }
            }
        }
        """);
}
