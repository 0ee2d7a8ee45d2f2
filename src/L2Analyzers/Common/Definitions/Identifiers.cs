using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace L2Analyzers.Common.Definitions;

/// <summary>Names as they appear in emitted code and in diagnostic messages.</summary>
internal static class Identifiers
{
    private static readonly SymbolDisplayFormat MessageFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary><paramref name="name"/> as a C# identifier: prefixed with @ when it is a reserved keyword.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;

    /// <summary>
    /// <paramref name="name"/> as part of a method name: without a leading <c>_</c> or <c>m_</c>/<c>s_</c>, first letter upper
    /// case, so <c>weightsIH</c> gives <c>DecayWeightsIH</c> and <c>_weights</c> gives <c>DecayWeights</c>.
    /// </summary>
    public static string MethodPart(string name)
    {
        string trimmed = name.Length > 2 && name[1] == '_' && name[0] is 'm' or 's' ? name.Substring(2) : name;
        trimmed = trimmed.TrimStart('_');
        return trimmed.Length == 0 ? name : char.ToUpperInvariant(trimmed[0]) + trimmed.Substring(1);
    }

    /// <summary><paramref name="name"/> with a lower-case first letter, for private members derived from it.</summary>
    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>A symbol as messages name it: containing types and name, no namespace (<c>Outer.Hidden</c>, <c>Model.Weights</c>).</summary>
    public static string ForMessage(ISymbol symbol) => symbol.ToDisplayString(MessageFormat);
}
