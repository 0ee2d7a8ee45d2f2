using System.Linq;
using L2Analyzers.Common;

namespace L2Analyzers.Generator.Model;

/// <summary>A field or property carrying <c>[L2]</c>: everything the emitter needs, and nothing from the compilation.</summary>
/// <param name="Namespace">The containing namespace, or empty for the global namespace.</param>
/// <param name="Types">The containing types, outermost first.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Element">The element type keyword: float or double.</param>
/// <param name="Mode">The stated L2 mode.</param>
/// <param name="Lambda">The lambda.</param>
internal sealed record ParameterMember(
    string Namespace,
    EquatableArray<ContainingType> Types,
    string Name,
    string Element,
    L2ModeKind Mode,
    double Lambda)
{
    /// <summary>The hint name of the generated file.</summary>
    public string HintName =>
        (Namespace.Length == 0 ? string.Empty : Namespace + ".") +
        string.Join(".", Types.Items.Select(t => t.Name)) + "." + Name + ".L2.g.cs";
}
