using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Training;

public class TrainerTests
{
    private static readonly L2Regularization Penalty = new(L2Mode.GradientPenalty, 0.01);

    [Fact]
    public void Learns_a_separable_problem_and_reports_every_epoch()
    {
        var (training, test) = Blobs.Create<float>(300, seed: 1).Split(0.2, seed: 2);
        var network = Blobs.Network<float>(Penalty);
        var recorder = new Recorder<EpochMetrics>();
        var history = Trainer.Train(network, new SgdOptimizer<float>(0.1), training, test, new TrainingOptions { Epochs = 15, BatchSize = 8, Seed = 3 }, recorder);

        Assert.Equal(15, history.Epochs.Count);
        Assert.Equal(history.Epochs, recorder.Reports);
        Assert.True(history.Last.TrainingLoss < history.Epochs[0].TrainingLoss / 2, $"loss {history.Epochs[0].TrainingLoss} → {history.Last.TrainingLoss}");
        Assert.True(history.Last.TestAccuracy > 0.95, $"test accuracy {history.Last.TestAccuracy}");
        Assert.Equal(15 * 30, history.Last.Steps); // 240 samples in batches of 8
        Assert.False(history.StoppedEarly);
        var evaluation = Trainer.Evaluate(network, test);
        Assert.Equal(evaluation.Loss, history.Last.TestLoss!.Value, 12);
        Assert.Equal(evaluation.Accuracy, history.Last.TestAccuracy);
    }

    [Fact]
    public void Metrics_report_the_penalty_and_weight_magnitudes_of_the_final_weights()
    {
        var data = Blobs.Create<double>(60, seed: 4);
        var l2 = new L2Regularization(L2Mode.WeightDecay, 0.001); // λ_g = 0.001 / η = 0.02 at η = 0.05
        var network = Blobs.Network<double>(l2);
        var metrics = Trainer.Train(network, new SgdOptimizer<double>(0.05), data, new TrainingOptions { Epochs = 2, BatchSize = 5 }).Last;

        var weights = network.Layers.SelectMany(layer => layer.Parameters).Where(p => p.Role == ParameterRole.Weight).SelectMany(p => p.Values).ToArray();
        Assert.Equal(0.02 / 2 * weights.Sum(w => w * w), metrics.L2Penalty, 10);
        Assert.Equal(weights.Average(Math.Abs), metrics.MeanAbsWeight, 12);
        Assert.Equal(weights.Max(Math.Abs), metrics.MaxAbsWeight, 15);
        Assert.Null(metrics.TestLoss);
        Assert.NotNull(metrics.TrainingAccuracy);
    }

    [Fact]
    public void MaxAbsWeight_is_a_magnitude_when_the_largest_weight_is_negative()
    {
        var network = Blobs.Network<double>();
        network.Layers[1].Parameters[0].Values[3] = -40;
        var metrics = Trainer.Train(network, new SgdOptimizer<double>(1e-12), Blobs.Create<double>(6, seed: 1), new TrainingOptions { Epochs = 1 }).Last;
        Assert.Equal(40, metrics.MaxAbsWeight, 6);
    }

    [Fact]
    public void The_same_seeds_give_bit_identical_weights_and_another_seed_does_not()
    {
        float[][] Run(int seed)
        {
            var network = Blobs.Network<float>(new L2Regularization(L2Mode.ScaledWeightDecay, 0.01), seed: 7);
            Trainer.Train(network, new AdamOptimizer<float>(0.01), Blobs.Create<float>(100, seed: 8), new TrainingOptions { Epochs = 3, BatchSize = 7, Seed = seed });
            return network.Layers.SelectMany(layer => layer.Parameters).Select(p => p.Values.ToArray()).ToArray();
        }

        var first = Run(seed: 5);
        var second = Run(seed: 5);
        for (int p = 0; p < first.Length; p++)
        {
            TestData.AssertBitEqual<float>(first[p], second[p]);
        }

        Assert.NotEqual(first[0], Run(seed: 6)[0]);
    }

    [Fact]
    public void Early_stopping_stops_after_the_patience_and_restores_the_best_epoch()
    {
        var data = Blobs.Create<double>(60, seed: 9);
        var firstEpochOnly = Blobs.Network<double>();
        Trainer.Train(firstEpochOnly, new SgdOptimizer<double>(0.05), data, new TrainingOptions { Epochs = 1, BatchSize = 10, Seed = 1 });

        // With an unreachable MinDelta only epoch 1 counts as an improvement.
        var network = Blobs.Network<double>();
        var stopping = new EarlyStopping { Patience = 2, MinDelta = 1e9 };
        var history = Trainer.Train(network, new SgdOptimizer<double>(0.05), data, new TrainingOptions { Epochs = 10, BatchSize = 10, Seed = 1, EarlyStopping = stopping });

        Assert.True(history.StoppedEarly);
        Assert.Equal(3, history.Epochs.Count);
        Assert.Equal(1, history.BestEpoch);
        Assert.True(history.RestoredBestWeights);
        for (int l = 0; l < 2; l++)
        {
            for (int p = 0; p < 2; p++)
            {
                TestData.AssertBitEqual<double>(firstEpochOnly.Layers[l].Parameters[p].Values, network.Layers[l].Parameters[p].Values);
            }
        }
    }

    [Fact]
    public void Steps_allocate_nothing_once_the_buffers_exist()
    {
        var data = Blobs.Create<float>(600, seed: 10);
        var network = Blobs.Network<float>(Penalty);
        var optimizer = new MomentumOptimizer<float>(0.01, 0.9);
        long Allocated(int epochs)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Trainer.Train(network, optimizer, data, new TrainingOptions { Epochs = epochs, BatchSize = 1 });
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Allocated(1); // warm up
        long oneEpoch = Allocated(1);
        long fourEpochs = Allocated(4);
        // 1,800 more steps; only the per-epoch metrics may allocate.
        Assert.True(fourEpochs - oneEpoch < 3 * 2048, $"1 epoch: {oneEpoch} B, 4 epochs: {fourEpochs} B");
    }

    [Fact]
    public void Invalid_options_and_mismatched_data_are_rejected()
    {
        var data = Blobs.Create<float>(10, seed: 1);
        var network = Blobs.Network<float>();
        var sgd = new SgdOptimizer<float>(0.1);
        Assert.Equal("BatchSize", Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Train(network, sgd, data, new TrainingOptions { BatchSize = 0 })).ParamName);
        Assert.Equal("Patience", Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Train(network, sgd, data, new TrainingOptions { EarlyStopping = new EarlyStopping { Patience = 0 } })).ParamName);
        var wrong = new Dataset<float>(new float[10], 5, new float[6], 3);
        Assert.Contains("5 features", Assert.Throws<ArgumentException>(() => Trainer.Train(network, sgd, wrong, new TrainingOptions())).Message);
    }
}
