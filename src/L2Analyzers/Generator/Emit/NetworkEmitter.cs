using System.Collections.Generic;
using System.Linq;
using L2Analyzers.Common.Definitions;

namespace L2Analyzers.Generator.Emit;

/// <summary>
/// Emits a <c>[Network]</c>: typed layer properties, the forward/backward/update chain over them, implementing the
/// runtime's <c>INetwork&lt;T&gt;</c>, and the training entry point (<c>CreateOptimizer</c>, <c>Train</c>) on the runtime's trainer. Activation and gradient buffers grow to the largest batch seen and are reused,
/// so a training step allocates nothing once the batch size is steady.
/// </summary>
internal static class NetworkEmitter
{
    public static string Emit(NetworkDefinition network) =>
        GeneratedSource.Write(network.Scope, RuntimeNames.Network(network.Element), network, WriteSettings, WriteFields, WriteLayers, WriteForward, WriteBackward, WriteUpdate, WriteTraining);

    private static void WriteSettings(IndentedWriter writer, NetworkDefinition network)
    {
        writer.Member("The learning rate η the network is trained with.", $"public const double LearningRate = {Literals.Double(network.LearningRate)};");
        writer.Member("The momentum μ, used by <see cref=\"global::L2Analyzers.OptimizerKind.Momentum\"/>.", $"public const double Momentum = {Literals.Double(network.Momentum)};");
        writer.Member("The optimizer the network is trained with.", $"public const {RuntimeNames.OptimizerKind} Optimizer = {RuntimeNames.OptimizerKind}.{network.Optimizer};");
    }

    private static void WriteFields(IndentedWriter writer, NetworkDefinition network)
    {
        string t = network.Element;
        writer.Line($"private {RuntimeNames.Layer(t)}[]? layerList;");
        writer.Line("private int batchCapacity;");
        writer.Line("private int forwardBatchSize;");
        foreach (var (field, _) in Buffers(network))
        {
            writer.Line($"private {t}[] {field} = global::System.Array.Empty<{t}>();");
        }

        writer.Line();
    }

    private static void WriteLayers(IndentedWriter writer, NetworkDefinition network)
    {
        string t = network.Element;
        var layers = network.Layers;
        for (int i = 0; i < layers.Count; i++)
        {
            var layer = layers[i];
            writer.Member($"Layer {i + 1} of {layers.Count}, {layer.Inputs} → {layer.Outputs} per sample.", $"{layer.Accessibility} {layer.TypeName} {layer.PropertyName} {{ get; }} = new {layer.TypeName}();");
        }

        string list = string.Join(", ", layers.Items.Select(layer => "this." + layer.PropertyName));
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public {RuntimeNames.ReadOnlyList(RuntimeNames.Layer(t))} Layers =>");
        writer.Line($"    this.layerList ??= new {RuntimeNames.Layer(t)}[] {{ {list} }};").Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public {RuntimeNames.LossKind} Loss => {RuntimeNames.LossKind}.{network.Loss};").Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public int InputSize => {layers[0].Inputs};").Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public int OutputSize => {layers[layers.Count - 1].Outputs};").Line();
    }

    private static void WriteTraining(IndentedWriter writer, NetworkDefinition network)
    {
        string t = network.Element;
        writer.Line();
        writer.Line("/// <summary>A new optimizer as the network declares it: <see cref=\"Optimizer\"/> at <see cref=\"LearningRate\"/> (and <see cref=\"Momentum\"/>).</summary>");
        writer.Line($"public {RuntimeNames.Optimizer(t)} CreateOptimizer() =>");
        writer.Line($"    {RuntimeNames.Optimizers}.Create<{t}>(Optimizer, LearningRate, Momentum);").Line();
        writer.Summary(
            "Trains the network on <paramref name=\"training\"/> with a new <see cref=\"CreateOptimizer\"/>. Initialize it first,",
            "for example with <c>network.Initialize(seed)</c>.");
        writer.Line($"public {RuntimeNames.TrainingHistory} Train({RuntimeNames.Dataset(t)} training, {RuntimeNames.TrainingOptions} options, {RuntimeNames.EpochMetricsProgress}? progress = null) =>");
        writer.Line($"    {RuntimeNames.Trainer}.Train<{t}>(this, this.CreateOptimizer(), training, options, progress);").Line();
        writer.Summary(
            "Trains the network on <paramref name=\"training\"/> with a new <see cref=\"CreateOptimizer\"/>, evaluating it on",
            "<paramref name=\"test\"/> after every epoch. Initialize it first, for example with <c>network.Initialize(seed)</c>.");
        writer.Line($"public {RuntimeNames.TrainingHistory} Train({RuntimeNames.Dataset(t)} training, {RuntimeNames.Dataset(t)}? test, {RuntimeNames.TrainingOptions} options, {RuntimeNames.EpochMetricsProgress}? progress = null) =>");
        writer.Line($"    {RuntimeNames.Trainer}.Train<{t}>(this, this.CreateOptimizer(), training, test, options, progress);");
    }

    private static void WriteForward(IndentedWriter writer, NetworkDefinition network)
    {
        string t = network.Element;
        var layers = network.Layers;
        string name = network.Scope.TypeName.TrimStart('@');
        writer.Line("/// <inheritdoc/>");
        using (writer.Open($"public {RuntimeNames.ReadOnlySpan}<{t}> Forward({RuntimeNames.ReadOnlySpan}<{t}> input, int batchSize)"))
        {
            using (writer.Open($"if (batchSize <= 0 || input.Length < batchSize * {layers[0].Inputs})"))
            {
                writer.Line($"throw new {RuntimeNames.ArgumentException}(");
                writer.Line($"    $\"{name}.Forward needs a positive batch size and at least batchSize × {layers[0].Inputs} inputs; got batch size {{batchSize}} and {{input.Length}} inputs.\");");
            }

            writer.Line();
            writer.Line("// The buffers grow to the largest batch seen and are reused: no allocation per step.");
            using (writer.Open("if (batchSize > this.batchCapacity)"))
            {
                foreach (var (field, width) in Buffers(network))
                {
                    writer.Line($"this.{field} = new {t}[batchSize * {width}];");
                }

                writer.Line("this.batchCapacity = batchSize;");
            }

            writer.Line();
            writer.Line("this.forwardBatchSize = batchSize;");
            string previous = $"input.Slice(0, batchSize * {layers[0].Inputs})";
            foreach (var layer in layers)
            {
                string activations = Buffer(t, layer.ActivationsField, layer.Outputs);
                writer.Line($"this.{layer.PropertyName}.Forward({previous}, {activations}, batchSize);");
                previous = activations;
            }

            writer.Line($"return {previous};");
        }

        writer.Line();
    }

    private static void WriteBackward(IndentedWriter writer, NetworkDefinition network)
    {
        string t = network.Element;
        var layers = network.Layers;
        var last = layers[layers.Count - 1];
        string name = network.Scope.TypeName.TrimStart('@');
        writer.Line("/// <inheritdoc/>");
        using (writer.Open($"public void Backward({RuntimeNames.ReadOnlySpan}<{t}> input, {RuntimeNames.Span}<{t}> outputGradient, int batchSize)"))
        {
            using (writer.Open("if (batchSize <= 0 || batchSize != this.forwardBatchSize)"))
            {
                writer.Line($"throw new {RuntimeNames.InvalidOperationException}(");
                writer.Line($"    $\"{name}.Backward needs the activations of a Forward call on the same batch; the last Forward had batch size {{this.forwardBatchSize}}, this call has {{batchSize}}.\");");
            }

            writer.Line();
            using (writer.Open($"if (input.Length < batchSize * {layers[0].Inputs} || outputGradient.Length < batchSize * {last.Outputs})"))
            {
                writer.Line($"throw new {RuntimeNames.ArgumentException}(");
                writer.Line($"    $\"{name}.Backward needs at least batchSize × {layers[0].Inputs} inputs and batchSize × {last.Outputs} output gradients; \" +");
                writer.Line("    $\"got batch size {batchSize}, {input.Length} inputs and {outputGradient.Length} output gradients.\");");
            }

            writer.Line();
            string gradient = $"outputGradient.Slice(0, batchSize * {last.Outputs})";
            for (int i = layers.Count - 1; i >= 0; i--)
            {
                var layer = layers[i];
                bool first = i == 0;
                string input = first ? $"input.Slice(0, batchSize * {layer.Inputs})" : Buffer(t, layers[i - 1].ActivationsField, layer.Inputs);
                string inputGradient = first ? $"{RuntimeNames.Span}<{t}>.Empty" : Buffer(t, layers[i - 1].GradientField, layer.Inputs);
                writer.Call($"this.{layer.PropertyName}.Backward", input, Buffer(t, layer.ActivationsField, layer.Outputs), gradient, inputGradient, "batchSize");
                gradient = inputGradient;
            }
        }

        writer.Line();
    }

    private static void WriteUpdate(IndentedWriter writer, NetworkDefinition network)
    {
        writer.Line("/// <inheritdoc/>");
        using (writer.Open($"public void Update({RuntimeNames.Optimizer(network.Element)} optimizer)"))
        {
            foreach (var layer in network.Layers)
            {
                writer.Line($"this.{layer.PropertyName}.Update(optimizer);");
            }
        }
    }

    /// <summary>
    /// The buffer fields and their widths per sample: every layer's activations, then the gradients of every layer's
    /// output but the last's (the caller's <c>outputGradient</c> serves for that one).
    /// </summary>
    private static IEnumerable<(string Field, int Width)> Buffers(NetworkDefinition network)
    {
        var layers = network.Layers.Items;
        return layers.Select(layer => (layer.ActivationsField, layer.Outputs))
            .Concat(layers.Take(layers.Length - 1).Select(layer => (layer.GradientField, layer.Outputs)));
    }

    /// <summary>The first <c>batchSize × width</c> elements of a buffer field, as a span.</summary>
    private static string Buffer(string element, string field, int width) =>
        $"new {RuntimeNames.Span}<{element}>(this.{field}, 0, batchSize * {width})";
}
