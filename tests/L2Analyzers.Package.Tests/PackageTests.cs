using System.IO.Compression;
using L2Analyzers.Package.Tests.Infrastructure;

namespace L2Analyzers.Package.Tests;

/// <summary>The only proof the package works: pack it, restore it into a fresh consumer, build and run.</summary>
[Collection(PackageCollection.Name)]
public class PackageTests(PackedPackage package)
{
    [Fact]
    public void Package_holds_the_runtime_under_lib_and_the_roslyn_components_under_analyzers()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/net8.0/L2Analyzers.Runtime.dll", entries);
        Assert.Contains("lib/net8.0/L2Analyzers.Runtime.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/L2Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/L2Analyzers.CodeFixes.dll", entries);
        Assert.Contains("lib/net8.0/L2Analyzers.Abstractions.dll", entries);
        Assert.Contains("lib/net8.0/L2Analyzers.Abstractions.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/L2Analyzers.Abstractions.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("/L2Analyzers.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Abstractions_ship_inside_the_package_not_as_a_dependency()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var nuspec = new StreamReader(zip.GetEntry("L2Analyzers.nuspec")!.Open());
        string manifest = nuspec.ReadToEnd();

        Assert.Contains("<dependency id=\"System.Numerics.Tensors\"", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("L2Analyzers.Abstractions", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_build_reports_diagnostics_at_their_lines_and_the_generated_code_runs()
    {
        string consumer = package.CreateConsumer("Basic");

        var (exitCode, build) = DotNetProcess.Run(consumer, "build", "-c", "Release");

        Assert.True(exitCode == 0, build);
        Assert.Matches(@"Layers\.cs\(13,36\): warning L2R001: Lambda = 0\.97 in L2Mode\.WeightDecay removes 97% of each weight per step", build);
        Assert.Matches(@"Layers\.cs\(22,6\): warning L2R002: \[L2\] regularizes the bias 'Biases' like a weight: its name says it is a bias\. Remove \[L2\] from it\.", build);
        Assert.DoesNotMatch(@"Layers\.cs\((7|19),\d+\): warning L2R", build);

        string run = DotNetProcess.RunOrFail(consumer, "run", "-c", "Release", "--no-build").Output;
        Assert.Contains("penalty gradient: 0.25 -0.5 1", run);
        Assert.Contains("decayed weights: 0.03 -0.06", run);
    }

    [Fact]
    public void An_invalid_lambda_fails_the_build_at_its_line()
    {
        string consumer = package.CreateConsumer("InvalidLambda");

        var (exitCode, build) = DotNetProcess.Run(consumer, "build", "-c", "Release");

        Assert.NotEqual(0, exitCode);
        Assert.Matches(@"Layers\.cs\(7,36\): error L2R003: Lambda = 1\.2 in L2Mode\.DecayFactor is invalid", build);
    }
}
