using L2Analyzers.Common;
using static L2Analyzers.Analyzers.Loops.Numbers;

namespace L2Analyzers.Analyzers.Loops;

/// <summary>How a lambda fits its convention.</summary>
internal enum Verdict
{
    Fits,
    Suspicious,
    Invalid,
}

/// <summary>A verdict on a lambda and, unless it fits, what the value does in plain words and what was probably meant.</summary>
internal readonly record struct Judgement(Verdict Verdict, string Explanation)
{
    public static readonly Judgement Fits = new(Verdict.Fits, string.Empty);
}

/// <summary>
/// Judges a lambda found in code against the convention the code writes it in (l2-conventions.md §1 and §3) and
/// explains it. Typical ranges: gradient penalty 1e-5 … 0.1, weight decay 1e-6 … 1e-2, retention factor 0.9 … 0.99999,
/// decoupled decay scaled by the learning rate 1e-4 … 0.1.
/// </summary>
internal static class LambdaJudgement
{
    private const string DecayRange = "a weight decay must lie in [0, 1), typically 1e-6 … 1e-2";
    private const string RetentionRange = "a retention factor must lie in (0, 1], typically 0.9 … 0.99999";

    /// <summary>The convention in words, with its formula, as the diagnostics name it.</summary>
    public static string Describe(L2ModeKind mode) => mode switch
    {
        L2ModeKind.GradientPenalty => "a gradient penalty (g ← g + λ·w)",
        L2ModeKind.WeightDecay => "a weight decay (w ← w − λ·w)",
        L2ModeKind.ScaledWeightDecay => "a decoupled decay scaled by the learning rate (w ← w − η·λ·w)",
        _ => "a retention factor (w ← ρ·w)",
    };

    /// <summary>The usual symbol of the convention's lambda: ρ for a retention factor, λ otherwise.</summary>
    public static string Symbol(L2ModeKind mode) => mode == L2ModeKind.DecayFactor ? "ρ" : "λ";

    /// <summary>Judges <paramref name="lambda"/> as written in <paramref name="mode"/>.</summary>
    public static Judgement Judge(L2ModeKind mode, double lambda)
    {
        if (double.IsNaN(lambda) || double.IsInfinity(lambda))
        {
            return Invalid($"{Symbol(mode)} must be a finite number");
        }

        return mode switch
        {
            L2ModeKind.GradientPenalty => JudgePenalty(lambda),
            L2ModeKind.WeightDecay => JudgeDecay(lambda),
            L2ModeKind.ScaledWeightDecay => lambda < 0
                ? Invalid("a negative decay grows every weight; it must be ≥ 0, typically 1e-4 … 0.1")
                : Judgement.Fits,
            _ => JudgeRetention(lambda),
        };
    }

    /// <summary>
    /// Explains why a plain SGD step with learning rate <paramref name="learningRate"/> and coupled penalty (or scaled
    /// decay) <paramref name="lambda"/> is unstable, or returns null when η·λ &lt; 1.
    /// </summary>
    public static string? Instability(double learningRate, double lambda)
    {
        double product = learningRate * lambda;
        if (!(product >= 1))
        {
            return null;
        }

        string effect = product switch
        {
            1 => "every weight is set to 0",
            < 2 => "every weight flips sign every step",
            2 => "every weight flips sign every step without shrinking",
            _ => "the weights flip sign and grow, so training diverges",
        };
        return $"η·λ = {Format(learningRate)} × {Format(lambda)} = {Format(product)}, so each step multiplies every weight by 1 − η·λ = {Format(1 - product)}: {effect}; keep η·λ well below 1";
    }

    private static Judgement JudgePenalty(double lambda)
    {
        if (lambda < 0)
        {
            return Invalid("a negative penalty pushes every weight away from 0, so the weights grow; λ must be ≥ 0, typically 1e-5 … 0.1");
        }

        if (lambda < 0.5)
        {
            return Judgement.Fits;
        }

        string text = $"it adds {Format(lambda)}·w to every gradient, far above the usual 1e-5 … 0.1, so the penalty can outweigh the data; with learning rate η each plain SGD step keeps (1 − η·{Format(lambda)}) of each weight";
        if (lambda < 1)
        {
            text += $". If {Format(lambda)} was meant as a retention factor, the matching penalty is (1 − {Format(lambda)})/η = {Format(1 - lambda)}/η";
        }

        return Suspicious(text);
    }

    private static Judgement JudgeDecay(double lambda)
    {
        if (lambda < 0)
        {
            return Invalid($"a negative decay grows every weight by {Percent(-lambda)} per step; {DecayRange}");
        }

        if (lambda == 1)
        {
            return Invalid($"it removes all of each weight every step (w ← 0·w); {DecayRange}");
        }

        if (lambda > 1)
        {
            string growing = lambda > 2 ? " and growing it" : string.Empty;
            return Invalid($"it removes more than all of each weight per step (w ← {Format(1 - lambda)}·w), flipping its sign{growing}; {DecayRange}");
        }

        return lambda < 0.5
            ? Judgement.Fits
            : Suspicious($"it removes {Percent(lambda)} of each weight per step and keeps {Percent(1 - lambda)}; as a retention factor it would keep {Percent(lambda)}. Equivalent values: a retention factor w ← {Format(1 - lambda)}·w (the same update), or, if {Format(lambda)} was meant as a retention factor, w ← {Format(lambda)}·w, which is a weight decay of {Format(1 - lambda)}");
    }

    private static Judgement JudgeRetention(double rho)
    {
        if (rho > 1)
        {
            return Invalid($"it grows every weight by {Percent(rho - 1)} per step; {RetentionRange}");
        }

        if (rho == 0)
        {
            return Invalid($"it sets every weight to 0 every step; {RetentionRange}");
        }

        if (rho < 0)
        {
            return Invalid($"it flips the sign of every weight every step; {RetentionRange}");
        }

        return rho >= 0.5
            ? Judgement.Fits
            : Suspicious($"it keeps only {Percent(rho)} of each weight per step and removes {Percent(1 - rho)}; it looks like a decay amount. Equivalent values: a weight decay of {Format(1 - rho)} (w ← w − {Format(1 - rho)}·w, the same update), or, if {Format(rho)} was meant as the amount to remove, w ← {Format(1 - rho)}·w");
    }

    private static Judgement Invalid(string explanation) => new(Verdict.Invalid, explanation);

    private static Judgement Suspicious(string explanation) => new(Verdict.Suspicious, explanation);
}
