using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace L2Analyzers.CodeFixes.TorchSharp;

/// <summary>
/// Fixes L2R011 on <c>torch.optim.X(model.parameters(), …, weight_decay: λ)</c> and <c>new X(model.parameters(), …)</c>
/// by passing two parameter groups split by rank: the weights (<c>dim() ≥ 2</c>) inherit the optimizer's weight_decay,
/// everything else (biases, normalization gains and shifts) gets weight_decay 0.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SplitParametersByRankCodeFix)), Shared]
public sealed class SplitParametersByRankCodeFix : CodeFixProvider
{
    private const string Title = "Decay only the weights: split the parameters by rank into two groups";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.DecayOfAllParameters);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
                    CodeAction.Create(Title, token => ApplyAsync(context.Document, plan, token), nameof(SplitParametersByRankCodeFix)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ApplyAsync(Document document, ParameterGroupSplit plan, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit)
        {
            return document;
        }

        var line = text.Lines.GetLineFromPosition(plan.Parameters.SpanStart).ToString();
        string indentation = line.Substring(0, line.Length - line.TrimStart().Length);
        string newLine = text.ToString().Contains("\r\n") ? "\r\n" : "\n";
        unit = unit.ReplaceNode(plan.Parameters, plan.Groups(indentation, newLine));
        if (!plan.LinqInScope)
        {
            unit = WithLinqUsing(unit, newLine);
        }

        return await Simplifier.ReduceAsync(document.WithSyntaxRoot(unit), Simplifier.Annotation, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Adds <c>using System.Linq;</c> among the usings: after the System ones that sort before it, before the rest.</summary>
    private static CompilationUnitSyntax WithLinqUsing(CompilationUnitSyntax unit, string newLine)
    {
        const string Linq = "System.Linq";
        var usings = unit.Usings;
        int index = 0;
        while (index < usings.Count && usings[index] is { Alias: null, StaticKeyword.RawKind: 0, Name: { } name } &&
               name.ToString() is var text && text.StartsWith("System", System.StringComparison.Ordinal) &&
               string.CompareOrdinal(text, Linq) < 0)
        {
            index++;
        }

        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Linq).WithLeadingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));
        return unit.WithUsings(usings.Insert(index, directive));
    }
}
