using System.Numerics;
using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Layers;

/// <summary>The blocked, vectorized kernels against the textbook sums, for shapes on and off every tile and vector edge.</summary>
public class DenseKernelsTests
{
    public static TheoryData<int, int, int> Shapes() => new()
    {
        // batch, inputs, outputs
        { 1, 1, 1 }, { 1, 4, 7 }, { 3, 7, 3 }, { 4, 8, 2 }, { 5, 9, 3 }, { 2, 16, 1 },
        { 7, 33, 5 }, { 32, 17, 10 }, { 9, 100, 13 }, { 8, 24, 16 }, { 6, 3, 40 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Float_kernels_equal_the_textbook_sums(int batch, int inputs, int outputs) =>
        AssertKernelsEqualSums<float>(batch, inputs, outputs, 2e-6);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Double_kernels_equal_the_textbook_sums(int batch, int inputs, int outputs) =>
        AssertKernelsEqualSums<double>(batch, inputs, outputs, 1e-14);

    [Fact]
    public void Other_element_types_take_the_scalar_path() => AssertKernelsEqualSums<Half>(5, 9, 3, 2e-2);

    [Fact]
    public void Buffers_longer_than_the_batch_are_left_alone_beyond_it()
    {
        var output = Enumerable.Repeat(42.0, 3 * 2).ToArray();
        DenseKernels.Forward<double>([1, 2, 3, 4], [0, 0], [1, 1, 1, 1, 1, 1], output, batchSize: 2);
        Assert.Equal([3, 7, 3, 7, 42, 42], output);
    }

    [Fact]
    public void Mismatched_buffers_are_rejected_with_their_sizes()
    {
        var error = Assert.Throws<ArgumentException>(() => DenseKernels.Forward<double>(new double[6], new double[2], new double[5], new double[4], 2));
        Assert.Contains("input has 5 elements", error.Message);
        Assert.Throws<ArgumentException>(() => DenseKernels.Forward<double>(new double[5], new double[2], new double[6], new double[4], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => DenseKernels.Forward<double>(new double[6], new double[2], new double[6], new double[4], 0));
        Assert.Throws<ArgumentException>(() => DenseKernels.Backward<double>(new double[6], new double[6], new double[4], new double[5], new double[2], [], 2));
    }

    private static void AssertKernelsEqualSums<T>(int batch, int inputs, int outputs, double tolerance)
        where T : IFloatingPointIeee754<T>
    {
        var w = TestData.Uniform<T>(outputs * inputs, seed: 1);
        var bias = TestData.Uniform<T>(outputs, seed: 2);
        var x = TestData.Uniform<T>(batch * inputs, seed: 3);
        var dz = TestData.Uniform<T>(batch * outputs, seed: 4);
        double[] W = ToDouble(w), B = ToDouble(bias), X = ToDouble(x), Dz = ToDouble(dz);

        var expectedOutput = new double[batch * outputs];
        var expectedDw = new double[outputs * inputs];
        var expectedDb = new double[outputs];
        var expectedDx = new double[batch * inputs];
        for (int b = 0; b < batch; b++)
        {
            for (int o = 0; o < outputs; o++)
            {
                double sum = B[o];
                for (int i = 0; i < inputs; i++)
                {
                    sum += W[(o * inputs) + i] * X[(b * inputs) + i];
                    expectedDw[(o * inputs) + i] += Dz[(b * outputs) + o] * X[(b * inputs) + i] / batch;
                    expectedDx[(b * inputs) + i] += Dz[(b * outputs) + o] * W[(o * inputs) + i];
                }

                expectedOutput[(b * outputs) + o] = sum;
                expectedDb[o] += Dz[(b * outputs) + o] / batch;
            }
        }

        var output = new T[batch * outputs];
        var dw = new T[w.Length];
        var db = new T[outputs];
        var dx = new T[x.Length];
        DenseKernels.Forward<T>(w, bias, x, output, batch);
        DenseKernels.Backward<T>(w, x, dz, dw, db, dx, batch);

        // Each sum has at most max(inputs, batch, outputs) terms of size ≤ 1.
        double scaled = tolerance * Math.Max(inputs, Math.Max(batch, outputs));
        TestData.AssertClose(expectedOutput, ToDouble(output), scaled);
        TestData.AssertClose(expectedDw, ToDouble(dw), scaled);
        TestData.AssertClose(expectedDb, ToDouble(db), scaled);
        TestData.AssertClose(expectedDx, ToDouble(dx), scaled);
    }

    private static double[] ToDouble<T>(T[] values)
        where T : IFloatingPointIeee754<T> => values.Select(double.CreateChecked).ToArray();
}
