using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using L2Analyzers.CodeFixes.FixAll;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.CodeFixes.TorchSharp;

/// <summary>
/// Fixes L2R011 on <c>torch.optim.X(model.parameters(), …, weight_decay: λ)</c> and <c>new X(model.parameters(), …)</c>
/// by passing two parameter groups split by rank (<see cref="ParameterGroupSplit"/>): the weights (<c>dim() ≥ 2</c>)
/// inherit the optimizer's weight_decay, everything else (biases, normalization gains and shifts) gets weight_decay 0.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SplitParametersByRankCodeFix)), Shared]
public sealed class SplitParametersByRankCodeFix : CodeFixProvider
{
    private const string Title = "Decay only the weights: split the parameters by rank into two groups";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DecayOfAllParameters);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => KindFixAllProvider.Instance;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax parameters &&
                ParameterGroupSplit.TryPlan(parameters, model, context.CancellationToken) is { } plan)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, token => plan.ApplyAsync(context.Document, token), nameof(SplitParametersByRankCodeFix)),
                    diagnostic);
            }
        }
    }
}
