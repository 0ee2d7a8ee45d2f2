using L2Analyzers.Conventions;

namespace L2Analyzers.Judgement;

/// <summary>What a setting does to the weights in one step, as a message's predicate: "removes 97% of each weight per step".</summary>
internal static class Effects
{
    /// <summary>The predicate for <paramref name="setting"/>, naming η as <paramref name="words"/> do.</summary>
    public static string Describe(Setting setting, Wording words)
    {
        double lambda = setting.Lambda;
        string eta = words.LearningRate;
        string fraction = setting.DecayPerStep is { } decay && setting.LearningRate is { } known
            ? $"{Numbers.Percent(decay)} of each weight per step at {eta} = {Numbers.Format(known)}"
            : $"{eta}·{Numbers.Percent(lambda)} of each weight per step";
        return setting.Mode switch
        {
            L2Mode.WeightDecay => $"removes {Numbers.Percent(lambda)} of each weight per step",
            L2Mode.DecayFactor when lambda < 0.5 => $"keeps only {Numbers.Percent(lambda)} of each weight per step",
            L2Mode.DecayFactor => $"removes {Numbers.Percent(1 - lambda)} of each weight per step",
            L2Mode.GradientPenalty when setting.AdaptiveOptimizer => $"adds {Numbers.Format(lambda)}·w to each gradient",
            L2Mode.GradientPenalty => $"adds {Numbers.Format(lambda)}·w to each gradient, removing {fraction}",
            _ => "removes " + fraction,
        };
    }

    /// <summary>A fix title's meaning of writing <paramref name="setting"/>: "Keep 97% per step".</summary>
    public static string Title(Setting setting, Wording words)
    {
        string eta = words.LearningRate;
        return setting.Mode switch
        {
            L2Mode.WeightDecay => $"Remove {Numbers.Percent(setting.Lambda)} per step",
            L2Mode.DecayFactor => $"Keep {Numbers.Percent(setting.Lambda)} per step",
            _ when setting.DecayPerStep is { } decay && setting.LearningRate is { } known =>
                $"Remove {Numbers.Percent(decay)} per step at {eta} = {Numbers.Format(known)}",
            L2Mode.GradientPenalty => $"Gradient penalty {Numbers.Format(setting.Lambda)}",
            _ => $"Remove {eta}·{Numbers.Percent(setting.Lambda)} per step",
        };
    }
}
