namespace L2Analyzers.Benchmarks.Synthetic;

/// <summary>Writes the synthetic consumer project (<see cref="ConsumerSources"/>) to a folder, for build/analyzer-cost.sh.</summary>
public static class ConsumerProject
{
    /// <summary>
    /// Writes the project that uses L2Analyzers, or with <paramref name="unused"/> the one that references the package but
    /// does not use it: the 2,000 ordinary classes alone, no attribute, no runtime call.
    /// </summary>
    public static int Write(string folder, bool unused = false)
    {
        var sources = unused ? ConsumerSources.CreateUnused() : ConsumerSources.Create();
        foreach (var file in sources)
        {
            string path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), ConsumerSources.ProjectFile);
        Console.WriteLine($"Wrote {sources.Count} files and Consumer.csproj to {folder}");
        return 0;
    }
}
