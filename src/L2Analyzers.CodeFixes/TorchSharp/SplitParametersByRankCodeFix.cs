using L2Analyzers.Diagnostics;

namespace L2Analyzers.CodeFixes.TorchSharp;

/// <summary>
/// Fixes L2R011 on <c>torch.optim.X(model.parameters(), …, weight_decay: λ)</c> and <c>new X(model.parameters(), …)</c>
/// by passing two parameter groups split by rank (<see cref="ParameterGroupSplit"/>): the weights (<c>dim() ≥ 2</c>)
/// inherit the optimizer's weight_decay, everything else (biases, normalization gains and shifts) gets weight_decay 0.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SplitParametersByRankCodeFix)), Shared]
public sealed class SplitParametersByRankCodeFix() : L2CodeFixProvider(RuleIds.DecayOfAllParameters)
{
    private const string Title = "Decay only the weights: split the parameters by rank into two groups";

    private protected override IEnumerable<CodeAction> FixesFor(FixSite site, CancellationToken cancellationToken)
    {
        if (site.Node is ExpressionSyntax parameters && ParameterGroupSplit.TryPlan(parameters, site.Model, cancellationToken) is { } plan)
        {
            yield return CodeAction.Create(Title, token => plan.ApplyAsync(site.Document, token), nameof(SplitParametersByRankCodeFix));
        }
    }
}
