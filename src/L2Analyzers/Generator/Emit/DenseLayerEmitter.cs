using System;
using System.Globalization;
using L2Analyzers.Common.Definitions;

namespace L2Analyzers.Generator.Emit;

/// <summary>
/// Emits a whole <c>[DenseLayer]</c>: parameters, initialization, forward, backward and the regularized update,
/// implementing the runtime's <c>ILayer&lt;T&gt;</c>. The arithmetic is the runtime's kernels; the L2 mode and lambda
/// are compiled in as constants, so the update never branches on the mode.
/// </summary>
internal static class DenseLayerEmitter
{
    private const string Identity = "Identity";
    private const string Rectifier = "ReLU";

    public static string Emit(DenseLayerDefinition layer) =>
        GeneratedSource.Write(layer.Scope, $"{RuntimeNames.Layer(layer.Element)}, {RuntimeNames.RegularizedLayer}", layer, WriteConstants, WriteParameters, WriteInitialize, WriteForward, WriteBackward, WriteUpdate);

    private static void WriteConstants(IndentedWriter writer, DenseLayerDefinition layer)
    {
        writer.Member("The number of inputs per sample.", $"public const int Inputs = {layer.Inputs};");
        writer.Member("The number of outputs per sample.", $"public const int Outputs = {layer.Outputs};");
        if (layer.L2 is { } l2)
        {
            writer.Member("The convention of <see cref=\"L2Lambda\"/>, applied to <see cref=\"Weights\"/> in <see cref=\"Update\"/>.", $"public const {RuntimeNames.L2Mode} L2Mode = {RuntimeNames.L2Mode}.{l2.Mode};");
            writer.Member("The L2 lambda of the weights, in the units of <see cref=\"L2Mode\"/>. The biases are never regularized.", $"public const double L2Lambda = {Literals.Double(l2.Lambda)};");
        }
    }

    private static void WriteParameters(IndentedWriter writer, DenseLayerDefinition layer)
    {
        string parameter = RuntimeNames.Parameter(layer.Element);
        writer.Line($"private {parameter}[]? parameterList;").Line();
        writer.Member("The weights, <see cref=\"Outputs\"/> × <see cref=\"Inputs\"/> row-major: row o holds the weights of output o.", $"public {parameter} Weights {{ get; }} = new {parameter}(\"Weights\", {RuntimeNames.ParameterRole}.Weight, Outputs, Inputs);");
        writer.Member("The biases, one per output. Never regularized.", $"public {parameter} Biases {{ get; }} = new {parameter}(\"Biases\", {RuntimeNames.ParameterRole}.Bias, Outputs, 1);");
        writer.Line("/// <inheritdoc/>");
        writer.Line("public int InputSize => Inputs;").Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public int OutputSize => Outputs;").Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public {RuntimeNames.ReadOnlyList(parameter)} Parameters =>");
        writer.Line("    this.parameterList ??= new[] { this.Weights, this.Biases };").Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line(layer.L2 is null
            ? $"public {RuntimeNames.L2Regularization}? L2 => null;"
            : $"public {RuntimeNames.L2Regularization}? L2 => new {RuntimeNames.L2Regularization}(L2Mode, L2Lambda);");
        writer.Line();
    }

    private static void WriteInitialize(IndentedWriter writer, DenseLayerDefinition layer)
    {
        bool he = layer.Activation == Rectifier;
        double limit = Math.Sqrt(6.0 / (he ? layer.Inputs : layer.Inputs + layer.Outputs));
        string scheme = he ? "He-uniform weights for ReLU, limit √(6 / inputs)" : $"Glorot-uniform weights for {layer.Activation}, limit √(6 / (inputs + outputs))";
        string rounded = limit.ToString("0.####", CultureInfo.InvariantCulture);
        writer.Summary($"{scheme}: each drawn from U(−{rounded}, {rounded}); zero biases.", "Also clears the gradients and the optimizer state.");
        using (writer.Open("public void Initialize(global::System.Random random)"))
        {
            writer.Line($"{RuntimeNames.WeightInitialization}.Fill<{layer.Element}>(this.Weights.Values, Inputs, Outputs, {RuntimeNames.Activation}.{layer.Activation}, random);");
            writer.Line("global::System.Array.Clear(this.Biases.Values);");
            writer.Line("global::System.Array.Clear(this.Weights.Gradients);");
            writer.Line("global::System.Array.Clear(this.Biases.Gradients);");
            writer.Line("this.Weights.OptimizerState = null;");
            writer.Line("this.Biases.OptimizerState = null;");
        }

        writer.Line();
    }

    private static void WriteForward(IndentedWriter writer, DenseLayerDefinition layer)
    {
        string t = layer.Element;
        writer.Line("/// <inheritdoc/>");
        using (writer.Open($"public void Forward({RuntimeNames.ReadOnlySpan}<{t}> input, {RuntimeNames.Span}<{t}> output, int batchSize)"))
        {
            using (writer.Open("if (batchSize <= 0 || input.Length < batchSize * Inputs || output.Length < batchSize * Outputs)"))
            {
                writer.Line($"throw new {RuntimeNames.ArgumentException}(");
                writer.Line($"    $\"{layer.Scope.TypeName.TrimStart('@')}.Forward needs a positive batch size, at least batchSize × {{Inputs}} inputs and batchSize × {{Outputs}} outputs; \" +");
                writer.Line("    $\"got batch size {batchSize}, {input.Length} inputs and {output.Length} outputs.\");");
            }

            writer.Line();
            writer.Line($"{RuntimeNames.Span}<{t}> activations = output.Slice(0, batchSize * Outputs);");
            writer.Line($"{RuntimeNames.DenseKernels}.Forward<{t}>(this.Weights.Values, this.Biases.Values, input.Slice(0, batchSize * Inputs), activations, batchSize);");
            if (layer.Activation != Identity)
            {
                writer.Line($"{RuntimeNames.Activations}.Apply<{t}>({RuntimeNames.Activation}.{layer.Activation}, activations, batchSize);");
            }
        }

        writer.Line();
    }

    private static void WriteBackward(IndentedWriter writer, DenseLayerDefinition layer)
    {
        string t = layer.Element;
        writer.Line("/// <inheritdoc/>");
        using (writer.Open(
            $"public void Backward({RuntimeNames.ReadOnlySpan}<{t}> input, {RuntimeNames.ReadOnlySpan}<{t}> output, " +
            $"{RuntimeNames.Span}<{t}> outputGradient, {RuntimeNames.Span}<{t}> inputGradient, int batchSize)"))
        {
            writer.Line("if (batchSize <= 0 || input.Length < batchSize * Inputs || output.Length < batchSize * Outputs ||");
            using (writer.Open("    outputGradient.Length < batchSize * Outputs || (!inputGradient.IsEmpty && inputGradient.Length < batchSize * Inputs))"))
            {
                writer.Line($"throw new {RuntimeNames.ArgumentException}(");
                writer.Line($"    $\"{layer.Scope.TypeName.TrimStart('@')}.Backward needs a positive batch size, at least batchSize × {{Inputs}} inputs, batchSize × {{Outputs}} outputs \" +");
                writer.Line($"    $\"and output gradients, and an input gradient that is empty or holds batchSize × {{Inputs}}; \" +");
                writer.Line("    $\"got batch size {batchSize}, {input.Length} inputs, {output.Length} outputs, {outputGradient.Length} output gradients and {inputGradient.Length} input gradients.\");");
            }

            writer.Line();
            writer.Line($"{RuntimeNames.Span}<{t}> preActivationGradient = outputGradient.Slice(0, batchSize * Outputs);");
            if (layer.Activation != Identity)
            {
                writer.Line("// ∂L/∂a → ∂L/∂z in place, through the activation's derivative.");
                writer.Line($"{RuntimeNames.Activations}.Backpropagate<{t}>({RuntimeNames.Activation}.{layer.Activation}, output.Slice(0, batchSize * Outputs), preActivationGradient, batchSize);");
            }

            writer.Call(
                $"{RuntimeNames.DenseKernels}.Backward<{t}>",
                "this.Weights.Values",
                "input.Slice(0, batchSize * Inputs)",
                "preActivationGradient",
                "this.Weights.Gradients",
                "this.Biases.Gradients",
                "inputGradient.IsEmpty ? inputGradient : inputGradient.Slice(0, batchSize * Inputs)",
                "batchSize");
        }

        writer.Line();
    }

    private static void WriteUpdate(IndentedWriter writer, DenseLayerDefinition layer)
    {
        string t = layer.Element;
        writer.Summary("One optimizer step for the weights and the biases. " + UpdateSummary(layer));
        using (writer.Open($"public void Update({RuntimeNames.Optimizer(t)} optimizer)"))
        {
            writer.Line($"{RuntimeNames.ArgumentNullException}.ThrowIfNull(optimizer);");
            // The runtime layers' path: with SGD the L2 term and the step are one fused pass over the weights.
            writer.Line(layer.L2 is { } l2
                ? $"{RuntimeNames.L2Update}.RegularizedStep<{t}>(optimizer, this.Weights, {RuntimeNames.L2Mode}.{l2.Mode}, {Literals.Number(l2.Lambda, t)});"
                : "optimizer.Step(this.Weights);");
            writer.Line();
            writer.Line("// Biases are not regularized: each only shifts its output and adds nothing to the model's complexity,");
            writer.Line("// so shrinking it would bias the fit without reducing overfitting.");
            writer.Line("optimizer.Step(this.Biases);");
        }
    }

    private static string UpdateSummary(DenseLayerDefinition layer)
    {
        if (layer.L2 is not { } l2)
        {
            return "No L2: the layer has no [L2] attribute.";
        }

        string lambda = Literals.Number(l2.Lambda, layer.Element);
        return l2.Mode switch
        {
            L2Mode.GradientPenalty =>
                $"L2 on the weights, GradientPenalty with λ = {lambda}, coupled: λ·w is added to their gradient before the step, so it enters momentum and Adam's moments.",
            L2Mode.ScaledWeightDecay =>
                $"L2 on the weights, ScaledWeightDecay with λ = {lambda}, decoupled (AdamW): w ← w − η·λ·w with the optimizer's current η, before the step.",
            L2Mode.WeightDecay =>
                $"L2 on the weights, WeightDecay with λ = {lambda}, decoupled: w ← w − λ·w (× {Literals.Number(l2.Retention, layer.Element)}) before the step.",
            _ => $"L2 on the weights, DecayFactor with λ = {lambda}, decoupled: w ← λ·w before the step.",
        };
    }
}
