namespace L2Analyzers.TorchSharp;

/// <summary>What a TorchSharp parameter is, for L2: only weights are regularized.</summary>
internal enum TorchParameterRole
{
    /// <summary>A parameter with <c>dim() ≥ 2</c> outside normalization modules.</summary>
    Weight,

    /// <summary>A bias or any other 1-D (or scalar) parameter outside normalization modules.</summary>
    Bias,

    /// <summary>A parameter of LayerNorm, BatchNorm, GroupNorm, InstanceNorm or RMSNorm (gains and shifts).</summary>
    Normalization,
}
