using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.L2AttributeAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Rules;

public class L2R008Tests
{
    [Theory]
    [InlineData("LayerNormGain")]
    [InlineData("ln1Weight")]
    [InlineData("BatchNormShift")]
    [InlineData("bnScale")]
    public Task A_member_named_as_a_normalization_parameter_is_reported(string name) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        class Block
        {
            [{|L2R008:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
            public float[] {{name}} = new float[4];
        }
        """);

    [Theory]
    [InlineData("Weights")]
    [InlineData("NormalWeights")]
    [InlineData("Kernel")]
    public Task Other_names_are_not_reported(string name) => Verify.VerifyAsync($$"""
        using L2Analyzers;

        class Block
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public float[] {{name}} = new float[4];
        }
        """);

    [Fact]
    public Task Every_parameter_of_a_normalization_layer_is_reported() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        class LayerNorm
        {
            [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
            public float[] Weights = new float[4];
        }
        """,
        Verify.Diagnostic("L2R008").WithSpan(5, 6, 5, 51).WithArguments(
            "[L2] regularizes the normalization parameter 'Weights' like a weight: it belongs to the normalization layer 'LayerNorm'.",
            "Remove [L2] from it."));

    [Fact]
    public Task The_marker_decides_whatever_the_name() => Verify.VerifyAsync("""
        using L2Analyzers;

        class Block
        {
            [NormalizationParameter, {|L2R008:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
            public float[] G = new float[4];
        }
        """);

    [Fact]
    public Task A_layer_level_attribute_on_a_normalization_layer_is_reported() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        [L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)]
        partial class BatchNormalization { }
        """,
        Verify.Diagnostic("L2R008").WithSpan(3, 2, 3, 47).WithArguments(
            "'BatchNormalization' is named as a normalization layer, so [L2] regularizes its gain like a weight.",
            "Remove [L2]."));
}
