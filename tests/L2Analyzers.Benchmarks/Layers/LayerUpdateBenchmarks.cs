using System.Globalization;
using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace L2Analyzers.Benchmarks.Layers;

/// <summary>The two layer shapes declared in GeneratedLayers.cs.</summary>
public enum LayerShape
{
    /// <summary>4 → 7: 28 weights, 7 biases.</summary>
    Small,

    /// <summary>784 → 128: 100,352 weights, 128 biases.</summary>
    Wide,
}

/// <summary>
/// A generated layer's <c>Update(optimizer)</c> with plain SGD against, on the same arrays, calling
/// <see cref="L2Update.Step{T}"/> on the weights directly (and the same SGD step on the biases), and against the runtime
/// layers' path <see cref="L2Update.RegularizedStep{T}"/>, which fuses the L2 term with an SGD step.
/// </summary>
[MemoryDiagnoser]
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class LayerUpdateBenchmarks<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly SgdOptimizer<T> optimizer = new(0.01);
    private ILayer<T> layer = null!;
    private Parameter<T> weights = null!;
    private Parameter<T> biases = null!;
    private T lambda = T.Zero;
    private L2Mode mode;

    [Params(LayerShape.Small, LayerShape.Wide)]
    public LayerShape Shape { get; set; }

    /// <summary>The <see cref="L2Mode"/> by name: the code BenchmarkDotNet generates for a case references only this assembly.</summary>
    [Params("GradientPenalty", "WeightDecay", "ScaledWeightDecay", "DecayFactor")]
    public string Mode { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string element = typeof(T) == typeof(float) ? "Float" : "Double";
        var type = typeof(LayerUpdateBenchmarks<>).Assembly.GetType($"{typeof(LayerShape).Namespace}.{Shape}{Mode}{element}", throwOnError: true)!;
        layer = (ILayer<T>)Activator.CreateInstance(type)!;
        mode = Enum.Parse<L2Mode>(Mode);
        lambda = T.CreateChecked(Convert.ToDouble(type.GetField("L2Lambda")!.GetRawConstantValue(), CultureInfo.InvariantCulture));
        (weights, biases) = (layer.Parameters[0], layer.Parameters[1]);
        var random = new Random(1);
        layer.Initialize(random);
        foreach (var gradients in new[] { weights.Gradients, biases.Gradients })
        {
            for (int i = 0; i < gradients.Length; i++)
            {
                gradients[i] = T.CreateChecked((random.NextDouble() - 0.5) * 1e-3);
            }
        }
    }

    [Benchmark(Baseline = true, Description = "L2Update.Step on the arrays")]
    public void DirectStep()
    {
        L2Update.Step(mode, lambda, weights.Values, weights.Gradients, optimizer.LearningRate);
        optimizer.Step(biases);
    }

    [Benchmark(Description = "generated Update(SGD)")]
    public void GeneratedUpdate() => layer.Update(optimizer);

    [Benchmark(Description = "L2Update.RegularizedStep (runtime layers)")]
    public void RegularizedStep()
    {
        L2Update.RegularizedStep(optimizer, weights, mode, lambda);
        optimizer.Step(biases);
    }
}
