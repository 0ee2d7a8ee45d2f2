using L2Analyzers.Common;
using L2Analyzers.Conventions;
using L2Analyzers.Judgement;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.CodeFixes.Editing;

/// <summary>Rewrites the mode and lambda arguments of a runtime call such as <c>L2Update.Step(mode, lambda, …)</c>.</summary>
internal static class CallEditor
{
    /// <summary>The document with the call's (or constructor's) arguments rewritten, or null when they cannot be found.</summary>
    public static async Task<Document?> ApplyAsync(
        Document document,
        ExpressionSyntax call,
        ModeChange change,
        ImmutableDictionary<string, string?> properties,
        CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var arguments = model?.GetOperation(call, cancellationToken) switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };
        if (model is null || root is null || arguments.IsDefault ||
            !properties.TryGetValue(CallProperties.LambdaParameter, out var lambdaParameter))
        {
            return null;
        }

        ArgumentSyntax? ArgumentOf(string? parameter) => arguments
            .FirstOrDefault(argument => parameter is not null && argument.Parameter?.Name == parameter)?.Syntax as ArgumentSyntax;

        var replacements = ImmutableDictionary.CreateBuilder<SyntaxNode, SyntaxNode>();
        if (properties.TryGetValue(CallProperties.ModeParameter, out var modeParameter) && ArgumentOf(modeParameter) is { } modeArgument)
        {
            replacements[modeArgument.Expression] = AttributeEditor.ModeExpression(modeArgument.Expression, change.Mode, model, cancellationToken).WithTriviaFrom(modeArgument.Expression);
        }

        if (change.Lambda is { } lambda && ArgumentOf(lambdaParameter) is { } lambdaArgument &&
            !(model.GetConstantValue(lambdaArgument.Expression, cancellationToken) is { HasValue: true, Value: double current } && Numbers.SameWhenWritten(current, lambda)))
        {
            bool single = properties.TryGetValue(CallProperties.LambdaType, out var type) && type == CallProperties.Single;
            replacements[lambdaArgument.Expression] = Literals.Double(lambda, single).WithTriviaFrom(lambdaArgument.Expression);
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var map = replacements.ToImmutable();
        return document.WithSyntaxRoot(root.ReplaceNodes(map.Keys, (original, _) => map[original]));
    }
}
