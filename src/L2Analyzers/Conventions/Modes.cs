using System;
using System.Collections.Immutable;

namespace L2Analyzers.Conventions;

/// <summary>The four L2 conventions as messages name them: update formulas and typical values (docs/conventions.md, "The four modes").</summary>
internal static class Modes
{
    /// <summary>Every mode, in declaration order.</summary>
    public static readonly ImmutableArray<L2Mode> All = ImmutableArray.Create((L2Mode[])Enum.GetValues(typeof(L2Mode)));

    /// <summary>The enum member's name, as written in code: <c>WeightDecay</c>.</summary>
    public static string Name(L2Mode mode) => mode.ToString();

    /// <summary>The values practitioners use in this convention.</summary>
    public static string TypicalValues(L2Mode mode) => mode switch
    {
        L2Mode.GradientPenalty => "1e-5 … 0.1",
        L2Mode.WeightDecay => "1e-6 … 0.01",
        L2Mode.ScaledWeightDecay => "1e-4 … 0.1",
        _ => "0.9 … 0.99999",
    };
}
