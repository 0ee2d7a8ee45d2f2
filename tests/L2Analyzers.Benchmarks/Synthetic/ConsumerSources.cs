using System.Globalization;

namespace L2Analyzers.Benchmarks.Synthetic;

/// <summary>One C# file of the synthetic consumer project.</summary>
public sealed record SourceFile(string Path, string Text);

/// <summary>
/// The sources of a synthetic project that uses L2Analyzers the way a real one would: groups of five attributed dense
/// layers chained into a network, hand-written training loops (jagged arrays, <c>[L2]</c> fields, runtime L2 calls with
/// constant modes and lambdas, the tutorial's decay loop) and ordinary classes that have nothing to do with L2. It
/// compiles with and without the analyzers and generator (nothing calls a generated member), without warnings.
/// </summary>
public static class ConsumerSources
{
    /// <summary>The default size: 100 groups of 5 layers (500 layers, 100 networks), 200 training loops, 2,000 ordinary classes.</summary>
    public static IReadOnlyList<SourceFile> Create(int layerGroups = 100, int trainingLoops = 200, int ordinaryClasses = 2000)
    {
        var files = new List<SourceFile> { new("GlobalUsings.cs", GlobalUsings + "global using L2Analyzers;\n") };
        files.AddRange(Enumerable.Range(0, layerGroups).Select(LayerGroup));
        files.AddRange(Enumerable.Range(0, trainingLoops).Select(TrainingLoop));
        files.AddRange(Enumerable.Range(0, ordinaryClasses).Select(n => OrdinaryClass(n, ordinaryClasses)));
        return files;
    }

    /// <summary>
    /// A project that references the package but does not use it: the default number of ordinary classes and nothing of
    /// L2Analyzers (no attribute, no runtime call, no using of its namespace).
    /// </summary>
    public static IReadOnlyList<SourceFile> CreateUnused(int ordinaryClasses = 2000)
    {
        var files = new List<SourceFile> { new("GlobalUsings.cs", GlobalUsings) };
        files.AddRange(Enumerable.Range(0, ordinaryClasses).Select(n => OrdinaryClass(n, ordinaryClasses)));
        return files;
    }

    private const string GlobalUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n";

    /// <summary>The path of the ordinary class file that benchmarks and the cost script edit (unrelated to any definition).</summary>
    public static string UnrelatedFile => OrdinaryPath(0);

    /// <summary>The project file: the runtime as a reference, the analyzer assembly only when WithL2Analyzers is true.</summary>
    public static string ProjectFile => """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <LangVersion>latest</LangVersion>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="L2Analyzers.Runtime" HintPath="$(L2AnalyzersRuntime)" />
            <Reference Include="L2Analyzers.Abstractions" HintPath="$([System.IO.Path]::GetDirectoryName($(L2AnalyzersRuntime)))/L2Analyzers.Abstractions.dll" />
          </ItemGroup>
          <ItemGroup Condition="'$(WithL2Analyzers)' == 'true'">
            <Analyzer Include="$(L2AnalyzersAssembly)" />
            <Analyzer Include="$([System.IO.Path]::GetDirectoryName($(L2AnalyzersAssembly)))/L2Analyzers.Abstractions.dll" />
          </ItemGroup>
        </Project>
        """;

    private static readonly string[] Modes = ["GradientPenalty", "WeightDecay", "ScaledWeightDecay", "DecayFactor"];
    private static readonly string[] Lambdas = ["1e-4", "1e-5", "0.01", "0.9999"];
    private static readonly string[] Activations = ["Tanh", "ReLU", "Sigmoid", "ReLU"];

    private static SourceFile LayerGroup(int group)
    {
        int[] sizes = [8 + (4 * (group % 8)), 32, 24, 16, 8, 4];
        string element = group % 2 == 0 ? "float" : "double";
        var text = new System.Text.StringBuilder($"namespace Consumer.Layers.Group{group};\n\n");
        for (int layer = 0; layer < 5; layer++)
        {
            bool last = layer == 4;
            text.Append(Invariant($"[DenseLayer({sizes[layer]}, {sizes[layer + 1]}, Activation = Activation.{(last ? "Softmax" : Activations[layer % 4])}, ElementType = typeof({element}))]\n"));
            if (!last)
            {
                int mode = (group + layer) % 4;
                text.Append(Invariant($"[L2(Mode = L2Mode.{Modes[mode]}, Lambda = {Lambdas[mode]})]\n"));
            }

            text.Append(Invariant($"public partial class Layer{layer} {{ }}\n\n"));
        }

        text.Append("[Network(typeof(Layer0), typeof(Layer1), typeof(Layer2), typeof(Layer3), typeof(Layer4), Loss = LossKind.CrossEntropy, Optimizer = OptimizerKind.Sgd, LearningRate = 0.01)]\n");
        text.Append("public partial class Classifier { }\n");
        return new SourceFile(Invariant($"Layers/Group{group}.cs"), text.ToString());
    }

    private static SourceFile TrainingLoop(int n)
    {
        int mode = n % 4;
        string text = Invariant($$"""
            namespace Consumer.Loops;

            /// <summary>A from-scratch single-layer trainer, as in the classic tutorial.</summary>
            public sealed partial class Loop{{n}}
            {
                [L2(Mode = L2Mode.{{Modes[mode]}}, Lambda = {{Lambdas[mode]}})]
                private double[][] weights;

                private readonly double[] biases;
                private readonly double[][] gradients;
                private readonly double[] outputs;

                public Loop{{n}}(int inputs, int outputCount, int seed)
                {
                    var random = new Random(seed);
                    weights = new double[outputCount][];
                    gradients = new double[outputCount][];
                    for (int o = 0; o < outputCount; o++)
                    {
                        weights[o] = Enumerable.Range(0, inputs).Select(_ => random.NextDouble() - 0.5).ToArray();
                        gradients[o] = new double[inputs];
                    }

                    biases = new double[outputCount];
                    outputs = new double[outputCount];
                }

                public static double DecayPerStep => L2Convention.Convert(0.03, L2Mode.GradientPenalty, L2Mode.WeightDecay, learningRate: 0.05);

                public static L2Regularization Setting => new L2Regularization(L2Mode.ScaledWeightDecay, 0.01);

                public double Train(double[][] inputs, double[][] targets, int epochs)
                {
                    double loss = 0;
                    for (int epoch = 0; epoch < epochs; epoch++)
                    {
                        for (int s = 0; s < inputs.Length; s++)
                        {
                            double[] x = inputs[s], t = targets[s];
                            for (int o = 0; o < outputs.Length; o++)
                            {
                                double sum = biases[o];
                                for (int i = 0; i < x.Length; i++)
                                {
                                    sum += weights[o][i] * x[i];
                                }

                                outputs[o] = Math.Tanh(sum);
                                double error = outputs[o] - t[o];
                                loss += 0.5 * error * error;
                                double delta = error * (1 - (outputs[o] * outputs[o]));
                                for (int i = 0; i < x.Length; i++)
                                {
                                    gradients[o][i] = delta * x[i];
                                }

                                biases[o] -= 0.05 * delta;
                            }

                            for (int o = 0; o < outputs.Length; o++)
                            {
                                L2Update.Step(L2Mode.GradientPenalty, 0.03, weights[o], gradients[o], 0.05);
                                for (int i = 0; i < weights[o].Length; i++)
                                {
                                    weights[o][i] -= 0.0015 * weights[o][i];
                                }
                            }
                        }
                    }

                    return loss / Math.Max(1, epochs * inputs.Length);
                }
            }

            """);
        return new SourceFile(Invariant($"Loops/Loop{n}.cs"), text);
    }

    private static SourceFile OrdinaryClass(int n, int count)
    {
        string text = Invariant($$"""
            namespace Consumer.Model.Part{{n / 100}};

            /// <summary>An ordinary entity with no L2 in it.</summary>
            public sealed class Entity{{n}}
            {
                private readonly List<int> values = new();

                public int Id { get; init; }

                public string Name { get; set; } = "Entity{{n}}";

                public decimal Price { get; set; } = {{n % 97}}m;

                public void Add(int value)
                {
                    if (value < 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(value), value, "Values are not negative.");
                    }

                    values.Add(value);
                }

                public int EvenSum() => values.Where(v => v % 2 == 0).Sum();

                public IEnumerable<string> Describe()
                {
                    foreach (int value in values.OrderBy(v => v))
                    {
                        yield return $"{Name}#{Id}: {value} at {Price:F2}";
                    }
                }

                public Dictionary<int, int> Histogram() => values.GroupBy(v => v % 10).ToDictionary(g => g.Key, g => g.Count());

                public Consumer.Model.Part{{(n + 1) % count / 100}}.Entity{{(n + 1) % count}} Next() => new() { Id = Id + 1 };

                public override string ToString() => string.Join(", ", Describe());

                public static Entity{{n}} Parse(string text)
                {
                    string[] parts = text.Split(';');
                    return new Entity{{n}} { Id = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), Name = parts[1] };
                }
            }

            """);
        return new SourceFile(OrdinaryPath(n), text);
    }

    private static string OrdinaryPath(int n) => Invariant($"Model/Entity{n}.cs");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
