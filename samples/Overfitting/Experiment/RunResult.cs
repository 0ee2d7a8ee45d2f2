using L2Analyzers;

namespace Overfitting.Experiment;

/// <summary>One configuration trained on one data set: the trained network, its history and its final evaluation.</summary>
internal sealed record RunResult(Configuration Configuration, INetwork<double> Network, TrainingHistory History, Evaluation Training, Evaluation Test)
{
    /// <summary>The L2 setting the network's layers declare, or null without L2.</summary>
    public L2Regularization? L2 => Network.Layers.OfType<IRegularizedLayer>().Select(layer => layer.L2).FirstOrDefault(l2 => l2 is not null);

    /// <summary>Every parameter value (weights and biases), layer by layer.</summary>
    public IEnumerable<double> ParameterValues() => Network.Layers.SelectMany(layer => layer.Parameters).SelectMany(parameter => parameter.Values);

    /// <summary>The absolute value of every weight (biases excluded) after training.</summary>
    public double[] AbsoluteWeights() =>
        Network.Layers.SelectMany(layer => layer.Parameters)
            .Where(parameter => parameter.Role == ParameterRole.Weight)
            .SelectMany(parameter => parameter.Values)
            .Select(Math.Abs)
            .ToArray();
}
