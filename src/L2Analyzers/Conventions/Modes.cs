using System.Collections.Immutable;
using L2Analyzers.Common;

namespace L2Analyzers.Conventions;

/// <summary>The four L2 conventions: names, update formulas and typical values (l2-conventions.md §1).</summary>
internal static class Modes
{
    /// <summary>Every mode, in declaration order.</summary>
    public static readonly ImmutableArray<L2ModeKind> All = ImmutableArray.Create(
        L2ModeKind.GradientPenalty, L2ModeKind.WeightDecay, L2ModeKind.ScaledWeightDecay, L2ModeKind.DecayFactor);

    /// <summary>The enum member's name, as written in code: <c>WeightDecay</c>.</summary>
    public static string Name(L2ModeKind mode) => mode switch
    {
        L2ModeKind.GradientPenalty => "GradientPenalty",
        L2ModeKind.WeightDecay => "WeightDecay",
        L2ModeKind.ScaledWeightDecay => "ScaledWeightDecay",
        _ => "DecayFactor",
    };

    /// <summary>One plain-SGD step's regularization part.</summary>
    public static string Formula(L2ModeKind mode) => mode switch
    {
        L2ModeKind.GradientPenalty => "g ← g + λ·w",
        L2ModeKind.WeightDecay => "w ← w − λ·w",
        L2ModeKind.ScaledWeightDecay => "w ← w − η·λ·w",
        _ => "w ← λ·w",
    };

    /// <summary>The mode with its formula, as rule messages name a convention: <c>L2Mode.WeightDecay (w ← w − λ·w)</c>.</summary>
    public static string WithFormula(L2ModeKind mode) => $"L2Mode.{Name(mode)} ({Formula(mode)})";

    /// <summary>The values practitioners use in this convention.</summary>
    public static string TypicalValues(L2ModeKind mode) => mode switch
    {
        L2ModeKind.GradientPenalty => "1e-5 … 0.1",
        L2ModeKind.WeightDecay => "1e-6 … 0.01",
        L2ModeKind.ScaledWeightDecay => "1e-4 … 0.1",
        _ => "0.9 … 0.99999",
    };

    /// <summary>Whether the weights shrink by η·λ per step (GradientPenalty under plain SGD, ScaledWeightDecay).</summary>
    public static bool ScalesWithLearningRate(L2ModeKind mode) =>
        mode is L2ModeKind.GradientPenalty or L2ModeKind.ScaledWeightDecay;
}
