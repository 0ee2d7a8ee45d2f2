using L2Analyzers.Common.Symbols;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.CodeFixes.TorchSharp;

/// <summary>
/// Fixes L2R009 on <c>torch.optim.AdamW(…)</c> or <c>new AdamW(…)</c> without weight_decay by appending
/// <c>weight_decay: 0.01</c>, PyTorch's default (first, the one Fix All applies), or <c>weight_decay: 0</c> to state that
/// no decay is wanted.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddWeightDecayCodeFix)), Shared]
public sealed class AddWeightDecayCodeFix() : L2CodeFixProvider(RuleIds.AdamWWithoutWeightDecay)
{
    private static readonly (string Value, string Title)[] Choices =
    {
        ("0.01", "Pass weight_decay: 0.01 (PyTorch's AdamW default)"),
        ("0", "Pass weight_decay: 0 (no decay, stated)"),
    };

    private protected override IEnumerable<CodeAction> FixesFor(FixSite site, CancellationToken cancellationToken)
    {
        if (site.Node is not ExpressionSyntax call || ArgumentsOf(call) is not { } arguments)
        {
            yield break;
        }

        foreach (var (value, title) in Choices)
        {
            yield return CodeAction.Create(title, _ => site.ReplaceAsync(arguments, WithWeightDecay(arguments, value)), nameof(AddWeightDecayCodeFix) + value);
        }
    }

    private static ArgumentListSyntax? ArgumentsOf(ExpressionSyntax call) => call switch
    {
        InvocationExpressionSyntax invocation => invocation.ArgumentList,
        BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
        _ => null,
    };

    private static ArgumentListSyntax WithWeightDecay(ArgumentListSyntax arguments, string value) =>
        arguments.AddArguments(SyntaxFactory.Argument(
            SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(KnownNames.TorchWeightDecay)),
            default,
            SyntaxFactory.ParseExpression(value)));
}
