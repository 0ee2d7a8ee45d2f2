namespace L2Analyzers.Analyzers.Attributes;

/// <summary>The roles that standard practice exempts from L2.</summary>
internal enum ParameterRoleKind
{
    /// <summary>A weight, or not known to be anything else.</summary>
    Weight,

    /// <summary>A bias (rule L2R002).</summary>
    Bias,

    /// <summary>A normalization gain or shift (rule L2R008).</summary>
    Normalization,
}

/// <summary>A member's role and the evidence for it, for messages: "its name says it is a bias".</summary>
internal readonly record struct ParameterRoleEvidence(ParameterRoleKind Role, string Reason)
{
    public static ParameterRoleEvidence Weight { get; } = new(ParameterRoleKind.Weight, string.Empty);
}
