namespace L2Analyzers.Common.Symbols;

/// <summary>
/// The one catalog of the metadata names and attribute members that the analyzers, the generator's readers and its
/// emitters (through <c>RuntimeNames</c>) rely on. Those of L2Analyzers.Abstractions are taken from its types with
/// <c>nameof</c>; the runtime's (which the analyzers cannot reference) are written out, and a test checks them.
/// The attributes' defaults are the Abstractions' own constants (<c>NetworkAttribute.DefaultLearningRate</c>). TorchSharp's
/// option names, read by the TorchSharp checks and written by their code fixes, are here too.
/// </summary>
internal static class KnownNames
{
    public const string Namespace = "L2Analyzers";
    public const string TorchSharpNamespace = "TorchSharp";

    public const string L2Attribute = Namespace + "." + nameof(global::L2Analyzers.L2Attribute);
    public const string NetworkAttribute = Namespace + "." + nameof(global::L2Analyzers.NetworkAttribute);
    public const string DenseLayerAttribute = Namespace + "." + nameof(global::L2Analyzers.DenseLayerAttribute);
    public const string BiasAttribute = Namespace + "." + nameof(global::L2Analyzers.BiasAttribute);
    public const string NormalizationParameterAttribute = Namespace + "." + nameof(global::L2Analyzers.NormalizationParameterAttribute);
    public const string L2Mode = Namespace + "." + nameof(global::L2Analyzers.L2Mode);
    public const string OptimizerKind = Namespace + "." + nameof(global::L2Analyzers.OptimizerKind);
    public const string L2Convention = Namespace + "." + nameof(global::L2Analyzers.L2Convention);
    public const string ParameterRole = Namespace + ".ParameterRole";
    public const string Parameter = Namespace + ".Parameter`1";
    public const string LayerInterface = Namespace + ".ILayer`1";
    public const string L2Update = Namespace + ".L2Update";
    public const string L2Kernels = Namespace + ".L2Kernels";
    public const string L2Regularization = Namespace + ".L2Regularization";
    public const string Memory = "System.Memory`1";

    public const string ModeProperty = nameof(global::L2Analyzers.L2Attribute.Mode);
    public const string LambdaProperty = nameof(global::L2Analyzers.L2Attribute.Lambda);
    public const string IncludeBiasesProperty = nameof(global::L2Analyzers.L2Attribute.IncludeBiases);
    public const string LearningRateProperty = nameof(global::L2Analyzers.NetworkAttribute.LearningRate);
    public const string OptimizerProperty = nameof(global::L2Analyzers.NetworkAttribute.Optimizer);
    public const string MomentumProperty = nameof(global::L2Analyzers.NetworkAttribute.Momentum);
    public const string LossProperty = nameof(global::L2Analyzers.NetworkAttribute.Loss);
    public const string ActivationProperty = nameof(global::L2Analyzers.DenseLayerAttribute.Activation);
    public const string ElementTypeProperty = nameof(global::L2Analyzers.DenseLayerAttribute.ElementType);

    // TorchSharp's spelling of the options the optimizer checks read: its optimizers' parameters and Options members.
    public const string TorchWeightDecay = "weight_decay";
    public const string TorchLearningRate = "lr";
    public const string TorchLearningRateInFull = "learningRate";
    public const string TorchOptionsLearningRate = "LearningRate";
    public const string TorchAdam = "Adam";
    public const string TorchAdamW = "AdamW";
}
