using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace L2Analyzers.Benchmarks.Kernels;

/// <summary>
/// One <see cref="IOptimizer{T}.Step"/> of SGD, momentum and Adam on one parameter, against the memory-traffic baseline
/// of the kernel benchmarks (<see cref="MemoryTrafficBaseline"/>) on the same parameter's values and gradients.
/// SGD moves the baseline's bytes; momentum and Adam also read and write their state.
/// </summary>
[MemoryDiagnoser]
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class OptimizerBenchmarks<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly SgdOptimizer<T> sgd = new(0.05);
    private readonly MomentumOptimizer<T> momentum = new(0.05, 0.9);
    private readonly AdamOptimizer<T> adam = new(0.001);
    private Parameter<T> parameter = null!;

    /// <summary>64 Ki (cache-resident, over TensorPrimitives' 256 KiB non-temporal threshold as double) and 4 Mi (memory-bound) elements.</summary>
    [Params(65536, 4194304)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        parameter = new Parameter<T>("Weights", ParameterRole.Weight, 1, Length);
        MemoryTrafficBaseline.Fill(parameter.Values, parameter.Gradients);
    }

    /// <summary>A first step creates the momentum buffer, so the measured steps allocate only if a step itself does.</summary>
    [GlobalSetup(Target = nameof(Momentum))]
    public void SetupMomentum()
    {
        Setup();
        Momentum();
    }

    /// <summary>A first step creates Adam's moments, so the measured steps allocate only if a step itself does.</summary>
    [GlobalSetup(Target = nameof(Adam))]
    public void SetupAdam()
    {
        Setup();
        Adam();
    }

    [Benchmark(Baseline = true, Description = "memory traffic (TensorPrimitives.Add)")]
    public void MemoryTraffic() => MemoryTrafficBaseline.Whole(parameter.Values, parameter.Gradients);

    [Benchmark(Description = "memory traffic, 16 KiB blocks")]
    public void MemoryTrafficBlocked() => MemoryTrafficBaseline.InBlocks(parameter.Values, parameter.Gradients);

    [Benchmark(Description = "SGD Step")]
    public void Sgd() => sgd.Step(parameter);

    [Benchmark(Description = "momentum Step")]
    public void Momentum() => momentum.Step(parameter);

    [Benchmark(Description = "Adam Step")]
    public void Adam() => adam.Step(parameter);
}
