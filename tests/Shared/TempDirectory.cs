namespace L2Analyzers.Tests.Shared;

/// <summary>A fresh directory under the system temp folder, deleted (as far as possible) on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the directory, named <paramref name="prefix"/> followed by random characters.</summary>
    public TempDirectory(string prefix = "l2analyzers-tests-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    /// <summary>The directory's full path.</summary>
    public string Path { get; }

    /// <summary>The path of <paramref name="name"/> in the directory; writes <paramref name="contents"/> there when given.</summary>
    public string File(string name, string? contents = null)
    {
        string path = System.IO.Path.Combine(Path, name);
        if (contents is not null)
        {
            System.IO.File.WriteAllText(path, contents);
        }

        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless; never fail a test run over it.
        }
    }
}
