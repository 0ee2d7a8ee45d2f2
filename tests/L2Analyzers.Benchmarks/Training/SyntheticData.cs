using System.Numerics;

namespace L2Analyzers.Benchmarks.Training;

/// <summary>Labelled synthetic data: one Gaussian blob per class around a random centre in [−1, 1]ⁿ.</summary>
internal static class SyntheticData
{
    public static Dataset<T> Blobs<T>(int count, int features, int classes, int seed)
        where T : IFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var centres = new double[classes * features];
        for (int i = 0; i < centres.Length; i++)
        {
            centres[i] = (2 * random.NextDouble()) - 1;
        }

        var values = new T[count * features];
        var labels = new int[count];
        for (int s = 0; s < count; s++)
        {
            labels[s] = random.Next(classes);
            for (int f = 0; f < features; f++)
            {
                values[(s * features) + f] = T.CreateChecked(centres[(labels[s] * features) + f] + (0.5 * Gaussian(random)));
            }
        }

        return Dataset<T>.FromLabels(values, features, labels, classes);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
