using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>Turns judgements on lambdas found in code into L2R001, L2R003 and L2R004 diagnostics.</summary>
internal static class LambdaDiagnostics
{
    /// <summary>L2R001 for a suspicious value, L2R003 for an invalid one, null when it fits.</summary>
    /// <param name="judgement">The verdict and explanation.</param>
    /// <param name="location">Where the value is written.</param>
    /// <param name="what">The name of the value as written (<c>weightDecay</c>, <c>weight_decay</c>, λ).</param>
    /// <param name="value">The value.</param>
    /// <param name="convention">The convention in words with its formula.</param>
    public static Diagnostic? ForValue(Judgement judgement, Location location, string what, double value, string convention) =>
        judgement.Verdict switch
        {
            Verdict.Suspicious => Diagnostic.Create(
                Descriptors.LambdaSuspiciousForMode, location, what, Numbers.Format(value), convention, judgement.Explanation),
            Verdict.Invalid => Diagnostic.Create(
                Descriptors.LambdaInvalidForMode, location, what, Numbers.Format(value), convention, judgement.Explanation),
            _ => null,
        };

    /// <summary>L2R004 when η·λ ≥ 1, null otherwise.</summary>
    public static Diagnostic? ForStability(double learningRate, double lambda, Location location) =>
        LambdaJudgement.Instability(learningRate, lambda) is { } explanation
            ? Diagnostic.Create(Descriptors.UnstableWithLearningRate, location, explanation)
            : null;
}
