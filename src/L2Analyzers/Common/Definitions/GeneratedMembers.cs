using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace L2Analyzers.Common.Definitions;

/// <summary>
/// The members each kind of definition gets from the generator, so readers can refuse a type that already declares one
/// (rule L2G013) instead of letting the generated code clash. A test checks this catalog against the emitted code.
/// </summary>
internal static class GeneratedMembers
{
    private static readonly string[] LayerValues = ["Inputs", "Outputs", "parameterList", "Weights", "Biases", "InputSize", "OutputSize", "Parameters", "L2"];

    private static readonly string[] LayerL2Constants = ["L2Mode", "L2Lambda"];

    private static readonly string[] NetworkValues =
    [
        "LearningRate", "Momentum", "Optimizer", "layerList", "batchCapacity", "forwardBatchSize", "Layers", "Loss", "InputSize", "OutputSize",
    ];

    /// <summary>The names of a network's generated members other than its layers and their buffers.</summary>
    public static IReadOnlyCollection<string> NetworkNames { get; } = NetworkValues.Concat(NetworkMethods("float").Select(m => m.Name)).Distinct().ToArray();

    public static IEnumerable<GeneratedMember> ForNetwork(string element, IReadOnlyList<NetworkLayer> layers) => NetworkValues
        .Concat(layers.Select(layer => layer.ActivationsField))
        .Concat(layers.Take(layers.Count - 1).Select(layer => layer.GradientField))
        .Concat(layers.Select(layer => layer.PropertyName.TrimStart('@')))
        .Select(GeneratedMember.Value)
        .Concat(NetworkMethods(element));

    /// <summary>The members of a layer of each element type, with and without L2, built on first use.</summary>
    private static readonly ConcurrentDictionary<(string Element, bool Regularized), GeneratedMember[]> Layers = new();

    public static IReadOnlyList<GeneratedMember> ForLayer(string element, bool regularized) =>
        Layers.GetOrAdd((element, regularized), static key => LayerMembers(key.Element, key.Regularized));

    private static GeneratedMember[] LayerMembers(string element, bool regularized) =>
        (regularized ? LayerValues.Concat(LayerL2Constants) : LayerValues).Select(GeneratedMember.Value).Concat(
        [
            GeneratedMember.Method("Initialize", "System.Random"),
            GeneratedMember.Method("Forward", ReadOnlySpan(element), Span(element), "int"),
            GeneratedMember.Method("Backward", ReadOnlySpan(element), ReadOnlySpan(element), Span(element), Span(element), "int"),
            GeneratedMember.Method("Update", $"L2Analyzers.IOptimizer<{element}>"),
        ]).ToArray();

    public static GeneratedMember ForParameterMember(string methodPart, string element, ParameterShape shape, L2Mode mode) => mode switch
    {
        L2Mode.GradientPenalty => shape switch
        {
            ParameterShape.Matrix => GeneratedMember.Method($"Add{methodPart}PenaltyGradient", element + "[,]"),
            ParameterShape.Jagged => GeneratedMember.Method($"Add{methodPart}PenaltyGradient", element + "[][]"),
            ParameterShape.Parameter => GeneratedMember.Method($"Add{methodPart}PenaltyGradient"),
            _ => GeneratedMember.Method($"Add{methodPart}PenaltyGradient", Span(element)),
        },
        L2Mode.ScaledWeightDecay => GeneratedMember.Method("Decay" + methodPart, element),
        _ => GeneratedMember.Method("Decay" + methodPart),
    };

    private static GeneratedMember[] NetworkMethods(string element)
    {
        string dataset = $"L2Analyzers.Dataset<{element}>", progress = "System.IProgress<L2Analyzers.EpochMetrics>?";
        return
        [
            GeneratedMember.Method("Forward", ReadOnlySpan(element), "int"),
            GeneratedMember.Method("Backward", ReadOnlySpan(element), Span(element), "int"),
            GeneratedMember.Method("Update", $"L2Analyzers.IOptimizer<{element}>"),
            GeneratedMember.Method("CreateOptimizer"),
            GeneratedMember.Method("Train", dataset, "L2Analyzers.TrainingOptions", progress),
            GeneratedMember.Method("Train", dataset, dataset + "?", "L2Analyzers.TrainingOptions", progress),
        ];
    }

    private static string Span(string element) => $"System.Span<{element}>";

    private static string ReadOnlySpan(string element) => $"System.ReadOnlySpan<{element}>";
}
