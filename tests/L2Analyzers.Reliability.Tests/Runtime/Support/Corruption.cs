namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>
/// One way of damaging a file's bytes. Positions are raw random numbers reduced modulo the file's length, so one
/// corruption applies to files of any size; <see cref="object.ToString"/> describes it for failure messages.
/// </summary>
internal abstract record Corruption
{
    public abstract byte[] Apply(byte[] bytes);

    private static int At(uint position, int length) => length == 0 ? 0 : (int)(position % (uint)length);

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);

    /// <summary>XORs one byte with a non-zero mask.</summary>
    public sealed record FlipBits(uint Position, byte Mask) : Corruption
    {
        public override byte[] Apply(byte[] bytes)
        {
            var result = bytes.ToArray();
            if (result.Length > 0)
            {
                result[At(Position, result.Length)] ^= Mask;
            }

            return result;
        }

        public override string ToString() => $"flip byte {Position}%len with 0x{Mask:X2}";
    }

    /// <summary>Keeps a prefix shorter than the file.</summary>
    public sealed record Truncate(uint Keep) : Corruption
    {
        public override byte[] Apply(byte[] bytes) => bytes[..At(Keep, bytes.Length)];

        public override string ToString() => $"truncate to {Keep}%len bytes";
    }

    /// <summary>Adds bytes at the end.</summary>
    public sealed record Append(byte[] Tail) : Corruption
    {
        public override byte[] Apply(byte[] bytes) => [.. bytes, .. Tail];

        public override string ToString() => $"append {Hex(Tail)}";
    }

    /// <summary>Inserts bytes inside the file.</summary>
    public sealed record Insert(uint Position, byte[] Bytes) : Corruption
    {
        public override byte[] Apply(byte[] bytes)
        {
            int at = At(Position, bytes.Length);
            return [.. bytes[..at], .. Bytes, .. bytes[at..]];
        }

        public override string ToString() => $"insert {Hex(Bytes)} at {Position}%len";
    }

    /// <summary>Overwrites bytes in place (clipped at the end of the file).</summary>
    public sealed record Overwrite(uint Position, byte[] Bytes) : Corruption
    {
        public override byte[] Apply(byte[] bytes)
        {
            var result = bytes.ToArray();
            int at = At(Position, result.Length);
            Bytes.AsSpan(0, Math.Min(Bytes.Length, result.Length - at)).CopyTo(result.AsSpan(at));
            return result;
        }

        public override string ToString() => $"overwrite with {Hex(Bytes)} at {Position}%len";
    }

    /// <summary>Deletes a run of bytes.</summary>
    public sealed record Remove(uint Position, int Count) : Corruption
    {
        public override byte[] Apply(byte[] bytes)
        {
            int at = At(Position, bytes.Length);
            return [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + Count)..]];
        }

        public override string ToString() => $"remove {Count} bytes at {Position}%len";
    }

    /// <summary>Copies a run of the file to another place in it (repeated lines, repeated headers).</summary>
    public sealed record Duplicate(uint From, int Count, uint To) : Corruption
    {
        public override byte[] Apply(byte[] bytes)
        {
            int from = At(From, bytes.Length), to = At(To, bytes.Length);
            var run = bytes[from..Math.Min(bytes.Length, from + Count)];
            return [.. bytes[..to], .. run, .. bytes[to..]];
        }

        public override string ToString() => $"copy {Count} bytes from {From}%len to {To}%len";
    }

    /// <summary>Replaces the whole file.</summary>
    public sealed record Replace(byte[] Bytes) : Corruption
    {
        public override byte[] Apply(byte[] bytes) => Bytes.ToArray();

        public override string ToString() => $"replace the file with {Hex(Bytes)}";
    }
}
