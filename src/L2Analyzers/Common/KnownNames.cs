namespace L2Analyzers.Common;

/// <summary>
/// Metadata names of the runtime types and members the analyzers and the generator look for; those of
/// L2Analyzers.Abstractions are taken from its types, the runtime's (which the analyzers cannot reference) are written out.
/// </summary>
internal static class KnownNames
{
    private const string Namespace = "L2Analyzers.";

    public const string L2Attribute = Namespace + nameof(global::L2Analyzers.L2Attribute);
    public const string L2Mode = Namespace + nameof(global::L2Analyzers.L2Mode);
    public const string NetworkAttribute = Namespace + nameof(global::L2Analyzers.NetworkAttribute);
    public const string DenseLayerAttribute = Namespace + nameof(global::L2Analyzers.DenseLayerAttribute);
    public const string BiasAttribute = Namespace + nameof(global::L2Analyzers.BiasAttribute);
    public const string NormalizationParameterAttribute = Namespace + nameof(global::L2Analyzers.NormalizationParameterAttribute);
    public const string OptimizerKind = Namespace + nameof(global::L2Analyzers.OptimizerKind);
    public const string ParameterRole = "L2Analyzers.ParameterRole";
    public const string Parameter = "L2Analyzers.Parameter`1";
    public const string L2Update = "L2Analyzers.L2Update";
    public const string L2Kernels = "L2Analyzers.L2Kernels";
    public const string L2Convention = Namespace + nameof(global::L2Analyzers.L2Convention);
    public const string L2Regularization = "L2Analyzers.L2Regularization";

    public const string ModeProperty = nameof(global::L2Analyzers.L2Attribute.Mode);
    public const string LambdaProperty = nameof(global::L2Analyzers.L2Attribute.Lambda);
    public const string IncludeBiasesProperty = nameof(global::L2Analyzers.L2Attribute.IncludeBiases);
    public const string LearningRateProperty = nameof(global::L2Analyzers.NetworkAttribute.LearningRate);
    public const string OptimizerProperty = nameof(global::L2Analyzers.NetworkAttribute.Optimizer);
}
