using System.Linq;

namespace L2Analyzers.Common.Definitions;

/// <summary>Where generated code goes: a namespace and the chain of partial types down to the one it extends.</summary>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="Types">The partial types, outermost first; the last one is extended.</param>
internal sealed record DeclarationScope(string Namespace, EquatableArray<ContainingType> Types)
{
    /// <summary>The extended type's name as an identifier.</summary>
    public string TypeName => Types[Types.Count - 1].Name;

    /// <summary>The extended type as a fully qualified C# type name (<c>global::N.Outer.Inner</c>).</summary>
    public string QualifiedTypeName =>
        "global::" + (Namespace.Length == 0 ? string.Empty : Namespace + ".") + string.Join(".", Types.Items.Select(t => t.Name));

    /// <summary>A file-name-safe prefix for hint names: <c>N.Outer.Inner</c>.</summary>
    public string HintPrefix =>
        (Namespace.Length == 0 ? string.Empty : Namespace + ".") + string.Join(".", Types.Items.Select(t => t.Name.TrimStart('@')));
}
