using System.Numerics;

namespace L2Analyzers.Generator.Tests.CompileAndRun;

/// <summary>Small numeric helpers for the compile-and-run tests.</summary>
internal static class Numbers
{
    public static T[] Convert<T>(double[] values)
        where T : IFloatingPointIeee754<T> => Array.ConvertAll(values, T.CreateChecked);

    public static double[] ToDouble<T>(T[] values)
        where T : IFloatingPointIeee754<T> => Array.ConvertAll(values, double.CreateChecked);

    public static double[] Random(Random random, int count, double scale = 1) =>
        Enumerable.Range(0, count).Select(_ => ((2 * random.NextDouble()) - 1) * scale).ToArray();

    /// <summary>Equal within <paramref name="tolerance"/>, relative to the expected value when it is larger than 1.</summary>
    public static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= tolerance * Math.Max(1, Math.Abs(expected[i])),
                $"element {i}: expected {expected[i]}, actual {actual[i]}");
        }
    }
}
