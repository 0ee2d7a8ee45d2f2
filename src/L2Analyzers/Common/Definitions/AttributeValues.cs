using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>
/// Reads attribute arguments for definition readers with <see cref="AttributeArguments"/>, the reader the analyzers use,
/// recording compile errors and undefined enum values.
/// </summary>
internal static class AttributeValues
{
    /// <summary>The double argument <paramref name="name"/>, or <paramref name="defaultValue"/> when not given.</summary>
    public static double Double(AttributeData attribute, string name, double defaultValue, DefinitionProblems problems)
    {
        if (AttributeArguments.Double(attribute, name, defaultValue) is { } value)
        {
            return value;
        }

        problems.Skip();
        return defaultValue;
    }

    /// <summary>
    /// The name of the enum member the argument <paramref name="property"/> (or its default, 0) stands for; null when
    /// it has compile errors, or, reported as L2G010, when it is not a defined value.
    /// </summary>
    public static string? EnumMember(AttributeData attribute, string property, ISymbol definition, DefinitionProblems problems)
    {
        if (EnumType(attribute, property) is not { } enumType)
        {
            problems.Skip();
            return null;
        }

        if (AttributeArguments.Value(attribute, property, 0) is not { } value)
        {
            problems.Skip();
            return null;
        }

        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
            {
                return field.Name;
            }
        }

        problems.Add(DefinitionProblem.AtArgument(
            DefinitionDescriptors.UndefinedEnumValue, attribute, property, property, value, Identifiers.ForMessage(definition), enumType.Name));
        return null;
    }

    private static INamedTypeSymbol? EnumType(AttributeData attribute, string property)
    {
        foreach (var member in attribute.AttributeClass?.GetMembers(property) ?? default)
        {
            if (member is IPropertySymbol { Type: INamedTypeSymbol { TypeKind: TypeKind.Enum } type })
            {
                return type;
            }
        }

        return null;
    }
}
