using CsCheck;

namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>A header field set to an extreme value: <see cref="Field"/> picks one of the file's fields modulo their count.</summary>
internal sealed record HeaderEdit(uint Field, long Value);

/// <summary>
/// A checkpoint of a random dense network, damaged by a header edit and byte corruptions, its checksum recomputed or
/// not, loaded into a network of the same or another architecture and element type.
/// </summary>
internal sealed record CheckpointCase(
    bool FileIsDouble, int[] Widths, int Seed, HeaderEdit? Edit, Corruption[] Damage, bool Rehash, bool TargetIsDouble, int[] TargetWidths)
{
    private static readonly Gen<int[]> LayerWidths = Gen.Int[1, 6].Array[2, 4];

    private static readonly Gen<long> Extreme = Gen.OneOf<long>(0, -1, 1, 2, 7, 255, 65_535, 46_341, 1_000_000, int.MaxValue, int.MinValue, 1L << 32);

    /// <summary>Arbitrary bytes and values that mean something to the format: NaN, infinity, the magic, huge counts.</summary>
    private static readonly Gen<byte[]> Insertions = Gen.Frequency(
        (3, Corruptions.RandomBytes),
        (1, Gen.OneOf<byte[]>(
            BitConverter.GetBytes(float.NaN), BitConverter.GetBytes(double.NaN), BitConverter.GetBytes(float.PositiveInfinity),
            BitConverter.GetBytes(double.NegativeInfinity), "L2CK"u8.ToArray(), [0xFF, 0xFF, 0xFF, 0x7F], [0xFF, 0xFF, 0xFF, 0xFF], [0])));

    public static readonly Gen<CheckpointCase> All =
        from fileIsDouble in Gen.Bool
        from widths in LayerWidths
        from seed in Gen.Int[0, 1000]
        from edit in Gen.Frequency(
            (1, Gen.Select(Gen.UInt, Extreme, (field, value) => (HeaderEdit?)new HeaderEdit(field, value))),
            (1, Gen.Const((HeaderEdit?)null)))
        from damage in Corruptions.One(Insertions).Array[edit is null ? 1 : 0, 3]
        from rehash in Gen.Frequency((3, true), (1, false))
        from sameType in Gen.Frequency((9, true), (1, false))
        from sameShape in Gen.Frequency((4, true), (1, false))
        from otherWidths in LayerWidths
        select new CheckpointCase(fileIsDouble, widths, seed, edit, damage, rehash, sameType ? fileIsDouble : !fileIsDouble, sameShape ? widths : otherWidths);

    /// <summary>The damaged file.</summary>
    public byte[] Bytes() =>
        FileIsDouble ? Damaged(NetworkValues.Dense<double>(Widths, Seed)) : Damaged(NetworkValues.Dense<float>(Widths, Seed));

    public override string ToString() =>
        $"{(FileIsDouble ? "double" : "float")} [{string.Join(",", Widths)}] seed {Seed}, edit {Edit}, damage [{Damage.Describe()}], " +
        $"rehash {Rehash}, loaded into {(TargetIsDouble ? "double" : "float")} [{string.Join(",", TargetWidths)}]";

    private byte[] Damaged<T>(INetwork<T> network)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        byte[] bytes = CheckpointBytes.Of(network);
        if (Edit is not null)
        {
            var fields = CheckpointBytes.Fields(network);
            CheckpointBytes.Write(bytes, fields[(int)(Edit.Field % (uint)fields.Count)], Edit.Value);
        }

        bytes = Damage.ApplyAll(bytes);
        return Rehash ? CheckpointBytes.WithValidChecksum(bytes) : bytes;
    }
}
