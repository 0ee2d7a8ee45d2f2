using L2Analyzers.Common;

namespace L2Analyzers.Conventions;

/// <summary>What a lambda does to the weights in one step, in plain words: "removes 97% of each weight per step and keeps 3%".</summary>
internal static class StepEffect
{
    public static string Describe(L2Mode mode, double lambda, LearningRate? learningRate)
    {
        switch (mode)
        {
            case L2Mode.WeightDecay:
                return $"removes {Numbers.Percent(lambda)} of each weight per step and keeps {Numbers.Percent(1 - lambda)}";
            case L2Mode.DecayFactor:
                return $"keeps {Numbers.Percent(lambda)} of each weight per step and removes {Numbers.Percent(1 - lambda)}";
            default:
                string prefix = mode == L2Mode.GradientPenalty
                    ? $"adds {Numbers.Format(lambda)}·w to each gradient, which under plain SGD removes "
                    : "removes ";
                return learningRate is { } eta
                    ? $"{prefix}η·λ = {Numbers.Percent(eta.Value * lambda)} of each weight per step at η = {Numbers.Format(eta.Value)} ({eta.Source})"
                    : $"{prefix}η·{Numbers.Percent(lambda)} of each weight per step (η the learning rate)";
        }
    }
}
