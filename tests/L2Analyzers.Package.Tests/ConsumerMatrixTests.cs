using L2Analyzers.Package.Tests.Infrastructure;

namespace L2Analyzers.Package.Tests;

/// <summary>
/// Generated code is valid everywhere: a consumer with float and double layers, networks and every member shape
/// builds clean (warnings as errors, XML docs on) for net8.0 and net10.0, per language version and nullable context,
/// and the analyzers load under the oldest compiler served here.
/// </summary>
[Collection(PackageCollection.Name)]
public class ConsumerMatrixTests(PackedPackage package)
{
    private readonly Lazy<string> restored = new(() =>
    {
        string consumer = package.CreateConsumer("Matrix");
        DotNetProcess.RunOrFail(consumer, "restore");
        return consumer;
    });

    [Theory]
    [InlineData("10", "enable")]
    [InlineData("10", "disable")]
    [InlineData("12", "enable")]
    [InlineData("latest", "disable")]
    [InlineData("latest", "enable")]
    public void Builds_clean_for_both_targets(string langVersion, string nullable)
    {
        var (exitCode, output) = DotNetProcess.Run(
            restored.Value, "build", "--no-restore", "--no-incremental", $"-p:LangVersion={langVersion}", $"-p:Nullable={nullable}");

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 Warning(s)", output);
    }

    [Fact]
    public void Analyzers_load_and_run_under_the_oldest_compiler_served()
    {
        string consumer = package.CreateConsumer("Basic");

        // SDK-bundled analyzers target newer compilers and warn (CS9057) under an old one: not ours to fix, so no warnings as errors.
        var (exitCode, output) = DotNetProcess.Run(consumer, "build", "-p:OldCompilerVersion=4.14.0", "-p:TreatWarningsAsErrors=false");

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("CS8032", output);
        Assert.DoesNotMatch(@"CS9057:.*L2Analyzers", output);
        Assert.Matches(@"Layers\.cs\(13,36\): warning L2R001", output);
        Assert.Contains("Microsoft.Net.Compilers.Toolset", File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json")));
    }
}
