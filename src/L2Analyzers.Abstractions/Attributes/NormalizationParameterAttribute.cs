using System;

namespace L2Analyzers;

/// <summary>
/// Marks a field or property as a gain (scale) or shift of a layer or batch normalization, whatever its name:
/// the analyzers then report <see cref="L2Attribute"/> on it (rule L2R008), and a layer-level
/// <see cref="L2Attribute"/> leaves it alone.
/// </summary>
/// <example><c>[NormalizationParameter] public float[] Gamma = new float[7];</c></example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class NormalizationParameterAttribute : Attribute
{
}
