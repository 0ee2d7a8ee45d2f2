using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers.Shared;

/// <summary>
/// An operation an analyzer looks at, with what it needs to judge and report it. It stands in for
/// <see cref="OperationAnalysisContext"/> when the operation comes from <see cref="CandidateOperations"/>.
/// </summary>
internal readonly record struct CandidateOperation(
    IOperation Operation, ISymbol? ContainingSymbol, AnalyzerOptions Options, Action<Diagnostic> Report, CancellationToken CancellationToken)
{
    /// <summary>Reports each of <paramref name="diagnostics"/>.</summary>
    public void ReportAll(System.Collections.Generic.IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Report(diagnostic);
        }
    }
}

/// <summary>
/// Registers an action on the operations of the syntax nodes that can match, filtered by their syntax alone first:
/// an operation action makes the compiler build the operation tree of every body in the compilation, which is most of
/// an analyzer's cost in a project that has nothing for it to find; this builds operations only for the candidates.
/// </summary>
internal static class CandidateOperations
{
    /// <summary>
    /// Runs <paramref name="action"/> on the operation of each node of one of <paramref name="kinds"/> for which
    /// <paramref name="mayMatch"/> (a syntax-only test, so cheap) is true.
    /// </summary>
    public static void RegisterCandidateOperationAction(
        this CompilationStartAnalysisContext context, Func<SyntaxNode, bool> mayMatch, Action<CandidateOperation> action, params SyntaxKind[] kinds) =>
        context.RegisterSyntaxNodeAction(Candidates(mayMatch, action), ImmutableArray.Create(kinds));

    /// <summary>The same, for the nodes of one symbol (a type whose operations an analyzer collects until the type is done).</summary>
    public static void RegisterCandidateOperationAction(
        this SymbolStartAnalysisContext context, Func<SyntaxNode, bool> mayMatch, Action<CandidateOperation> action, params SyntaxKind[] kinds) =>
        context.RegisterSyntaxNodeAction(Candidates(mayMatch, action), ImmutableArray.Create(kinds));

    private static Action<SyntaxNodeAnalysisContext> Candidates(Func<SyntaxNode, bool> mayMatch, Action<CandidateOperation> action) =>
        node =>
        {
            if (mayMatch(node.Node) && node.SemanticModel.GetOperation(node.Node, node.CancellationToken) is { } operation)
            {
                action(new CandidateOperation(operation, node.ContainingSymbol, node.Options, node.ReportDiagnostic, node.CancellationToken));
            }
        };
}
