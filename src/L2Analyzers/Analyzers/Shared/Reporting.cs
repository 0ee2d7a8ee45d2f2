using System;
using System.Collections.Generic;
using L2Analyzers.Conventions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers.Shared;

/// <summary>What every analyzer does before and after judging: read the thresholds that apply to a file, report findings.</summary>
internal static class Reporting
{
    /// <summary>The suspicion thresholds the .editorconfig sets for <paramref name="tree"/> (the defaults where it sets none).</summary>
    public static SuspicionThresholds ThresholdsFor(this AnalyzerOptions options, SyntaxTree tree) =>
        SuspicionThresholds.Read(options.AnalyzerConfigOptionsProvider.GetOptions(tree));

    /// <summary>Reports each of <paramref name="diagnostics"/> on the operation being analyzed.</summary>
    public static void ReportAll(this OperationAnalysisContext context, IEnumerable<Diagnostic> diagnostics) =>
        ReportAll(context.ReportDiagnostic, diagnostics);

    /// <summary>Reports each of <paramref name="diagnostics"/> on the symbol being analyzed.</summary>
    public static void ReportAll(this SymbolAnalysisContext context, IEnumerable<Diagnostic> diagnostics) =>
        ReportAll(context.ReportDiagnostic, diagnostics);

    private static void ReportAll(Action<Diagnostic> report, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            report(diagnostic);
        }
    }
}
