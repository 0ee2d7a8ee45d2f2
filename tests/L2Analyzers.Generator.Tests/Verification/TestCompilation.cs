using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace L2Analyzers.Generator.Tests.Verification;

/// <summary>User code compiled as a consumer would: .NET 8 reference assemblies plus the L2Analyzers runtime, nullable on, warnings as errors.</summary>
internal static class TestCompilation
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult()
            .Add(MetadataReference.CreateFromFile(typeof(L2Attribute).Assembly.Location)));

    public static CSharpParseOptions ParseOptions(LanguageVersion version) => new(version);

    public static CSharpCompilation Create(LanguageVersion version, params string[] sources) => CSharpCompilation.Create(
        "UserCode" + Guid.NewGuid().ToString("N"),
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions(version), path: $"User{i}.cs")),
        References.Value,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            warningLevel: 9999));

    /// <summary>Runs <see cref="L2Generator"/> over <paramref name="compilation"/>.</summary>
    public static GeneratorDriver Driver(CSharpCompilation compilation, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new L2Generator().AsSourceGenerator() },
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The compilation with the generated sources added, checked to have no diagnostic at all.</summary>
    public static Compilation Generate(LanguageVersion version, params string[] sources)
    {
        var compilation = Create(version, sources);
        Driver(compilation).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        var diagnostics = output.GetDiagnostics();
        Assert.True(diagnostics.IsEmpty, string.Join(Environment.NewLine, diagnostics) + Environment.NewLine + GeneratedText(output));
        return output;
    }

    /// <summary>All generated sources of <paramref name="output"/>, for failure messages.</summary>
    public static string GeneratedText(Compilation output) =>
        string.Join(Environment.NewLine, output.SyntaxTrees.Skip(output.SyntaxTrees.Count(t => t.FilePath.StartsWith("User", StringComparison.Ordinal))).Select(t => t.FilePath + ":" + Environment.NewLine + t));
}
