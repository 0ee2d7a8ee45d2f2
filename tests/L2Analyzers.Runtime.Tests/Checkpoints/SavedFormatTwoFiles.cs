using System.Numerics;

namespace L2Analyzers.Runtime.Tests.Checkpoints;

/// <summary>
/// A small network with momentum state on one parameter, Adam state on two and none on the last, built the same way every
/// time; <see cref="SavedFormatTwoTests"/> holds its checkpoint as the library wrote it before optimizer state was typed.
/// </summary>
internal static class SavedFormatTwoFiles
{
    public static Sequential<T> Network<T>()
        where T : IFloatingPointIeee754<T>
    {
        var network = new Sequential<T>(LossKind.MeanSquaredError, new DenseLayer<T>(2, 3, Activation.Tanh), new DenseLayer<T>(3, 1));
        var parameters = network.Layers.SelectMany(layer => layer.Parameters).ToArray();
        for (int p = 0; p < parameters.Length; p++)
        {
            for (int i = 0; i < parameters[p].Values.Length; i++)
            {
                parameters[p].Values[i] = T.CreateChecked(((p + 1) * 0.125) - (i * 0.0625));
                parameters[p].Gradients[i] = T.CreateChecked((i - p) * 0.03125);
            }
        }

        var momentum = new MomentumOptimizer<T>(0.5, 0.75);
        var adam = new AdamOptimizer<T>(0.25);
        for (int step = 0; step < 2; step++)
        {
            momentum.Step(parameters[0]);
            adam.Step(parameters[1]);
            adam.Step(parameters[2]);
        }

        return network;
    }
}
