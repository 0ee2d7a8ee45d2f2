using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Judgement;

/// <summary>
/// A diagnostic without its location: the analyzer that judged an <see cref="L2Use"/> reports it at the code that
/// <see cref="Target"/> names (for an attribute, the <c>Lambda = …</c> or <c>Mode = …</c> argument, or the whole attribute).
/// Its two arguments are the message's two sentences: what the value does, and what to write instead.
/// </summary>
internal readonly record struct Finding(
    DiagnosticDescriptor Descriptor,
    FindingTarget Target,
    ImmutableArray<string> Arguments,
    ImmutableDictionary<string, string?> Properties)
{
    /// <summary>The finding with the two sentences of its message and the rewrites its fixes offer.</summary>
    public static Finding Of(DiagnosticDescriptor descriptor, FindingTarget target, string effect, string advice, IReadOnlyList<ModeChange>? changes = null) =>
        new(descriptor, target, ImmutableArray.Create(effect, advice),
            changes is null ? ImmutableDictionary<string, string?>.Empty : ModeChanges.ToProperties(changes));

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
