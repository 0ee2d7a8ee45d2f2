namespace L2Analyzers.Common.Definitions;

/// <summary>A <c>[Network]</c> class: everything the emitter needs, and nothing from the compilation.</summary>
/// <param name="Scope">The partial type chain; the last type is the network.</param>
/// <param name="Element">The element type keyword shared by every layer: float or double.</param>
/// <param name="Loss">The name of the runtime's <c>LossKind</c> member.</param>
/// <param name="Optimizer">The name of the runtime's <c>OptimizerKind</c> member.</param>
/// <param name="LearningRate">The learning rate η.</param>
/// <param name="Momentum">The momentum μ.</param>
/// <param name="Layers">The layers, input side first; each one's inputs equal the previous one's outputs.</param>
internal sealed record NetworkDefinition(
    DeclarationScope Scope,
    string Element,
    string Loss,
    string Optimizer,
    double LearningRate,
    double Momentum,
    EquatableArray<NetworkLayer> Layers) : IGeneratedDefinition
{
    /// <inheritdoc />
    public string HintName => Scope.HintPrefix + ".Network.g.cs";
}
