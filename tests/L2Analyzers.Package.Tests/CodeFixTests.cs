using System.Text.RegularExpressions;
using L2Analyzers.Package.Tests.Infrastructure;

namespace L2Analyzers.Package.Tests;

/// <summary>
/// The code fixes under a real client: <c>dotnet format analyzers</c> (Fix All in solution scope, as the IDE's) on a
/// consumer holding one instance of every fixable finding. Each case is a file <c>Consumers/CodeFixes/&lt;rule&gt;.&lt;site&gt;.cs</c>
/// with its expected result in <c>Consumers/CodeFixes/Fixed/</c>; the rules fixed are the files' prefixes, so a new case
/// is one file and its fixed copy.
/// </summary>
[Collection(PackageCollection.Name)]
public partial class CodeFixTests(PackedPackage package)
{
    private const string Template = "CodeFixes";

    [Fact]
    public void Dotnet_format_fixes_every_case_as_expected_and_the_rebuild_reports_none_of_the_rules()
    {
        string consumer = package.CreateConsumer(Template);
        string project = Path.Combine(consumer, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("$(TorchSharpAssembly)", typeof(TorchSharp.torch).Assembly.Location));
        var cases = Directory.GetFiles(consumer, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var rules = cases.Select(file => file!.Split('.')[0]).Distinct().ToArray();
        Assert.NotEmpty(rules);

        var format = DotNetProcess.Run(consumer, ["format", "analyzers", project, "--diagnostics", .. rules, "--severity", "info", "-v", "n"]);

        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.DoesNotMatch(new Regex("Unable to fix|Failed to apply"), format.Output);
        string expected = Path.Combine(AppContext.BaseDirectory, "Consumers", Template, "Fixed");
        Assert.All(cases, file => Assert.Equal(
            File.ReadAllText(Path.Combine(expected, file!)).ReplaceLineEndings("\n"),
            File.ReadAllText(Path.Combine(consumer, file!)).ReplaceLineEndings("\n")));

        var (exitCode, build) = DotNetProcess.Run(consumer, "build", "--no-restore");
        Assert.True(exitCode == 0, build);
        Assert.DoesNotMatch(new Regex($@"(warning|error|info) ({string.Join('|', rules)}):"), build);
    }
}
