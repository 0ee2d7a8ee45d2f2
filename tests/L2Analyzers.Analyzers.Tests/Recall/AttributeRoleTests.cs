using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shape 13: a name that says weight, and a containing type that is not a normalization layer, win over size
/// and bare words.
/// </summary>
public class AttributeRoleTests
{
    [Fact]
    public Task A_vector_named_as_weights_beside_a_matrix_is_a_weight() => Verify.VerifyAsync("""
        using L2Analyzers;

        class Network
        {
            const int Inputs = 7, Hidden = 4;

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public double[,] HiddenWeights = new double[Hidden, Inputs];

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public double[] OutputWeights = new double[Hidden];
        }
        """);

    [Fact]
    public Task A_vector_without_a_weight_name_beside_a_matrix_is_still_a_bias() => Verify.VerifyAsync("""
        using L2Analyzers;

        class Network
        {
            const int Inputs = 7, Hidden = 4;

            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public double[,] HiddenWeights = new double[Hidden, Inputs];

            [{|L2R002:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
            public double[] HiddenOffsets = new double[Hidden];
        }
        """);

    [Theory]
    [InlineData("RidgeRegression", "Beta")]
    [InlineData("LinearModel", "Gamma")]
    public Task A_bare_gain_word_outside_a_normalization_layer_is_a_weight(string type, string member) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        class {{type}}
        {
            [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.01)]
            public double[] {{member}} = new double[5];
        }
        """);

    [Theory]
    [InlineData("LayerNorm", "Beta")]
    [InlineData("Model", "LayerNormGamma")]
    public Task A_gain_word_in_a_normalization_layer_or_name_is_a_normalization_parameter(string type, string member) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        class {{type}}
        {
            [{|L2R008:L2(Mode = L2Mode.GradientPenalty, Lambda = 0.01)|}]
            public double[] {{member}} = new double[5];
        }
        """);
}
