using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.Judgement.Explanations;

/// <summary>Rule L2R003: what the invalid lambda does to the weights, and the valid range.</summary>
internal static class InvalidLambda
{
    /// <summary>The finding, or null when <paramref name="lambda"/> is valid; a null mode checks what no mode accepts.</summary>
    public static Finding? Judge(L2Mode? mode, double lambda, Wording words)
    {
        string? problem = mode is { } known ? LambdaValidity.Problem(known, lambda) : LambdaValidity.AnyModeProblem(lambda);
        return problem is null
            ? null
            : Finding.Of(
                Descriptors.LambdaInvalidForMode,
                FindingTarget.Lambda,
                $"{words.Subject(mode, lambda)} is invalid: {problem}.",
                $"Valid range: {words.ValidRange(mode)}.");
    }
}
