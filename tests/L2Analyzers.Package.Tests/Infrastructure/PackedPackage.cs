namespace L2Analyzers.Package.Tests.Infrastructure;

/// <summary>
/// Packs every package of the solution once per test run (<c>dotnet pack L2Analyzers.sln</c>) into a private folder
/// feed, with a version unique to this run, and creates consumer projects that restore from it into their own packages folder.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    private readonly TempDirectory root = new("l2analyzers-package-");

    public PackedPackage()
    {
        Feed = root.File("feed");
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}";
        DotNetProcess.RunOrFail(RepositoryPaths.Root, "pack", "L2Analyzers.sln", "-c", "Release", "-o", Feed, $"-p:Version={Version}");
        PackagePath = Path.Combine(Feed, $"L2Analyzers.{Version}.nupkg");
    }

    public string Root => root.Path;

    public string Feed { get; }

    public string Version { get; }

    /// <summary>The main package, L2Analyzers.</summary>
    public string PackagePath { get; }

    /// <summary>Every package the solution packs (not the symbols packages).</summary>
    public IReadOnlyList<string> Packages => Directory.GetFiles(Feed, "*.nupkg").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Copies the consumer template <paramref name="name"/> into a fresh folder wired to the private feed.</summary>
    public string CreateConsumer(string name)
    {
        string target = NewConsumerFolder(name);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Consumers", name)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    /// <summary>A fresh, empty folder for a consumer called <paramref name="name"/>, wired to the private feed.</summary>
    public string NewConsumerFolder(string name)
    {
        string target = Path.Combine(Root, "consumers", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(target);
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

    public void Dispose() => root.Dispose();
}
