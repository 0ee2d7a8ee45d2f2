using System.Runtime.CompilerServices;

namespace L2Analyzers;

/// <summary>
/// How checkpoints hold one type of optimizer state: the <paramref name="Kind"/> byte that names it in a file (0 is no
/// state), a fixed number of bytes and <paramref name="Vectors"/> vectors as long as the parameter, and how to read it back.
/// </summary>
/// <param name="Kind">The byte a checkpoint records for this type of state; never 0.</param>
/// <param name="Name">The optimizer's name in messages ("momentum", "Adam").</param>
/// <param name="FixedBytes">The bytes before the vectors (Adam's step count).</param>
/// <param name="Vectors">The number of state vectors, each with one element per parameter value.</param>
/// <param name="Read">Reads and checks the state of a parameter; throws <see cref="InvalidDataException"/> naming the bad value.</param>
internal sealed record SavedStateFormat<T>(byte Kind, string Name, int FixedBytes, int Vectors, SavedStateFormat<T>.Reader Read)
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Reads the state of a parameter of <paramref name="length"/> values; <paramref name="owner"/> names the parameter in messages.</summary>
    /// <exception cref="InvalidDataException">A saved value is invalid; the message says which and why.</exception>
    public delegate ISavedOptimizerState<T> Reader(BinaryReader reader, int length, string owner);

    /// <summary>The bytes of this state for a parameter of <paramref name="length"/> values.</summary>
    public long ByteLength(int length) => FixedBytes + (Vectors * (long)length * Unsafe.SizeOf<T>());
}
