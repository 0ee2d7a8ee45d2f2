using L2Analyzers.Analyzers.TorchSharp;
using L2Analyzers.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace L2Analyzers.Analyzers.Tests.TorchSharp;

/// <summary>
/// Runs the TorchSharp analyzer over code compiled against TorchSharp's managed assembly (a metadata reference only:
/// nothing loads libtorch).
/// </summary>
internal static class TorchSharpVerifier
{
    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<TorchSharpOptimizerAnalyzer>.Diagnostic(id);

    /// <inheritdoc cref="AnalyzerVerifier{TAnalyzer}.Located"/>
    public static DiagnosticResult Located(string id) => AnalyzerVerifier<TorchSharpOptimizerAnalyzer>.Located(id);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = Create(source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static AnalyzerVerifier<TorchSharpOptimizerAnalyzer>.Test Create(string source)
    {
        var test = new AnalyzerVerifier<TorchSharpOptimizerAnalyzer>.Test { TestCode = source };
        test.TestState.AdditionalReferences.Add(TorchSharpReference);
        return test;
    }

    /// <summary>
    /// Applies <typeparamref name="TCodeFix"/>'s action <paramref name="equivalenceKey"/> (the first one when null) to every
    /// diagnostic marked in <paramref name="source"/>, one by one and with Fix All, and checks the result and the title.
    /// </summary>
    public static Task VerifyFixAsync<TCodeFix>(string source, string fixedSource, string? equivalenceKey = null, string? title = null)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TorchSharpOptimizerAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.Net80,
            CodeActionEquivalenceKey = equivalenceKey,
            FixedState = { MarkupHandling = MarkupMode.Allow },
        };
        if (title is not null)
        {
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
        }

        test.TestState.AdditionalReferences.Add(TorchSharpReference);
        test.FixedState.AdditionalReferences.Add(TorchSharpReference);
        return test.RunAsync();
    }

    /// <summary>TorchSharp.dll from the test's output folder; typeof does not run its static constructor, so no native load.</summary>
    public static MetadataReference TorchSharpReference { get; } =
        MetadataReference.CreateFromFile(typeof(global::TorchSharp.torch).Assembly.Location);
}
