namespace L2Analyzers.Common.Definitions;

/// <summary>What a network needs to know of a layer it lists, from this project or a referenced assembly.</summary>
/// <param name="Element">The element type keyword: float or double.</param>
/// <param name="Inputs">The number of inputs per sample.</param>
/// <param name="Outputs">The number of outputs per sample.</param>
internal sealed record LayerShape(string Element, int Inputs, int Outputs);
