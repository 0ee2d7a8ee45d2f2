using L2Analyzers.Numerics;

namespace L2Analyzers;

/// <summary>The per-parameter state of <see cref="AdamOptimizer{T}"/>, kept in <see cref="Parameter{T}.OptimizerState"/>.</summary>
/// <typeparam name="T">float or double.</typeparam>
public sealed class AdamState<T> : ISavedOptimizerState<T>
    where T : IFloatingPointIeee754<T>
{
    private const string FirstMomentName = "first moment", SecondMomentName = "second moment";

    internal AdamState(int length)
    {
        FirstMoment = new T[length];
        SecondMoment = new T[length];
    }

    /// <summary>Checkpoints hold the step count (int64), the first and the second moment, after the kind byte 2.</summary>
    internal static SavedStateFormat<T> SavedFormat { get; } = new(2, "Adam", sizeof(long), 2, Read);

    /// <inheritdoc/>
    public int Length => FirstMoment.Length;

    /// <summary>The number of steps taken, t (PyTorch's <c>step</c>).</summary>
    public long Step { get; internal set; }

    /// <summary>The first-moment estimate m (PyTorch's <c>exp_avg</c>).</summary>
    public T[] FirstMoment { get; }

    /// <summary>The second-moment estimate v (PyTorch's <c>exp_avg_sq</c>).</summary>
    public T[] SecondMoment { get; }

    SavedStateFormat<T> ISavedOptimizerState<T>.Format => SavedFormat;

    string? ISavedOptimizerState<T>.Problem(int length) =>
        StateVectors.Problem(FirstMoment, length, FirstMomentName, nonNegative: false) ??
        StateVectors.Problem(SecondMoment, length, SecondMomentName, nonNegative: true);

    void ISavedOptimizerState<T>.Write(BinaryWriter writer)
    {
        writer.Write(Step);
        BinaryElements.Write(writer, FirstMoment);
        BinaryElements.Write(writer, SecondMoment);
    }

    private static AdamState<T> Read(BinaryReader reader, int length, string owner)
    {
        long step = reader.ReadInt64();
        if (step < 1)
        {
            throw new InvalidDataException($"the Adam step count of {owner} is {step}: it must be at least 1.");
        }

        var state = new AdamState<T>(length) { Step = step };
        StateVectors.Read(reader, state.FirstMoment, FirstMomentName, owner, nonNegative: false);
        StateVectors.Read(reader, state.SecondMoment, SecondMomentName, owner, nonNegative: true);
        return state;
    }
}
