using System.Numerics;

namespace L2Analyzers;

/// <summary>
/// Saves and loads the parameters of a network (generated or configured at run time). The file records the format
/// version, element type, every parameter's name, role and shape, the values and a SHA-256 checksum. Loading fills an
/// existing network of the same architecture: it never creates types named by the file, and it changes nothing
/// unless the whole file is valid. Optimizer state is not saved.
/// </summary>
public static class Checkpoint
{
    /// <summary>
    /// Writes every parameter of <paramref name="network"/> to <paramref name="path"/> atomically: the bytes go to a
    /// temporary file in the same directory, flushed to disk, which then replaces <paramref name="path"/>, so a crash
    /// mid-save leaves the previous checkpoint intact.
    /// </summary>
    /// <exception cref="NotSupportedException">The element type is neither float nor double.</exception>
    /// <exception cref="ArgumentException">A parameter name is longer than 255 UTF-8 bytes.</exception>
    /// <exception cref="IOException">The file system refused the write (for example <see cref="DirectoryNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The directory or file is not writable.</exception>
    public static void Save<T>(INetwork<T> network, string path)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = CheckpointWriter.Serialize(network);
        string full = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw;
        }
    }

    /// <summary>
    /// Loads the parameters saved at <paramref name="path"/> into <paramref name="network"/>, after checking the format
    /// version, checksum, element type, layer count, every parameter's name, role and shape, and that every value is finite.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CheckpointException">The file is not a valid checkpoint of this network; the message says what is wrong.</exception>
    /// <exception cref="NotSupportedException">The element type is neither float nor double.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file is not readable.</exception>
    public static void Load<T>(INetwork<T> network, string path)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(path);
        int size = CheckpointFormat.Element<T>().Size;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The checkpoint '{path}' does not exist.", path);
        }

        // No checkpoint of this network can be longer: refuse before reading anything large.
        long longest = CheckpointFormat.LongestFile(network, size);
        long length = new FileInfo(path).Length;
        if (length > longest)
        {
            throw new CheckpointException(path, $"the file has {length} bytes, more than any checkpoint of this network ({longest} bytes at most).");
        }

        CheckpointParser.LoadInto(File.ReadAllBytes(path), path, network);
    }
}
