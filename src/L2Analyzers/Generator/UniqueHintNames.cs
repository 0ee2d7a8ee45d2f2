using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Generator;

/// <summary>
/// Gives every model a generated file name that <c>AddSource</c> accepts. <c>AddSource</c> compares hint names ignoring
/// case, so definitions whose names differ only in case (<c>Model</c> and <c>model</c>) each get a suffix derived from
/// their own exact name, and both are generated. The same definition declared twice (a duplicate member or class, already
/// a compile error) yields two equal hint names: a second <c>AddSource</c> with that name would make the generator fail
/// (CS8785), and code for either declaration would be ambiguous, so neither is generated.
/// </summary>
internal static class UniqueHintNames
{
    private const string Extension = ".g.cs";

    /// <summary>
    /// Pairs each model with its file name and drops the exact duplicates. Per-item outputs are compared by value, so an
    /// unchanged definition stays Cached or Unchanged and regenerates nothing.
    /// </summary>
    public static IncrementalValuesProvider<(T Model, string HintName)> WithUniqueHintNames<T>(
        this IncrementalValuesProvider<T> models, Func<T, string> hintName) =>
        models.Collect().SelectMany((all, _) => Assign(all, hintName));

    /// <summary>The models with their file names: unique ignoring case, and unchanged unless another differs only in case.</summary>
    private static IEnumerable<(T Model, string HintName)> Assign<T>(ImmutableArray<T> models, Func<T, string> hintName) =>
        models
            .Select(model => (Model: model, HintName: hintName(model)))
            .GroupBy(named => named.HintName, StringComparer.Ordinal)
            .Where(exact => exact.Count() == 1)
            .Select(exact => exact.First())
            .GroupBy(named => named.HintName, StringComparer.OrdinalIgnoreCase)
            .SelectMany(folded => folded.Count() == 1 ? folded : folded.Select(named => (named.Model, HintName: CaseDistinct(named.HintName))))
            .GroupBy(named => named.HintName, StringComparer.OrdinalIgnoreCase)
            .Where(folded => folded.Count() == 1) // Only if two case-distinct suffixes collide, which no realistic code meets.
            .Select(folded => folded.First());

    /// <summary>
    /// <paramref name="hintName"/> with a suffix from a hash of its exact characters (<c>Demo.model.DenseLayer.9ccf15ce.g.cs</c>):
    /// deterministic across builds and machines, and different for names that differ only in case.
    /// </summary>
    internal static string CaseDistinct(string hintName)
    {
        // FNV-1a over the UTF-16 code units: string.GetHashCode differs between processes.
        uint hash = 2166136261;
        foreach (char c in hintName)
        {
            hash = (hash ^ c) * 16777619;
        }

        string stem = hintName.EndsWith(Extension, StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - Extension.Length) : hintName;
        return $"{stem}.{hash:x8}{Extension}";
    }
}
