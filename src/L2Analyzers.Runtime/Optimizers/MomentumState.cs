using L2Analyzers.Numerics;

namespace L2Analyzers;

/// <summary>The per-parameter state of <see cref="MomentumOptimizer{T}"/>, kept in <see cref="Parameter{T}.OptimizerState"/>.</summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class MomentumState<T> : ISavedOptimizerState<T>
    where T : IFloatingPointIeee754<T>
{
    private const string VelocityName = "velocity";

    internal MomentumState(int length) => Velocity = new T[length];

    /// <summary>Checkpoints hold the velocity, after the kind byte 1.</summary>
    internal static SavedStateFormat<T> SavedFormat { get; } = new(1, "momentum", 0, 1, Read);

    /// <inheritdoc/>
    public int Length => Velocity.Length;

    /// <summary>The momentum buffer <c>b</c>, one element per parameter value (PyTorch's <c>momentum_buffer</c>).</summary>
    public T[] Velocity { get; }

    SavedStateFormat<T> ISavedOptimizerState<T>.Format => SavedFormat;

    string? ISavedOptimizerState<T>.Problem(int length) => StateVectors.Problem(Velocity, length, VelocityName, nonNegative: false);

    void ISavedOptimizerState<T>.Write(BinaryWriter writer) => BinaryElements.Write(writer, Velocity);

    private static MomentumState<T> Read(BinaryReader reader, int length, string owner)
    {
        var state = new MomentumState<T>(length);
        StateVectors.Read(reader, state.Velocity, VelocityName, owner, nonNegative: false);
        return state;
    }
}
