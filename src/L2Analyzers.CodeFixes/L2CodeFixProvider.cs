using L2Analyzers.CodeFixes.FixAll;

namespace L2Analyzers.CodeFixes;

/// <summary>
/// The base of every L2Analyzers code fix: the rules it fixes (one provider per rule), the package's Fix All
/// (<see cref="KindFixAllProvider"/>), and one pass over the diagnostics with the document read once.
/// </summary>
public abstract class L2CodeFixProvider : CodeFixProvider
{
    private protected L2CodeFixProvider(params string[] ruleIds) => FixableDiagnosticIds = ImmutableArray.Create(ruleIds);

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => KindFixAllProvider.Instance;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            foreach (var fix in FixesFor(new FixSite(context.Document, root, model, diagnostic, node), context.CancellationToken))
            {
                context.RegisterCodeFix(fix, diagnostic);
            }
        }
    }

    /// <summary>The fixes of one diagnostic, the one Fix All applies by default first.</summary>
    private protected abstract IEnumerable<CodeAction> FixesFor(FixSite site, CancellationToken cancellationToken);
}

/// <summary>A diagnostic to fix, with its document as read when the fixes were asked for and the node it is reported on.</summary>
internal sealed record FixSite(Document Document, SyntaxNode Root, SemanticModel Model, Diagnostic Diagnostic, SyntaxNode Node)
{
    /// <summary>The document with <paramref name="oldNode"/> replaced.</summary>
    public Task<Document> ReplaceAsync(SyntaxNode oldNode, SyntaxNode newNode) =>
        Task.FromResult(Document.WithSyntaxRoot(Root.ReplaceNode(oldNode, newNode)));
}
