using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Regularization;

public class L2KernelsTests
{
    public static TheoryData<int> Lengths() => TestData.LengthData();

    [Theory]
    [MemberData(nameof(Lengths))]
    public void AddPenaltyGradient_equals_g_plus_lambda_w_bit_for_bit(int length)
    {
        var weights = TestData.Uniform<float>(length, seed: 1);
        var gradients = TestData.Uniform<float>(length, seed: 2);
        var expected = new float[length];
        for (int i = 0; i < length; i++)
        {
            expected[i] = gradients[i] + (0.03f * weights[i]);
        }

        L2Kernels.AddPenaltyGradient(0.03f, weights, gradients);
        TestData.AssertBitEqual<float>(expected, gradients);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Decay_equals_rho_w_bit_for_bit(int length)
    {
        var weights = TestData.Uniform<double>(length, seed: 3);
        var expected = weights.Select(w => 0.97 * w).ToArray();
        L2Kernels.Decay<double>(weights, 0.97);
        TestData.AssertBitEqual<double>(expected, weights);
    }

    [Fact]
    public void Penalty_is_half_lambda_times_the_sum_of_squares()
    {
        Assert.Equal(0.5 * 0.1 * (1 + 4 + 9), L2Kernels.Penalty<double>([1, -2, 3], 0.1), 12);
        Assert.Equal(0, L2Kernels.Penalty<double>([], 0.1));
    }

    [Fact]
    public void AddPenaltyGradient_rejects_spans_of_different_lengths() =>
        Assert.Throws<ArgumentException>(() => L2Kernels.AddPenaltyGradient(0.1, new double[2], new double[3]));
}
