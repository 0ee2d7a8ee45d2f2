using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace L2Analyzers.Benchmarks.Kernels;

/// <summary>
/// <see cref="L2Update.Step{T}"/> for every mode against, in the same run, a memory-traffic baseline that moves the
/// same bytes (<see cref="MemoryTrafficBaseline"/>, on the whole array, in 16 KiB blocks and as plain loops of one
/// <see cref="System.Numerics.Vector{T}"/> or one 512-bit vector per iteration), and the classic tutorial's
/// scalar per-element loop.
/// </summary>
[MemoryDiagnoser]
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class UpdateKernelBenchmarks<T>
    where T : IFloatingPointIeee754<T>
{
    internal static readonly T Lambda = T.CreateChecked(0.0015);
    internal static readonly T Retention = T.One - Lambda;
    internal static readonly T LearningRate = T.CreateChecked(0.05);
    private T[] weights = [];
    private T[] gradients = [];

    /// <summary>1 Ki (L1-resident), 64 Ki (cache-resident) and 4 Mi (memory-bound) elements.</summary>
    [Params(1024, 65536, 4194304)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        weights = new T[Length];
        gradients = new T[Length];
        MemoryTrafficBaseline.Fill(weights, gradients);
    }

    [Benchmark(Baseline = true, Description = "memory traffic (TensorPrimitives.Add)")]
    public void MemoryTraffic() => MemoryTrafficBaseline.Whole(weights, gradients);

    [Benchmark(Description = "memory traffic, 16 KiB blocks")]
    public void MemoryTrafficBlocked() => MemoryTrafficBaseline.InBlocks(weights, gradients);

    [Benchmark(Description = "memory traffic, plain Vector<T> loop")]
    public void VectorLoop() => MemoryTrafficBaseline.VectorLoop(weights, gradients);

    [Benchmark(Description = "memory traffic, plain Vector512 loop")]
    public void Vector512Loop() => MemoryTrafficBaseline.Vector512Loop(weights, gradients);

    [Benchmark(Description = "Step GradientPenalty")]
    public void StepGradientPenalty() => L2Update.Step(L2Mode.GradientPenalty, Lambda, weights, gradients, LearningRate);

    [Benchmark(Description = "Step WeightDecay")]
    public void StepWeightDecay() => L2Update.Step(L2Mode.WeightDecay, Lambda, weights, gradients, LearningRate);

    [Benchmark(Description = "Step ScaledWeightDecay")]
    public void StepScaledWeightDecay() => L2Update.Step(L2Mode.ScaledWeightDecay, Lambda, weights, gradients, LearningRate);

    [Benchmark(Description = "Step DecayFactor")]
    public void StepDecayFactor() => L2Update.Step(L2Mode.DecayFactor, Retention, weights, gradients, LearningRate);

    /// <summary>The classic tutorial's loop: <c>weight -= decay * weight</c>, then the gradient step, one element at a time.</summary>
    [Benchmark(Description = "scalar loop (classic tutorial)")]
    public void ScalarLoop()
    {
        T[] w = weights, g = gradients;
        T decay = LearningRate * Lambda;
        for (int i = 0; i < w.Length; i++)
        {
            w[i] -= decay * w[i];
            w[i] -= LearningRate * g[i];
        }
    }
}
