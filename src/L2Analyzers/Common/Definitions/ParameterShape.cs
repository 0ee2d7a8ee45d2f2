namespace L2Analyzers.Common.Definitions;

/// <summary>How an <c>[L2]</c> member holds its tensor, which decides how generated code reaches its elements.</summary>
internal enum ParameterShape
{
    /// <summary><c>float[]</c> or <c>double[]</c>.</summary>
    Vector,

    /// <summary>A 2-D array, <c>float[,]</c> or <c>double[,]</c> (contiguous, row-major).</summary>
    Matrix,

    /// <summary>A jagged array, <c>float[][]</c> or <c>double[][]</c>, one array per row.</summary>
    Jagged,

    /// <summary><c>Memory&lt;float&gt;</c> or <c>Memory&lt;double&gt;</c>.</summary>
    Memory,

    /// <summary>The runtime's <c>Parameter&lt;float&gt;</c> or <c>Parameter&lt;double&gt;</c>, which carries its own gradient.</summary>
    Parameter,
}
