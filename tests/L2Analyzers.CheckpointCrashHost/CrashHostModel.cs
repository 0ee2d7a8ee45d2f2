namespace L2Analyzers.CheckpointCrashHost;

/// <summary>
/// The network the crash host trains and the epoch that turns checkpoint version v − 1 into version v. Everything is
/// seeded, so the crash test replays the same calls to know the exact parameters of every version. The optimizer is
/// Adam, whose state the checkpoint carries: a host that resumed from a checkpoint must write the very versions of a
/// replay that never stopped.
/// </summary>
public static class CrashHostModel
{
    private const int Inputs = 24, Hidden = 48, Classes = 5, Samples = 64;

    private static readonly Dataset<double> Data = CreateData();

    /// <summary>The network at version 0 (initialized, never saved).</summary>
    public static Sequential<double> CreateNetwork()
    {
        var network = new Sequential<double>(
            LossKind.CrossEntropy,
            new DenseLayer<double>(Inputs, Hidden, Activation.Tanh, new L2Regularization(L2Mode.ScaledWeightDecay, 0.01)),
            new DenseLayer<double>(Hidden, Classes, Activation.Softmax));
        network.Initialize(seed: 11);
        return network;
    }

    /// <summary>Turns the parameters and Adam state of version <paramref name="version"/> − 1 into those of <paramref name="version"/>: one seeded epoch.</summary>
    public static void TrainVersion(Sequential<double> network, long version) =>
        Trainer.Train(network, new AdamOptimizer<double>(0.01), Data, new TrainingOptions { Epochs = 1, BatchSize = 16, Seed = (int)version });

    private static Dataset<double> CreateData()
    {
        var random = new Random(5);
        var features = new double[Samples * Inputs];
        var labels = new int[Samples];
        for (int s = 0; s < Samples; s++)
        {
            labels[s] = s % Classes;
            for (int f = 0; f < Inputs; f++)
            {
                features[(s * Inputs) + f] = random.NextDouble() - 0.5 + (f % Classes == labels[s] ? 1 : 0);
            }
        }

        return Dataset<double>.FromLabels(features, Inputs, labels, Classes);
    }
}
