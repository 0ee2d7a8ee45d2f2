using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>
/// The value of a <c>readonly</c> numeric field declared in source with a constant initializer — static
/// (<c>static readonly double Lambda = 0.97;</c>) or instance (<c>readonly double lambda = 0.97;</c>) — as long as no
/// constructor of its kind (static or instance) in its type mentions it. C# lets only those constructors assign such a
/// field, so reading them covers every write in the compilation.
/// </summary>
internal static class ReadonlyFieldConstants
{
    /// <summary>The field's value, or null when it is not such a field or its initializer is not a constant.</summary>
    public static double? ValueOf(IFieldSymbol field)
    {
        field = field.OriginalDefinition;
        if (!field.IsReadOnly || field.IsConst ||
            field.Type.SpecialType is not (SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal) ||
            field.DeclaringSyntaxReferences.Length != 1 ||
            field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } ||
            IsMentionedByConstructor(field))
        {
            return null;
        }

        return ConstantSyntax.Evaluate(initializer);
    }

    private static bool IsMentionedByConstructor(IFieldSymbol field) =>
        (field.IsStatic ? field.ContainingType.StaticConstructors : field.ContainingType.InstanceConstructors)
            .Where(constructor => !constructor.IsImplicitlyDeclared)
            .SelectMany(constructor => constructor.DeclaringSyntaxReferences)
            .Any(reference => reference.GetSyntax().DescendantTokens().Any(token =>
                token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == field.Name));
}
