using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using L2Analyzers.CodeFixes.FixAll;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.CodeFixes.TorchSharp;

/// <summary>
/// Fixes L2R009 on <c>torch.optim.AdamW(…)</c> or <c>new AdamW(…)</c> without weight_decay by appending
/// <c>weight_decay: 0.01</c>, PyTorch's default (first, the one Fix All applies), or <c>weight_decay: 0</c> to state that
/// no decay is wanted.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddWeightDecayCodeFix)), Shared]
public sealed class AddWeightDecayCodeFix : CodeFixProvider
{
    private static readonly (string Value, string Title)[] Choices =
    {
        ("0.01", "Pass weight_decay: 0.01 (PyTorch's AdamW default)"),
        ("0", "Pass weight_decay: 0 (no decay, stated)"),
    };

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.AdamWWithoutWeightDecay);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => KindFixAllProvider.Instance;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax call ||
                ArgumentsOf(call) is not { } arguments)
            {
                continue;
            }

            foreach (var (value, title) in Choices)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(arguments, WithWeightDecay(arguments, value)))),
                        nameof(AddWeightDecayCodeFix) + value),
                    diagnostic);
            }
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
            SyntaxFactory.NameColon(SyntaxFactory.IdentifierName("weight_decay")),
            default,
            SyntaxFactory.ParseExpression(value)));
}
