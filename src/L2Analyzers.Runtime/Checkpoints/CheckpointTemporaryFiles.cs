using System.IO.Enumeration;

namespace L2Analyzers;

/// <summary>
/// The temporary files <see cref="Checkpoint.Save{T}"/> writes next to a checkpoint, named
/// <c>.{checkpoint name}.{32 hex digits}.tmp</c> and held open (locked) from creation until renamed over the checkpoint.
/// A save killed mid-write leaves its file behind; the next save to the same path removes every such file that no
/// save holds open, and nothing else.
/// </summary>
internal static class CheckpointTemporaryFiles
{
    private const int IdLength = 32; // a Guid formatted "N"
    private const string Suffix = ".tmp";

    private static readonly EnumerationOptions TopLevelIncludingHidden = new() { AttributesToSkip = 0, IgnoreInaccessible = true };

    /// <summary>A new temporary file name for <paramref name="checkpoint"/> (a full path), in its directory.</summary>
    public static string NewPath(string checkpoint) =>
        Path.Combine(Path.GetDirectoryName(checkpoint)!, $".{Path.GetFileName(checkpoint)}.{Guid.NewGuid():N}{Suffix}");

    /// <summary>
    /// Creates <paramref name="temporary"/> for writing. The handle locks it against <see cref="RemoveStale"/> (an
    /// advisory lock on Unix, which every save takes), and lets it be renamed while open.
    /// </summary>
    public static FileStream Create(string temporary) =>
        new(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Delete);

    /// <summary>
    /// Removes the temporary files of <paramref name="checkpoint"/> (a full path) left by saves that were killed:
    /// those no live save holds open. Regular files only, named exactly as <see cref="NewPath"/> names them; anything
    /// that cannot be listed or removed is left alone (the save itself then reports a real problem with the directory).
    /// </summary>
    public static void RemoveStale(string checkpoint)
    {
        string name = Path.GetFileName(checkpoint);
        List<string> stale;
        try
        {
            stale = [.. new FileSystemEnumerable<string>(Path.GetDirectoryName(checkpoint)!, (ref FileSystemEntry entry) => entry.ToFullPath(), TopLevelIncludingHidden)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                    !entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0 && IsTemporaryOf(entry.FileName, name),
            }];
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (string temporary in stale)
        {
            TryRemoveUnlocked(temporary);
        }
    }

    /// <summary>Deletes <paramref name="temporary"/> if a failed save left it.</summary>
    public static void Discard(string temporary)
    {
        if (File.Exists(temporary))
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// The <paramref name="error"/> of writing a temporary file, told in terms of the user's <paramref name="checkpoint"/>
    /// path (the temporary name means nothing to the caller): the same exception type, the original as inner exception.
    /// </summary>
    public static Exception SaveFailed(string checkpoint, Exception error)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(checkpoint))!;
        string message = $"Cannot save the checkpoint '{checkpoint}': ";
        return error switch
        {
            DirectoryNotFoundException => new DirectoryNotFoundException(message + $"the folder '{folder}' does not exist.", error),
            UnauthorizedAccessException => new UnauthorizedAccessException(message + $"writing to the folder '{folder}' or replacing the file is not permitted.", error),
            _ => new IOException(message + error.Message, error),
        };
    }

    private static bool IsTemporaryOf(ReadOnlySpan<char> file, string checkpoint) =>
        file.Length == 1 + checkpoint.Length + 1 + IdLength + Suffix.Length
        && file[0] == '.'
        && file.Slice(1, checkpoint.Length).SequenceEqual(checkpoint)
        && file[1 + checkpoint.Length] == '.'
        && IsLowercaseHex(file.Slice(2 + checkpoint.Length, IdLength))
        && file.EndsWith(Suffix, StringComparison.Ordinal);

    private static bool IsLowercaseHex(ReadOnlySpan<char> text) => !text.ContainsAnyExcept("0123456789abcdef");

    // Taking the exclusive lock fails while the file's save is alive; once taken, the file is deleted as the handle closes.
    private static void TryRemoveUnlocked(string temporary)
    {
        try
        {
            using var unused = new FileStream(temporary, FileMode.Open, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Held by a live save, removed by another one meanwhile, or not ours to remove.
        }
    }
}
