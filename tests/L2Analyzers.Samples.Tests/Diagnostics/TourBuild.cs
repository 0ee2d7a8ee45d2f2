using System.Reflection;

namespace L2Analyzers.Samples.Tests.Diagnostics;

/// <summary>
/// One build of a diagnostics tour project, done on a copy in a temporary folder (with the repository's NuGet.Config,
/// global.json and package versions) so that its bin and obj never race the solution's build. The copy imports
/// samples/Directory.Build.props, so it uses the runtime, analyzers and code fixes exactly as the sample does, already
/// built in the tests' configuration (hence <c>--no-dependencies</c>). Its restore is not recursive either: the two tours
/// build at once, beside other test projects, and restoring the shared projects again from each raced on their
/// project.assets.json ("already exists").
/// </summary>
public abstract class TourBuild : IDisposable
{
    private readonly TempDirectory root = new("l2analyzers-tour-");

    protected TourBuild(string project)
    {
        SourceDirectory = Path.Combine(RepositoryPaths.Root, "samples", project);
        CopyDirectory = root.File(project);
        Directory.CreateDirectory(CopyDirectory);
        foreach (string file in Directory.GetFiles(SourceDirectory))
        {
            File.Copy(file, Path.Combine(CopyDirectory, Path.GetFileName(file)));
        }

        foreach (string file in new[] { "NuGet.Config", "global.json", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, file), root.File(file));
        }

        File.WriteAllText(Path.Combine(CopyDirectory, "Directory.Build.props"), $"""
            <Project>
              <Import Project="{Path.Combine(RepositoryPaths.Root, "samples", "Directory.Build.props")}" />
            </Project>
            """);
        string configuration = typeof(TourBuild).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        Result = DotNetProcess.Run(
            CopyDirectory,
            "build", project + ".csproj", "-c", configuration, "--no-dependencies", "-p:RestoreRecursive=false", "--disable-build-servers", "-nologo", "-clp:NoSummary");
        Diagnostics = BuildDiagnostic.Parse(Result.StandardOutput);
    }

    /// <summary>The tour's folder in the repository.</summary>
    public string SourceDirectory { get; }

    /// <summary>The copy that was built.</summary>
    public string CopyDirectory { get; }

    internal ProcessResult Result { get; }

    /// <summary>Every distinct warning and error the build printed.</summary>
    internal IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        root.Dispose();
    }
}

/// <summary>The build of samples/Diagnostics: the attribute, generator-definition and hand-written-loop rules.</summary>
public sealed class DiagnosticsTourBuild() : TourBuild("Diagnostics");

/// <summary>The build of samples/Diagnostics.TorchSharp: the rules about TorchSharp optimizers.</summary>
public sealed class TorchSharpTourBuild() : TourBuild("Diagnostics.TorchSharp");
