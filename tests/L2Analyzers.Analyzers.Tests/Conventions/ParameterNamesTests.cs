using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Conventions;

namespace L2Analyzers.Analyzers.Tests.Conventions;

public class ParameterNamesTests
{
    [Theory]
    [InlineData("Bias")]
    [InlineData("Biases")]
    [InlineData("hBiases")]
    [InlineData("oBiases")]
    [InlineData("biasVector")]
    [InlineData("_bias")]
    [InlineData("OutputBias")]
    [InlineData("HTMLBias")]
    [InlineData("fc1.bias")]
    [InlineData("BIAS")]
    public void Bias_names_are_recognized(string name) => Assert.True(ParameterNames.IsBias(name));

    [Theory]
    [InlineData("Unbiased")]
    [InlineData("Weights")]
    [InlineData("debias")]
    [InlineData("ihWeights")]
    [InlineData("b")]
    public void Other_names_are_not_biases(string name) => Assert.False(ParameterNames.IsBias(name));

    [Theory]
    [InlineData("Gamma")]
    [InlineData("Beta")]
    [InlineData("LayerNormGain")]
    [InlineData("ln_1.weight")]
    [InlineData("bn1Scale")]
    [InlineData("encoder.LayerNorm.weight")]
    [InlineData("Shift")]
    [InlineData("layer_norm.weight")]
    public void Normalization_parameter_names_are_recognized(string name) =>
        Assert.True(ParameterNames.IsNormalizationParameter(name));

    [Theory]
    [InlineData("Normal")]
    [InlineData("Weights")]
    [InlineData("Kernel")]
    [InlineData("Lnx")]
    public void Other_names_are_not_normalization_parameters(string name) =>
        Assert.False(ParameterNames.IsNormalizationParameter(name));

    [Fact]
    public void Words_split_at_case_digits_and_punctuation() =>
        Assert.Equal(["encoder", "Layer", "Norm", "weight", "ln", "x"], ParameterNames.Words("encoder.LayerNorm_weight1ln.x"));
}
