using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using L2Analyzers.Generator;

namespace L2Analyzers.Generator.Tests.Verification;

/// <summary>Runs the generator over source that uses the L2Analyzers runtime and compares the emitted files.</summary>
internal static class GeneratorVerifier
{
    public static Task VerifyAsync(string source, params (string HintName, string Text)[] generated)
    {
        var test = new Test { TestCode = source };
        foreach (var (hintName, text) in generated)
        {
            test.TestState.GeneratedSources.Add((typeof(L2Generator), hintName, text.ReplaceLineEndings("\n")));
        }

        return test.RunAsync();
    }

    internal sealed class Test : CSharpSourceGeneratorTest<L2Generator, DefaultVerifier>
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
