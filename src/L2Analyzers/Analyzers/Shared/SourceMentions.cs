using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Shared;

/// <summary>
/// The cheapest early return: whether the project's source text mentions what an analyzer looks for. It reads only the
/// text, not the syntax or the symbols: in a project of 2,000 files that does not use L2Analyzers, walking the syntax at
/// the start of an analysis cost an analyzer 0.4 s (most likely building syntax nodes the compiler had not built yet), reading
/// the text 2–9 ms (docs/performance.md).
/// </summary>
internal static class SourceMentions
{
    /// <summary>Whether the text of any syntax tree of <paramref name="compilation"/> contains one of <paramref name="fragments"/>.</summary>
    public static bool Any(Compilation compilation, CancellationToken cancellationToken, params string[] fragments)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            string text = tree.GetText(cancellationToken).ToString();
            foreach (string fragment in fragments)
            {
                if (text.IndexOf(fragment, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
