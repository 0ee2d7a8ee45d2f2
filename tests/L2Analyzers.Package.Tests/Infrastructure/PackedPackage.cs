namespace L2Analyzers.Package.Tests.Infrastructure;

/// <summary>
/// Packs the L2Analyzers package once per test run into a private folder feed, with a version unique to
/// this run, and creates consumer projects that restore it into their own packages folder.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("l2analyzers-package-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";
        DotNetProcess.RunOrFail(
            RepositoryPaths.Root,
            "pack", Path.Combine("src", "L2Analyzers.Runtime", "L2Analyzers.Runtime.csproj"),
            "-c", "Release", "-o", Feed, $"-p:Version={Version}");
        PackagePath = Path.Combine(Feed, $"L2Analyzers.{Version}.nupkg");
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>Copies the consumer template <paramref name="name"/> into a fresh folder wired to the private feed.</summary>
    public string CreateConsumer(string name)
    {
        string source = Path.Combine(AppContext.BaseDirectory, "Consumers", name);
        string target = Path.Combine(Root, "consumers", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(target, "NuGet.Config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(target, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <L2AnalyzersVersion>{Version}</L2AnalyzersVersion>
                <RestorePackagesPath>{Path.Combine(target, "packages")}</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test run over it.
        }
    }
}
