using System.Numerics.Tensors;

namespace L2Analyzers;

/// <summary>Weight statistics, the L2 penalty value and non-finite parameters of a network.</summary>
internal static class NetworkStatistics
{
    /// <summary>Mean and largest |w| over every weight parameter (biases excluded); NaN or ∞ when a weight is.</summary>
    public static (double Mean, double Max) AbsoluteWeights<T>(INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        double sum = 0, max = 0;
        long count = 0;
        foreach (var parameter in Weights(network))
        {
            sum += double.CreateTruncating(TensorPrimitives.SumOfMagnitudes<T>(parameter.Values));
            double largest = double.CreateTruncating(T.Abs(TensorPrimitives.MaxMagnitude<T>(parameter.Values)));
            max = double.IsNaN(largest) ? largest : Math.Max(max, largest);
            count += parameter.Values.Length;
        }

        return (count == 0 ? 0 : sum / count, max);
    }

    /// <summary>Σ (λ_g/2)·Σw² over the layers stating an L2, λ_g the GradientPenalty equivalent at <paramref name="learningRate"/>.</summary>
    public static double Penalty<T>(INetwork<T> network, double learningRate)
        where T : IFloatingPointIeee754<T>
    {
        double penalty = 0;
        foreach (var layer in network.Layers)
        {
            if (layer is IRegularizedLayer { L2: { } l2 })
            {
                double coefficient = l2.PenaltyCoefficient(learningRate);
                foreach (var parameter in layer.Parameters)
                {
                    if (parameter.Role == ParameterRole.Weight)
                    {
                        penalty += L2Kernels.Penalty<T>(parameter.Values, coefficient);
                    }
                }
            }
        }

        return penalty;
    }

    /// <summary>The first layer and parameter holding a NaN or infinite value, or null when all are finite.</summary>
    public static (int Layer, Parameter<T> Parameter)? FindNonFinite<T>(INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        for (int l = 0; l < network.Layers.Count; l++)
        {
            foreach (var parameter in network.Layers[l].Parameters)
            {
                if (!T.IsFinite(TensorPrimitives.MaxMagnitude<T>(parameter.Values)))
                {
                    return (l, parameter);
                }
            }
        }

        return null;
    }

    /// <summary>The layer and parameter holding the value of largest magnitude.</summary>
    public static (int Layer, Parameter<T> Parameter) FindLargest<T>(INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        (int, Parameter<T>) largest = (0, network.Layers[0].Parameters[0]);
        T max = -T.One;
        for (int l = 0; l < network.Layers.Count; l++)
        {
            foreach (var parameter in network.Layers[l].Parameters)
            {
                T magnitude = T.Abs(TensorPrimitives.MaxMagnitude<T>(parameter.Values));
                if (magnitude > max)
                {
                    (max, largest) = (magnitude, (l, parameter));
                }
            }
        }

        return largest;
    }

    private static IEnumerable<Parameter<T>> Weights<T>(INetwork<T> network)
        where T : IFloatingPointIeee754<T> =>
        network.Layers.SelectMany(layer => layer.Parameters).Where(parameter => parameter.Role == ParameterRole.Weight);
}
