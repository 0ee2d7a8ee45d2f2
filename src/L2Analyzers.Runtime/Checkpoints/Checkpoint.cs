namespace L2Analyzers;

/// <summary>
/// Saves and loads the parameters of a network (generated or configured at run time) with their optimizer state. The
/// file records the format version, element type, every parameter's name, role and shape, the values, the state of
/// <see cref="MomentumOptimizer{T}"/> and <see cref="AdamOptimizer{T}"/> (so that training resumes exactly where it
/// stopped) and a SHA-256 checksum. Loading fills an existing network of the same architecture: it never creates types
/// named by the file, and it changes nothing unless the whole file is valid.
/// </summary>
public static class Checkpoint
{
    /// <summary>
    /// Writes every parameter of <paramref name="network"/> and its <see cref="Parameter{T}.OptimizerState"/> to
    /// <paramref name="path"/> atomically: the bytes go to a temporary file in the same directory, flushed to disk, which
    /// then replaces <paramref name="path"/>, so a crash mid-save leaves the previous checkpoint intact. Temporary files
    /// that saves to the same path left when they were killed are removed first.
    /// </summary>
    /// <exception cref="NotSupportedException">The element type is neither float nor double.</exception>
    /// <exception cref="ArgumentException">
    /// A parameter name is longer than 255 UTF-8 bytes, a value or optimizer state value is NaN or infinite (a diverged
    /// network is never saved), or a parameter holds optimizer state of another type than <see cref="MomentumState{T}"/>
    /// and <see cref="AdamState{T}"/>; the message names the layer and parameter. Nothing is written then.
    /// </exception>
    /// <exception cref="IOException">The file system refused the write (for example <see cref="DirectoryNotFoundException"/>); the message names <paramref name="path"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory or file is not writable; the message names <paramref name="path"/>.</exception>
    public static void Save<T>(INetwork<T> network, string path)
        where T : IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = CheckpointWriter.Serialize(network);
        string full = Path.GetFullPath(path);
        CheckpointTemporaryFiles.RemoveStale(full);
        string temporary = CheckpointTemporaryFiles.NewPath(full);
        try
        {
            using var stream = CheckpointTemporaryFiles.Create(temporary);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);

            // Renamed while still open, so that no other save takes it for a stale file.
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            CheckpointTemporaryFiles.Discard(temporary);
            throw CheckpointTemporaryFiles.SaveFailed(path, error);
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
    /// version, checksum, element type, layer count, every parameter's name, role and shape, that every value is finite,
    /// and the kind, length and values of every saved optimizer state. Each parameter's
    /// <see cref="Parameter{T}.OptimizerState"/> becomes the saved one; where none is saved (plain SGD, a parameter never
    /// stepped, or any file of format version 1) it becomes null, so that optimizer starts again from zero.
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

        CheckpointParser.LoadInto(ReadAtMost(path, CheckpointFormat.LongestFile(network, size)), path, network);
    }

    // Reads the file, refusing it once it proves longer than any checkpoint of the network can be: a length the file
    // reports is checked before anything is read; a file that reports none and may never end (a link to /dev/zero, a
    // pipe) is read no further than one byte past that limit. (Save cannot write more than one array holds either.)
    private static byte[] ReadAtMost(string path, long longest)
    {
        long limit = Math.Min(longest, Array.MaxLength);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        long length = stream.CanSeek ? stream.Length : 0;
        if (length > limit)
        {
            throw TooLong(path, $"{length} bytes", longest);
        }

        var bytes = new byte[length > 0 ? length : Math.Min(limit, 4096)];
        int count = 0;
        while (true)
        {
            if (count == bytes.Length)
            {
                int next = stream.ReadByte();
                if (next < 0)
                {
                    return bytes;
                }

                if (count >= limit)
                {
                    throw TooLong(path, $"at least {count + 1} bytes", longest);
                }

                Array.Resize(ref bytes, (int)Math.Min(limit, 2L * count));
                bytes[count++] = (byte)next;
            }

            int read = stream.Read(bytes, count, bytes.Length - count);
            if (read == 0)
            {
                return bytes[..count];
            }

            count += read;
        }
    }

    private static CheckpointException TooLong(string path, string size, long longest) =>
        new(path, $"the file has {size}, more than any checkpoint of this network ({longest} bytes at most).");
}
