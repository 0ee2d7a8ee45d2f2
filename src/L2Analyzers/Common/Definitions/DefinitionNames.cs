namespace L2Analyzers.Common.Definitions;

/// <summary>Metadata names and attribute members of the runtime types that generated definitions use.</summary>
internal static class DefinitionNames
{
    public const string LayerInterface = "L2Analyzers.ILayer`1";
    public const string Memory = "System.Memory`1";

    public const string ActivationProperty = nameof(DenseLayerAttribute.Activation);
    public const string ElementTypeProperty = nameof(DenseLayerAttribute.ElementType);
    public const string LossProperty = nameof(NetworkAttribute.Loss);
    public const string MomentumProperty = nameof(NetworkAttribute.Momentum);
}
