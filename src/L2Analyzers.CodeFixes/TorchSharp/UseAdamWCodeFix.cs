using L2Analyzers.Common.Symbols;
using L2Analyzers.Analyzers.TorchSharp;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.CodeFixes.TorchSharp;

/// <summary>
/// Fixes L2R005 on <c>torch.optim.Adam(…)</c> or <c>new Adam(…)</c> by switching to AdamW with the same arguments. AdamW's
/// weight_decay is decoupled and scaled by lr, so the analyzer decides (<see cref="CoupledDecay"/>) whether the value is
/// kept or replaced with PyTorch's default 0.01; the title says which. Offered by <see cref="ModeChangeCodeFixProvider"/>,
/// the one provider of L2R005 (see <c>KindFixAllProvider</c> for why a rule has one provider).
/// </summary>
internal static class UseAdamWCodeFix
{

    /// <summary>
    /// The key of L2R005's attribute fix: AdamW's weight_decay is ScaledWeightDecay (w ← w − lr·λ·w), so one Fix All
    /// decouples attributes, runtime calls and TorchSharp calls alike.
    /// </summary>
    private const string EquivalenceKey = RuleIds.CoupledL2UnderAdaptiveOptimizer + "." + nameof(L2Mode.ScaledWeightDecay);

    /// <summary>The fix for a TorchSharp L2R005 <paramref name="diagnostic"/>, or null when it is not one.</summary>
    public static CodeAction? For(Document document, SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(CoupledDecay.AdamWWeightDecay, out var value) || value is null ||
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax call ||
            OptimizerName(call) is not { } name)
        {
            return null;
        }

        string title = value.Length == 0
            ? "Use AdamW, keeping weight_decay (now decoupled: lr·weight_decay of each weight per step)"
            : $"Use AdamW with weight_decay: {value} (decoupled, scaled by lr; the old value would not fit)";
        return CodeAction.Create(title, token => ApplyAsync(document, call, name, value, token), EquivalenceKey);
    }

    /// <summary>The identifier that names Adam: <c>Adam</c> in <c>torch.optim.Adam(…)</c> or in <c>new Adam(…)</c>.</summary>
    private static SimpleNameSyntax? OptimizerName(ExpressionSyntax call) => call switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } } => name,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax name } => name,
        ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax name } => name,
        ObjectCreationExpressionSyntax { Type: QualifiedNameSyntax { Right: IdentifierNameSyntax name } } => name,
        _ => null,
    };

    private static async Task<Document> ApplyAsync(Document document, ExpressionSyntax call, SimpleNameSyntax name, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = ImmutableDictionary.CreateBuilder<SyntaxNode, SyntaxNode>();
        replacements[name] = name.WithIdentifier(SyntaxFactory.Identifier(name.Identifier.ValueText + "W").WithTriviaFrom(name.Identifier));
        if (value.Length > 0 && WeightDecayArgument(call, model, cancellationToken) is { } argument)
        {
            replacements[argument.Expression] = SyntaxFactory.ParseExpression(value).WithTriviaFrom(argument.Expression);
        }

        var map = replacements.ToImmutable();
        return document.WithSyntaxRoot(root.ReplaceNodes(map.Keys, (original, _) => map[original]));
    }

    private static ArgumentSyntax? WeightDecayArgument(ExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken)
    {
        var arguments = model.GetOperation(call, cancellationToken) switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };
        return arguments.FirstOrDefault(argument => argument.Parameter?.Name == KnownNames.TorchWeightDecay)?.Syntax as ArgumentSyntax;
    }
}
