using static TorchSharp.torch;

namespace TorchSharpTraining;

/// <summary>What one epoch left: test accuracy, and the mean |value| of the biases and of the LayerNorm gains.</summary>
internal sealed record EpochRecord(int Epoch, double TestAccuracy, double MeanAbsBias, double MeanLayerNormGain);

/// <summary>Mini-batch training of a model with an optimizer, recording each epoch.</summary>
internal static class Training
{
    public const int Epochs = 150;
    public const int BatchSize = 8;

    /// <summary>The classifier: 4 → 16 (LayerNorm, tanh) → 3, initialized from <paramref name="seed"/>.</summary>
    public static nn.Module<Tensor, Tensor> CreateModel(int seed)
    {
        manual_seed(seed);
        return nn.Sequential(("0", nn.Linear(4, 16)), ("1", nn.LayerNorm(16)), ("2", nn.Tanh()), ("3", nn.Linear(16, 3)));
    }

    public static List<EpochRecord> Run(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, IrisTensors data, int seed)
    {
        var records = new List<EpochRecord>();
        var generator = new Generator().manual_seed(seed);
        long count = data.TrainingFeatures.shape[0];
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            var order = randperm(count, generator: generator);
            for (long start = 0; start < count; start += BatchSize)
            {
                using var scope = NewDisposeScope();
                var batch = order.narrow(0, start, Math.Min(BatchSize, count - start));
                optimizer.zero_grad();
                var loss = nn.functional.cross_entropy(model.forward(data.TrainingFeatures[batch]), data.TrainingLabels[batch]);
                loss.backward();
                optimizer.step();
            }

            records.Add(Record(epoch, model, data));
        }

        return records;
    }

    private static EpochRecord Record(int epoch, nn.Module<Tensor, Tensor> model, IrisTensors data)
    {
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        double accuracy = model.forward(data.TestFeatures).argmax(1).eq(data.TestLabels).to_type(ScalarType.Float32).mean().item<float>();
        var parameters = model.named_parameters().ToList();
        double biases = parameters.Where(p => p.name.EndsWith(".bias", StringComparison.Ordinal) && !p.name.StartsWith("1.", StringComparison.Ordinal))
            .Average(p => p.parameter.abs().mean().item<float>());
        double gains = parameters.Single(p => p.name == "1.weight").parameter.mean().item<float>();
        return new EpochRecord(epoch, accuracy, biases, gains);
    }
}
