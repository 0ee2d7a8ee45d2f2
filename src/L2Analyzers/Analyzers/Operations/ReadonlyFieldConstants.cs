using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Analyzers.Operations;

/// <summary>
/// The value of a <c>readonly</c> numeric field declared in source with a constant initializer — static
/// (<c>static readonly double Lambda = 0.97;</c>) or instance (<c>readonly double lambda = 0.97;</c>) — as long as no
/// constructor of its kind (static or instance) in its type mentions it; or, without initializer, assigned one constant
/// by the only constructor and mentioned there nowhere else. C# lets only those constructors assign such a
/// field, so reading them covers every write in the compilation.
/// </summary>
internal static class ReadonlyFieldConstants
{
    /// <summary>The field's value, or null when it is not such a field or its initializer is not a constant.</summary>
    public static double? ValueOf(IFieldSymbol field) => ValueSyntax(field) is { } value ? ConstantSyntax.Evaluate(value) : null;

    /// <summary>
    /// The expression that gives the field its value: its initializer, or the right side of the one constructor
    /// assignment (<c>decay = 0.97;</c>) when the constructors mention it nowhere else; null when it is not such a field.
    /// </summary>
    public static ExpressionSyntax? ValueSyntax(IFieldSymbol field)
    {
        field = field.OriginalDefinition;
        if (!field.IsReadOnly || field.IsConst ||
            field.Type.SpecialType is not (SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal) ||
            field.DeclaringSyntaxReferences.Length != 1 ||
            field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator)
        {
            return null;
        }

        if (declarator.Initializer?.Value is { } initializer)
        {
            return IsMentionedByConstructor(field) ? null : initializer;
        }

        return SingleConstructorValue(field);
    }

    /// <summary>For a field without initializer: the one assignment in its constructors, when they mention it nowhere else.</summary>
    private static ExpressionSyntax? SingleConstructorValue(IFieldSymbol field)
    {
        ExpressionSyntax? value = null;
        int mentions = 0;
        foreach (var token in ConstructorTokens(field))
        {
            mentions++;
            if (token.Parent is IdentifierNameSyntax name &&
                (name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access ? access : (ExpressionSyntax)name) is var target &&
                target.Parent is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) &&
                assignment.Left == target)
            {
                value = assignment.Right;
            }
        }

        var constructors = field.IsStatic ? field.ContainingType.StaticConstructors : field.ContainingType.InstanceConstructors;
        return mentions == 1 && constructors.Length == 1 ? value : null;
    }

    private static IEnumerable<SyntaxToken> ConstructorTokens(IFieldSymbol field) =>
        (field.IsStatic ? field.ContainingType.StaticConstructors : field.ContainingType.InstanceConstructors)
            .Where(constructor => !constructor.IsImplicitlyDeclared)
            .SelectMany(constructor => constructor.DeclaringSyntaxReferences)
            .SelectMany(reference => reference.GetSyntax().DescendantTokens())
            .Where(token => token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == field.Name);

    private static bool IsMentionedByConstructor(IFieldSymbol field) => ConstructorTokens(field).Any();
}
