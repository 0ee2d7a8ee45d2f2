using System.Numerics;
using L2Analyzers.Reliability.Tests.Runtime.Support;
using Xunit.Abstractions;

namespace L2Analyzers.Reliability.Tests.Runtime;

/// <summary>
/// Training in every L2 mode at an unstable setting stops with a <see cref="TrainingDivergedException"/> that names the
/// step and the layer, and the diverged network never reaches a checkpoint with NaN or infinite values or optimizer state.
/// </summary>
public sealed class DivergenceTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Theory]
    [MemberData(nameof(UnstableSetting.All), MemberType = typeof(UnstableSetting))]
    public void Every_mode_at_an_unstable_setting_stops_with_the_documented_exception_and_is_never_saved_with_non_finite_values(UnstableSetting setting)
    {
        Diverge<float>(setting);
        Diverge<double>(setting);
    }

    [Fact]
    public void Weights_the_loss_cannot_see_diverge_to_infinity_and_are_never_saved()
    {
        // All-zero inputs hide the first layer's weights from the loss, so only the end-of-epoch check sees them grow by
        // the decay alone, |1 − η·λ| = 1.5 per step, up to infinity: the trainer then leaves non-finite weights behind.
        var invisible = new UnstableSetting(L2Mode.ScaledWeightDecay, 50, "sgd", 0.05, ExplainedByL2: true);
        Assert.False(DivergeFromZeroInputs<float>(invisible));
        Assert.False(DivergeFromZeroInputs<double>(invisible));
    }

    [Fact]
    public void Save_refuses_a_network_holding_NaN_or_infinity_and_keeps_the_previous_checkpoint()
    {
        string path = directory.File("model.l2ck");
        var network = UnstableSetting.Settings[0].CreateNetwork<double>();
        Checkpoint.Save(network, path);
        byte[] good = File.ReadAllBytes(path);

        foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            network.Layers[1].Parameters[1].Values[2] = bad;
            var error = Assert.Throws<ArgumentException>(() => Checkpoint.Save(network, path));
            Assert.Contains($"Layer 1 (DenseLayer<Double>(5 → 3, Identity, L2Mode.GradientPenalty λ = 50)) has {bad} at index 2 of 'Biases'", error.Message);
            Assert.Equal(good, File.ReadAllBytes(path));
            Assert.Equal([path], Directory.GetFiles(directory.Path));
        }
    }

    private bool Diverge<T>(UnstableSetting setting)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Diverge(setting, setting.CreateNetwork<T>(), UnstableSetting.Data<T>());

    private bool DivergeFromZeroInputs<T>(UnstableSetting setting)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var network = new Sequential<T>(
            LossKind.MeanSquaredError,
            new DenseLayer<T>(4, 5, Activation.Identity, new L2Regularization(setting.Mode, setting.Lambda)),
            new DenseLayer<T>(5, 3, Activation.Identity));
        network.Initialize(seed: 1);
        var data = UnstableSetting.Data<T>();
        return Diverge(setting, network, Dataset<T>.FromLabels(new T[data.Features.Length], data.FeatureCount, data.Labels.ToArray(), data.TargetCount));
    }

    // Whether the diverged network's parameters were all still finite.
    private bool Diverge<T>(UnstableSetting setting, Sequential<T> network, Dataset<T> data)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        string path = directory.File($"{typeof(T).Name}.l2ck");
        Checkpoint.Save(network, path);
        byte[] beforeTraining = File.ReadAllBytes(path);

        var error = Assert.Throws<TrainingDivergedException>(() => Trainer.Train(
            network, setting.CreateOptimizer<T>(), data, new TrainingOptions { Epochs = 500, BatchSize = 1, Seed = 3 }));

        var layer = network.Layers[error.LayerIndex];
        Assert.Contains(error.ParameterName, layer.Parameters.Select(p => p.Name));
        Assert.True(error.Step >= 1 && error.Epoch >= 1);
        Assert.Contains($"step {error.Step} (epoch {error.Epoch})", error.Message);
        Assert.Matches($"[Ll]ayer {error.LayerIndex} \\({System.Text.RegularExpressions.Regex.Escape(layer.ToString()!)}\\)", error.Message);
        Assert.Equal(setting.ExplainedByL2, error.ExplainedByL2);

        bool finite = NetworkValues.AllFinite(network);
        if (finite && !NetworkValues.StateIsFinite(network))
        {
            Assert.Contains("optimizer state only (did training diverge?)", Assert.Throws<ArgumentException>(() => Checkpoint.Save(network, path)).Message);
            Assert.Equal(beforeTraining, File.ReadAllBytes(path));
            foreach (var parameter in network.Layers.SelectMany(layer => layer.Parameters))
            {
                parameter.OptimizerState = null; // as the message advises
            }
        }

        if (finite)
        {
            Checkpoint.Save(network, path);
            Checkpoint.Load(network, path);
        }
        else
        {
            Assert.Contains("finite values only", Assert.Throws<ArgumentException>(() => Checkpoint.Save(network, path)).Message);
            Assert.Equal(beforeTraining, File.ReadAllBytes(path));
        }

        output.WriteLine($"{typeof(T).Name}, {setting}: diverged at step {error.Step} in layer {error.LayerIndex} '{error.ParameterName}', " +
            $"explained by L2: {error.ExplainedByL2}; {(finite ? "parameters still finite, saved and reloaded" : "non-finite parameters, Save refused")}.");
        return finite;
    }
}
