namespace L2Analyzers;

/// <summary>What a parameter tensor is for; decides whether L2 may apply to it.</summary>
public enum ParameterRole
{
    /// <summary>A weight matrix: regularized when its layer says so.</summary>
    Weight = 0,

    /// <summary>A bias vector: never regularized (it sets an offset, not the model's complexity).</summary>
    Bias = 1,
}
