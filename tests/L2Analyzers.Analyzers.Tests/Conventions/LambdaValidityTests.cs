using L2Analyzers.Common;
using L2Analyzers.Conventions;

namespace L2Analyzers.Analyzers.Tests.Conventions;

public class LambdaValidityTests
{
    [Theory]
    [InlineData(L2Mode.GradientPenalty, 0, true)]
    [InlineData(L2Mode.GradientPenalty, 25, true)]
    [InlineData(L2Mode.GradientPenalty, -1e-9, false)]
    [InlineData(L2Mode.ScaledWeightDecay, 0, true)]
    [InlineData(L2Mode.WeightDecay, 0, true)]
    [InlineData(L2Mode.WeightDecay, 0.999, true)]
    [InlineData(L2Mode.WeightDecay, 1, false)]
    [InlineData(L2Mode.WeightDecay, -0.01, false)]
    [InlineData(L2Mode.DecayFactor, 0, false)]
    [InlineData(L2Mode.DecayFactor, 1e-9, true)]
    [InlineData(L2Mode.DecayFactor, 0.999, true)]
    [InlineData(L2Mode.DecayFactor, 1, false)]
    [InlineData(L2Mode.DecayFactor, 1.2, false)]
    [InlineData(L2Mode.DecayFactor, double.NaN, false)]
    [InlineData(L2Mode.ScaledWeightDecay, double.PositiveInfinity, false)]
    [InlineData(L2Mode.GradientPenalty, double.NegativeInfinity, false)]
    public void Ranges_follow_the_conventions(L2Mode mode, double lambda, bool valid)
    {
        Assert.Equal(valid, LambdaValidity.Problem((L2Mode)mode, lambda) is null);
        Assert.Equal(valid, L2Range.Contains((L2Mode)mode, lambda));
    }

    [Fact]
    public void The_reasons_say_what_happens_to_the_weights()
    {
        Assert.Equal("it grows every weight by 20% per step", LambdaValidity.Problem(L2Mode.DecayFactor, 1.2));
        Assert.Equal(
            "each step multiplies every weight by 1 − λ = -1.5: the weights flip sign and grow without bound",
            LambdaValidity.Problem(L2Mode.WeightDecay, 2.5));
    }

    [Theory]
    [InlineData(1, "each step multiplies every weight by 1 − λ = 0, setting every weight to 0")]
    [InlineData(1.0001, "each step multiplies every weight by 1 − λ = -0.0001, flipping its sign")]
    [InlineData(1.5, "each step multiplies every weight by 1 − λ = -0.5, flipping its sign")]
    [InlineData(1.9999, "each step multiplies every weight by 1 − λ = -0.9999, flipping its sign")]
    [InlineData(2, "each step multiplies every weight by 1 − λ = -1: the weights flip sign every step and never shrink")]
    [InlineData(2.0001, "each step multiplies every weight by 1 − λ = -1.0001: the weights flip sign and grow without bound")]
    public void A_decay_of_one_or_more_is_described_exactly_at_and_around_the_boundaries(double lambda, string expected) =>
        Assert.Equal(expected, LambdaValidity.Problem(L2Mode.WeightDecay, lambda));

    [Fact]
    public void A_decay_just_below_one_is_valid() => Assert.Null(LambdaValidity.Problem(L2Mode.WeightDecay, 0.9999));
}
