using L2Analyzers.Common.Symbols;
using L2Analyzers.Conventions;
using L2Analyzers.Judgement;
using Microsoft.CodeAnalysis.Formatting;

namespace L2Analyzers.CodeFixes.Editing;

/// <summary>Rewrites the named arguments of an <c>[L2]</c> attribute.</summary>
internal static class AttributeEditor
{
    /// <summary>
    /// The attribute with <c>Mode = …</c> set to the change's mode and, when the change has one, <c>Lambda = …</c> set to its
    /// value; a Lambda that already has that value keeps the user's expression (a const, <c>1 - Penalty</c>).
    /// </summary>
    public static AttributeSyntax Apply(AttributeSyntax attribute, ModeChange change, SemanticModel model, CancellationToken cancellationToken)
    {
        var result = SetArgument(attribute, KnownNames.ModeProperty, existing => ModeExpression(existing, change.Mode, model, cancellationToken), first: true);
        if (change.Lambda is { } lambda && !(CurrentLambda(attribute, model, cancellationToken) is { } current && Numbers.SameWhenWritten(current, lambda)))
        {
            result = SetArgument(result, KnownNames.LambdaProperty, _ => Literals.Double(lambda, single: false), first: false);
        }

        return result;
    }

    /// <summary>The attribute without its <c>Name = …</c> argument, and without parentheses when none is left.</summary>
    public static AttributeSyntax RemoveArgument(AttributeSyntax attribute, AttributeArgumentSyntax argument)
    {
        var arguments = attribute.ArgumentList!.Arguments.Remove(argument);
        return arguments.Count == 0
            ? attribute.WithArgumentList(null)
            : attribute.WithArgumentList(attribute.ArgumentList.WithArguments(arguments));
    }

    /// <summary>
    /// <c>L2Mode.X</c>: the user's own qualification when the existing value names an L2Mode member (<c>L2Analyzers.L2Mode.WeightDecay</c>),
    /// else a reference the simplifier shortens (a const such as <c>Settings.Decay</c> is replaced).
    /// </summary>
    public static ExpressionSyntax ModeExpression(ExpressionSyntax? existing, L2Mode mode, SemanticModel model, CancellationToken cancellationToken)
    {
        var name = SyntaxFactory.IdentifierName(Modes.Name(mode));
        if (existing is MemberAccessExpressionSyntax access &&
            model.GetSymbolInfo(access, cancellationToken).Symbol is IFieldSymbol { ContainingType: { TypeKind: TypeKind.Enum } type } &&
            type.ToDisplayString() == KnownNames.L2Mode)
        {
            return access.WithName(name.WithTriviaFrom(access.Name));
        }

        var qualified = SyntaxFactory.ParseExpression("global::" + KnownNames.L2Mode + "." + Modes.Name(mode))
            .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation);
        return existing is null ? qualified : qualified.WithTriviaFrom(existing);
    }

    private static double? CurrentLambda(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == KnownNames.LambdaProperty &&
                model.GetConstantValue(argument.Expression, cancellationToken) is { HasValue: true, Value: double value })
            {
                return value;
            }
        }

        return null;
    }

    private static AttributeSyntax SetArgument(
        AttributeSyntax attribute, string name, System.Func<ExpressionSyntax?, ExpressionSyntax> value, bool first)
    {
        var list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var existing = list.Arguments.FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.ValueText == name);
        if (existing is not null)
        {
            return attribute.ReplaceNode(existing, existing.WithExpression(value(existing.Expression).WithTriviaFrom(existing.Expression)));
        }

        var added = SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)), null, value(null));
        int firstNamed = list.Arguments.TakeWhile(argument => argument.NameEquals is null).Count();
        var arguments = first ? list.Arguments.Insert(firstNamed, added) : list.Arguments.Add(added);
        return attribute.WithArgumentList(list.WithArguments(arguments).WithAdditionalAnnotations(Formatter.Annotation));
    }
}
