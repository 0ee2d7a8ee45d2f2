using Microsoft.CodeAnalysis;

namespace L2Analyzers.Diagnostics;

/// <summary>
/// The descriptors of the L2G rules, reported by the definition analyzer for declarations the generator
/// skips (it emits nothing for them rather than broken code). Each links to its page under docs/rules.
/// </summary>
internal static class DefinitionDescriptors
{
    private const string Category = "L2.Generator";

    /// <summary>Arguments: the type, what the generator adds to it.</summary>
    public static readonly DiagnosticDescriptor NotPartial = Create(
        DefinitionRuleIds.NotPartial,
        "Generated definition is not partial",
        "'{0}' must be declared partial: the generator adds {1} to it",
        "The generator writes its code into another part of the same type, which needs the type and every type containing it to be partial.");

    /// <summary>Arguments: the member, the reason.</summary>
    public static readonly DiagnosticDescriptor UnsupportedMember = Create(
        DefinitionRuleIds.UnsupportedMember,
        "[L2] member cannot be generated",
        "[L2] on '{0}' cannot be generated: {1}",
        "The generator writes L2 methods for fields and readable properties of type float[] or double[], 2-D arrays, jagged arrays, Memory<float> or Memory<double>, and Parameter<float> or Parameter<double>.");

    /// <summary>Arguments: the layer, its inputs, its outputs.</summary>
    public static readonly DiagnosticDescriptor InvalidDimensions = Create(
        DefinitionRuleIds.InvalidDimensions,
        "Dense layer has invalid dimensions",
        "[DenseLayer] on '{0}' needs a positive number of inputs and outputs, but has {1} inputs and {2} outputs",
        "A dense layer's weight matrix is outputs × inputs; both must be at least 1.");

    /// <summary>Arguments: the generic type, what the generator would add.</summary>
    public static readonly DiagnosticDescriptor GenericDefinition = Create(
        DefinitionRuleIds.GenericDefinition,
        "Generated definition is generic",
        "'{0}' is generic: the generator cannot add {1} to it",
        "Generated layers, networks and L2 methods need non-generic types: a layer states its element type in [DenseLayer(ElementType = ...)].");

    /// <summary>Arguments: what the generator would add, the type, the reason.</summary>
    public static readonly DiagnosticDescriptor UnsupportedDeclaration = Create(
        DefinitionRuleIds.UnsupportedDeclaration,
        "Generator cannot extend this declaration",
        "The generator cannot add {0} to '{1}': {2}",
        "Generated code lives in a separate file, so it cannot extend file-local types or interfaces; a layer or network must be an instantiable class, and one class cannot be both.");

    /// <summary>Arguments: the layer's position, the network, the layer, its inputs, the previous position, the previous layer, its outputs.</summary>
    public static readonly DiagnosticDescriptor LayersDoNotChain = Create(
        DefinitionRuleIds.LayersDoNotChain,
        "Network layers do not chain",
        "Layer {0} of network '{1}', '{2}', takes {3} inputs, but layer {4}, '{5}', gives {6} outputs",
        "Each layer of a network consumes the previous layer's outputs, so its inputs must equal the previous layer's outputs.");

    /// <summary>Arguments: the network, a layer, its element type, another layer, its element type.</summary>
    public static readonly DiagnosticDescriptor MixedElementTypes = Create(
        DefinitionRuleIds.MixedElementTypes,
        "Network mixes element types",
        "Network '{0}' mixes element types: '{1}' uses {2}, but '{3}' uses {4}",
        "A network passes one buffer type through all its layers, so every layer must declare the same ElementType.");

    /// <summary>Arguments: the network, the listed type, the reason.</summary>
    public static readonly DiagnosticDescriptor UnusableLayer = Create(
        DefinitionRuleIds.UnusableLayer,
        "Network lists an unusable layer",
        "Network '{0}' cannot use '{1}' as a layer: {2}",
        "A network creates each of its layers, so every listed type must be a valid, non-abstract [DenseLayer] class with a parameterless constructor the network can call, declared in this project or in an assembly built with the generator.");

    /// <summary>Arguments: the layer, the element type.</summary>
    public static readonly DiagnosticDescriptor UnsupportedElementType = Create(
        DefinitionRuleIds.UnsupportedElementType,
        "Dense layer has an unsupported element type",
        "[DenseLayer] on '{0}' has ElementType = typeof({1}): use typeof(float) or typeof(double)",
        "Generated layers store their parameters as float or double.");

    /// <summary>Arguments: the argument, its value, the definition, the enum.</summary>
    public static readonly DiagnosticDescriptor UndefinedEnumValue = Create(
        DefinitionRuleIds.UndefinedEnumValue,
        "Undefined enum value in a generated definition",
        "{0} = {1} on '{2}' is not a defined {3} value",
        "The generator compiles the mode, activation, loss and optimizer into the emitted code, so each must be one of the enum's named values.");

    /// <summary>Arguments: the network.</summary>
    public static readonly DiagnosticDescriptor EmptyNetwork = Create(
        DefinitionRuleIds.EmptyNetwork,
        "Network has no layers",
        "[Network] on '{0}' lists no layers",
        "A network is a chain of at least one [DenseLayer] type, input side first.");

    /// <summary>Arguments: the network, the setting, its value, the valid range.</summary>
    public static readonly DiagnosticDescriptor InvalidNetworkSetting = Create(
        DefinitionRuleIds.InvalidNetworkSetting,
        "Network setting is invalid",
        "[Network] on '{0}' has {1} = {2}: {3}",
        "The learning rate must be positive and finite, and the momentum must be in [0, 1).");

    /// <summary>Arguments: the type, the member name, what the generator adds.</summary>
    public static readonly DiagnosticDescriptor GeneratedNameTaken = Create(
        DefinitionRuleIds.GeneratedNameTaken,
        "Generated member name is taken",
        "'{0}' already declares '{1}', which the generator adds for {2}: rename or remove it",
        "Generated code adds its members to the same type; a member of the same name (or a method of the same signature) declared by hand would clash with it.");

    private static DiagnosticDescriptor Create(string id, string title, string message, string description) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, description, RuleIds.HelpUri(id));
}
