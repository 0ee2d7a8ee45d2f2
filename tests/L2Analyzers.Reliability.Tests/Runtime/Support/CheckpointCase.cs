using CsCheck;

namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>A header field set to an extreme value: <see cref="Field"/> picks one of the file's fields modulo their count.</summary>
internal sealed record HeaderEdit(uint Field, long Value);

/// <summary>
/// A checkpoint of a random dense network with the optimizer state of <see cref="State"/> (in format version 2; version 1
/// holds none), damaged by a header edit and byte corruptions, its checksum recomputed or not, loaded into a network of
/// the same or another architecture and element type that holds Adam state of its own.
/// </summary>
internal sealed record CheckpointCase(
    bool FileIsDouble, int[] Widths, int Seed, OptimizerKind State, ushort Version, HeaderEdit? Edit, Corruption[] Damage, bool Rehash,
    bool TargetIsDouble, int[] TargetWidths)
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
        from state in Gen.OneOf(OptimizerKind.Sgd, OptimizerKind.Momentum, OptimizerKind.Adam)
        from version in Gen.Frequency((4, CheckpointBytes.Version), (1, (ushort)1))
        from edit in Gen.Frequency(
            (1, Gen.Select(Gen.UInt, Extreme, (field, value) => (HeaderEdit?)new HeaderEdit(field, value))),
            (1, Gen.Const((HeaderEdit?)null)))
        from damage in Corruptions.One(Insertions).Array[edit is null ? 1 : 0, 3]
        from rehash in Gen.Frequency((3, true), (1, false))
        from sameType in Gen.Frequency((9, true), (1, false))
        from sameShape in Gen.Frequency((4, true), (1, false))
        from otherWidths in LayerWidths
        select new CheckpointCase(fileIsDouble, widths, seed, state, version, edit, damage, rehash, sameType ? fileIsDouble : !fileIsDouble, sameShape ? widths : otherWidths);

    /// <summary>The damaged file.</summary>
    public byte[] Bytes() =>
        FileIsDouble
            ? Damaged(NetworkValues.WithState(NetworkValues.Dense<double>(Widths, Seed), State, Seed))
            : Damaged(NetworkValues.WithState(NetworkValues.Dense<float>(Widths, Seed), State, Seed));

    /// <summary>A network to load the file into: it holds Adam state, which a rejected file must leave as it is.</summary>
    public Sequential<T> Target<T>()
        where T : System.Numerics.IFloatingPointIeee754<T> =>
        NetworkValues.WithState(NetworkValues.Dense<T>(TargetWidths, seed: 99), OptimizerKind.Adam, seed: 98);

    public override string ToString() =>
        $"{(FileIsDouble ? "double" : "float")} [{string.Join(",", Widths)}] seed {Seed}, {State} state, version {Version}, edit {Edit}, damage [{Damage.Describe()}], " +
        $"rehash {Rehash}, loaded into {(TargetIsDouble ? "double" : "float")} [{string.Join(",", TargetWidths)}]";

    private byte[] Damaged<T>(INetwork<T> network)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        byte[] bytes = CheckpointBytes.Of(network, Version);
        if (Edit is not null)
        {
            var fields = CheckpointBytes.Fields(network, Version);
            CheckpointBytes.Write(bytes, fields[(int)(Edit.Field % (uint)fields.Count)], Edit.Value);
        }

        bytes = Damage.ApplyAll(bytes);
        return Rehash ? CheckpointBytes.WithValidChecksum(bytes) : bytes;
    }
}
