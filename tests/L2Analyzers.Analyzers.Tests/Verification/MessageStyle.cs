using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Tests.Verification;

/// <summary>
/// The house rule for diagnostic messages (at most two sentences and 250 characters), checked on every diagnostic the
/// verifiers of this suite see: each test class's verifier passes what the analyzers report through <see cref="Check"/>.
/// </summary>
internal static partial class MessageStyle
{
    public const int MaxLength = 250;

    public const int MaxSentences = 2;

    /// <summary>The number of sentences: terminators followed by a space or the end, plus an unterminated last one.</summary>
    public static int Sentences(string message)
    {
        string trimmed = message.Trim();
        int terminated = Terminator().Matches(trimmed).Count;
        return trimmed.Length == 0 ? 0 : terminated + (Terminator().IsMatch(trimmed[^1..]) ? 0 : 1);
    }

    /// <summary>Why <paramref name="message"/> breaks the rule, or null.</summary>
    public static string? Problem(string message)
    {
        if (message.Length > MaxLength)
        {
            return $"{message.Length} characters (at most {MaxLength})";
        }

        int sentences = Sentences(message);
        return sentences > MaxSentences ? $"{sentences} sentences (at most {MaxSentences})" : null;
    }

    /// <summary>Checks what a verifier reports (<see cref="Check(IEnumerable{Diagnostic})"/>) and returns it unchanged.</summary>
    public static ImmutableArray<(Project Project, Diagnostic Diagnostic)> Check(ImmutableArray<(Project Project, Diagnostic Diagnostic)> diagnostics)
    {
        Check(diagnostics.Select(pair => pair.Diagnostic));
        return diagnostics;
    }

    /// <summary>Throws for the first diagnostic of an L2 rule whose message breaks the rule.</summary>
    public static void Check(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id.StartsWith("L2", StringComparison.Ordinal) &&
                Problem(diagnostic.GetMessage(CultureInfo.InvariantCulture)) is { } problem)
            {
                throw new InvalidOperationException($"{diagnostic.Id} message has {problem}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
            }
        }
    }

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex Terminator();
}
