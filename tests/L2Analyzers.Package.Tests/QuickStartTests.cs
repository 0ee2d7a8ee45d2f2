using System.Text.RegularExpressions;
using L2Analyzers.Package.Tests.Infrastructure;

namespace L2Analyzers.Package.Tests;

/// <summary>
/// README's Quick start, run as a new user would: a new console app, the PackageReference from Install, the declarations
/// block as Layers.cs and the statements block as Program.cs, built against the packed package. The build prints the
/// diagnostic README shows and the program reaches the accuracy README states for the code as first written; with the
/// README's fixed [L2] line (the diagnostic's first reading) the program prints exactly README's output.
/// </summary>
[Collection(PackageCollection.Name)]
public class QuickStartTests(PackedPackage package)
{
    [Fact]
    public void The_readme_quick_start_builds_warns_as_shown_and_after_the_fix_prints_the_shown_accuracy()
    {
        var blocks = Readme.Blocks("Quick start");
        var code = blocks.Where(b => b.Language == "csharp").Select(b => b.Code).ToArray();
        var text = blocks.Where(b => b.Language == "text").Select(b => b.Code).ToArray();
        Assert.True(code.Length == 3 && text.Length == 2, "Quick start: expected the declarations, the fixed [L2] line and the program (csharp), the diagnostic and the output (text).");
        var (declarations, fixedLine, program) = (code[0], code[1].Trim(), code[2]);
        var (diagnostic, printed) = (text[0], text[1]);

        string app = CreateConsoleApp();
        File.WriteAllText(Path.Combine(app, "Layers.cs"), declarations);
        File.WriteAllText(Path.Combine(app, "Program.cs"), program);

        var (exitCode, build) = DotNetProcess.Run(app, "build");
        Assert.True(exitCode == 0, build);
        Assert.Contains(diagnostic.ReplaceLineEndings(" ").Trim(), build);
        var before = DotNetProcess.RunOrFail(app, "run", "--no-build");
        string beforeAccuracy = Regex.Match(before.StandardOutput, @"accuracy: (?<value>\d+\.\d %)").Groups["value"].Value;
        Assert.Contains($"As first written, with WeightDecay 0.97, every step removes 97% of each hidden weight, and the same program reaches {beforeAccuracy}.", Readme.Prose("Quick start"));

        string[] lines = declarations.Split('\n');
        int l2 = Array.FindIndex(lines, line => line.StartsWith("[L2(", StringComparison.Ordinal));
        Assert.True(l2 >= 0 && fixedLine.StartsWith("[L2(", StringComparison.Ordinal), "the fix is the [L2] line of the declarations, rewritten");
        Assert.Contains("write " + Regex.Match(fixedLine, @"\[L2\((?<assignments>[^)]*)\)\]").Groups["assignments"].Value.Replace("L2Mode.", "", StringComparison.Ordinal) + ".", diagnostic.ReplaceLineEndings(" "));
        lines[l2] = fixedLine;
        File.WriteAllText(Path.Combine(app, "Layers.cs"), string.Join('\n', lines));

        (exitCode, build) = DotNetProcess.Run(app, "build", "--no-restore");
        Assert.True(exitCode == 0, build);
        Assert.DoesNotContain("warning L2R", build);
        var run = DotNetProcess.RunOrFail(app, "run", "--no-build");
        Assert.Equal(printed.Trim(), run.StandardOutput.Trim());
        Assert.Matches(@"accuracy: (9\d|100)\.\d %", run.StandardOutput);
    }

    // `dotnet new console` with the Install section's PackageReference, at the version packed for this run.
    private string CreateConsoleApp()
    {
        string reference = Readme.Blocks("Install").Single(b => b.Language == "xml").Code.Trim();
        Assert.Matches("""^<PackageReference Include="L2Analyzers" Version="[^"]+" />$""", reference);
        string app = package.NewConsumerFolder("QuickStart");
        DotNetProcess.RunOrFail(app, "new", "console", "--name", "QuickStart", "--output", ".", "--no-restore");
        string project = Path.Combine(app, "QuickStart.csproj");
        string withPackage = Regex.Replace(reference, """Version="[^"]+" """, $"""Version="{package.Version}" """);
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", $"  <ItemGroup>\n    {withPackage}\n  </ItemGroup>\n</Project>"));
        return app;
    }
}
