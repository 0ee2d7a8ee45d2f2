using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>
/// The value of a <c>static readonly</c> floating-point field declared in source with a constant initializer
/// (<c>static readonly double Lambda = 0.97;</c>), as long as no static constructor of its type mentions it. C# lets only
/// the declaring type's static constructors assign such a field, so reading them covers every write in the compilation.
/// </summary>
internal static class StaticReadonlyConstants
{
    /// <summary>The field's value, or null when it is not such a field or its initializer is not a constant.</summary>
    public static double? ValueOf(IFieldSymbol field)
    {
        field = field.OriginalDefinition;
        if (!field.IsStatic || !field.IsReadOnly || field.IsConst ||
            field.Type.SpecialType is not (SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal) ||
            field.DeclaringSyntaxReferences.Length != 1 ||
            field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } ||
            IsMentionedByStaticConstructor(field))
        {
            return null;
        }

        return ConstantSyntax.Evaluate(initializer);
    }

    private static bool IsMentionedByStaticConstructor(IFieldSymbol field) =>
        field.ContainingType.StaticConstructors
            .Where(constructor => !constructor.IsImplicitlyDeclared)
            .SelectMany(constructor => constructor.DeclaringSyntaxReferences)
            .Any(reference => reference.GetSyntax().DescendantTokens().Any(token =>
                token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == field.Name));
}
