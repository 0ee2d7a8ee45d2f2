using L2Analyzers.CodeFixes.Editing;
using L2Analyzers.CodeFixes.TorchSharp;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Common;
using L2Analyzers.Diagnostics;
using L2Analyzers.Judgement;

namespace L2Analyzers.CodeFixes;

/// <summary>
/// Offers each rewrite of mode and lambda the analyzer proposes, as its own fix: the plausible readings of a suspicious
/// lambda (L2R001), decoupled decay under an adaptive optimizer (L2R005), and each mode for an <c>[L2]</c> without one
/// (L2R007). Works on attributes and on runtime calls, and switches a TorchSharp Adam to AdamW (L2R005, <see cref="UseAdamWCodeFix"/>);
/// Fix All applies the same kind of rewrite everywhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ModeChangeCodeFixProvider)), Shared]
public sealed class ModeChangeCodeFixProvider() : L2CodeFixProvider(RuleIds.LambdaSuspiciousForMode, RuleIds.CoupledL2UnderAdaptiveOptimizer, RuleIds.ModeNotStated)
{
    private protected override IEnumerable<CodeAction> FixesFor(FixSite site, CancellationToken cancellationToken)
    {
        var (document, diagnostic, node) = (site.Document, site.Diagnostic, site.Node);
        if (UseAdamWCodeFix.For(document, site.Root, diagnostic) is { } adamW)
        {
            return [adamW];
        }

        if (diagnostic.Properties.ContainsKey(ValueRewrite.WrittenMode))
        {
            return ValueCodeFix.For(site); // a loop's or a TorchSharp call's value, or a constant's declaration
        }

        var attribute = node.FirstAncestorOrSelf<AttributeSyntax>();
        var call = attribute is null
            ? node.AncestorsAndSelf().OfType<ExpressionSyntax>().FirstOrDefault(e => e is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax)
            : null;
        // A call is rewritten only where the analyzer said which argument holds the lambda (runtime calls).
        if (attribute is null && (call is null || !diagnostic.Properties.ContainsKey(CallProperties.LambdaParameter)))
        {
            return [];
        }

        return ModeChanges.FromProperties(diagnostic.Properties).Select(change => CodeAction.Create(
            change.Title,
            token => attribute is not null
                ? ApplyToAttributeAsync(document, attribute, change, token)
                : ApplyToCallAsync(document, call!, change, diagnostic, token),
            change.Key));
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
