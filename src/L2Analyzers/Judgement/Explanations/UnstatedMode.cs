using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.Judgement.Explanations;

/// <summary>
/// Rule L2R007: what the lambda means as the default GradientPenalty, and one fix per mode whose result would be accepted
/// (every mode when the lambda is not a constant).
/// </summary>
internal static class UnstatedMode
{
    /// <summary>Modes in the order a fix list offers them: the default first.</summary>
    private static readonly ImmutableArray<L2Mode> DefaultOrder = ImmutableArray.Create(
        L2Mode.GradientPenalty, L2Mode.ScaledWeightDecay, L2Mode.WeightDecay, L2Mode.DecayFactor);

    public static Finding Judge(L2Use use, SuspicionThresholds thresholds)
    {
        if (!use.LambdaStated)
        {
            var zero = use with { Lambda = 0 };
            return Create(
                "[L2] states neither Mode nor Lambda, so it is GradientPenalty with λ = 0, which regularizes nothing.",
                "State both, such as Mode = GradientPenalty, Lambda = 0.03.",
                Accepted(zero, thresholds).Select(mode => Change(mode, null)));
        }

        if (use.Lambda is not { } lambda)
        {
            return Create(
                "[L2] does not state its Mode, so Lambda is read as GradientPenalty (g ← g + λ·w).",
                "State the convention Lambda is written in.",
                DefaultOrder.Select(mode => Change(mode, null)));
        }

        var modes = Accepted(use, thresholds);
        string value = Numbers.Format(lambda);
        string effect = $"[L2] without Mode reads {value} as GradientPenalty: it {Effects.Describe(use.In(L2Mode.GradientPenalty)!.Value, use.Words)}.";
        string advice = modes.IsEmpty
            ? $"No mode makes {value} plausible; state the Mode and a typical Lambda."
            : $"State its convention: {string.Join(" or ", modes.Take(2).Select(mode => $"Mode = {Modes.Name(mode)} ({Meaning(use.In(mode)!.Value)})"))}.";
        return Create(effect, advice, modes.Select(mode => Change(mode, Meaning(use.In(mode)!.Value))));
    }

    /// <summary>The modes in which the use's constant lambda would be accepted.</summary>
    private static ImmutableArray<L2Mode> Accepted(L2Use use, SuspicionThresholds thresholds) =>
        DefaultOrder.Where(mode => Acceptance.Accepts(use.In(mode)!.Value, thresholds)).ToImmutableArray();

    private static Finding Create(string effect, string advice, System.Collections.Generic.IEnumerable<ModeChange> changes) =>
        Finding.Of(Descriptors.ModeNotStated, FindingTarget.Whole, effect, advice, changes.ToArray());

    private static ModeChange Change(L2Mode mode, string? meaning) => new(
        RuleIds.ModeNotStated + "." + Modes.Name(mode),
        $"State the mode: Mode = {Modes.Name(mode)}{(meaning is null ? string.Empty : $" ({meaning})")}",
        mode,
        null);

    private static string Meaning(Setting setting) => setting.Mode switch
    {
        L2Mode.WeightDecay => $"remove {Numbers.Percent(setting.Lambda)} per step",
        L2Mode.DecayFactor => $"keep {Numbers.Percent(setting.Lambda)} per step",
        L2Mode.GradientPenalty => "the default",
        _ => setting.DecayPerStep is { } decay ? $"remove {Numbers.Percent(decay)} per step" : "decoupled, as AdamW",
    };
}
