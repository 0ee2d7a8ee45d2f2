using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace L2Analyzers.Reliability.Tests.Mutation;

/// <summary>Turns valid C# into what an editor sees mid-typing: truncated, with tokens missing or stray text inserted.</summary>
internal static class Mutator
{
    private static readonly string[] StrayText =
    [
        ";", ",", "(", ")", "{", "}", "[", "]", "=", ".", "@", "#", "\"", "'", "<", ">", "?", "!",
        "[L2(", "[L2(Mode = L2Mode.", "[L2(Mode = ", "[L2(Lambda = ", "[L2(Lambda = 0.", "[L2(Mode = L2Mode.WeightDecay, Lambda = ",
        "[DenseLayer(", "[DenseLayer(4, ", "[Network(typeof(", "[Network(", "typeof(", "L2Mode.", "1 -", "/*", "//", "\n}",
        "partial ", "static ", "[L2] ", "weight_decay: ", "torch.optim.", "w[i] -= ", "* w[i]", "-= 0.97 *",
    ];

    public static string Mutate(string source, Random random)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToArray();
        if (tokens.Length == 0)
        {
            return source;
        }

        var token = tokens[random.Next(tokens.Length)];
        return random.Next(4) switch
        {
            0 => source[..token.Span.End],
            1 => source.Remove(token.SpanStart, token.Span.Length),
            2 => source.Insert(token.SpanStart, StrayText[random.Next(StrayText.Length)]),
            _ => source.Insert(token.Span.End, " " + StrayText[random.Next(StrayText.Length)]),
        };
    }
}
