namespace L2Analyzers.Common.Definitions;

/// <summary>A field or property carrying <c>[L2]</c>: everything the emitter needs, and nothing from the compilation.</summary>
/// <param name="Scope">The partial type chain the method goes into.</param>
/// <param name="Name">The member's name as an identifier.</param>
/// <param name="MethodPart">The member's name as it reads inside a method name (<c>DecayWeightsIH</c>).</param>
/// <param name="Element">The element type keyword: float or double.</param>
/// <param name="Shape">How the member holds its tensor.</param>
/// <param name="IsStatic">Whether the member, and so the method, is static.</param>
/// <param name="L2">The regularization.</param>
internal sealed record ParameterMemberDefinition(
    DeclarationScope Scope,
    string Name,
    string MethodPart,
    string Element,
    ParameterShape Shape,
    bool IsStatic,
    CompiledL2 L2) : IGeneratedDefinition
{
    /// <inheritdoc />
    public string HintName => Scope.HintPrefix + "." + Name.TrimStart('@') + ".L2.g.cs";
}
