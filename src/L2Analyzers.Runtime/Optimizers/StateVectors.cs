using L2Analyzers.Numerics;

namespace L2Analyzers;

/// <summary>The checks and reads that every saved optimizer state applies to its vectors.</summary>
internal static class StateVectors
{
    /// <summary>
    /// Why <paramref name="vector"/> cannot be saved for a parameter of <paramref name="length"/> values (another length, or
    /// a value that is not finite, or negative where <paramref name="nonNegative"/>), or null.
    /// </summary>
    public static string? Problem<T>(T[] vector, int length, string name, bool nonNegative)
        where T : IFloatingPointIeee754<T>
    {
        if (vector.Length != length)
        {
            return $"has a {name} of {vector.Length} elements but {length} values";
        }

        int index = Array.FindIndex(vector, value => !IsValid(value, nonNegative));
        return index < 0
            ? null
            : $"has {vector[index]} at index {index} of its {name}: a checkpoint holds {Requirement(nonNegative)} optimizer state only " +
              "(did training diverge?). Set its OptimizerState to null to save it without";
    }

    /// <summary>Reads <paramref name="vector"/>'s elements, each checked as <see cref="Problem"/> checks them.</summary>
    /// <exception cref="InvalidDataException">A value is invalid; the message names it, the vector and <paramref name="owner"/>.</exception>
    public static void Read<T>(BinaryReader reader, T[] vector, string name, string owner, bool nonNegative)
        where T : IFloatingPointIeee754<T>
    {
        for (int i = 0; i < vector.Length; i++)
        {
            T value = BinaryElements.Read<T>(reader);
            if (!IsValid(value, nonNegative))
            {
                throw new InvalidDataException($"{name} value {i} of {owner} is {value}: saved optimizer state must be {Requirement(nonNegative)}.");
            }

            vector[i] = value;
        }
    }

    private static bool IsValid<T>(T value, bool nonNegative)
        where T : IFloatingPointIeee754<T> => T.IsFinite(value) && !(nonNegative && value < T.Zero);

    private static string Requirement(bool nonNegative) => nonNegative ? "finite and not negative" : "finite";
}
