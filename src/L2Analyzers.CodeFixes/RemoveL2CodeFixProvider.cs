using L2Analyzers.CodeFixes.Editing;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.CodeFixes;

/// <summary>
/// Removes L2 from a bias (L2R002) or a normalization parameter (L2R008): the <c>[L2]</c> attribute on the member, or
/// <c>IncludeBiases = true</c> on a layer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveL2CodeFixProvider)), Shared]
public sealed class RemoveL2CodeFixProvider() : L2CodeFixProvider(RuleIds.L2OnBias, RuleIds.L2OnNormalization)
{
    private const string EquivalenceKey = "RemoveL2";

    private protected override IEnumerable<CodeAction> FixesFor(FixSite site, CancellationToken cancellationToken)
    {
        if (site.Node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is { } argument &&
            argument.NameEquals?.Name.Identifier.ValueText == KnownNames.IncludeBiasesProperty &&
            argument.Parent?.Parent is AttributeSyntax layerAttribute)
        {
            yield return CodeAction.Create(
                "Leave the biases unregularized: remove IncludeBiases",
                token => ReplaceAsync(site.Document, layerAttribute, AttributeEditor.RemoveArgument(layerAttribute, argument), token),
                EquivalenceKey);
        }
        else if (site.Node.FirstAncestorOrSelf<AttributeSyntax>() is { } attribute)
        {
            yield return CodeAction.Create("Remove [L2] from this parameter", token => RemoveAsync(site.Document, attribute, token), EquivalenceKey);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode oldNode, SyntaxNode newNode, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(root!.ReplaceNode(oldNode, newNode));
    }

    private static async Task<Document> RemoveAsync(Document document, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (attribute.Parent is not AttributeListSyntax list || list.Parent is not { } declaration)
        {
            return document;
        }

        if (list.Attributes.Count > 1)
        {
            return document.WithSyntaxRoot(root!.ReplaceNode(list, list.WithAttributes(list.Attributes.Remove(attribute))));
        }

        // The list's leading trivia (indentation, comments above it) moves to what now starts the declaration.
        bool startsDeclaration = declaration.GetFirstToken() == list.GetFirstToken();
        var trimmed = declaration.RemoveNode(list, SyntaxRemoveOptions.KeepNoTrivia)!;
        if (startsDeclaration)
        {
            trimmed = trimmed.WithLeadingTrivia(list.GetLeadingTrivia());
        }

        return document.WithSyntaxRoot(root!.ReplaceNode(declaration, trimmed));
    }
}
