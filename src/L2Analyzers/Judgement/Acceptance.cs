using L2Analyzers.Conventions;

namespace L2Analyzers.Judgement;

/// <summary>
/// The one judgement of a value (docs/configuration.md, "How a value is judged"), used by every rule and every fix: a
/// setting is accepted iff it is valid, its decay per step d is at most <see cref="SuspicionThresholds.MaxDecayPerStep"/>
/// when d is known, and its raw lambda does not cross its mode's threshold — except ScaledWeightDecay with a known η
/// (AdamW's weight_decay), which d alone judges. Rule L2R001 reports a valid setting that is not accepted; a reading or
/// a fix is offered only when its result is accepted.
/// </summary>
internal static class Acceptance
{
    /// <summary>Whether <paramref name="setting"/> is accepted.</summary>
    public static bool Accepts(Setting setting, SuspicionThresholds thresholds) =>
        setting.IsValid && IsPlausible(setting, thresholds);

    /// <summary>Whether a valid <paramref name="setting"/> is suspicious (rule L2R001).</summary>
    public static bool IsSuspicious(Setting setting, SuspicionThresholds thresholds) =>
        setting.IsValid && !IsPlausible(setting, thresholds);

    private static bool IsPlausible(Setting setting, SuspicionThresholds thresholds)
    {
        var decay = setting.DecayPerStep;
        if (decay > thresholds.MaxDecayPerStep)
        {
            return false;
        }

        return (setting.Mode == L2Mode.ScaledWeightDecay && decay is not null) || !thresholds.IsSuspicious(setting.Mode, setting.Lambda);
    }
}
