using L2Analyzers.Common;

namespace L2Analyzers.Conventions.Explanations;

/// <summary>Rule L2R004's explanation: η·λ, what 1 − η·λ does to every weight, and the largest stable lambda.</summary>
internal static class Instability
{
    public static string Explain(L2Mode mode, double lambda, LearningRate learningRate)
    {
        double product = learningRate.Value * lambda;
        string effect = WeightFactor.Effect("1 − η·λ", product) + Consequence(product);
        return $"η·λ = {Numbers.Format(learningRate.Value)} × {Numbers.Format(lambda)} = {Numbers.Format(product)} with " +
            $"{Modes.WithFormula(mode)} and η from {learningRate.Source}: {effect}. Keep λ below 1/η = " +
            $"{Numbers.Format(1 / learningRate.Value)}; typical values are {Modes.TypicalValues(mode)}";
    }

    /// <summary>What the product means for training: nothing to add at η·λ = 1, the limit below 2, divergence from 2 on.</summary>
    private static string Consequence(double product)
    {
        if (Numbers.SameWhenWritten(product, 1))
        {
            return "";
        }

        return product < 2 && !Numbers.SameWhenWritten(product, 2) ? " (at η·λ ≥ 2 training diverges)" : ", and training diverges";
    }
}
