using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;
using L2Analyzers.Judgement;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers.Shared;

/// <summary>
/// Findings about a constant read through a name (<see cref="ConstantDeclaration"/>), held while a type is analyzed and
/// reported when it ends: one diagnostic per declaration and judgement, at the constant expression of the declaration,
/// with the uses as additional locations in source order. Uses judged alike (same rule, same message) share the
/// diagnostic; a use judged otherwise (another learning rate) gets its own, at the same declaration.
/// </summary>
internal sealed class ConstantFindings
{
    private readonly ConcurrentQueue<(ConstantDeclaration Declaration, Finding Finding, Location Use)> held = new();

    /// <summary>
    /// Calls <paramref name="register"/> at the start of each type with the type's own findings, and reports them when the
    /// type ends. A per-type action costs the driver on every type: register it only where the analyzer can find something.
    /// </summary>
    public static void RegisterPerType(CompilationStartAnalysisContext context, Action<SymbolStartAnalysisContext, ConstantFindings> register) =>
        context.RegisterSymbolStartAction(
            type =>
            {
                var constants = new ConstantFindings();
                register(type, constants);
                type.RegisterSymbolEndAction(end => end.ReportAll(constants.Release()));
            },
            SymbolKind.NamedType);

    /// <summary>
    /// The declaration of the constant <paramref name="value"/> reads when its findings are reported there: a local, or a
    /// field of <paramref name="type"/> (the type being analyzed). Null for a literal or arithmetic, and for a field of
    /// another type, which is reported at each use: its declaration is outside the type's analysis.
    /// </summary>
    public static ConstantDeclaration? DeclaredIn(IOperation value, INamedTypeSymbol? type) =>
        ConstantDeclaration.Of(value) is { } declaration &&
        (declaration.Symbol is ILocalSymbol || SymbolEqualityComparer.Default.Equals(declaration.Symbol.ContainingType, type))
            ? declaration
            : null;

    /// <summary>
    /// Whether <paramref name="finding"/> is about the value alone (L2R001, L2R003), so a declared value's is reported at
    /// its declaration; the others are about the site that reads it (L2R004 with its η, L2R005's coupling).
    /// </summary>
    public static bool IsAboutValue(Finding finding) =>
        finding.Descriptor == Descriptors.LambdaSuspiciousForMode || finding.Descriptor == Descriptors.LambdaInvalidForMode;

    /// <summary>
    /// Holds the findings about the value of <paramref name="use"/>, read from <paramref name="declaration"/> at
    /// <paramref name="at"/>: judged in the words of the declaration (<see cref="DeclaredWording"/>), whose fix writes a new value there.
    /// </summary>
    public void Hold(ConstantDeclaration declaration, L2Use use, SuspicionThresholds thresholds, Location at)
    {
        if (use.Mode is not { } written)
        {
            return;
        }

        var declared = use with { Words = new DeclaredWording(use.Words, declaration.Symbol.Name, written) };
        foreach (var finding in LambdaJudge.JudgeConvention(declared, thresholds).Where(IsAboutValue))
        {
            held.Enqueue((declaration, ValueRewrite.Marked(finding, declaration.Value, written), at));
        }
    }

    /// <summary>The diagnostics of the findings held, one per declaration and judgement, in source order.</summary>
    public IEnumerable<Diagnostic> Release() =>
        held
            .OrderBy(item => item.Use.SourceSpan.Start)
            .GroupBy(item => (Value: item.Declaration.Value.GetLocation(), item.Finding.Descriptor.Id, Message: string.Join("\u001f", item.Finding.Arguments)))
            .Select(group =>
            {
                var finding = group.First().Finding;
                var uses = group.Select(item => item.Use).Distinct().ToArray();
                return Diagnostic.Create(finding.Descriptor, group.Key.Value, uses, finding.Properties, [.. finding.Arguments]);
            })
            .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start);
}
