using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.Judgement.Explanations;

/// <summary>Rule L2R004: η·λ, what 1 − η·λ does to every weight, and the largest stable value.</summary>
internal static class Instability
{
    public static Finding Judge(Setting setting, double learningRate, Wording words)
    {
        double product = learningRate * setting.Lambda;
        string eta = words.LearningRate;
        string effect = $"{words.Subject(setting.Mode, setting.Lambda)} at {eta} = {Numbers.Format(learningRate)} gives " +
            $"{eta}·λ = {Numbers.Format(product)}: {WeightFactor.Effect(string.Empty, product)}.";
        string advice = $"Keep {words.ValueName} below 1/{eta} = {Numbers.Format(1 / learningRate)}; typical values are {Modes.TypicalValues(setting.Mode)}.";
        return Finding.Of(Descriptors.UnstableWithLearningRate, FindingTarget.Lambda, effect, advice);
    }
}
