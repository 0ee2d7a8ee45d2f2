using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using L2Analyzers.CodeFixes.Editing;
using L2Analyzers.CodeFixes.FixAll;
using L2Analyzers.CodeFixes.TorchSharp;
using L2Analyzers.Common;
using L2Analyzers.Conventions;
using L2Analyzers.Judgement;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.CodeFixes;

/// <summary>
/// Offers each rewrite of mode and lambda the analyzer proposes, as its own fix: the plausible readings of a suspicious
/// lambda (L2R001), decoupled decay under an adaptive optimizer (L2R005), and each mode for an <c>[L2]</c> without one
/// (L2R007). Works on attributes and on runtime calls, and switches a TorchSharp Adam to AdamW (L2R005, <see cref="UseAdamWCodeFix"/>);
/// Fix All applies the same kind of rewrite everywhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ModeChangeCodeFixProvider)), Shared]
public sealed class ModeChangeCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.LambdaSuspiciousForMode, RuleIds.CoupledL2UnderAdaptiveOptimizer, RuleIds.ModeNotStated);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => KindFixAllProvider.Instance;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (UseAdamWCodeFix.For(context.Document, root, diagnostic) is { } adamW)
            {
                context.RegisterCodeFix(adamW, diagnostic);
                continue;
            }

            if (diagnostic.Properties.ContainsKey(ValueRewrite.WrittenMode))
            {
                ValueCodeFix.Register(context, root, diagnostic); // a loop's or a TorchSharp call's value
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var attribute = node.FirstAncestorOrSelf<AttributeSyntax>();
            var call = attribute is null
                ? node.AncestorsAndSelf().OfType<ExpressionSyntax>().FirstOrDefault(e => e is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax)
                : null;
            // A call is rewritten only where the analyzer said which argument holds the lambda (runtime calls).
            if (attribute is null && (call is null || !diagnostic.Properties.ContainsKey(CallProperties.LambdaParameter)))
            {
                continue;
            }

            foreach (var change in ModeChanges.FromProperties(diagnostic.Properties))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        change.Title,
                        cancellationToken => attribute is not null
                            ? ApplyToAttributeAsync(context.Document, attribute, change, cancellationToken)
                            : ApplyToCallAsync(context.Document, call!, change, diagnostic, cancellationToken),
                        change.Key),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ApplyToAttributeAsync(
        Document document, AttributeSyntax attribute, ModeChange change, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root is null || model is null
            ? document
            : document.WithSyntaxRoot(root.ReplaceNode(attribute, AttributeEditor.Apply(attribute, change, model, cancellationToken)));
    }

    private static async Task<Document> ApplyToCallAsync(
        Document document, ExpressionSyntax call, ModeChange change, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        await CallEditor.ApplyAsync(document, call, change, diagnostic.Properties, cancellationToken).ConfigureAwait(false) ?? document;
}
