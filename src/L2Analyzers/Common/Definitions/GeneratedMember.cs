using System.Collections.Immutable;

namespace L2Analyzers.Common.Definitions;

/// <summary>A member the generator adds to a type: a method when it has <see cref="Parameters"/>, else a field or property.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="Parameters">The method's parameter types (<c>System.Span&lt;float&gt;</c>, <c>int</c>), or null for a field or property.</param>
internal sealed record GeneratedMember(string Name, ImmutableArray<string>? Parameters)
{
    public static GeneratedMember Value(string name) => new(name, null);

    public static GeneratedMember Method(string name, params string[] parameters) => new(name, parameters.ToImmutableArray());
}
