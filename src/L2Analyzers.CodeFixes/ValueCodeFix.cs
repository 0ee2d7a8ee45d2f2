using System.Globalization;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Conventions;
using L2Analyzers.Judgement;
using Microsoft.CodeAnalysis.Formatting;

namespace L2Analyzers.CodeFixes;

/// <summary>
/// Offers each accepted reading of a suspicious constant in a hand-written loop or a TorchSharp call (L2R001) as its
/// own fix: a new value in place of the constant, or, for a simple compound assignment, the statement in the other form
/// (<c>w[i] -= 0.97 * w[i]</c> becomes <c>w[i] *= 0.97</c>); a constant reported at its declaration (read by loops,
/// runtime calls or TorchSharp optimizers) gets its new value there. Offered by <see cref="ModeChangeCodeFixProvider"/>, L2R001's one provider, with the same keys as the
/// attribute fixes, so one Fix All applies a kind of reading at every site.
/// </summary>
internal static class ValueCodeFix
{
    /// <summary>The fixes of a value site (a diagnostic marked <see cref="ValueRewrite.WrittenMode"/>).</summary>
    public static IEnumerable<CodeAction> For(FixSite site)
    {
        if (!site.Diagnostic.Properties.TryGetValue(ValueRewrite.WrittenMode, out var writtenText) ||
            !int.TryParse(writtenText, NumberStyles.None, CultureInfo.InvariantCulture, out int written) ||
            site.Node is not ExpressionSyntax constant ||
            !ValueRewrite.CanReplace(constant))
        {
            yield break;
        }

        foreach (var change in ModeChanges.FromProperties(site.Diagnostic.Properties))
        {
            if (Rewrite(constant, (L2Mode)written, change) is { } replacement)
            {
                yield return CodeAction.Create(change.Title, _ => site.ReplaceAsync(replacement.Old, replacement.New), change.Key);
            }
        }
    }

    /// <summary>The node to replace and its replacement, or null when the change cannot be written here.</summary>
    private static (SyntaxNode Old, SyntaxNode New)? Rewrite(ExpressionSyntax constant, L2Mode written, ModeChange change)
    {
        if (change.Lambda is not { } lambda)
        {
            return null;
        }

        var value = SyntaxFactory.ParseExpression(Numbers.Literal(lambda) + Suffix(constant));
        if (change.Mode == written)
        {
            return (constant, value.WithTriviaFrom(constant));
        }

        if (ValueRewrite.FormTarget(constant, written) is not { Parent: AssignmentExpressionSyntax assignment } target)
        {
            return null;
        }

        var variable = target.WithoutTrivia();
        var rewritten = change.Mode switch
        {
            L2Mode.DecayFactor => SyntaxFactory.AssignmentExpression(SyntaxKind.MultiplyAssignmentExpression, variable, value),
            L2Mode.WeightDecay => SyntaxFactory.AssignmentExpression(
                SyntaxKind.SubtractAssignmentExpression, variable, SyntaxFactory.BinaryExpression(SyntaxKind.MultiplyExpression, value, variable)),
            _ => null,
        };
        return rewritten is null ? null : (assignment, rewritten.WithTriviaFrom(assignment).WithAdditionalAnnotations(Formatter.Annotation));
    }

    /// <summary>The type suffix of the constant's literals (<c>f</c> of <c>0.97f</c>, <c>m</c> of <c>0.97m</c>), so the new value keeps its type.</summary>
    private static string Suffix(ExpressionSyntax constant)
    {
        foreach (var token in constant.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.NumericLiteralToken))
            {
                string text = token.Text;
                int end = text.Length;
                while (end > 0 && "fFdDmM".IndexOf(text[end - 1]) >= 0)
                {
                    end--;
                }

                return text.Substring(end).ToLowerInvariant();
            }
        }

        return string.Empty;
    }
}
