using System.Text.RegularExpressions;
using L2Analyzers.Analyzers.Definitions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace L2Analyzers.Generator.Tests.Verification;

/// <summary>
/// Checks the definition analyzer's diagnostics on source (markup <c>{|L2G001:...|}</c>), and that the generator emits
/// files exactly for the definitions that have none.
/// </summary>
internal static partial class DefinitionVerifier
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<DefinitionAnalyzer, DefaultVerifier>.Diagnostic(id);

    /// <summary>Expects <paramref name="expected"/> and no generated file at all.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, [], expected);

    /// <summary>Expects <paramref name="expected"/>, and generated files only for the valid definitions, <paramref name="generated"/> (hint names).</summary>
    public static Task VerifyAsync(string source, string[] generated, params DiagnosticResult[] expected) =>
        VerifyAsync([], source, generated, expected);

    /// <summary>
    /// As <see cref="VerifyAsync(string, string[], DiagnosticResult[])"/>, with <paramref name="source"/> referencing the
    /// assembly <paramref name="libraryName"/> built from <paramref name="library"/>, with or without the generator.
    /// </summary>
    public static Task VerifyWithLibraryAsync(
        string libraryName, string library, bool libraryUsesGenerator, string source, string[] generated, params DiagnosticResult[] expected)
    {
        var reference = MetadataReference.CreateFromImage(TestCompilation.Library(libraryName, library, libraryUsesGenerator));
        return VerifyAsync([reference], source, generated, expected);
    }

    private static async Task VerifyAsync(MetadataReference[] libraries, string source, string[] generated, DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.TestState.AdditionalReferences.AddRange(libraries);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();

        var compilation = TestCompilation.Create(LanguageVersion.Latest, libraries, Markup().Replace(source, string.Empty));
        var run = TestCompilation.Driver(compilation).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _).GetRunResult();
        Assert.Equal(generated.Order(StringComparer.Ordinal), run.Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));

        // In a build the analyzer also sees the generated code: its verdict must not change.
        Assert.Equal(await Verdict(compilation), await Verdict(output));
    }

    private static async Task<string[]> Verdict(Compilation compilation) =>
        (await compilation.WithAnalyzers([new DefinitionAnalyzer()]).GetAnalyzerDiagnosticsAsync())
            .Select(d => $"{d.Id} {d.Location.GetLineSpan()}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    [GeneratedRegex(@"\{\|[#A-Za-z0-9]+:|\|\}|\[\||\|\]")]
    private static partial Regex Markup();

    private sealed class Test : CSharpAnalyzerTest<DefinitionAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            foreach (var library in TestCompilation.PackageLibraries)
            {
                TestState.AdditionalReferences.Add(library);
            }
        }

        /// <inheritdoc />
        protected override System.Collections.Immutable.ImmutableArray<(Microsoft.CodeAnalysis.Project project, Microsoft.CodeAnalysis.Diagnostic diagnostic)> FilterDiagnostics(
            System.Collections.Immutable.ImmutableArray<(Microsoft.CodeAnalysis.Project project, Microsoft.CodeAnalysis.Diagnostic diagnostic)> diagnostics) =>
            L2Analyzers.Analyzers.Tests.Verification.MessageStyle.Check(base.FilterDiagnostics(diagnostics));
    }
}
