using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Judgement;
using Microsoft.CodeAnalysis;

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

    /// <summary>Holds <paramref name="finding"/> about <paramref name="declaration"/>, found at <paramref name="use"/>.</summary>
    public void Hold(ConstantDeclaration declaration, Finding finding, Location use) => held.Enqueue((declaration, finding, use));

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
