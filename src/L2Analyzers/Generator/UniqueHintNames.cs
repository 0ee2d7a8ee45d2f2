using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Generator;

/// <summary>
/// One model per generated file name. The same definition declared twice (a duplicate member or class, already a
/// compile error) yields two equal hint names: a second <c>AddSource</c> with that name would make the generator fail
/// (CS8785), and code for either declaration would be ambiguous, so neither is generated. Hint names are compared
/// ignoring case, as <c>AddSource</c> compares them.
/// </summary>
internal static class UniqueHintNames
{
    /// <summary>
    /// Drops every model whose hint name is not unique. Per-item outputs are compared by value, so an unchanged
    /// definition stays Cached or Unchanged and regenerates nothing.
    /// </summary>
    public static IncrementalValuesProvider<T> WhereHintNameIsUnique<T>(this IncrementalValuesProvider<T> models, Func<T, string> hintName) =>
        models.Collect().SelectMany((all, _) => all
            .GroupBy(hintName, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() == 1)
            .Select(group => group.First()));
}
