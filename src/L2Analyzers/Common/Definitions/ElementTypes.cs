using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>The element types generated code supports.</summary>
internal static class ElementTypes
{
    /// <summary>The C# keyword of <paramref name="type"/> if it is float or double, else null.</summary>
    public static string? Keyword(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_Single => "float",
        SpecialType.System_Double => "double",
        _ => null,
    };
}
