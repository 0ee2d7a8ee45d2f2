namespace L2Analyzers.Common.Definitions;

/// <summary>
/// Metadata names and attribute members of the runtime types that generated definitions use, and the
/// runtime attributes' defaults the generator must know (a test checks them against the runtime).
/// </summary>
internal static class DefinitionNames
{
    public const string LayerInterface = "L2Analyzers.ILayer`1";
    public const string Memory = "System.Memory`1";

    public const string ActivationProperty = "Activation";
    public const string ElementTypeProperty = "ElementType";
    public const string LossProperty = "Loss";
    public const string MomentumProperty = "Momentum";

    /// <summary>The default of <c>NetworkAttribute.LearningRate</c>.</summary>
    public const double DefaultLearningRate = 0.01;

    /// <summary>The default of <c>NetworkAttribute.Momentum</c>.</summary>
    public const double DefaultMomentum = 0.9;
}
