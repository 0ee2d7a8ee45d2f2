namespace L2Analyzers.Runtime.Tests.Support;

/// <summary>A fresh directory under the system temp folder, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "l2runtime-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string? contents = null)
    {
        string path = System.IO.Path.Combine(Path, name);
        if (contents is not null)
        {
            System.IO.File.WriteAllText(path, contents);
        }

        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
