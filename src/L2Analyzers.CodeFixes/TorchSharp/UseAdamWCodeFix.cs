using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using L2Analyzers.Analyzers.TorchSharp;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.CodeFixes.TorchSharp;

/// <summary>
/// Fixes L2R005 on <c>torch.optim.Adam(…)</c> or <c>new Adam(…)</c> by switching to AdamW with the same arguments. AdamW's
/// weight_decay is decoupled and scaled by lr, so the analyzer decides (<see cref="CoupledDecay"/>) whether the value is
/// kept or replaced with PyTorch's default 0.01; the title says which.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseAdamWCodeFix)), Shared]
public sealed class UseAdamWCodeFix : CodeFixProvider
{
    private const string WeightDecay = "weight_decay";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.CoupledL2UnderAdaptiveOptimizer);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CoupledDecay.AdamWWeightDecay, out var value) || value is null ||
                root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax call ||
                OptimizerName(call) is not { } name)
            {
                continue;
            }

            string title = value.Length == 0
                ? "Use AdamW, keeping weight_decay (now decoupled: lr·weight_decay of each weight per step)"
                : $"Use AdamW with weight_decay: {value} (decoupled, scaled by lr; the old value would not fit)";
            context.RegisterCodeFix(
                CodeAction.Create(title, token => ApplyAsync(context.Document, call, name, value, token), nameof(UseAdamWCodeFix) + (value.Length == 0 ? "Keep" : value)),
                diagnostic);
        }
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
        return arguments.FirstOrDefault(argument => argument.Parameter?.Name == WeightDecay)?.Syntax as ArgumentSyntax;
    }
}
