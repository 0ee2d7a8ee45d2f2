using L2Analyzers.Tests.Shared;
using Microsoft.CodeAnalysis.CSharp;

namespace L2Analyzers.Generator.Tests.Verification;

/// <summary>
/// Expected generator output kept as files under Snapshots/Expected. Run the tests with <c>UPDATE_SNAPSHOTS=1</c> to
/// rewrite them from the current generator, then review the diff.
/// </summary>
internal static class Snapshot
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "L2Analyzers.Generator.Tests", "Snapshots", "Expected");

    /// <summary>The expected text of the generated file <paramref name="hintName"/> for <paramref name="source"/>, kept in <paramref name="file"/>.</summary>
    public static string Expected(string source, string hintName, string file)
    {
        string path = Path.Combine(Folder, file);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            var compilation = TestCompilation.Create(LanguageVersion.CSharp10, source);
            var run = TestCompilation.Driver(compilation).RunGenerators(compilation).GetRunResult();
            var generated = run.Results.Single().GeneratedSources.Single(s => s.HintName == hintName);
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, generated.SourceText.ToString());
        }

        return File.ReadAllText(path);
    }

    /// <summary>Verifies that <paramref name="source"/> generates exactly <paramref name="hintName"/>, equal to the snapshot <paramref name="file"/>.</summary>
    public static Task VerifyAsync(string source, string hintName, string file) => VerifyAsync(source, (hintName, file));

    /// <summary>Verifies that <paramref name="source"/> generates exactly the <paramref name="expected"/> files, each equal to its snapshot.</summary>
    public static Task VerifyAsync(string source, params (string HintName, string File)[] expected) =>
        GeneratorVerifier.VerifyAsync(source, expected.Select(e => (e.HintName, Expected(source, e.HintName, e.File))).ToArray());
}
