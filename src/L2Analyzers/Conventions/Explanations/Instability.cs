using L2Analyzers.Common;

namespace L2Analyzers.Conventions.Explanations;

/// <summary>Rule L2R004's explanation: η·λ, what 1 − η·λ does to every weight, and the largest stable lambda.</summary>
internal static class Instability
{
    public static string Explain(L2ModeKind mode, double lambda, LearningRate learningRate)
    {
        double product = learningRate.Value * lambda;
        double factor = 1 - product;
        string effect = product >= 2
            ? $"each step multiplies every weight by 1 − η·λ = {Numbers.Format(factor)}: the weights flip sign and grow, and training diverges"
            : $"each step multiplies every weight by 1 − η·λ = {Numbers.Format(factor)}, flipping its sign (at η·λ ≥ 2 training diverges)";
        return $"η·λ = {Numbers.Format(learningRate.Value)} × {Numbers.Format(lambda)} = {Numbers.Format(product)} with " +
            $"{Modes.WithFormula(mode)} and η from {learningRate.Source}: {effect}. Keep λ below 1/η = " +
            $"{Numbers.Format(1 / learningRate.Value)}; typical values are {Modes.TypicalValues(mode)}";
    }
}
