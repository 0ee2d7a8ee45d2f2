namespace L2Analyzers;

/// <summary>A copy of every parameter value of a network, for restoring the best epoch.</summary>
internal sealed class ParameterSnapshot<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly Parameter<T>[] parameters;
    private readonly T[][] values;

    public ParameterSnapshot(INetwork<T> network)
    {
        parameters = network.Layers.SelectMany(layer => layer.Parameters).ToArray();
        values = parameters.Select(parameter => new T[parameter.Values.Length]).ToArray();
    }

    public void Capture()
    {
        for (int p = 0; p < parameters.Length; p++)
        {
            parameters[p].Values.CopyTo(values[p], 0);
        }
    }

    public void Restore()
    {
        for (int p = 0; p < parameters.Length; p++)
        {
            values[p].CopyTo(parameters[p].Values, 0);
        }
    }
}
