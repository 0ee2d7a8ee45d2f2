using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common;

/// <summary>
/// The one reader of the runtime attributes' arguments, shared by the generator's definition readers and the analyzers,
/// so both see the same values: an argument that is not written is the attribute's default (the value the generated
/// code uses, e.g. <see cref="NetworkAttribute.DefaultLearningRate"/>); one that is written but not a constant (a compile
/// error, a value still being typed) is null.
/// </summary>
internal static class AttributeArguments
{
    /// <summary>The named argument <paramref name="name"/> as written, or null when it is not written.</summary>
    public static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>Whether the argument <paramref name="name"/> is written at all, even with a value still being typed.</summary>
    public static bool IsWritten(AttributeData attribute, string name) => Named(attribute, name) is not null;

    /// <summary>The value of the argument <paramref name="name"/>: <paramref name="defaultValue"/> when not written, null when not a constant.</summary>
    public static object? Value(AttributeData attribute, string name, object defaultValue) =>
        Named(attribute, name) is not { } written ? defaultValue
        : written.Kind is TypedConstantKind.Error or TypedConstantKind.Array ? null
        : written.Value;

    /// <summary>The double argument <paramref name="name"/>: <paramref name="defaultValue"/> when not written, null when not a constant.</summary>
    public static double? Double(AttributeData attribute, string name, double defaultValue) =>
        Value(attribute, name, defaultValue) is double value ? value : null;

    /// <summary>The raw value of the enum argument <paramref name="name"/>: 0 (the enum's default) when not written, null when not a constant.</summary>
    public static int? EnumValue(AttributeData attribute, string name) =>
        Value(attribute, name, 0) is int value ? value : null;

    /// <summary>The bool argument <paramref name="name"/>: false when not written or not a constant.</summary>
    public static bool Flag(AttributeData attribute, string name) => Value(attribute, name, false) is true;
}
