using System.Numerics;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace L2Analyzers.Benchmarks.Kernels;

/// <summary>
/// <see cref="L2Update.Step{T}"/> for every mode against, in the same run, a memory-traffic baseline that moves the
/// same bytes (reads w and g, writes w) with TensorPrimitives, and the classic tutorial's scalar per-element loop.
/// </summary>
[MemoryDiagnoser]
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class UpdateKernelBenchmarks<T>
    where T : IFloatingPointIeee754<T>
{
    private T[] weights = [];
    private T[] gradients = [];
    private readonly T lambda = T.CreateChecked(0.0015);
    private readonly T learningRate = T.CreateChecked(0.05);

    /// <summary>1 Ki (L1-resident), 64 Ki (cache-resident) and 4 Mi (memory-bound) elements.</summary>
    [Params(1024, 65536, 4194304)]
    public int Length { get; set; }

    [Params(L2Mode.GradientPenalty, L2Mode.WeightDecay, L2Mode.ScaledWeightDecay, L2Mode.DecayFactor)]
    public L2Mode Mode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        weights = Enumerable.Range(0, Length).Select(_ => T.CreateChecked(random.NextDouble() - 0.5)).ToArray();
        gradients = Enumerable.Range(0, Length).Select(_ => T.CreateChecked((random.NextDouble() - 0.5) * 1e-3)).ToArray();
    }

    [Benchmark(Baseline = true, Description = "memory traffic (TensorPrimitives.Add)")]
    public void MemoryTraffic() => TensorPrimitives.Add<T>(weights, gradients, weights);

    [Benchmark(Description = "L2Update.Step")]
    public void Step() => L2Update.Step(Mode, Mode == L2Mode.DecayFactor ? T.One - lambda : lambda, weights, gradients, learningRate);

    [Benchmark(Description = "scalar loop (classic tutorial)")]
    public void ScalarLoop()
    {
        T[] w = weights, g = gradients;
        T decay = learningRate * lambda;
        for (int i = 0; i < w.Length; i++)
        {
            w[i] -= decay * w[i];
            w[i] -= learningRate * g[i];
        }
    }
}
