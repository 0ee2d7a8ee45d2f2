namespace L2Analyzers.Common.Definitions;

/// <summary>A valid L2 setting compiled into generated code: a defined mode and a lambda in its valid range.</summary>
internal readonly record struct CompiledL2(L2Mode Mode, double Lambda)
{
    /// <summary>The factor a decoupled mode that does not depend on η multiplies the weights by: 1 − λ (WeightDecay) or λ (DecayFactor).</summary>
    public double Retention => Mode == L2Mode.WeightDecay ? 1 - Lambda : Lambda;
}
