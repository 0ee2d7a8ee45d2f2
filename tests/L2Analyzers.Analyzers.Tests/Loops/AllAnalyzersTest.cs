using Microsoft.CodeAnalysis;
using System.Collections.Immutable;
using System.Reflection;
using L2Analyzers.Analyzers.Loops;
using L2Analyzers.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary>Runs every analyzer of the package at once, so a file's expected diagnostics are all of them, not one analyzer's.</summary>
internal sealed class AllAnalyzersTest : CSharpAnalyzerTest<LoopRegularizationAnalyzer, DefaultVerifier>
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(LoopRegularizationAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) &&
            type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public AllAnalyzersTest(string source)
    {
        TestCode = source;

        // Several analyzers share one descriptor per rule, so markup takes the first analyzer that supports the ID.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        ReferenceAssemblies = TestReferences.Net80;
        TestReferences.AddRuntime(TestState);
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => All;

    /// <inheritdoc />
    protected override ImmutableArray<(Project project, Diagnostic diagnostic)> FilterDiagnostics(ImmutableArray<(Project project, Diagnostic diagnostic)> diagnostics) =>
        MessageStyle.Check(base.FilterDiagnostics(diagnostics));
}
