using BenchmarkDotNet.Attributes;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp.Benchmarks;

/// <summary>
/// One SGD step with a coupled L2 penalty on float weights: <see cref="L2Update.Step{T}"/> (the baseline) against
/// TorchSharp's <c>torch.optim.SGD(weight_decay).step()</c> on one parameter with a fixed gradient, <c>set_num_threads(1)</c>;
/// 64 Ki elements (cache-resident) and 4 Mi (memory-bound).
/// </summary>
[MemoryDiagnoser]
public class StepBenchmarks
{
    private const float LearningRate = 0.05f, Lambda = 0.03f;
    private float[] weights = [];
    private float[] gradients = [];
    private optim.Optimizer sgd = null!;

    [Params(65536, 4194304)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        set_num_threads(1);
        var random = new Random(1);
        weights = Enumerable.Range(0, Length).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        gradients = Enumerable.Range(0, Length).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var parameter = new Parameter(tensor(weights));
        parameter.grad = tensor(gradients);
        sgd = optim.SGD([parameter], LearningRate, weight_decay: Lambda);
    }

    [Benchmark(Baseline = true, Description = "L2Update.Step GradientPenalty")]
    public void Step() => L2Update.Step(L2Mode.GradientPenalty, Lambda, weights, gradients, LearningRate);

    [Benchmark(Description = "torch.optim.SGD(weight_decay).step()")]
    public void TorchStep() => sgd.step();
}
