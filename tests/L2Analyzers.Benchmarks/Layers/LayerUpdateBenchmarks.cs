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

    [Params(LayerShape.Small, LayerShape.Wide)]
    public LayerShape Shape { get; set; }

    [Params(L2Mode.GradientPenalty, L2Mode.WeightDecay, L2Mode.ScaledWeightDecay, L2Mode.DecayFactor)]
    public L2Mode Mode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string element = typeof(T) == typeof(float) ? "Float" : "Double";
        var type = typeof(LayerUpdateBenchmarks<>).Assembly.GetType($"{typeof(LayerShape).Namespace}.{Shape}{Mode}{element}", throwOnError: true)!;
        layer = (ILayer<T>)Activator.CreateInstance(type)!;
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
        L2Update.Step(Mode, lambda, weights.Values, weights.Gradients, optimizer.LearningRate);
        optimizer.Step(biases);
    }

    [Benchmark(Description = "generated Update(SGD)")]
    public void GeneratedUpdate() => layer.Update(optimizer);

    [Benchmark(Description = "L2Update.RegularizedStep (runtime layers)")]
    public void RegularizedStep()
    {
        L2Update.RegularizedStep(optimizer, weights, Mode, lambda);
        optimizer.Step(biases);
    }
}
