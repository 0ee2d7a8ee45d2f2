namespace L2Analyzers.Common;

/// <summary>Metadata names of the runtime types and members the analyzers and the generator look for.</summary>
internal static class KnownNames
{
    public const string L2Attribute = "L2Analyzers.L2Attribute";
    public const string L2Mode = "L2Analyzers.L2Mode";
    public const string NetworkAttribute = "L2Analyzers.NetworkAttribute";
    public const string DenseLayerAttribute = "L2Analyzers.DenseLayerAttribute";
    public const string BiasAttribute = "L2Analyzers.BiasAttribute";
    public const string NormalizationParameterAttribute = "L2Analyzers.NormalizationParameterAttribute";
    public const string OptimizerKind = "L2Analyzers.OptimizerKind";
    public const string ParameterRole = "L2Analyzers.ParameterRole";
    public const string Parameter = "L2Analyzers.Parameter`1";
    public const string L2Update = "L2Analyzers.L2Update";
    public const string L2Kernels = "L2Analyzers.L2Kernels";
    public const string L2Convention = "L2Analyzers.L2Convention";
    public const string L2Regularization = "L2Analyzers.L2Regularization";

    public const string ModeProperty = "Mode";
    public const string LambdaProperty = "Lambda";
    public const string IncludeBiasesProperty = "IncludeBiases";
    public const string LearningRateProperty = "LearningRate";
    public const string OptimizerProperty = "Optimizer";
}
