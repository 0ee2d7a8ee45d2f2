using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Conventions;

/// <summary>
/// A diagnostic without its location: the analyzer that judged an <see cref="L2Use"/> reports it at the code that
/// <see cref="Target"/> names (for an attribute, the <c>Lambda = …</c> or <c>Mode = …</c> argument, or the whole attribute).
/// </summary>
internal readonly record struct Finding(
    DiagnosticDescriptor Descriptor,
    FindingTarget Target,
    ImmutableArray<string> Arguments,
    ImmutableDictionary<string, string?> Properties)
{
    /// <summary>The diagnostic at <paramref name="location"/>.</summary>
    public Diagnostic ToDiagnostic(Location? location) =>
        Diagnostic.Create(Descriptor, location, Properties, [.. Arguments]);
}

/// <summary>The part of the code a <see cref="Finding"/> is about.</summary>
internal enum FindingTarget
{
    /// <summary>The lambda's value.</summary>
    Lambda,

    /// <summary>The mode.</summary>
    Mode,

    /// <summary>The whole use (the attribute, the call).</summary>
    Whole,
}
