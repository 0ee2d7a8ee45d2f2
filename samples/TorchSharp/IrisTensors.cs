using L2Analyzers;
using static TorchSharp.torch;

namespace TorchSharpTraining;

/// <summary>Fisher's Iris flowers (samples/Overfitting/Data/iris.csv), split and standardized by the runtime, as tensors.</summary>
internal sealed record IrisTensors(Tensor TrainingFeatures, Tensor TrainingLabels, Tensor TestFeatures, Tensor TestLabels)
{
    public static IrisTensors Load(int seed)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "iris.csv");
        var flowers = CsvDataset.Load<float>(path, new CsvOptions { LabelColumnName = "species" });
        var (training, test) = flowers.Split(testFraction: 0.2, seed);
        var standardize = Normalization<float>.Standardize(training);
        var (trainX, trainY) = ToTensors(standardize.Apply(training));
        var (testX, testY) = ToTensors(standardize.Apply(test));
        return new IrisTensors(trainX, trainY, testX, testY);
    }

    private static (Tensor Features, Tensor Labels) ToTensors(Dataset<float> data) =>
        (tensor(data.Features.ToArray()).reshape(data.Count, data.FeatureCount),
         tensor(data.Labels.ToArray().Select(label => (long)label).ToArray()));
}
