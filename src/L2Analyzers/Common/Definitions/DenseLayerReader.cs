using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>Reads and checks a <c>[DenseLayer]</c> class, for the generator, the network reader and the definition analyzer.</summary>
internal static class DenseLayerReader
{
    private const string Generated = "the dense layer's parameters, forward, backward and update";

    /// <summary>
    /// The layer definitions read in each compilation (keyed by its <see cref="RuntimeSymbols"/>), by class: a network
    /// reads each layer it lists, and the generator reads each layer again, so each is read once.
    /// </summary>
    private static readonly ConditionalWeakTable<RuntimeSymbols, ConcurrentDictionary<INamedTypeSymbol, DenseLayerDefinition?>> ReadLayers = new();

    /// <summary>
    /// The definition of the layer class <paramref name="type"/> (null when it cannot be generated), read once per
    /// compilation with its first <c>[DenseLayer]</c> attribute, <paramref name="attribute"/>. Its problems are not
    /// kept: the definition analyzer reads the layer itself to report them.
    /// </summary>
    public static DenseLayerDefinition? ReadOnce(INamedTypeSymbol type, AttributeData attribute, RuntimeSymbols symbols, CancellationToken cancellationToken) =>
        ReadLayers.GetValue(symbols, _ => new ConcurrentDictionary<INamedTypeSymbol, DenseLayerDefinition?>(SymbolEqualityComparer.Default))
            .GetOrAdd(type, _ => Read(type, attribute, symbols, new DefinitionProblems(), cancellationToken));

    /// <summary>The definition of <paramref name="type"/>, or null when it cannot be generated (with the reasons in <paramref name="problems"/>).</summary>
    public static DenseLayerDefinition? Read(
        INamedTypeSymbol type, AttributeData attribute, RuntimeSymbols symbols, DefinitionProblems problems, CancellationToken cancellationToken)
    {
        if (type.IsStatic)
        {
            problems.Add(DefinitionProblem.AtSymbol(
                DefinitionDescriptors.UnsupportedDeclaration, type, Generated, Identifiers.ForMessage(type), "a layer is created and holds parameters, so it cannot be static"));
        }

        if (RuntimeSymbols.Find(type, symbols.NetworkAttribute) is not null)
        {
            // A class cannot be both; the network reader reports it.
            problems.Skip();
        }

        var (inputs, outputs) = Dimensions(attribute, type, problems);
        string? element = Element(attribute, type, problems);
        string? activation = AttributeValues.EnumMember(attribute, KnownNames.ActivationProperty, type, problems);
        CompiledL2? l2 = RuntimeSymbols.Find(type, symbols.L2Attribute) is { } l2Attribute
            ? L2Reader.Read(l2Attribute, type, problems)
            : null;
        var scope = DeclarationScopeReader.Read(type, type, Generated, problems, cancellationToken);
        if (element is not null)
        {
            MemberConflicts.Report(type, GeneratedMembers.ForLayer(element, l2 is not null), Generated, problems);
        }

        return problems.IsClean && scope is not null && element is not null && activation is not null
            ? new DenseLayerDefinition(scope, element, inputs, outputs, activation, l2)
            : null;
    }

    /// <summary>The sizes in <paramref name="attribute"/>; (0, 0) with the problem recorded when they are missing or not positive.</summary>
    internal static (int Inputs, int Outputs) Dimensions(AttributeData attribute, INamedTypeSymbol layer, DefinitionProblems problems)
    {
        var arguments = attribute.ConstructorArguments;
        if (arguments.Length != 2 || arguments[0].Value is not int inputs || arguments[1].Value is not int outputs)
        {
            problems.Skip();
            return (0, 0);
        }

        if (inputs <= 0 || outputs <= 0)
        {
            problems.Add(DefinitionProblem.AtArgument(
                DefinitionDescriptors.InvalidDimensions, attribute, inputs <= 0 ? 0 : 1, Identifiers.ForMessage(layer), inputs, outputs));
        }

        return (inputs, outputs);
    }

    /// <summary>The element type keyword in <paramref name="attribute"/> (float by default), or null with the problem recorded.</summary>
    internal static string? Element(AttributeData attribute, INamedTypeSymbol layer, DefinitionProblems problems)
    {
        if (AttributeArguments.Named(attribute, KnownNames.ElementTypeProperty) is not { } constant)
        {
            return "float";
        }

        if (constant.Value is not ITypeSymbol type || type is IErrorTypeSymbol)
        {
            problems.Skip();
            return null;
        }

        if (ElementTypes.Keyword(type) is { } keyword)
        {
            return keyword;
        }

        problems.Add(DefinitionProblem.AtArgument(
            DefinitionDescriptors.UnsupportedElementType, attribute, KnownNames.ElementTypeProperty, Identifiers.ForMessage(layer), Identifiers.ForMessage(type)));
        return null;
    }
}
