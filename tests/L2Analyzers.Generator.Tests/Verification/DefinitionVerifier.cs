using System.Text.RegularExpressions;
using L2Analyzers.Analyzers.Definitions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace L2Analyzers.Generator.Tests.Verification;

/// <summary>
/// Checks the definition analyzer's diagnostics on source (markup <c>{|L2G001:...|}</c>), and that the generator emits
/// nothing for it: every input here holds only definitions the generator must skip.
/// </summary>
internal static partial class DefinitionVerifier
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<DefinitionAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static async Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
        AssertGeneratesNothing(Markup().Replace(source, string.Empty));
    }

    private static void AssertGeneratesNothing(string source)
    {
        var compilation = TestCompilation.Create(LanguageVersion.Latest, source);
        var run = TestCompilation.Driver(compilation).RunGenerators(compilation).GetRunResult();
        Assert.Empty(run.Results.Single().GeneratedSources);
    }

    [GeneratedRegex(@"\{\|[A-Za-z0-9]+:|\|\}|\[\||\|\]")]
    private static partial Regex Markup();

    private sealed class Test : CSharpAnalyzerTest<DefinitionAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            TestState.AdditionalReferences.Add(typeof(L2Attribute).Assembly);
        }
    }
}
