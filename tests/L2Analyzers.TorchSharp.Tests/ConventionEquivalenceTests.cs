using L2Analyzers.TorchSharp.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp.Tests;

/// <summary>
/// The equivalences the analyzers' messages state for torch optimizers, on libtorch: SGD's weight_decay λ is
/// GradientPenalty λ ≡ WeightDecay η·λ ≡ ScaledWeightDecay λ ≡ DecayFactor 1 − η·λ under plain SGD
/// (<see cref="L2Convention.FromPyTorchWeightDecay"/>); AdamW's weight_decay λ is ScaledWeightDecay λ, w ← w − lr·λ·w
/// per step (<see cref="L2Convention.FromAdamW"/>); Adam's weight_decay is added to the gradient before the adaptive
/// scaling, so a weight with a large gradient is barely decayed (L2R005). Float tolerance 2e-6 (SGD) and 2e-5 (Adam) over 5 steps.
/// </summary>
public sealed class ConventionEquivalenceTests
{
    private const double LearningRate = 0.05;
    private const double Tolerance = 2e-6;

    [Theory]
    [InlineData("SGD", L2Mode.GradientPenalty)]
    [InlineData("SGD", L2Mode.WeightDecay)]
    [InlineData("SGD", L2Mode.ScaledWeightDecay)]
    [InlineData("SGD", L2Mode.DecayFactor)]
    [InlineData("AdamW", L2Mode.ScaledWeightDecay)]
    [InlineData("AdamW", L2Mode.WeightDecay)]
    [InlineData("AdamW", L2Mode.DecayFactor)]
    public void Torch_weight_decay_equals_L2Torch_at_the_converted_lambda(string optimizer, L2Mode mode)
    {
        bool sgd = optimizer == "SGD";
        double weightDecay = sgd ? 0.4 : 0.5;
        double lambda = sgd
            ? L2Convention.FromPyTorchWeightDecay(weightDecay, mode, LearningRate)
            : L2Convention.FromAdamW(weightDecay, mode, LearningRate);
        using var torchModel = WeightsOnly();
        using var l2Model = WeightsOnly();
        using optim.Optimizer torchOptimizer = sgd
            ? optim.SGD(torchModel.parameters(), LearningRate, weight_decay: weightDecay)
            : optim.AdamW(torchModel.parameters(), LearningRate, weight_decay: weightDecay);
        using var l2Optimizer = sgd ? L2Torch.SGD(l2Model, LearningRate, mode, lambda) : L2Torch.Adam(l2Model, LearningRate, mode, lambda);

        AssertSameTrajectory(torchModel, torchOptimizer, l2Model, l2Optimizer, sgd ? Tolerance : 2e-5);
    }

    [Fact]
    public void AdamW_shrinks_each_weight_by_lr_times_weight_decay_per_step()
    {
        using var model = WeightsOnly();
        var before = TinyNet.Values(model.weight);
        using var adamW = optim.AdamW(model.parameters(), LearningRate, weight_decay: 0.5);

        TinyNet.SetGradients(model, step: 1, scale: 0); // Adam's own step is 0/(0 + ε) = 0
        adamW.step();

        Assert.Equal(before.Select(w => (1 - (LearningRate * 0.5)) * w), TinyNet.Values(model.weight).Select(w => (double)w), new Tolerant(1e-7));
    }

    [Fact]
    public void Adam_weight_decay_barely_decays_a_weight_with_a_large_gradient_while_AdamW_decays_it()
    {
        const double weightDecay = 0.5;
        var steps = new Dictionary<string, float[]>();
        foreach (var kind in new[] { "none", "Adam", "AdamW" })
        {
            using var model = WeightsOnly();
            using optim.Optimizer optimizer = kind switch
            {
                "none" => optim.Adam(model.parameters(), LearningRate),
                "Adam" => optim.Adam(model.parameters(), LearningRate, weight_decay: weightDecay),
                _ => optim.AdamW(model.parameters(), LearningRate, weight_decay: weightDecay),
            };
            TinyNet.SetGradients(model, step: 1, scale: 100); // |g| up to 100 against weight_decay·|w| ≤ 0.25
            optimizer.step();
            steps[kind] = TinyNet.Values(model.weight);
        }

        var w0 = TinyNet.Values(WeightsOnly().weight);
        for (int i = 0; i < w0.Length; i++)
        {
            double decoupled = LearningRate * weightDecay * Math.Abs(w0[i]);
            Assert.Equal(decoupled, Math.Abs(steps["AdamW"][i] - steps["none"][i]), 1e-6);
            Assert.True(Math.Abs(steps["Adam"][i] - steps["none"][i]) < 0.01 * decoupled, $"coupled decay of weight {i}");
        }
    }

    /// <summary>One bias-free linear layer: torch's own optimizers decay everything, so only weights are compared fairly.</summary>
    private static global::TorchSharp.Modules.Linear WeightsOnly() => TinyNet.Fill(nn.Linear(3, 4, hasBias: false));

    private static void AssertSameTrajectory(nn.Module expectedModel, optim.Optimizer expected, nn.Module actualModel, optim.Optimizer actual, double tolerance)
    {
        for (int step = 1; step <= 5; step++)
        {
            TinyNet.SetGradients(expectedModel, step);
            TinyNet.SetGradients(actualModel, step);
            expected.step();
            actual.step();
            var want = TinyNet.Values(expectedModel.parameters().Single());
            var got = TinyNet.Values(actualModel.parameters().Single());
            Assert.Equal(want.Select(v => (double)v), got.Select(v => (double)v), new Tolerant(tolerance));
        }
    }

    private sealed class Tolerant(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
