using System.Numerics;
using L2Analyzers.Runtime.Tests.Optimizers;
using L2Analyzers.Runtime.Tests.Regularization;

namespace L2Analyzers.Runtime.Tests.Numerics;

/// <summary>
/// The element-wise driver runs 512-bit vectors up to a working set of 2 MiB (all of a kernel's arrays) and
/// <see cref="Vector{T}"/> beyond (ElementwiseLoop.Vector512Limit). On both sides of that limit, with odd tails, every
/// kernel must still equal its per-element formula bit for bit. (On CPUs without 512-bit vectors both sides take the
/// <see cref="Vector{T}"/> path, and the tests still check it.)
/// </summary>
public class VectorWidthTests
{
    private const int Limit = 2 << 20;

    [Theory]
    [InlineData(L2Mode.GradientPenalty)]
    [InlineData(L2Mode.WeightDecay)]
    [InlineData(L2Mode.ScaledWeightDecay)]
    [InlineData(L2Mode.DecayFactor)]
    public void Step_equals_the_formula_on_both_sides_of_the_width_limit(L2Mode mode)
    {
        foreach (int length in OddLengthsAround(arrays: 2, sizeof(float)))
        {
            L2UpdateTests.AssertKernelEqualsFormula<float>(mode, length);
        }

        foreach (int length in OddLengthsAround(arrays: 2, sizeof(double)))
        {
            L2UpdateTests.AssertKernelEqualsFormula<double>(mode, length);
        }
    }

    [Fact]
    public void Momentum_equals_the_formula_on_both_sides_of_the_width_limit()
    {
        foreach (int length in OddLengthsAround(arrays: 3, sizeof(float)))
        {
            LargeParameterTests.MomentumSteps<float>(length);
        }

        foreach (int length in OddLengthsAround(arrays: 3, sizeof(double)))
        {
            LargeParameterTests.MomentumSteps<double>(length);
        }
    }

    [Fact]
    public void Adam_equals_the_formula_on_both_sides_of_the_width_limit()
    {
        foreach (int length in OddLengthsAround(arrays: 4, sizeof(float)))
        {
            LargeParameterTests.AdamSteps<float>(length);
        }

        foreach (int length in OddLengthsAround(arrays: 4, sizeof(double)))
        {
            LargeParameterTests.AdamSteps<double>(length);
        }
    }

    [Fact]
    public void The_lengths_straddle_the_limit()
    {
        int[] lengths = OddLengthsAround(arrays: 3, sizeof(float));
        Assert.True(3L * sizeof(float) * lengths[0] <= Limit && 3L * sizeof(float) * lengths[1] > Limit);
        Assert.Equal([1, 1], lengths.Select(length => length % 2));
    }

    // The largest odd length whose working set fits the limit, and the smallest odd one whose working set exceeds it.
    private static int[] OddLengthsAround(int arrays, int size)
    {
        int fits = Limit / (arrays * size);
        return [fits % 2 == 1 ? fits : fits - 1, fits % 2 == 1 ? fits + 2 : fits + 1];
    }
}
