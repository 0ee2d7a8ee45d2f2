using System.Numerics;

namespace L2Analyzers.Runtime.Tests.Support;

/// <summary>Seeded random test inputs.</summary>
internal static class TestData
{
    /// <summary>Lengths around every vector width (4, 8, 16, 32, 64 elements) and a large odd one, plus empty.</summary>
    public static readonly int[] Lengths = [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 1027];

    public static TheoryData<int> LengthData() => new(Lengths);

    /// <summary>Uniform values in [−scale, scale).</summary>
    public static T[] Uniform<T>(int length, int seed, double scale = 1)
        where T : IFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var values = new T[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = T.CreateChecked(((random.NextDouble() * 2) - 1) * scale);
        }

        return values;
    }

    /// <summary>Asserts bit-for-bit equality, naming the first differing index.</summary>
    public static void AssertBitEqual<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual)
        where T : IFloatingPointIeee754<T>
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            if (!expected[i].Equals(actual[i]))
            {
                Assert.Fail($"Element {i} of {expected.Length}: expected {expected[i]}, actual {actual[i]}.");
            }
        }
    }

    /// <summary>Asserts |expected − actual| ≤ tolerance·max(1, |expected|) element by element.</summary>
    public static void AssertClose(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double allowed = tolerance * Math.Max(1, Math.Abs(expected[i]));
            if (!(Math.Abs(expected[i] - actual[i]) <= allowed))
            {
                Assert.Fail($"Element {i} of {expected.Length}: expected {expected[i]:R}, actual {actual[i]:R} (tolerance {allowed:G3}).");
            }
        }
    }
}
