using System.Globalization;
using System.Numerics;
using System.Reflection;
using L2Analyzers.Generator.Tests.Verification;

namespace L2Analyzers.Generator.Tests.CompileAndRun;

/// <summary>Compiles generated dense layers and checks their update against the L2 conventions and their backward pass against finite differences.</summary>
public class DenseLayerRunTests
{
    private const double LearningRate = 0.1;
    private static readonly double[] Weights = [2.0, -1.5, 0.25, 4.0, -0.5, 1.0];
    private static readonly double[] WeightGradients = [1.0, 0.5, -2.0, 0.0, 3.0, -1.0];
    private static readonly double[] Biases = [0.5, -0.25];
    private static readonly double[] BiasGradients = [1.0, -1.0];

    public static TheoryData<string, double, string> Modes => new()
    {
        { "GradientPenalty", 0.5, "double" },
        { "GradientPenalty", 0.5, "float" },
        { "WeightDecay", 0.25, "double" },
        { "WeightDecay", 0.25, "float" },
        { "ScaledWeightDecay", 0.5, "double" },
        { "ScaledWeightDecay", 0.5, "float" },
        { "DecayFactor", 0.75, "double" },
        { "DecayFactor", 0.75, "float" },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void Update_regularizes_the_weights_as_L2Update_Step_and_never_the_biases(string mode, double lambda, string element)
    {
        using var assembly = new GeneratedAssembly(Layer(element, "Identity", $"[L2(Mode = L2Mode.{mode}, Lambda = {Format(lambda)})]"));
        if (element == "float")
        {
            CheckUpdate<float>(assembly, Enum.Parse<L2Mode>(mode), lambda, 1e-6);
        }
        else
        {
            CheckUpdate<double>(assembly, Enum.Parse<L2Mode>(mode), lambda, 1e-12);
        }
    }

    [Theory]
    [InlineData("GradientPenalty", 0.5)]
    [InlineData("WeightDecay", 0.25)]
    [InlineData("ScaledWeightDecay", 0.5)]
    [InlineData("DecayFactor", 0.75)]
    public void Coupled_L2_reaches_the_optimizer_in_the_gradient_and_decoupled_L2_in_the_values(string mode, double lambda)
    {
        using var assembly = new GeneratedAssembly(Layer("double", "Identity", $"[L2(Mode = L2Mode.{mode}, Lambda = {Format(lambda)})]"));
        var layer = Loaded<double>(assembly);
        var optimizer = new RecordingOptimizer<double>(LearningRate);

        layer.Update(optimizer);

        Assert.Equal(["Weights", "Biases"], optimizer.Steps.Select(s => s.Name));
        var (_, values, gradients) = optimizer.Steps[0];
        bool coupled = mode == "GradientPenalty";
        double retention = mode switch
        {
            "WeightDecay" => 1 - lambda,
            "ScaledWeightDecay" => 1 - (LearningRate * lambda),
            "DecayFactor" => lambda,
            _ => 1,
        };
        Numbers.AssertClose(Weights.Select(w => w * retention).ToArray(), values, 1e-12);
        Numbers.AssertClose(Weights.Zip(WeightGradients, (w, g) => coupled ? g + (lambda * w) : g).ToArray(), gradients, 1e-12);
        Assert.Equal(Biases, optimizer.Steps[1].Values);
        Assert.Equal(BiasGradients, optimizer.Steps[1].Gradients);
    }

    [Fact]
    public void Layer_without_L2_takes_plain_optimizer_steps()
    {
        using var assembly = new GeneratedAssembly(Layer("double", "Identity", string.Empty));
        var layer = Loaded<double>(assembly);

        layer.Update(new RecordingOptimizer<double>(LearningRate));

        Numbers.AssertClose(Weights.Zip(WeightGradients, (w, g) => w - (LearningRate * g)).ToArray(), layer.Parameters[0].Values, 1e-15);
        Assert.Null(assembly.Type("Layer").GetField("L2Lambda"));
    }

    [Fact]
    public void Layer_exposes_its_sizes_and_L2_setting_as_constants()
    {
        using var assembly = new GeneratedAssembly(Layer("float", "Tanh", "[L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)]"));
        var type = assembly.Type("Layer");

        Assert.Equal(3, Constant(type, "Inputs"));
        Assert.Equal(2, Constant(type, "Outputs"));
        Assert.Equal((int)L2Mode.DecayFactor, Convert.ToInt32(Constant(type, "L2Mode"), CultureInfo.InvariantCulture));
        Assert.Equal(0.97, Constant(type, "L2Lambda"));
        var layer = Loaded<float>(assembly);
        Assert.Equal((3, 2), (layer.InputSize, layer.OutputSize));
        Assert.Equal([ParameterRole.Weight, ParameterRole.Bias], layer.Parameters.Select(p => p.Role));
        Assert.Equal((2, 3, 2, 1), (layer.Parameters[0].Rows, layer.Parameters[0].Columns, layer.Parameters[1].Rows, layer.Parameters[1].Columns));
    }

    [Theory]
    [InlineData("Identity")]
    [InlineData("Tanh")]
    [InlineData("Sigmoid")]
    [InlineData("ReLU")]
    [InlineData("Softmax")]
    public void Backward_matches_finite_differences_of_the_forward_pass(string activation)
    {
        const int Batch = 2, Inputs = 3, Outputs = 4;
        using var assembly = new GeneratedAssembly(
            $"using L2Analyzers; [DenseLayer({Inputs}, {Outputs}, Activation = Activation.{activation}, ElementType = typeof(double))] public partial class Layer {{ }}");
        var layer = assembly.Create<ILayer<double>>("Layer");
        var random = new Random(7);
        layer.Initialize(random);
        Numbers.Random(random, Outputs, 0.5).CopyTo(layer.Parameters[1].Values, 0);
        double[] input = Numbers.Random(random, Batch * Inputs), coefficients = Numbers.Random(random, Batch * Outputs);

        // Per-sample loss L_b = Σ_o c[b,o]·a[b,o]: ∂L_b/∂a = c. Parameter gradients are of the batch mean, input gradients per sample.
        double[] output = new double[Batch * Outputs], inputGradient = new double[Batch * Inputs];
        layer.Forward(input, output, Batch);
        layer.Backward(input, output, (double[])coefficients.Clone(), inputGradient, Batch);

        double SumLoss()
        {
            var o = new double[Batch * Outputs];
            layer.Forward(input, o, Batch);
            return o.Zip(coefficients, (a, c) => a * c).Sum();
        }

        foreach (var parameter in layer.Parameters)
        {
            Numbers.AssertClose(FiniteDifferences(parameter.Values, () => SumLoss() / Batch), parameter.Gradients, 1e-6);
        }

        Numbers.AssertClose(FiniteDifferences(input, SumLoss), inputGradient, 1e-6);
    }

    [Theory]
    [InlineData("Tanh", 0.2581988897471611)]   // Glorot: √(6 / (50 + 40))
    [InlineData("ReLU", 0.34641016151377546)]  // He: √(6 / 50)
    public void Initialize_draws_seeded_weights_at_the_scale_of_the_activation_and_zero_biases(string activation, double limit)
    {
        using var assembly = new GeneratedAssembly(
            $"using L2Analyzers; [DenseLayer(50, 40, Activation = Activation.{activation})] public partial class Layer {{ }}");
        var first = assembly.Create<ILayer<float>>("Layer");
        var second = assembly.Create<ILayer<float>>("Layer");

        first.Initialize(new Random(3));
        second.Initialize(new Random(3));

        float[] weights = first.Parameters[0].Values;
        Assert.Equal(weights, second.Parameters[0].Values);
        Assert.All(weights, w => Assert.InRange(Math.Abs(w), 0, limit));
        Assert.InRange(weights.Max(Math.Abs), 0.95 * limit, limit);
        Assert.All(first.Parameters[1].Values, b => Assert.Equal(0f, b));
    }

    [Fact]
    public void Forward_with_too_short_an_output_names_the_layer_and_the_sizes()
    {
        using var assembly = new GeneratedAssembly(Layer("float", "Tanh", string.Empty));
        var layer = Loaded<float>(assembly);

        var error = Assert.Throws<ArgumentException>(() => layer.Forward(new float[6], new float[3], 2));

        Assert.Contains("Layer.Forward needs", error.Message, StringComparison.Ordinal);
        Assert.Contains("got batch size 2, 6 inputs and 3 outputs", error.Message, StringComparison.Ordinal);
    }

    private static void CheckUpdate<T>(GeneratedAssembly assembly, L2Mode mode, double lambda, double tolerance)
        where T : IFloatingPointIeee754<T>
    {
        var layer = Loaded<T>(assembly);
        T eta = T.CreateChecked(LearningRate);

        layer.Update(new RecordingOptimizer<T>(eta));

        T[] expectedWeights = Numbers.Convert<T>(Weights);
        L2Update.Step(mode, T.CreateChecked(lambda), expectedWeights, Numbers.Convert<T>(WeightGradients), eta);
        Numbers.AssertClose(Numbers.ToDouble(expectedWeights), Numbers.ToDouble(layer.Parameters[0].Values), tolerance);
        T[] expectedBiases = Numbers.Convert<T>(Biases).Zip(Numbers.Convert<T>(BiasGradients), (b, g) => b - (eta * g)).ToArray();
        Assert.Equal(expectedBiases, layer.Parameters[1].Values);
    }

    /// <summary>A generated layer with the known weights, biases and their gradients loaded.</summary>
    private static ILayer<T> Loaded<T>(GeneratedAssembly assembly)
        where T : IFloatingPointIeee754<T>
    {
        var layer = assembly.Create<ILayer<T>>("Layer");
        Numbers.Convert<T>(Weights).CopyTo(layer.Parameters[0].Values, 0);
        Numbers.Convert<T>(WeightGradients).CopyTo(layer.Parameters[0].Gradients, 0);
        Numbers.Convert<T>(Biases).CopyTo(layer.Parameters[1].Values, 0);
        Numbers.Convert<T>(BiasGradients).CopyTo(layer.Parameters[1].Gradients, 0);
        return layer;
    }

    /// <summary>Central differences of <paramref name="loss"/> with respect to each element of <paramref name="values"/>.</summary>
    internal static double[] FiniteDifferences(double[] values, Func<double> loss)
    {
        const double H = 1e-6;
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            double saved = values[i];
            values[i] = saved + H;
            double plus = loss();
            values[i] = saved - H;
            double minus = loss();
            values[i] = saved;
            result[i] = (plus - minus) / (2 * H);
        }

        return result;
    }

    private static string Layer(string element, string activation, string l2) => $$"""
        using L2Analyzers;

        [DenseLayer(3, 2, Activation = Activation.{{activation}}, ElementType = typeof({{element}}))]
        {{l2}}
        public partial class Layer
        {
        }
        """;

    private static object? Constant(Type type, string name) => type.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue();

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
