using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace L2Analyzers.Analyzers.Tests.Verification;

/// <summary>Runs an analyzer and a code fix over C# source that uses the L2Analyzers runtime, including Fix All.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>
    /// Applies the fix with <paramref name="equivalenceKey"/> to every diagnostic marked in <paramref name="source"/>,
    /// one by one and through Fix All in document, project and solution scope, and checks the result and the fix's title.
    /// Diagnostics marked in <paramref name="fixedSource"/> are expected to remain after the fix.
    /// </summary>
    public static Task VerifyAsync(string source, string fixedSource, string equivalenceKey, string? title = null)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            FixedState = { MarkupHandling = MarkupMode.Allow },
        };
        if (title is not null)
        {
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
        }

        return test.RunAsync();
    }

    internal sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestReferences.AddRuntime(TestState);
        }

        /// <inheritdoc />
        protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics) =>
            MessageStyle.Check(base.FilterDiagnostics(diagnostics));
    }
}
