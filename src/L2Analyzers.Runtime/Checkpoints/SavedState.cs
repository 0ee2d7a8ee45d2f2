using System.Numerics;

namespace L2Analyzers;

/// <summary>The optimizer a parameter's saved state belongs to, as a checkpoint records it (one byte per parameter).</summary>
internal enum SavedStateKind : byte
{
    /// <summary>No state: the optimizer starts from zero (plain SGD keeps none).</summary>
    None = 0,

    /// <summary>A <see cref="MomentumState{T}"/>: the velocity.</summary>
    Momentum = 1,

    /// <summary>An <see cref="AdamState{T}"/>: the step count, the first and the second moment.</summary>
    Adam = 2,
}

/// <summary>Maps optimizer state objects to what a checkpoint holds of them and back, and says which values are valid.</summary>
internal static class SavedState
{
    public static bool IsDefined(byte kind) => kind <= (byte)SavedStateKind.Adam;

    /// <summary>The number of state vectors, each as long as the parameter.</summary>
    public static int VectorCount(SavedStateKind kind) => kind switch
    {
        SavedStateKind.Momentum => 1,
        SavedStateKind.Adam => 2,
        _ => 0,
    };

    /// <summary>The bytes the state section holds for a parameter of <paramref name="length"/> values.</summary>
    public static long ByteLength(SavedStateKind kind, int length, int size) =>
        (kind == SavedStateKind.Adam ? sizeof(long) : 0) + (VectorCount(kind) * (long)length * size);

    public static string Describe(SavedStateKind kind) => kind switch
    {
        SavedStateKind.None => "no optimizer state",
        SavedStateKind.Momentum => "momentum state",
        SavedStateKind.Adam => "Adam state",
        _ => $"optimizer state of unknown kind {(byte)kind}",
    };

    public static string VectorName(SavedStateKind kind, int vector) =>
        kind == SavedStateKind.Momentum ? "velocity" : vector == 0 ? "first moment" : "second moment";

    /// <summary>Whether <paramref name="value"/> can be element of the vector: finite, and not negative in Adam's second moment.</summary>
    public static bool IsValid<T>(SavedStateKind kind, int vector, T value)
        where T : IFloatingPointIeee754<T> =>
        T.IsFinite(value) && !(kind == SavedStateKind.Adam && vector == 1 && value < T.Zero);

    public static string Requirement(SavedStateKind kind, int vector) =>
        kind == SavedStateKind.Adam && vector == 1 ? "finite and not negative" : "finite";

    /// <summary>What a checkpoint holds of <paramref name="state"/>, or null when it is of a type checkpoints cannot hold.</summary>
    public static (SavedStateKind Kind, long Step, T[][] Vectors)? Of<T>(object? state)
        where T : IFloatingPointIeee754<T> => state switch
        {
            null => (SavedStateKind.None, 0, []),
            MomentumState<T> momentum => (SavedStateKind.Momentum, 0, [momentum.Velocity]),
            AdamState<T> adam => (SavedStateKind.Adam, adam.Step, [adam.FirstMoment, adam.SecondMoment]),
            _ => null,
        };

    /// <summary>A zero state of <paramref name="kind"/> for <paramref name="length"/> values, and its vectors to fill.</summary>
    public static (object? State, T[][] Vectors) Create<T>(SavedStateKind kind, int length, long step)
        where T : IFloatingPointIeee754<T>
    {
        switch (kind)
        {
            case SavedStateKind.Momentum:
                var momentum = new MomentumState<T>(length);
                return (momentum, [momentum.Velocity]);
            case SavedStateKind.Adam:
                var adam = new AdamState<T>(length) { Step = step };
                return (adam, [adam.FirstMoment, adam.SecondMoment]);
            default:
                return (null, []);
        }
    }
}
