using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using L2Analyzers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Reliability.Tests.Mutation;

/// <summary>Runs the generator and every analyzer of the package over source code and collects any exception they throw.</summary>
internal static class RoslynHarness
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(L2Generator).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(L2Attribute).Assembly.Location))
        .Concat(ExtraReferences())
        .ToImmutableArray();

    /// <summary>Every exception the generator or an analyzer threw on <paramref name="sources"/>, as readable text.</summary>
    public static IReadOnlyList<string> Failures(
        IEnumerable<string> sources, CSharpParseOptions? parseOptions = null, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
    {
        parseOptions ??= CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"Input{i}.cs"));
        var compilation = CSharpCompilation.Create(
            "Mutant",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var failures = new ConcurrentBag<string>();
        var driver = CSharpGeneratorDriver.Create([new L2Generator().AsSourceGenerator()], parseOptions: parseOptions);
        var result = driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics).GetRunResult();
        foreach (var run in result.Results.Where(r => r.Exception is not null))
        {
            failures.Add($"generator: {run.Exception}");
        }

        foreach (var diagnostic in generatorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785"))
        {
            failures.Add($"generator: {diagnostic}");
        }

        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => failures.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = generated.WithAnalyzers(analyzers ?? Analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
        {
            failures.Add(diagnostic.ToString());
        }

        return failures.ToArray();
    }

    /// <summary>Assemblies the inputs may use besides .NET and the runtime (TorchSharp, when the tests reference it).</summary>
    private static IEnumerable<MetadataReference> ExtraReferences() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "TorchSharp.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
}
