using L2Analyzers.Common.Symbols;
using System.Collections.Generic;
using System.Threading;
using L2Analyzers.Common;
using L2Analyzers.Conventions;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Attributes;

/// <summary>
/// Which <c>[Network]</c>s list each layer type, with the learning rate and optimizer they train it with. Built once per
/// compilation, on first use, by one walk over the compilation's own types.
/// </summary>
internal sealed class NetworkIndex
{
    private readonly Dictionary<INamedTypeSymbol, List<TrainingContext>> byLayer;

    private NetworkIndex(Dictionary<INamedTypeSymbol, List<TrainingContext>> byLayer) => this.byLayer = byLayer;

    /// <summary>The networks that list <paramref name="layer"/>; empty when none does.</summary>
    public IReadOnlyList<TrainingContext> For(INamedTypeSymbol layer) =>
        byLayer.TryGetValue(layer, out var contexts) ? contexts : [];

    public static NetworkIndex Build(Compilation compilation, RuntimeSymbols symbols, CancellationToken cancellationToken)
    {
        var byLayer = new Dictionary<INamedTypeSymbol, List<TrainingContext>>(SymbolEqualityComparer.Default);
        if (symbols.NetworkAttribute is not null)
        {
            Visit(compilation.Assembly.GlobalNamespace, symbols, byLayer, cancellationToken);
        }

        return new NetworkIndex(byLayer);
    }

    private static void Visit(
        INamespaceOrTypeSymbol container,
        RuntimeSymbols symbols,
        Dictionary<INamedTypeSymbol, List<TrainingContext>> byLayer,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                Visit(ns, symbols, byLayer, cancellationToken);
            }
            else if (member is INamedTypeSymbol type)
            {
                AddNetwork(type, symbols, byLayer);
                Visit(type, symbols, byLayer, cancellationToken);
            }
        }
    }

    private static void AddNetwork(INamedTypeSymbol type, RuntimeSymbols symbols, Dictionary<INamedTypeSymbol, List<TrainingContext>> byLayer)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (!symbols.IsNetworkAttribute(attribute))
            {
                continue;
            }

            var context = TrainingContext.Of(type, NetworkSetting.Read(attribute), symbols);
            foreach (var layer in NetworkSetting.Layers(attribute))
            {
                if (!byLayer.TryGetValue(layer, out var contexts))
                {
                    byLayer[layer] = contexts = [];
                }

                contexts.Add(context);
            }
        }
    }
}

/// <summary>How one network trains its layers: its learning rate and optimizer, when known as constants.</summary>
internal readonly record struct TrainingContext(LearningRate? LearningRate, Optimizer? Optimizer)
{
    public static TrainingContext Of(INamedTypeSymbol network, NetworkSetting setting, RuntimeSymbols symbols)
    {
        string source = $"network '{network.Name}'";
        LearningRate? learningRate = setting.LearningRate is { } eta ? new LearningRate(eta, source) : null;
        Optimizer? optimizer = setting.Optimizer is { } raw && symbols.OptimizerName(raw) is { } name
            ? new Optimizer(name, source)
            : null;
        return new TrainingContext(learningRate, optimizer);
    }

    /// <summary>The learning rate all <paramref name="contexts"/> agree on, or null when they differ or none states one.</summary>
    public static LearningRate? Common(IReadOnlyList<TrainingContext> contexts)
    {
        LearningRate? common = null;
        foreach (var context in contexts)
        {
            if (context.LearningRate is not { } eta || (common is { } seen && seen.Value != eta.Value))
            {
                return null;
            }

            common ??= eta;
        }

        return common;
    }
}
