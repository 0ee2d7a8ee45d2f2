namespace L2Analyzers.Common.Definitions;

/// <summary>A <c>[DenseLayer]</c> class: everything the emitter needs, and nothing from the compilation.</summary>
/// <param name="Scope">The partial type chain; the last type is the layer.</param>
/// <param name="Element">The element type keyword: float or double.</param>
/// <param name="Inputs">The number of inputs per sample.</param>
/// <param name="Outputs">The number of outputs per sample.</param>
/// <param name="Activation">The name of the runtime's <c>Activation</c> member.</param>
/// <param name="L2">The class-level <c>[L2]</c> on the weights, or null when the weights are not regularized.</param>
internal sealed record DenseLayerDefinition(
    DeclarationScope Scope,
    string Element,
    int Inputs,
    int Outputs,
    string Activation,
    CompiledL2? L2) : IGeneratedDefinition
{
    /// <inheritdoc />
    public string HintName => Scope.HintPrefix + ".DenseLayer.g.cs";
}
