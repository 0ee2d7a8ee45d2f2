namespace L2Analyzers.Runtime.Tests.Support;

/// <summary>Small seeded classification problems.</summary>
internal static class Blobs
{
    /// <summary>Three Gaussian blobs in 4 dimensions, well separated; labels 0, 1, 2.</summary>
    public static Dataset<T> Create<T>(int count, int seed)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var features = new T[count * 4];
        var labels = new int[count];
        for (int s = 0; s < count; s++)
        {
            labels[s] = s % 3;
            for (int f = 0; f < 4; f++)
            {
                double center = f == labels[s] ? 2 : 0;
                features[(s * 4) + f] = T.CreateChecked(center + (0.5 * Gaussian(random)));
            }
        }

        return Dataset<T>.FromLabels(features, 4, labels, 3);
    }

    public static Sequential<T> Network<T>(L2Regularization? l2 = null, int seed = 1)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        var network = new Sequential<T>(
            LossKind.CrossEntropy,
            new DenseLayer<T>(4, 7, Activation.Tanh, l2),
            new DenseLayer<T>(7, 3, Activation.Softmax, l2));
        network.Initialize(seed);
        return network;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
