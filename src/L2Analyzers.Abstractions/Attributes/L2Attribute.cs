using System;

namespace L2Analyzers;

/// <summary>
/// Declares L2 regularization and the convention its lambda is written in.
/// On a layer (class or struct) it applies to the layer's weights, never to its biases.
/// On a field or property holding a parameter tensor it applies to that tensor.
/// </summary>
/// <example><c>[L2(Mode = L2Mode.GradientPenalty, Lambda = 0.03)]</c></example>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property,
    AllowMultiple = false,
    Inherited = false)]
public sealed class L2Attribute : Attribute
{
    /// <summary>The convention <see cref="Lambda"/> is written in. Always state it (rule L2R007).</summary>
    public L2Mode Mode { get; set; }

    /// <summary>The regularization strength, in the units of <see cref="Mode"/>.</summary>
    public double Lambda { get; set; }

    /// <summary>
    /// Asks for the layer's biases to be regularized too. Never honored: generated code regularizes weights only,
    /// because biases set offsets, not the model's complexity; setting it is reported as rule L2R002.
    /// </summary>
    public bool IncludeBiases { get; set; }
}
