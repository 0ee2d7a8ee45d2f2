using System;

namespace L2Analyzers;

/// <summary>
/// Declares a fully connected layer on a partial class: the generator emits its parameters
/// (<c>Weights</c>, <c>Outputs × Inputs</c> row-major, and <c>Biases</c>), forward, backward and the
/// regularized update, and implements <c>ILayer&lt;T&gt;</c>. Put <see cref="L2Attribute"/> on the
/// same class to regularize the weights (never the biases).
/// </summary>
/// <example><c>[DenseLayer(4, 7, Activation = Activation.Tanh)]</c></example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DenseLayerAttribute : Attribute
{
    /// <summary>Declares a layer with <paramref name="inputs"/> inputs and <paramref name="outputs"/> outputs.</summary>
    public DenseLayerAttribute(int inputs, int outputs)
    {
        Inputs = inputs;
        Outputs = outputs;
    }

    /// <summary>The number of inputs (columns of the weight matrix).</summary>
    public int Inputs { get; }

    /// <summary>The number of outputs (rows of the weight matrix, length of the bias vector).</summary>
    public int Outputs { get; }

    /// <summary>The activation applied to the outputs; <see cref="Activation.Identity"/> by default.</summary>
    public Activation Activation { get; set; }

    /// <summary>The element type of the parameters: <c>typeof(float)</c> (the default) or <c>typeof(double)</c>.</summary>
    public Type ElementType { get; set; } = typeof(float);
}
