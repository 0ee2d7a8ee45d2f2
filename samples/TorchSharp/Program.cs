using L2Analyzers;
using L2Analyzers.TorchSharp;
using TorchSharpTraining;
using static TorchSharp.torch;

// The same Iris classifier (with a LayerNorm) trained twice with the same data order and start values:
//   L2Torch.SGD(model, η, GradientPenalty, λ)            decays the two Linear weight matrices only;
//   torch.optim.SGD(model.parameters(), η, weight_decay: λ) decays everything, biases and LayerNorm gains included.
const double LearningRate = 0.05;
const double WeightDecay = 0.05; // strong on purpose (η·λ = 0.25% per step), so the difference shows in 150 epochs
const int Seed = 3;

set_num_threads(1);
var data = IrisTensors.Load(Seed);
string folder = args.Length > 0 ? args[0] : "torchsharp-results";
Directory.CreateDirectory(folder);

var runs = new List<(string Name, List<EpochRecord> Records)>();
foreach (var name in new[] { "L2Torch.SGD (weights only)", "torch.optim.SGD(model.parameters(), weight_decay)" })
{
    var model = Training.CreateModel(Seed);
    optim.Optimizer optimizer = name.StartsWith("L2Torch", StringComparison.Ordinal)
        ? L2Torch.SGD(model, LearningRate, L2Mode.GradientPenalty, WeightDecay)
#pragma warning disable L2R011 // the recipe this sample measures; the analyzer suggests splitting the parameters by rank
        : optim.SGD(model.parameters(), LearningRate, weight_decay: WeightDecay);
#pragma warning restore L2R011
    Console.WriteLine($"== {name}");
    Console.WriteLine(L2Torch.Audit(optimizer, model));
    runs.Add((name, Training.Run(model, optimizer, data, Seed)));
}

Console.WriteLine($"After {Training.Epochs} epochs (η = {LearningRate}, λ = {WeightDecay}, batches of {Training.BatchSize}):");
Console.WriteLine($"{"optimizer",-52} {"test accuracy",13} {"mean |bias|",12} {"mean LayerNorm gain",20}");
foreach (var (name, records) in runs)
{
    var last = records[^1];
    Console.WriteLine($"{name,-52} {last.TestAccuracy,13:P1} {last.MeanAbsBias,12:F4} {last.MeanLayerNormGain,20:F4}");
}

string plot = Path.GetFullPath(Path.Combine(folder, "torchsharp-l2.png"));
ShrinkChart.Save(runs, plot);
Console.WriteLine($"Plot: {plot}");
