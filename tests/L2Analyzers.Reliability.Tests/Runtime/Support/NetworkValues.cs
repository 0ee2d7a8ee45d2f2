using System.Numerics;

namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>Seeded networks, with or without optimizer state, for checkpoint and divergence cases.</summary>
internal static class NetworkValues
{
    public static bool AllFinite<T>(INetwork<T> network)
        where T : IFloatingPointIeee754<T> =>
        network.Layers.SelectMany(layer => layer.Parameters).All(p => p.Values.All(T.IsFinite));

    /// <summary>Whether every momentum and Adam state value is finite (Adam's second moment overflows first).</summary>
    public static bool StateIsFinite<T>(INetwork<T> network)
        where T : IFloatingPointIeee754<T> =>
        network.Layers.SelectMany(layer => layer.Parameters).All(p => p.OptimizerState switch
        {
            MomentumState<T> momentum => momentum.Velocity.All(T.IsFinite),
            AdamState<T> adam => adam.FirstMoment.All(T.IsFinite) && adam.SecondMoment.All(T.IsFinite),
            _ => true,
        });

    /// <summary>A chain of identity dense layers of the given widths (input first), initialized from <paramref name="seed"/>.</summary>
    public static Sequential<T> Dense<T>(int[] widths, int seed)
        where T : IFloatingPointIeee754<T>
    {
        var layers = widths.Zip(widths.Skip(1), (inputs, outputs) => (ILayer<T>)new DenseLayer<T>(inputs, outputs)).ToArray();
        var network = new Sequential<T>(LossKind.MeanSquaredError, layers);
        network.Initialize(seed);
        return network;
    }

    /// <summary>
    /// Gives every parameter the state of <paramref name="kind"/> (none for SGD) from one to three seeded steps on random
    /// gradients, then, when <paramref name="seed"/> is odd, drops the last parameter's state (a mix of state and none).
    /// </summary>
    public static Sequential<T> WithState<T>(Sequential<T> network, OptimizerKind kind, int seed)
        where T : IFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var optimizer = Optimizers.Create<T>(kind, learningRate: 0.01, momentum: 0.9);
        var parameters = network.Layers.SelectMany(layer => layer.Parameters).ToList();
        for (int step = random.Next(1, 4); step > 0; step--)
        {
            foreach (var parameter in parameters)
            {
                for (int i = 0; i < parameter.Gradients.Length; i++)
                {
                    parameter.Gradients[i] = T.CreateChecked(random.NextDouble() - 0.5);
                }

                optimizer.Step(parameter);
            }
        }

        if (seed % 2 == 1)
        {
            parameters[^1].OptimizerState = null;
        }

        return network;
    }
}
