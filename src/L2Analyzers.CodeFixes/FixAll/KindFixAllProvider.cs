using Microsoft.CodeAnalysis.Text;

namespace L2Analyzers.CodeFixes.FixAll;

/// <summary>
/// Fix All for the package's providers: every finding in scope gets its fix of the chosen kind (the equivalence key of
/// the action Fix All was started from). When no finding in scope offers that kind, each finding gets its first fix:
/// this is what a client does that starts Fix All from an arbitrary finding of the analyzer, possibly of another rule
/// (<c>dotnet format analyzers</c> probes the first diagnostic of the analyzers that report the rule). Edits of
/// different findings merge into each document; an edit that overlaps one already taken is left for the next run.
/// </summary>
internal sealed class KindFixAllProvider : FixAllProvider
{
    private KindFixAllProvider()
    {
    }

    /// <summary>The one instance every provider returns from <see cref="CodeFixProvider.GetFixAllProvider"/>.</summary>
    public static FixAllProvider Instance { get; } = new KindFixAllProvider();

    /// <inheritdoc />
    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var cancellationToken = fixAllContext.CancellationToken;
        var fixes = new List<(Document Document, ImmutableArray<CodeAction> Actions)>();
        foreach (var (document, diagnostics) in await DiagnosticsInScopeAsync(fixAllContext).ConfigureAwait(false))
        {
            // A client may pass diagnostics computed before another fix changed the document: their spans no longer hold.
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in diagnostics.Where(d => d.Location.SourceTree == tree).OrderBy(d => d.Location.SourceSpan.Start))
            {
                var actions = await ActionsAsync(fixAllContext.CodeFixProvider, document, diagnostic, cancellationToken).ConfigureAwait(false);
                if (!actions.IsEmpty)
                {
                    fixes.Add((document, actions));
                }
            }
        }

        string? key = fixAllContext.CodeActionEquivalenceKey;
        bool kindOffered = fixes.Any(fix => fix.Actions.Any(action => action.EquivalenceKey == key));
        var solution = fixAllContext.Solution;
        foreach (var group in fixes.GroupBy(fix => fix.Document.Id))
        {
            var document = solution.GetDocument(group.Key)!;
            var chosen = group
                .Select(fix => kindOffered ? fix.Actions.FirstOrDefault(action => action.EquivalenceKey == key) : fix.Actions[0])
                .Where(action => action is not null);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var merged = await MergeAsync(document, chosen!, cancellationToken).ConfigureAwait(false);
            if (merged.Count > 0)
            {
                solution = solution.WithDocumentText(document.Id, text.WithChanges(merged));
            }
        }

        return solution == fixAllContext.Solution
            ? null
            : CodeAction.Create(FixAllTitle(fixAllContext), _ => Task.FromResult(solution), key);
    }

    private static string FixAllTitle(FixAllContext context) => context.Scope switch
    {
        FixAllScope.Document => "Fix all in document",
        FixAllScope.Project => "Fix all in project",
        _ => "Fix all in solution",
    };

    /// <summary>The fixes the provider registers for one diagnostic, in its order.</summary>
    private static async Task<ImmutableArray<CodeAction>> ActionsAsync(
        CodeFixProvider provider, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await provider.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions.ToImmutable();
    }

    /// <summary>
    /// The text changes of <paramref name="actions"/> on <paramref name="document"/>: an action's changes are taken
    /// whole, or not at all when one of them overlaps a change already taken (identical changes, such as the same
    /// <c>using</c> added twice, count once).
    /// </summary>
    private static async Task<List<TextChange>> MergeAsync(Document document, IEnumerable<CodeAction> actions, CancellationToken cancellationToken)
    {
        var taken = new List<TextChange>();
        foreach (var action in actions)
        {
            var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
            if (operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution.GetDocument(document.Id) is not { } changed)
            {
                continue;
            }

            var changes = (await changed.GetTextChangesAsync(document, cancellationToken).ConfigureAwait(false))
                .Where(change => !taken.Contains(change))
                .ToList();
            if (!changes.Any(change => taken.Any(other => Overlap(change.Span, other.Span))))
            {
                taken.AddRange(changes);
            }
        }

        return taken.OrderBy(change => change.Span.Start).ToList();
    }

    // Two edits at the same position (two insertions, or an insertion before a replacement) conflict too.
    private static bool Overlap(TextSpan a, TextSpan b) => a.Start == b.Start || a.Start < b.End && b.Start < a.End;

    /// <summary>The documents in the Fix All scope that hold diagnostics to fix, with those diagnostics.</summary>
    private static async Task<IEnumerable<(Document Document, ImmutableArray<Diagnostic> Diagnostics)>> DiagnosticsInScopeAsync(FixAllContext context)
    {
        if (context.Scope is FixAllScope.Document && context.Document is { } single)
        {
            return new[] { (single, await context.GetDocumentDiagnosticsAsync(single).ConfigureAwait(false)) };
        }

        var projects = context.Scope is FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
        var result = new List<(Document, ImmutableArray<Diagnostic>)>();
        foreach (var project in projects)
        {
            foreach (var document in project.Documents)
            {
                var diagnostics = await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                if (!diagnostics.IsEmpty)
                {
                    result.Add((document, diagnostics));
                }
            }
        }

        return result;
    }
}
