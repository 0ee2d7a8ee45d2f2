using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Conventions;

namespace L2Analyzers.Judgement;

/// <summary>
/// The plausible readings of a suspicious value, produced here only and filtered by <see cref="Acceptance"/>: a reading is
/// offered only when the site can be written that way and the analyzers would accept the result. When none is left, the
/// site's typical value, if it is accepted.
/// </summary>
internal static class Readings
{
    /// <summary>The accepted readings of <paramref name="setting"/>, the likeliest first.</summary>
    public static ImmutableArray<Reading> For(Setting setting, Wording words, SuspicionThresholds thresholds)
    {
        var accepted = Candidates(setting)
            .Where(reading => words.CanWrite(reading.Mode) && Acceptance.Accepts(setting.With(reading.Mode, reading.Lambda), thresholds))
            .Distinct()
            .ToImmutableArray();
        if (!accepted.IsEmpty)
        {
            return accepted;
        }

        return Typical(setting, setting.Mode, words, thresholds) is { } typical
            ? ImmutableArray.Create(typical)
            : ImmutableArray<Reading>.Empty;
    }

    /// <summary>The site's typical value in <paramref name="mode"/>, when the site takes that mode and accepts it.</summary>
    public static Reading? Typical(Setting setting, L2Mode mode, Wording words, SuspicionThresholds thresholds)
    {
        double typical = words.Typical(mode);
        return words.CanWrite(mode) && Acceptance.Accepts(setting.With(mode, typical), thresholds)
            ? new Reading(ReadingKind.Typical, mode, typical)
            : null;
    }

    /// <summary>
    /// A small DecayFactor was probably meant as the fraction removed (WeightDecay λ, DecayFactor 1 − λ) or as a penalty
    /// (GradientPenalty λ); a subtractive lambda below 1 as the fraction kept (DecayFactor λ, WeightDecay 1 − λ, or its own
    /// mode's lambda for removing 1 − λ at the known η).
    /// </summary>
    private static IEnumerable<Reading> Candidates(Setting setting)
    {
        double lambda = setting.Lambda;
        if (setting.Mode == L2Mode.DecayFactor)
        {
            yield return new Reading(ReadingKind.Remove, L2Mode.WeightDecay, lambda);
            yield return new Reading(ReadingKind.Remove, L2Mode.DecayFactor, 1 - lambda);
            yield return new Reading(ReadingKind.Penalty, L2Mode.GradientPenalty, lambda);
            yield break;
        }

        if (!(lambda < 1))
        {
            yield break;
        }

        yield return new Reading(ReadingKind.Keep, L2Mode.DecayFactor, lambda);
        yield return new Reading(ReadingKind.Keep, L2Mode.WeightDecay, 1 - lambda);
        if (setting.Mode != L2Mode.WeightDecay && LambdaConversion.FromDecayPerStep(setting.Mode, 1 - lambda, setting.LearningRate) is { } rescaled)
        {
            yield return new Reading(ReadingKind.Keep, setting.Mode, rescaled);
        }
    }
}
