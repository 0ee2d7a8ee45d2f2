using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>
/// Where a constant read through a name gets its value: the declaring symbol (a local, a const, a readonly field) and
/// the expression that gives it (<c>0.97</c> in <c>double decay = 0.97;</c>). Every use of the name shares it, so a
/// finding about the value belongs there, once, and a fix of the value edits it.
/// </summary>
/// <param name="Symbol">The local or field.</param>
/// <param name="Value">The constant expression assigned to it.</param>
internal sealed record ConstantDeclaration(ISymbol Symbol, ExpressionSyntax Value)
{
    /// <summary>
    /// The declaration of the constant <paramref name="operation"/> reads (through conversions): a const local or
    /// field, a local given one value (<see cref="LocalValues"/>), a readonly field with a constant value
    /// (<see cref="ReadonlyFieldConstants"/>). Null for literals, arithmetic and anything whose value is not known.
    /// </summary>
    public static ConstantDeclaration? Of(IOperation operation)
    {
        if (ConstantValues.Evaluate(operation) is null)
        {
            return null;
        }

        ExpressionSyntax? value = operation.WithoutConversions() switch
        {
            ILocalReferenceOperation { Local.IsConst: true } local => Initializer(local.Local),
            ILocalReferenceOperation local => LocalValues.SingleValue(local)?.Syntax as ExpressionSyntax,
            IFieldReferenceOperation { Field.IsConst: true } field => Initializer(field.Field),
            IFieldReferenceOperation field => ReadonlyFieldConstants.ValueSyntax(field.Field),
            _ => null,
        };
        var symbol = operation.WithoutConversions() switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IFieldReferenceOperation field => field.Field.OriginalDefinition,
            _ => null,
        };
        return value is null || symbol is null ? null : new ConstantDeclaration(symbol, value);
    }

    private static ExpressionSyntax? Initializer(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences is [var reference] && reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
            ? value
            : null;
}
