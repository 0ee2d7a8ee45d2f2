using L2Analyzers.Common.Symbols;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.CodeFixes.TorchSharp;

/// <summary>
/// Fixes L2R010 by rewriting <c>new SGD.ParamGroup(parameters, momentum: 0.9)</c> to the options-based group
/// <c>new SGD.ParamGroup { Parameters = parameters, Options = new() { momentum = 0.9 } }</c>: the options passed stay,
/// every other option (lr and weight_decay included) comes from the optimizer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GroupOptionsCodeFix)), Shared]
public sealed class GroupOptionsCodeFix() : L2CodeFixProvider(RuleIds.ParamGroupResetsOptions)
{
    private const string Title = "Set only the options passed, in Options; inherit the rest from the optimizer";

    private protected override IEnumerable<CodeAction> FixesFor(FixSite site, CancellationToken cancellationToken)
    {
        if (site.Node is BaseObjectCreationExpressionSyntax group &&
            site.Model.GetOperation(group, cancellationToken) is IObjectCreationOperation creation &&
            Rewrite(group, creation) is { } rewritten)
        {
            yield return CodeAction.Create(Title, _ => site.ReplaceAsync(group, rewritten), nameof(GroupOptionsCodeFix));
        }
    }

    /// <summary>The options-based group, or null when an argument has no Options member of its name or the group has an initializer.</summary>
    private static ExpressionSyntax? Rewrite(BaseObjectCreationExpressionSyntax group, IObjectCreationOperation creation)
    {
        if (group.Initializer is not null || creation.Constructor?.ContainingType.ContainingType?.GetTypeMembers("Options") is not [var options])
        {
            return null;
        }

        var parameters = creation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0)?.Syntax as ArgumentSyntax;
        var settings = new List<string>();
        foreach (var argument in creation.Arguments.Where(argument => argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter?.Ordinal > 0))
        {
            string member = argument.Parameter!.Name == KnownNames.TorchLearningRate ? KnownNames.TorchOptionsLearningRate : argument.Parameter.Name;
            if (!HasMember(options, member) || argument.Syntax is not ArgumentSyntax syntax)
            {
                return null;
            }

            settings.Add($"{member} = {syntax.Expression}");
        }

        if (parameters is null)
        {
            return null;
        }

        string initializer = $"Parameters = {parameters.Expression}" + (settings.Count > 0 ? $", Options = new() {{ {string.Join(", ", settings)} }}" : string.Empty);
        string type = group is ObjectCreationExpressionSyntax { Type: var written } ? " " + written.ToString() : "()";
        return SyntaxFactory.ParseExpression($"new{type} {{ {initializer} }}").WithTriviaFrom(group);
    }

    private static bool HasMember(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).Any(member => member is IFieldSymbol or IPropertySymbol))
            {
                return true;
            }
        }

        return false;
    }
}
