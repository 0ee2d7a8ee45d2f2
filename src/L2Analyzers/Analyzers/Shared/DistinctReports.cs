using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Shared;

/// <summary>
/// The diagnostics of one compilation that have not been reported yet. A finding in code that several operations reach,
/// such as a method that builds the parameter groups of two optimizers, would otherwise be reported once per operation:
/// the same rule, place and message twice.
/// </summary>
internal sealed class DistinctReports
{
    private readonly ConcurrentDictionary<(string Id, Location Location, string Message), byte> reported = new();

    /// <summary>Those of <paramref name="diagnostics"/> not reported before in this compilation, now counted as reported.</summary>
    public IEnumerable<Diagnostic> New(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(diagnostic => reported.TryAdd((diagnostic.Id, diagnostic.Location, diagnostic.GetMessage(CultureInfo.InvariantCulture)), 0));
}
