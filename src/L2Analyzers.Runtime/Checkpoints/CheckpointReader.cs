using System.Buffers.Binary;
using System.Text;

namespace L2Analyzers;

/// <summary>Reads a checkpoint held in memory; running past the end is reported as a truncated file.</summary>
internal ref struct CheckpointReader
{
    private readonly ReadOnlySpan<byte> bytes;
    private readonly string path;

    public CheckpointReader(ReadOnlySpan<byte> bytes, string path)
    {
        this.bytes = bytes;
        this.path = path;
    }

    public int Position { get; private set; }

    public readonly int Remaining => bytes.Length - Position;

    public byte ReadByte() => Take(1)[0];

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public string ReadName() => Encoding.UTF8.GetString(Take(ReadByte()));

    public ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw new CheckpointException(path, $"the file ends at byte {bytes.Length} but {count} more bytes are needed at byte {Position}: it is truncated.");
        }

        var slice = bytes.Slice(Position, count);
        Position += count;
        return slice;
    }
}
