using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Common;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.Conventions.Explanations;

/// <summary>Rule L2R007's explanation and fixes: what the lambda would mean in each mode, and one fix per mode.</summary>
internal static class UnstatedMode
{
    /// <summary>Modes in the order a fix list offers them when nothing else decides: the default first.</summary>
    private static readonly ImmutableArray<L2Mode> DefaultOrder = ImmutableArray.Create(
        L2Mode.GradientPenalty, L2Mode.ScaledWeightDecay, L2Mode.WeightDecay, L2Mode.DecayFactor);

    /// <param name="lambda">The constant lambda, or null when it is not a constant.</param>
    /// <param name="lambdaStated">Whether <c>Lambda = …</c> is written at all (unwritten means 0).</param>
    /// <param name="learningRate">The learning rate, when known, to say what the η-scaled modes do per step.</param>
    public static string Explain(double? lambda, bool lambdaStated, LearningRate? learningRate)
    {
        if (!lambdaStated)
        {
            return "without Mode and Lambda it is GradientPenalty with λ = 0, which regularizes nothing; state both";
        }

        if (lambda is not { } value)
        {
            return $"it defaults to {Modes.WithFormula(L2Mode.GradientPenalty)}; state the convention Lambda is written in";
        }

        var meanings = Modes.All
            .Where(mode => LambdaValidity.Problem(mode, value) is null)
            .Select(mode => $"as {Modes.Name(mode)}{(mode == L2Mode.GradientPenalty ? " (the default)" : string.Empty)} it {StepEffect.Describe(mode, value, learningRate)}");
        return $"Lambda = {Numbers.Format(value)} means different things: {string.Join("; ", meanings)}";
    }

    /// <summary>One fix per mode that accepts the lambda, modes it looks plausible in first.</summary>
    public static ImmutableArray<ModeChange> Fixes(double? lambda, bool lambdaStated, SuspicionThresholds thresholds)
    {
        double? value = lambdaStated ? lambda : 0;
        var modes = value is { } known
            ? DefaultOrder
                .Where(mode => LambdaValidity.Problem(mode, known) is null)
                .OrderBy(mode => thresholds.IsSuspicious(mode, known))
            : DefaultOrder.AsEnumerable();
        return modes.Select(mode => Fix(mode, value)).ToImmutableArray();
    }

    private static ModeChange Fix(L2Mode mode, double? lambda)
    {
        string meaning = lambda is { } value ? $" ({Meaning(mode, value)})" : string.Empty;
        return new ModeChange(
            RuleIds.ModeNotStated + "." + Modes.Name(mode),
            $"State the mode: Mode = {Modes.Name(mode)}{meaning}",
            mode,
            null);
    }

    private static string Meaning(L2Mode mode, double lambda) => mode switch
    {
        L2Mode.WeightDecay => $"decay {Numbers.Percent(lambda)} per step",
        L2Mode.DecayFactor => $"keep {Numbers.Percent(lambda)} per step",
        L2Mode.GradientPenalty => $"add {Numbers.Format(lambda)}·w to the gradient",
        _ => $"decay η·{Numbers.Percent(lambda)} per step",
    };
}
