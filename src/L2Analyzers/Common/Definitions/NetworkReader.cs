using L2Analyzers.Common.Symbols;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>Reads and checks a <c>[Network]</c> class and the layers it lists, for the generator and the definition analyzer.</summary>
internal static class NetworkReader
{
    private const string Generated = "the network's layer chain and training entry point";

    /// <summary>
    /// Names a layer property must not take (it gets its position appended): the network's other generated members, and
    /// <c>Initialize</c>, which would hide the runtime's <c>network.Initialize(seed)</c> extension.
    /// </summary>
    private static readonly HashSet<string> ReservedNames = new(GeneratedMembers.NetworkNames.Append("Initialize"), StringComparer.Ordinal);

    /// <summary>The definition of <paramref name="type"/>, or null when it cannot be generated (with the reasons in <paramref name="problems"/>).</summary>
    public static NetworkDefinition? Read(
        INamedTypeSymbol type, AttributeData attribute, RuntimeSymbols symbols, DefinitionProblems problems, CancellationToken cancellationToken)
    {
        if (type.IsStatic)
        {
            problems.Add(DefinitionProblem.AtSymbol(
                DefinitionDescriptors.UnsupportedDeclaration, type, Generated, Identifiers.ForMessage(type), "a network is created and holds its layers, so it cannot be static"));
        }

        if (RuntimeSymbols.Find(type, symbols.DenseLayerAttribute) is not null)
        {
            problems.Add(DefinitionProblem.AtSymbol(
                DefinitionDescriptors.UnsupportedDeclaration, type, Generated, Identifiers.ForMessage(type), "it is also a [DenseLayer]; declare the network on a class of its own"));
        }

        var layers = Layers(type, attribute, symbols, problems, cancellationToken);
        string? loss = AttributeValues.EnumMember(attribute, KnownNames.LossProperty, type, problems);
        string? optimizer = AttributeValues.EnumMember(attribute, KnownNames.OptimizerProperty, type, problems);
        double learningRate = AttributeValues.Double(attribute, KnownNames.LearningRateProperty, NetworkAttribute.DefaultLearningRate, problems);
        if (!(learningRate > 0 && !double.IsInfinity(learningRate)))
        {
            InvalidSetting(KnownNames.LearningRateProperty, learningRate, "the learning rate must be positive and finite");
        }

        double momentum = AttributeValues.Double(attribute, KnownNames.MomentumProperty, NetworkAttribute.DefaultMomentum, problems);
        if (!(momentum >= 0 && momentum < 1))
        {
            InvalidSetting(KnownNames.MomentumProperty, momentum, "the momentum must be in [0, 1)");
        }

        var scope = DeclarationScopeReader.Read(type, type, Generated, problems, cancellationToken);
        if (layers is null)
        {
            return null;
        }

        string element = layers[0].Element;
        var named = Name(layers, type.Name).ToList();
        MemberConflicts.Report(type, GeneratedMembers.ForNetwork(element, named), Generated, problems);
        return problems.IsClean && scope is not null && loss is not null && optimizer is not null
            ? new NetworkDefinition(scope, element, loss, optimizer, learningRate, momentum, named.ToEquatableArray())
            : null;

        void InvalidSetting(string setting, double value, string rule) => problems.Add(DefinitionProblem.AtArgument(
            DefinitionDescriptors.InvalidNetworkSetting, attribute, setting, Identifiers.ForMessage(type), setting, value, rule));
    }

    /// <summary>The listed layers, checked one by one and then as a chain; null when any is unusable.</summary>
    private static List<ListedLayer>? Layers(
        INamedTypeSymbol network, AttributeData attribute, RuntimeSymbols symbols, DefinitionProblems problems, CancellationToken cancellationToken)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0] is not { Kind: TypedConstantKind.Array } list)
        {
            problems.Skip();
            return null;
        }

        if (list.IsNull || list.Values.IsEmpty)
        {
            problems.Add(DefinitionProblem.AtArgument(DefinitionDescriptors.EmptyNetwork, attribute, 0, Identifiers.ForMessage(network)));
            return null;
        }

        var layers = new List<ListedLayer>();
        for (int position = 0; position < list.Values.Length; position++)
        {
            if (Resolve(network, attribute, position, list.Values[position], symbols, problems, cancellationToken) is { } layer)
            {
                layers.Add(layer);
            }
        }

        return layers.Count == list.Values.Length && Chains(network, attribute, layers, problems) ? layers : null;
    }

    private static ListedLayer? Resolve(
        INamedTypeSymbol network,
        AttributeData attribute,
        int position,
        TypedConstant entry,
        RuntimeSymbols symbols,
        DefinitionProblems problems,
        CancellationToken cancellationToken)
    {
        if (entry.Kind == TypedConstantKind.Error || entry.Value is IErrorTypeSymbol)
        {
            problems.Skip();
            return null;
        }

        if (entry.Value is not INamedTypeSymbol type)
        {
            return Unusable(entry.Value?.ToString() ?? "null", "it is not a class");
        }

        if (RuntimeSymbols.Find(type, symbols.DenseLayerAttribute) is not { } layerAttribute)
        {
            return Unusable(Identifiers.ForMessage(type), "it has no [DenseLayer] attribute");
        }

        LayerShape? layer;
        string? unread;
        if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, network.ContainingAssembly))
        {
            // From metadata, or from a referenced project's compilation (in an IDE): its layer code, if any, was generated there.
            layer = CompiledLayerReader.Read(type, layerAttribute, symbols, out unread);
        }
        else
        {
            layer = DenseLayerReader.ReadOnce(type, layerAttribute, symbols, cancellationToken) is { } definition
                ? new LayerShape(definition.Element, definition.Inputs, definition.Outputs)
                : null;
            unread = "no layer code is generated for it (see the diagnostics on it)";
        }

        if (layer is null)
        {
            return Unusable(Identifiers.ForMessage(type), unread!);
        }

        string? reason = !symbols.Compilation.IsSymbolAccessibleWithin(type, network) ? $"it is not accessible from '{Identifiers.ForMessage(network)}'"
            : type.IsAbstract ? "it is abstract"
            : !HasCallableConstructor(type, network, symbols.Compilation) ? $"it has no parameterless constructor that '{Identifiers.ForMessage(network)}' can call"
            : null;
        return reason is not null
            ? Unusable(Identifiers.ForMessage(type), reason)
            : new ListedLayer(type, position, layer.Element, layer.Inputs, layer.Outputs);

        ListedLayer? Unusable(string layer, string why)
        {
            problems.Add(DefinitionProblem.AtArgument(
                DefinitionDescriptors.UnusableLayer, attribute, position, Identifiers.ForMessage(network), layer, why));
            return null;
        }
    }

    private static bool HasCallableConstructor(INamedTypeSymbol type, INamedTypeSymbol network, Compilation compilation) =>
        type.InstanceConstructors.Any(constructor =>
            constructor.Parameters.All(parameter => parameter.IsOptional || parameter.IsParams) &&
            compilation.IsSymbolAccessibleWithin(constructor, network));

    /// <summary>Whether all layers share the first one's element type and each takes the previous one's outputs; reports each break.</summary>
    private static bool Chains(INamedTypeSymbol network, AttributeData attribute, List<ListedLayer> layers, DefinitionProblems problems)
    {
        bool chains = true;
        for (int i = 1; i < layers.Count; i++)
        {
            ListedLayer previous = layers[i - 1], current = layers[i];
            if (current.Element != layers[0].Element)
            {
                problems.Add(DefinitionProblem.AtArgument(
                    DefinitionDescriptors.MixedElementTypes, attribute, current.Position, Identifiers.ForMessage(network),
                    Identifiers.ForMessage(layers[0].Type), layers[0].Element, Identifiers.ForMessage(current.Type), current.Element));
                return false;
            }

            if (current.Inputs != previous.Outputs)
            {
                problems.Add(DefinitionProblem.AtArgument(
                    DefinitionDescriptors.LayersDoNotChain, attribute, current.Position, i + 1, Identifiers.ForMessage(network),
                    Identifiers.ForMessage(current.Type), current.Inputs, i, Identifiers.ForMessage(previous.Type), previous.Outputs));
                chains = false;
            }
        }

        return chains;
    }

    /// <summary>
    /// The layers as the network's properties: named after their type, numbered by position when the name clashes or
    /// repeats ignoring case (<c>Model</c> and <c>model</c> would both get the buffer <c>modelActivations</c>).
    /// </summary>
    private static IEnumerable<NetworkLayer> Name(List<ListedLayer> layers, string networkName)
    {
        foreach (var layer in layers)
        {
            string name = layer.Type.Name;
            bool clashes = ReservedNames.Contains(name) || name == networkName ||
                layers.Count(other => string.Equals(other.Type.Name, name, StringComparison.OrdinalIgnoreCase)) > 1;
            yield return new NetworkLayer(
                Identifiers.Escape(clashes ? name + (layer.Position + 1) : name),
                layer.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                Accessibility(layer.Type),
                layer.Inputs,
                layer.Outputs);
        }
    }

    /// <summary>
    /// The layer property's accessibility: public or internal when the layer type is accessible that widely, else private,
    /// so the property is never more accessible than its type.
    /// </summary>
    private static string Accessibility(INamedTypeSymbol type)
    {
        bool isPublic = true;
        for (var current = type; current is not null; current = current.ContainingType)
        {
            switch (current.DeclaredAccessibility)
            {
                case Microsoft.CodeAnalysis.Accessibility.Public:
                    break;
                case Microsoft.CodeAnalysis.Accessibility.Internal or Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal:
                    isPublic = false;
                    break;
                default:
                    return "private";
            }
        }

        return isPublic ? "public" : "internal";
    }

    private sealed record ListedLayer(INamedTypeSymbol Type, int Position, string Element, int Inputs, int Outputs);
}
