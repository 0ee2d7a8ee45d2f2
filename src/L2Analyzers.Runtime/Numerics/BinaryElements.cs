namespace L2Analyzers.Numerics;

/// <summary>float and double elements as checkpoints hold them: IEEE 754, little-endian, 4 or 8 bytes.</summary>
internal static class BinaryElements
{
    public static void Write<T>(BinaryWriter writer, T[] values)
        where T : IFloatingPointIeee754<T>
    {
        foreach (T value in values)
        {
            if (typeof(T) == typeof(float))
            {
                writer.Write(float.CreateTruncating(value));
            }
            else
            {
                writer.Write(double.CreateTruncating(value));
            }
        }
    }

    public static T Read<T>(BinaryReader reader)
        where T : IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float) ? T.CreateTruncating(reader.ReadSingle()) : T.CreateTruncating(reader.ReadDouble());
}
