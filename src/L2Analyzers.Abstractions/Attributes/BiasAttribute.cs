using System;

namespace L2Analyzers;

/// <summary>
/// Marks a field or property as a bias vector, whatever its name: the analyzers then report <see cref="L2Attribute"/>
/// on it (rule L2R002), and a layer-level <see cref="L2Attribute"/> leaves it alone.
/// </summary>
/// <example><c>[Bias] public float[] Offsets = new float[7];</c></example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class BiasAttribute : Attribute
{
}
