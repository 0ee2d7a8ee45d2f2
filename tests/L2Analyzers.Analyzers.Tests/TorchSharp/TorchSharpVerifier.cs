using L2Analyzers.Analyzers.TorchSharp;
using L2Analyzers.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace L2Analyzers.Analyzers.Tests.TorchSharp;

/// <summary>
/// Runs the TorchSharp analyzer over code compiled against TorchSharp's managed assembly (a metadata reference only:
/// nothing loads libtorch).
/// </summary>
internal static class TorchSharpVerifier
{
    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<TorchSharpOptimizerAnalyzer>.Diagnostic(id);

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

    /// <summary>TorchSharp.dll from the test's output folder; typeof does not run its static constructor, so no native load.</summary>
    public static MetadataReference TorchSharpReference { get; } =
        MetadataReference.CreateFromFile(typeof(global::TorchSharp.torch).Assembly.Location);
}
