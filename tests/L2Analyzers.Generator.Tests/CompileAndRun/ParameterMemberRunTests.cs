using System.Globalization;
using L2Analyzers.Generator.Tests.Verification;

namespace L2Analyzers.Generator.Tests.CompileAndRun;

/// <summary>
/// Compiles a member of every shape with its generated L2 method, runs the method in a hand-written SGD step on known
/// numbers, and compares the weights with the runtime's reference <see cref="L2Update.Step{T}"/>.
/// </summary>
public class ParameterMemberRunTests
{
    private const double LearningRate = 0.1;
    private static readonly double[] Weights = [2.0, -1.5, 0.25, 4.0, -0.5, 1.0];
    private static readonly double[] Gradient = [1.0, 0.5, -2.0, 0.0, 3.0, -1.0];

    public static TheoryData<string, string, double> Cases()
    {
        var data = new TheoryData<string, string, double>();
        foreach (string shape in new[] { "double[]", "float[]", "double[,]", "float[,]", "double[][]", "float[][]", "Memory<double>", "Memory<float>", "Parameter<double>", "Parameter<float>" })
        {
            data.Add(shape, "GradientPenalty", 0.5);
            data.Add(shape, "WeightDecay", 0.25);
            data.Add(shape, "ScaledWeightDecay", 0.5);
            data.Add(shape, "DecayFactor", 0.75);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_step_with_the_generated_method_matches_L2Update_Step(string shape, string mode, double lambda)
    {
        using var assembly = new GeneratedAssembly(Source(shape, mode, lambda));

        var actual = (double[])GeneratedAssembly.Call(assembly.Type("Probe"), "Step", Weights, Gradient, LearningRate)!;

        double[] expected = (double[])Weights.Clone();
        L2Update.Step(Enum.Parse<L2Mode>(mode), lambda, expected, Gradient, LearningRate);
        Assert.Equal(expected, actual, shape.Contains("float", StringComparison.Ordinal) ? Tolerance(1e-6) : Tolerance(1e-12));
    }

    // w = 2, g = 1, η = 0.1, worked out by hand (docs/conventions.md, "The four modes"), independent of L2Update.
    [Theory]
    [InlineData("GradientPenalty", 0.5, 1.8)]      // 2 − 0.1·(1 + 0.5·2)
    [InlineData("WeightDecay", 0.25, 1.4)]         // 2 − 0.25·2 = 1.5; 1.5 − 0.1·1
    [InlineData("ScaledWeightDecay", 0.5, 1.8)]    // 2 − 0.1·0.5·2 = 1.9; 1.9 − 0.1
    [InlineData("DecayFactor", 0.75, 1.4)]         // 0.75·2 = 1.5; 1.5 − 0.1
    public void One_step_matches_the_value_worked_out_by_hand(string mode, double lambda, double expected)
    {
        using var assembly = new GeneratedAssembly(Source("double[]", mode, lambda));

        var actual = (double[])GeneratedAssembly.Call(assembly.Type("Probe"), "Step", new[] { 2.0 }, new[] { 1.0 }, LearningRate)!;

        Assert.Equal(expected, actual[0], 12);
    }

    [Fact]
    public void Penalty_on_a_2D_array_rejects_a_gradient_of_another_shape_with_the_same_length()
    {
        using var assembly = new GeneratedAssembly(
            """
            using L2Analyzers;

            public partial class Model
            {
                [L2(Mode = L2Mode.GradientPenalty, Lambda = 0.5)]
                public double[,] Weights = new double[2, 3];

                public void Apply() => AddWeightsPenaltyGradient(new double[3, 2]);
            }
            """);

        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => GeneratedAssembly.Call(assembly.Create<object>("Model"), "Apply"));

        var argument = Assert.IsType<ArgumentException>(error.InnerException);
        Assert.Contains("gradient is 3×2 but Weights is 2×3", argument.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decay_of_a_null_member_says_which_member_is_null()
    {
        using var assembly = new GeneratedAssembly(
            """
            using L2Analyzers;

            public partial class Model
            {
                [L2(Mode = L2Mode.DecayFactor, Lambda = 0.9)]
                public float[]? Weights;
            }
            """);

        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => GeneratedAssembly.Call(assembly.Create<object>("Model"), "DecayWeights"));

        Assert.Equal("Model.Weights is null.", Assert.IsType<InvalidOperationException>(error.InnerException).Message);
    }

    /// <summary>
    /// A model with one [L2] member of <paramref name="shape"/> (six elements) and a <c>Probe.Step</c> that loads the weights and
    /// gradient into it, calls the generated method, then takes a plain SGD step and returns the weights flattened.
    /// </summary>
    private static string Source(string shape, string mode, double lambda)
    {
        string t = shape.Contains("float", StringComparison.Ordinal) ? "float" : "double";
        string call = mode switch
        {
            "GradientPenalty" when shape.StartsWith("Parameter", StringComparison.Ordinal) => "model.AddWeightsPenaltyGradient();",
            "GradientPenalty" => "model.AddWeightsPenaltyGradient(g);",
            "ScaledWeightDecay" => $"model.DecayWeights(({t})eta);",
            _ => "model.DecayWeights();",
        };
        string body = shape switch
        {
            _ when shape.EndsWith("[,]", StringComparison.Ordinal) => $$"""
                var rows = w.Length / 3;
                var model = new Model { Weights = new {{t}}[rows, 3] };
                var g = new {{t}}[rows, 3];
                for (int i = 0; i < w.Length; i++) { model.Weights[i / 3, i % 3] = ({{t}})w[i]; g[i / 3, i % 3] = ({{t}})gradient[i]; }
                {{call}}
                var result = new double[w.Length];
                for (int i = 0; i < w.Length; i++) { result[i] = model.Weights[i / 3, i % 3] - ({{t}})eta * g[i / 3, i % 3]; }
                return result;
                """,
            _ when shape.EndsWith("[][]", StringComparison.Ordinal) => $$"""
                var rows = (w.Length + 2) / 3;
                var model = new Model { Weights = new {{t}}[rows][] };
                var g = new {{t}}[rows][];
                for (int r = 0; r < rows; r++) { model.Weights[r] = new {{t}}[Math.Min(3, w.Length - 3 * r)]; g[r] = new {{t}}[model.Weights[r].Length]; }
                for (int i = 0; i < w.Length; i++) { model.Weights[i / 3][i % 3] = ({{t}})w[i]; g[i / 3][i % 3] = ({{t}})gradient[i]; }
                {{call}}
                var result = new double[w.Length];
                for (int i = 0; i < w.Length; i++) { result[i] = model.Weights[i / 3][i % 3] - ({{t}})eta * g[i / 3][i % 3]; }
                return result;
                """,
            _ when shape.StartsWith("Parameter", StringComparison.Ordinal) => $$"""
                var model = new Model { Weights = new Parameter<{{t}}>("W", ParameterRole.Weight, w.Length, 1) };
                for (int i = 0; i < w.Length; i++) { model.Weights.Values[i] = ({{t}})w[i]; model.Weights.Gradients[i] = ({{t}})gradient[i]; }
                {{call}}
                var result = new double[w.Length];
                for (int i = 0; i < w.Length; i++) { result[i] = model.Weights.Values[i] - ({{t}})eta * model.Weights.Gradients[i]; }
                return result;
                """,
            _ => $$"""
                var values = Array.ConvertAll(w, x => ({{t}})x);
                var model = new Model { Weights = values };
                var g = Array.ConvertAll(gradient, x => ({{t}})x);
                {{call}}
                var result = new double[w.Length];
                for (int i = 0; i < w.Length; i++) { result[i] = values[i] - ({{t}})eta * g[i]; }
                return result;
                """,
        };

        return $$"""
            using System;
            using L2Analyzers;

            public partial class Model
            {
                [L2(Mode = L2Mode.{{mode}}, Lambda = {{lambda.ToString(CultureInfo.InvariantCulture)}})]
                public {{shape}} Weights { get; set; } = default!;
            }

            public static class Probe
            {
                public static double[] Step(double[] w, double[] gradient, double eta)
                {
            {{body}}
                }
            }
            """;
    }

    private static IEqualityComparer<double> Tolerance(double tolerance) =>
        EqualityComparer<double>.Create((a, b) => Math.Abs(a - b) <= tolerance * Math.Max(1, Math.Abs(b)), _ => 0);
}
