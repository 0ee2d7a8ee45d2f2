namespace L2Analyzers.Common;

/// <summary>Mirror of the runtime's <c>L2Mode</c> (the analyzer assembly cannot reference the runtime).</summary>
internal enum L2ModeKind
{
    GradientPenalty = 0,
    WeightDecay = 1,
    ScaledWeightDecay = 2,
    DecayFactor = 3,
}
