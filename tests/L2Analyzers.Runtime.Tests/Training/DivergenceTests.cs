using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Training;

public class DivergenceTests
{
    [Fact]
    public void Diverging_weights_name_the_layer_the_step_and_the_eta_lambda_that_explains_it()
    {
        // GradientPenalty 50 at η = 0.05: η·λ = 2.5, so the decay multiplies each weight by −1.5 per step.
        var network = new Sequential<double>(
            LossKind.MeanSquaredError,
            new DenseLayer<double>(4, 3, Activation.Identity, new L2Regularization(L2Mode.GradientPenalty, 50)));
        network.Initialize(seed: 1);
        var error = Assert.Throws<TrainingDivergedException>(() =>
            Trainer.Train(network, new SgdOptimizer<double>(0.05), Blobs.Create<double>(30, seed: 2), new TrainingOptions { Epochs = 100, BatchSize = 1 }));

        Assert.True(error.ExplainedByL2);
        Assert.Equal(0, error.LayerIndex);
        Assert.Equal("Weights", error.ParameterName);
        Assert.True(error.Step > 1);
        Assert.Contains($"step {error.Step}", error.Message);
        Assert.Contains("Layer 0", error.Message);
        Assert.Contains("η·λ = 2.5", error.Message);
        Assert.Contains("λ < 20", error.Message);
    }

    [Fact]
    public void Momentum_accumulating_a_coupled_penalty_is_named()
    {
        // η·λ = 0.05·80 = 4 exceeds the heavy-ball bound 2(1 + μ) = 3.8 for momentum 0.9.
        var network = new Sequential<double>(
            LossKind.MeanSquaredError,
            new DenseLayer<double>(4, 3, Activation.Identity, new L2Regularization(L2Mode.GradientPenalty, 80)));
        network.Initialize(seed: 1);
        var error = Assert.Throws<TrainingDivergedException>(() =>
            Trainer.Train(network, new MomentumOptimizer<double>(0.05, 0.9), Blobs.Create<double>(30, seed: 2), new TrainingOptions { Epochs = 200, BatchSize = 1 }));
        Assert.True(error.ExplainedByL2);
        Assert.Contains("momentum μ = 0.9", error.Message);
        Assert.Contains("2(1 + μ) = 3.8", error.Message);
    }

    [Fact]
    public void A_divergence_that_L2_does_not_explain_says_so()
    {
        var network = new Sequential<double>(
            LossKind.MeanSquaredError,
            new DenseLayer<double>(4, 3, Activation.Identity, new L2Regularization(L2Mode.WeightDecay, 1e-4)));
        network.Initialize(seed: 1);
        var error = Assert.Throws<TrainingDivergedException>(() =>
            Trainer.Train(network, new SgdOptimizer<double>(5), Blobs.Create<double>(30, seed: 2), new TrainingOptions { Epochs = 100, BatchSize = 1 }));
        Assert.False(error.ExplainedByL2);
        Assert.Contains("No layer's L2 explains it", error.Message);
        Assert.Contains("η = 5", error.Message);
    }
}
