namespace L2Analyzers.Common.Symbols;

/// <summary>
/// The one catalog of the runtime's metadata names, attribute members and attribute defaults that the analyzers, the
/// generator's readers and its emitters (through <c>RuntimeNames</c>) rely on. A test checks them against the runtime.
/// </summary>
internal static class KnownNames
{
    public const string Namespace = "L2Analyzers";

    public const string L2Attribute = Namespace + ".L2Attribute";
    public const string NetworkAttribute = Namespace + ".NetworkAttribute";
    public const string DenseLayerAttribute = Namespace + ".DenseLayerAttribute";
    public const string BiasAttribute = Namespace + ".BiasAttribute";
    public const string NormalizationParameterAttribute = Namespace + ".NormalizationParameterAttribute";
    public const string L2Mode = Namespace + ".L2Mode";
    public const string OptimizerKind = Namespace + ".OptimizerKind";
    public const string ParameterRole = Namespace + ".ParameterRole";
    public const string Parameter = Namespace + ".Parameter`1";
    public const string LayerInterface = Namespace + ".ILayer`1";
    public const string L2Update = Namespace + ".L2Update";
    public const string L2Kernels = Namespace + ".L2Kernels";
    public const string L2Convention = Namespace + ".L2Convention";
    public const string L2Regularization = Namespace + ".L2Regularization";
    public const string Memory = "System.Memory`1";

    public const string ModeProperty = "Mode";
    public const string LambdaProperty = "Lambda";
    public const string IncludeBiasesProperty = "IncludeBiases";
    public const string LearningRateProperty = "LearningRate";
    public const string OptimizerProperty = "Optimizer";
    public const string ActivationProperty = "Activation";
    public const string ElementTypeProperty = "ElementType";
    public const string LossProperty = "Loss";
    public const string MomentumProperty = "Momentum";

    /// <summary>The default of <c>NetworkAttribute.LearningRate</c>: what a network trains with when it does not say.</summary>
    public const double DefaultLearningRate = 0.01;

    /// <summary>The default of <c>NetworkAttribute.Momentum</c>.</summary>
    public const double DefaultMomentum = 0.9;
}
