using L2Analyzers.Conventions;

namespace L2Analyzers.Analyzers.Tests.Conventions;

public class NumbersTests
{
    [Theory]
    [InlineData(1 - 0.97, "0.03")]
    [InlineData(0.05 * 0.03, "0.0015")]
    [InlineData(1 - (0.05 * 0.03), "0.9985")]
    [InlineData(0.03 / 0.05, "0.6")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(2.0, "2")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "∞")]
    public void Format_hides_binary_noise(double value, string expected) => Assert.Equal(expected, Numbers.Format(value));

    [Theory]
    [InlineData(0.97, "97%")]
    [InlineData(1 - 0.97, "3%")]
    [InlineData(0.0485, "4.85%")]
    [InlineData(0.0015, "0.15%")]
    public void Percent_writes_a_fraction(double fraction, string expected) => Assert.Equal(expected, Numbers.Percent(fraction));

    [Theory]
    [InlineData(0.97, "0.97")]
    [InlineData(1.0, "1.0")]
    [InlineData(20.0, "20.0")]
    [InlineData(1e-7, "1e-7")]
    public void Literal_is_always_a_double_literal(double value, string expected) => Assert.Equal(expected, Numbers.Literal(value));

    [Fact]
    public void A_float_constant_reads_as_written() => Assert.Equal(0.97, Numbers.FromSingle(0.97f));
}
