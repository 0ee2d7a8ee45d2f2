using System.Numerics;
using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Regularization;

public class L2UpdateTests
{
    public static TheoryData<L2Mode, int> ModesAndLengths()
    {
        var data = new TheoryData<L2Mode, int>();
        foreach (var mode in Enum.GetValues<L2Mode>())
        {
            foreach (int length in TestData.Lengths)
            {
                data.Add(mode, length);
            }
        }

        return data;
    }

    public static TheoryData<L2Mode, int, int> ModesAndOffsets()
    {
        var data = new TheoryData<L2Mode, int, int>();
        foreach (var mode in Enum.GetValues<L2Mode>())
        {
            for (int offset = 0; offset < 16; offset++)
            {
                data.Add(mode, offset, 0);
                data.Add(mode, offset, 31 - offset);
            }
        }

        return data;
    }

    // w = 2, g = 1, η = 0.1, worked out by hand from docs/conventions.md, "The four modes".
    [Theory]
    [InlineData(L2Mode.GradientPenalty, 0.5, 1.8)]      // 2 − 0.1·(1 + 0.5·2)
    [InlineData(L2Mode.WeightDecay, 0.25, 1.4)]         // 2 − 0.25·2 = 1.5; 1.5 − 0.1·1
    [InlineData(L2Mode.ScaledWeightDecay, 0.5, 1.8)]    // 2 − 0.1·0.5·2 = 1.9; 1.9 − 0.1
    [InlineData(L2Mode.DecayFactor, 0.75, 1.4)]         // 0.75·2 = 1.5; 1.5 − 0.1
    public void One_step_matches_the_formula_worked_out_by_hand(L2Mode mode, double lambda, double expected)
    {
        double[] weights = [2.0];
        L2Update.Step(mode, lambda, weights, [1.0], 0.1);
        Assert.Equal(expected, weights[0], 12);
    }

    [Theory]
    [MemberData(nameof(ModesAndLengths))]
    public void Float_kernel_equals_the_scalar_formula_bit_for_bit(L2Mode mode, int length) =>
        AssertKernelEqualsFormula<float>(mode, length);

    [Theory]
    [MemberData(nameof(ModesAndLengths))]
    public void Double_kernel_equals_the_scalar_formula_bit_for_bit(L2Mode mode, int length) =>
        AssertKernelEqualsFormula<double>(mode, length);

    // Every start of w and g within a 64-byte line, so the loop's first aligned vector falls on every element of the first
    // vector, at lengths where the first and last vectors overlap the loop's (or each other) in every way.
    [Theory]
    [MemberData(nameof(ModesAndOffsets))]
    public void Spans_at_any_offset_are_stepped_by_the_scalar_formula_bit_for_bit(L2Mode mode, int weightOffset, int gradientOffset)
    {
        foreach (int length in (int[])[5, 8, 9, 16, 17, 23, 31, 40, 64, 65, 95, 203])
        {
            AssertKernelEqualsFormula<float>(mode, length, weightOffset, gradientOffset);
            AssertKernelEqualsFormula<double>(mode, length, weightOffset, gradientOffset);
        }
    }

    // Beyond 8 MiB of weights and gradients together, Step runs on narrower vectors than on smaller arrays.
    [Theory]
    [InlineData(L2Mode.GradientPenalty)]
    [InlineData(L2Mode.WeightDecay)]
    public void Spans_of_more_than_4_MiB_are_stepped_by_the_scalar_formula_bit_for_bit(L2Mode mode)
    {
        AssertKernelEqualsFormula<float>(mode, (1 << 20) + 3, weightOffset: 1, gradientOffset: 2);
        AssertKernelEqualsFormula<double>(mode, (1 << 19) + 5, weightOffset: 3);
    }

    [Theory]
    [InlineData(L2Mode.GradientPenalty)]
    [InlineData(L2Mode.DecayFactor)]
    public void Other_element_types_take_the_generic_path(L2Mode mode) => AssertKernelEqualsFormula<Half>(mode, 19);

    [Fact]
    public void Under_plain_SGD_every_mode_gives_the_same_weights_after_100_steps()
    {
        // docs/conventions.md, "Equivalences" at η = 0.05: GradientPenalty 0.03 ≡ WeightDecay 0.0015 ≡ ScaledWeightDecay 0.03 ≡ DecayFactor 0.9985.
        const double eta = 0.05, lambda = 0.03;
        var reference = TrainQuadratic<double>(L2Mode.GradientPenalty, lambda, eta);
        var doubles = new[]
        {
            TrainQuadratic<double>(L2Mode.WeightDecay, eta * lambda, eta),
            TrainQuadratic<double>(L2Mode.ScaledWeightDecay, lambda, eta),
            TrainQuadratic<double>(L2Mode.DecayFactor, 1 - (eta * lambda), eta),
        };
        foreach (var weights in doubles)
        {
            TestData.AssertClose(reference, weights, 1e-12);
        }

        foreach (var mode in Enum.GetValues<L2Mode>())
        {
            double converted = L2Convention.Convert(lambda, L2Mode.GradientPenalty, mode, eta);
            var floats = TrainQuadratic<float>(mode, converted, eta);
            TestData.AssertClose(reference, floats, 1e-5);
        }

        // The regularization is not a no-op: without it the weights end elsewhere.
        var unregularized = TrainQuadratic<double>(L2Mode.GradientPenalty, 0, eta);
        Assert.True(Math.Abs(unregularized[0] - reference[0]) > 1e-3);
    }

    [Fact]
    public void Spans_of_different_lengths_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => L2Update.Step(L2Mode.GradientPenalty, 0.1, new double[3], new double[2], 0.1));
        Assert.Contains("3", error.Message);
        Assert.Contains("2", error.Message);
    }

    [Theory]
    [InlineData(L2Mode.GradientPenalty, -0.1)]
    [InlineData(L2Mode.GradientPenalty, double.NaN)]
    [InlineData(L2Mode.ScaledWeightDecay, double.PositiveInfinity)]
    [InlineData(L2Mode.WeightDecay, 1.0)]
    [InlineData(L2Mode.DecayFactor, 0.0)]
    [InlineData(L2Mode.DecayFactor, 1.0)]
    [InlineData((L2Mode)7, 0.1)]
    public void Invalid_lambdas_and_modes_are_rejected(L2Mode mode, double lambda)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => L2Update.Step(mode, lambda, new double[2], new double[2], 0.1));
        Assert.Contains(mode is >= L2Mode.GradientPenalty and <= L2Mode.DecayFactor ? "valid range" : "not a defined L2Mode", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Invalid_learning_rates_are_rejected(double learningRate)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => L2Update.Step(L2Mode.WeightDecay, 0.1, new double[2], new double[2], learningRate));
        Assert.Equal("learningRate", error.ParamName);
    }

    // The spans start weightOffset and gradientOffset elements into their arrays; the elements before them stay as they were.
    private static void AssertKernelEqualsFormula<T>(L2Mode mode, int length, int weightOffset = 0, int gradientOffset = 0)
        where T : IFloatingPointIeee754<T>
    {
        T lambda = T.CreateChecked(mode is L2Mode.DecayFactor ? 0.97 : 0.03);
        T eta = T.CreateChecked(0.05);
        var weights = TestData.Uniform<T>(weightOffset + length, seed: length);
        var gradients = TestData.Uniform<T>(gradientOffset + length, seed: length + 1000);
        var expected = weights.ToArray();
        for (int i = 0; i < length; i++)
        {
            T w = weights[weightOffset + i], g = gradients[gradientOffset + i];
            expected[weightOffset + i] = mode switch
            {
                L2Mode.GradientPenalty => w - (eta * (g + (lambda * w))),
                L2Mode.WeightDecay => (w - (lambda * w)) - (eta * g),
                L2Mode.ScaledWeightDecay => (w - (eta * lambda * w)) - (eta * g),
                _ => (lambda * w) - (eta * g),
            };
        }

        L2Update.Step(mode, lambda, weights.AsSpan(weightOffset), gradients.AsSpan(gradientOffset), eta);
        TestData.AssertBitEqual<T>(expected, weights);
    }

    // 100 plain-SGD steps on the quadratic data loss ½·Σ a_i·(w_i − c_i)², gradient a_i·(w_i − c_i).
    private static double[] TrainQuadratic<T>(L2Mode mode, double lambda, double eta)
        where T : IFloatingPointIeee754<T>
    {
        const int n = 37;
        var curvature = TestData.Uniform<T>(n, seed: 1);
        var center = TestData.Uniform<T>(n, seed: 2, scale: 3);
        var weights = TestData.Uniform<T>(n, seed: 3);
        var gradients = new T[n];
        for (int step = 0; step < 100; step++)
        {
            for (int i = 0; i < n; i++)
            {
                gradients[i] = T.Abs(curvature[i]) * (weights[i] - center[i]);
            }

            L2Update.Step(mode, T.CreateChecked(lambda), weights, gradients, T.CreateChecked(eta));
        }

        return weights.Select(double.CreateChecked).ToArray();
    }
}
