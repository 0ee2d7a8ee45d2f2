namespace L2Analyzers.Analyzers.Shared.Roles;

/// <summary>What a variable or member holds, as far as regularization is concerned.</summary>
internal enum ParameterRoleKind
{
    /// <summary>Not a trainable parameter or its gradient (momentum, averages, rates, anything else).</summary>
    None,

    /// <summary>A weight: <c>weights</c>, <c>ihWeights</c>, <c>W1</c>, <c>kernel</c>; for a member known to be a parameter, anything not shown to be another role.</summary>
    Weight,

    /// <summary>A bias (rule L2R002): <c>bias</c>, <c>hBiases</c>, <c>b2</c>; not <c>unbiased</c> or <c>biasCorrection</c>.</summary>
    Bias,

    /// <summary>A gradient: <c>grads</c>, <c>biasGrads</c>, <c>dW</c>.</summary>
    Gradient,

    /// <summary>A normalization gain or shift (rule L2R008): <c>lnGamma</c>, <c>bn1Weight</c>, <c>layerNormGain</c>.</summary>
    Normalization,
}

/// <summary>A role and the evidence for it, for messages: "its name says it is a bias".</summary>
internal readonly record struct ParameterRoleEvidence(ParameterRoleKind Role, string Reason)
{
    public static ParameterRoleEvidence Weight { get; } = new(ParameterRoleKind.Weight, string.Empty);
}
