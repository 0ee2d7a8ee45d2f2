using System.Security.Cryptography;
using System.Text;
using L2Analyzers.Numerics;

namespace L2Analyzers;

/// <summary>Writes a network's parameters and optimizer state in the <see cref="CheckpointFormat"/> layout, checksum included.</summary>
internal static class CheckpointWriter
{
    /// <summary>The complete checkpoint file of <paramref name="network"/>.</summary>
    public static byte[] Serialize<T>(INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        var (code, _) = CheckpointFormat.Element<T>();
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(CheckpointFormat.Magic);
        writer.Write(CheckpointFormat.Version);
        writer.Write(code);
        writer.Write((byte)0);
        writer.Write(network.Layers.Count);
        var states = new List<ISavedOptimizerState<T>>();
        for (int l = 0; l < network.Layers.Count; l++)
        {
            var layer = network.Layers[l];
            writer.Write(layer.Parameters.Count);
            foreach (var parameter in layer.Parameters)
            {
                byte[] name = Encoding.UTF8.GetBytes(parameter.Name);
                if (name.Length > CheckpointFormat.MaxNameBytes)
                {
                    throw new ArgumentException($"Parameter name '{parameter.Name}' is longer than {CheckpointFormat.MaxNameBytes} UTF-8 bytes.", nameof(network));
                }

                writer.Write((byte)name.Length);
                writer.Write(name);
                writer.Write((byte)parameter.Role);
                writer.Write(parameter.Rows);
                writer.Write(parameter.Columns);
                var state = StateOf(parameter, l, network);
                writer.Write(state?.Format.Kind ?? 0);
                writer.Write(state is null ? 0 : parameter.Values.Length);
                if (state is not null)
                {
                    states.Add(state);
                }
            }
        }

        for (int l = 0; l < network.Layers.Count; l++)
        {
            foreach (var parameter in network.Layers[l].Parameters)
            {
                RequireFinite(parameter, l, network);
                BinaryElements.Write(writer, parameter.Values);
            }
        }

        foreach (var state in states)
        {
            state.Write(writer);
        }

        writer.Flush();
        writer.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        writer.Flush();
        return stream.ToArray();
    }

    // Loading refuses non-finite values, so saving them would replace a good checkpoint by one that cannot be loaded.
    private static void RequireFinite<T>(Parameter<T> parameter, int layer, INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        int index = Array.FindIndex(parameter.Values, value => !T.IsFinite(value));
        if (index >= 0)
        {
            throw new ArgumentException(
                $"Layer {layer} ({network.Layers[layer]}) has {parameter.Values[index]} at index {index} of '{parameter.Name}': a checkpoint holds finite values only (did training diverge?). Nothing was written.",
                nameof(network));
        }
    }

    // The state, if any, checked as loading checks it; a state checkpoints cannot hold would be lost without a word.
    private static ISavedOptimizerState<T>? StateOf<T>(Parameter<T> parameter, int layer, INetwork<T> network)
        where T : IFloatingPointIeee754<T>
    {
        string where = $"Layer {layer} ({network.Layers[layer]}) parameter '{parameter.Name}'";
        switch (parameter.OptimizerState)
        {
            case null:
                return null;
            case ISavedOptimizerState<T> state:
                string? problem = state.Problem(parameter.Values.Length);
                return problem is null ? state : throw new ArgumentException($"{where} {problem}. Nothing was written.", nameof(network));
            case var other:
                throw new ArgumentException(
                    $"{where} holds optimizer state of type {OptimizerStates.TypeName(other)}, which a checkpoint cannot hold " +
                    $"(it holds {string.Join(" and ", SavedStateFormats<T>.All.Select(format => $"{format.Name} state"))}). Set its OptimizerState to null to save it without. Nothing was written.",
                    nameof(network));
        }
    }
}
