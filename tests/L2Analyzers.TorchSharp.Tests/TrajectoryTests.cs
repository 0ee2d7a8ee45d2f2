using L2Analyzers.TorchSharp.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp.Tests;

/// <summary>
/// L2Torch on libtorch follows the runtime's own optimizers step by step (same values, same gradients, float):
/// SGD, SGD with momentum 0.9 and Adam, in each of the four modes. Tolerance: 2e-6 absolute for SGD and momentum,
/// 2e-5 for Adam (its division by √v + ε amplifies float rounding), on values of order 1 over 6 steps.
/// </summary>
public sealed class TrajectoryTests
{
    private const int Steps = 6;
    private const double LearningRate = 0.05;

    public static TheoryData<string, L2Mode, double> Cases()
    {
        var cases = new TheoryData<string, L2Mode, double>();
        foreach (var optimizer in new[] { "SGD", "Momentum", "Adam" })
        {
            cases.Add(optimizer, L2Mode.GradientPenalty, 0.3);
            cases.Add(optimizer, L2Mode.WeightDecay, 0.02);
            cases.Add(optimizer, L2Mode.ScaledWeightDecay, 0.3);
            cases.Add(optimizer, L2Mode.DecayFactor, 0.97);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Torch_trajectory_equals_the_runtime_optimizers(string kind, L2Mode mode, double lambda)
    {
        using var model = TinyNet.Create();
        var mirror = new RuntimeMirror(model, name => name.StartsWith("1.", StringComparison.Ordinal));
        using var optimizer = kind switch
        {
            "SGD" => L2Torch.SGD(model, LearningRate, mode, lambda),
            "Momentum" => L2Torch.SGD(model, LearningRate, mode, lambda, momentum: 0.9),
            _ => L2Torch.Adam(model, LearningRate, mode, lambda),
        };
        IOptimizer<float> runtime = kind switch
        {
            "SGD" => new SgdOptimizer<float>(LearningRate),
            "Momentum" => new MomentumOptimizer<float>(LearningRate, 0.9),
            _ => new AdamOptimizer<float>(LearningRate),
        };
        double tolerance = kind == "Adam" ? 2e-5 : 2e-6;

        for (int step = 1; step <= Steps; step++)
        {
            TinyNet.SetGradients(model, step);
            optimizer.step();
            mirror.Step(runtime, mode, lambda, step);
            foreach (var (name, parameter) in model.named_parameters())
            {
                var expected = mirror.Values(name);
                var actual = TinyNet.Values(parameter);
                for (int i = 0; i < expected.Length; i++)
                {
                    Assert.True(
                        Math.Abs(expected[i] - actual[i]) <= tolerance,
                        $"{kind} {mode}: {name}[{i}] after step {step} is {actual[i]} on libtorch, {expected[i]} in the runtime");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_weights_are_regularized(string kind, L2Mode mode, double lambda)
    {
        using var regularized = TinyNet.Create();
        using var plain = TinyNet.Create();
        using var withL2 = kind == "Adam" ? L2Torch.Adam(regularized, LearningRate, mode, lambda)
            : L2Torch.SGD(regularized, LearningRate, mode, lambda, kind == "Momentum" ? 0.9 : 0);
        using optim.Optimizer withoutL2 = kind == "Adam" ? optim.Adam(plain.parameters(), LearningRate)
            : optim.SGD(plain.parameters(), LearningRate, kind == "Momentum" ? 0.9 : 0);

        for (int step = 1; step <= 3; step++)
        {
            TinyNet.SetGradients(regularized, step);
            TinyNet.SetGradients(plain, step);
            withL2.step();
            withoutL2.step();
        }

        var plainValues = plain.named_parameters().ToDictionary(p => p.name, p => TinyNet.Values(p.parameter));
        foreach (var (name, parameter) in regularized.named_parameters())
        {
            var values = TinyNet.Values(parameter);
            if (name is "0.weight" or "2.weight")
            {
                Assert.NotEqual(plainValues[name], values);
            }
            else
            {
                Assert.Equal(plainValues[name], values); // biases and LayerNorm's gain and shift: bit for bit as without L2
            }
        }
    }

    [Theory]
    [InlineData(L2Mode.GradientPenalty, 0.3, 1 - (LearningRate * 0.3))]
    [InlineData(L2Mode.WeightDecay, 0.02, 0.98)]
    [InlineData(L2Mode.ScaledWeightDecay, 0.3, 1 - (LearningRate * 0.3))]
    [InlineData(L2Mode.DecayFactor, 0.97, 0.97)]
    public void One_plain_SGD_step_matches_the_formula(L2Mode mode, double lambda, double retained)
    {
        using var model = TinyNet.Create();
        var before = TinyNet.Values(model.named_parameters().First().parameter);
        using var optimizer = L2Torch.SGD(model, LearningRate, mode, lambda);
        TinyNet.SetGradients(model, step: 1);
        var gradient = TinyNet.Values(model.named_parameters().First().parameter.grad!);
        optimizer.step();

        var after = TinyNet.Values(model.named_parameters().First().parameter);
        for (int i = 0; i < before.Length; i++)
        {
            double expected = (retained * before[i]) - (LearningRate * gradient[i]);
            Assert.Equal(expected, after[i], 1e-6);
        }
    }
}
