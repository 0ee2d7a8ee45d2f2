using System.Linq;
using L2Analyzers.Analyzers.Operations;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>
/// Whether a value that is not a constant comes from an option that defaults to 0: an auto-property or field of a
/// settings class without initializer or initialized with 0, or a method parameter whose default is 0. Such a
/// weight_decay may well be off when nobody sets it.
/// </summary>
internal static class OptionDefaults
{
    /// <summary>Whether <paramref name="value"/> reads an option whose default is 0.</summary>
    public static bool DefaultsToZero(IOperation value) => value.WithoutImplicitConversions() switch
    {
        IPropertyReferenceOperation { Property: { IsIndexer: false } property } => DeclaredDefaultIsZero(property),
        IFieldReferenceOperation { Field: { IsConst: false } field } => DeclaredDefaultIsZero(field),
        IParameterReferenceOperation { Parameter: { HasExplicitDefaultValue: true, ExplicitDefaultValue: var fallback } } =>
            fallback is 0d or 0f or 0 or null,
        _ => false,
    };

    private static bool DeclaredDefaultIsZero(ISymbol member)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var (isAuto, initializer) = reference.GetSyntax() switch
            {
                PropertyDeclarationSyntax property => (IsAutoProperty(property), property.Initializer?.Value),
                VariableDeclaratorSyntax field => (true, field.Initializer?.Value),
                _ => (false, null),
            };
            if (isAuto)
            {
                return initializer is null or LiteralExpressionSyntax { Token.Value: 0 or 0d or 0f or 0m };
            }
        }

        return false;
    }

    private static bool IsAutoProperty(PropertyDeclarationSyntax property) =>
        property.ExpressionBody is null && property.AccessorList is { } accessors &&
        accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null);
}
