namespace L2Analyzers.Common.Definitions;

/// <summary>One layer of a network as the network's generated code uses it.</summary>
/// <param name="PropertyName">The network's property holding the layer (the type's name, numbered when it would clash).</param>
/// <param name="TypeName">The layer type, fully qualified (<c>global::Demo.Hidden</c>).</param>
/// <param name="Accessibility">The property's accessibility keyword: the layer type's effective accessibility.</param>
/// <param name="Inputs">The layer's inputs per sample.</param>
/// <param name="Outputs">The layer's outputs per sample.</param>
internal sealed record NetworkLayer(string PropertyName, string TypeName, string Accessibility, int Inputs, int Outputs)
{
    /// <summary>The name of the network's private buffer for this layer's activations.</summary>
    public string ActivationsField => Identifiers.Camel(PropertyName.TrimStart('@')) + "Activations";

    /// <summary>The name of the network's private buffer for the loss gradient with respect to this layer's activations.</summary>
    public string GradientField => Identifiers.Camel(PropertyName.TrimStart('@')) + "Gradient";
}
