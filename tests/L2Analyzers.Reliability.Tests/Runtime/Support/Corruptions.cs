using CsCheck;

namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>CsCheck generators of <see cref="Corruption"/>s.</summary>
internal static class Corruptions
{
    /// <summary>Arbitrary bytes, 1 to 24 of them.</summary>
    public static readonly Gen<byte[]> RandomBytes = Gen.Byte.Array[1, 24];

    /// <summary>One corruption; inserted, appended and overwriting bytes come from <paramref name="insertions"/>.</summary>
    public static Gen<Corruption> One(Gen<byte[]> insertions) => Gen.Frequency<Corruption>(
        (4, Gen.Select(Gen.UInt, Gen.Byte[1, 255], (Func<uint, byte, Corruption>)((at, mask) => new Corruption.FlipBits(at, mask)))),
        (2, Gen.UInt.Select(keep => (Corruption)new Corruption.Truncate(keep))),
        (2, insertions.Select(tail => (Corruption)new Corruption.Append(tail))),
        (3, Gen.Select(Gen.UInt, insertions, (Func<uint, byte[], Corruption>)((at, bytes) => new Corruption.Insert(at, bytes)))),
        (2, Gen.Select(Gen.UInt, insertions, (Func<uint, byte[], Corruption>)((at, bytes) => new Corruption.Overwrite(at, bytes)))),
        (2, Gen.Select(Gen.UInt, Gen.Int[1, 16], (Func<uint, int, Corruption>)((at, count) => new Corruption.Remove(at, count)))),
        (1, Gen.Select(Gen.UInt, Gen.Int[1, 64], Gen.UInt, (Func<uint, int, uint, Corruption>)((from, count, to) => new Corruption.Duplicate(from, count, to)))),
        (1, Gen.Byte.Array[0, 256].Select(bytes => (Corruption)new Corruption.Replace(bytes))));

    /// <summary>One to four corruptions applied in turn.</summary>
    public static Gen<Corruption[]> Several(Gen<byte[]> insertions) => One(insertions).Array[1, 4];

    /// <summary>The bytes after every corruption, in order.</summary>
    public static byte[] ApplyAll(this Corruption[] corruptions, byte[] bytes) =>
        corruptions.Aggregate(bytes, (current, corruption) => corruption.Apply(current));

    public static string Describe(this Corruption[] corruptions) => string.Join("; ", corruptions.Select(c => c.ToString()));
}
