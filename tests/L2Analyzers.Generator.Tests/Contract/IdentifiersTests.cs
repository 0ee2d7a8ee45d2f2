using L2Analyzers.Common.Definitions;

namespace L2Analyzers.Generator.Tests.Contract;

public class IdentifiersTests
{
    [Theory]
    [InlineData("Weights", "Weights")]
    [InlineData("weightsIH", "WeightsIH")]
    [InlineData("_weights", "Weights")]
    [InlineData("m_weights", "Weights")]
    [InlineData("s_kernel", "Kernel")]
    [InlineData("mask", "Mask")]
    [InlineData("_", "_")]
    public void Member_names_read_as_pascal_case_inside_method_names(string member, string expected) =>
        Assert.Equal(expected, Identifiers.MethodPart(member));

    [Theory]
    [InlineData("base", "@base")]
    [InlineData("Weights", "Weights")]
    [InlineData("var", "var")]
    public void Reserved_keywords_are_escaped(string name, string expected) => Assert.Equal(expected, Identifiers.Escape(name));
}
