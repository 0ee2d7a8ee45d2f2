using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Loops;

/// <summary><c>readonly</c> fields, static or instance, with a constant initializer and no constructor writing them are judged like constants; other fields are not.</summary>
public class ReadonlyFieldTests
{
    private static string Layer(string fields, string update, string staticConstructor = "") => $$"""
        using System;

        partial class Layer
        {
            {{fields}}
            double[] weights = new double[16];
            double[] grads = new double[16];
            {{staticConstructor}}

            void Update(double lr)
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    {{update}}
                    weights[i] -= lr * grads[i];
                }
            }
        }
        """;

    private static Task VerifySourcesAsync(params string[] sources)
    {
        var test = new Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer>.Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("static readonly double Decay = {|L2R001:0.97|};", "weights[i] -= Decay * weights[i];")]
    [InlineData("private static readonly double Decay = {|L2R001:1.0 - 0.03|};", "weights[i] -= Decay * weights[i];")]
    [InlineData("public static readonly float Retain = {|L2R003:1.01f|};", "weights[i] *= Retain;")]
    [InlineData("internal static readonly double Retain = {|L2R003:-(0.5)|};", "weights[i] *= Retain;")]
    [InlineData("static readonly decimal Retain = {|L2R003:1.5m|};", "weights[i] *= (double)Retain;")]
    [InlineData("static readonly double Retain = {|L2R003:1 / 2|};", "weights[i] *= Retain;")]
    [InlineData("static readonly double Retain = 1.0, Decay = {|L2R001:0.97|};", "weights[i] -= Decay * weights[i];")]
    [InlineData("readonly double Decay = {|L2R001:0.97|};", "weights[i] -= Decay * weights[i];")]
    [InlineData("readonly double Decay = {|L2R001:0.97|}; Layer() { }", "weights[i] -= Decay * weights[i];")]
    public Task A_readonly_field_with_a_constant_initializer_is_judged(string fields, string update) =>
        Verify.VerifyAsync(Layer(fields, update));

    [Theory]
    [InlineData("readonly double Decay = 0.97; Layer() => Decay = 0.5;", "weights[i] -= Decay * weights[i];")]
    [InlineData("static double Decay = 0.97;", "weights[i] -= Decay * weights[i];")]
    [InlineData("static readonly double Decay = Math.Exp(-0.03);", "weights[i] -= Decay * weights[i];")]
    [InlineData("const double Base = 0.97; static readonly double Decay = Base;", "weights[i] -= Decay * weights[i];")]
    [InlineData("static readonly double Decay = (double)0.97f;", "weights[i] -= Decay * weights[i];")]
    [InlineData("static readonly int Retain = 1;", "weights[i] *= Retain;")]
    [InlineData("static readonly double Retain = {|CS0020:1 / 0|};", "weights[i] *= Retain;")]
    public Task Other_fields_are_not_taken_as_constants(string fields, string update) =>
        Verify.VerifyAsync(Layer(fields, update));

    [Fact]
    public Task A_field_its_static_constructor_assigns_is_not_a_constant() => Verify.VerifyAsync(Layer(
        "static readonly double Decay = 0.97;",
        "weights[i] -= Decay * weights[i];",
        "static Layer() { Decay = double.Parse(Environment.GetEnvironmentVariable(\"DECAY\") ?? \"0.001\"); }"));

    [Fact]
    public Task A_static_constructor_in_another_part_of_the_type_is_read_too() => VerifySourcesAsync(
        Layer("static readonly double Decay = 0.97;", "weights[i] -= Decay * weights[i];"),
        "partial class Layer { static Layer() { Init(out Decay); } static void Init(out double d) => d = 0.001; }");

    [Fact]
    public Task A_field_declared_in_another_file_is_judged() => VerifySourcesAsync(
        Layer("", "weights[i] *= {|L2R003:Hyper.Retain|};"),
        "static class Hyper { public static readonly double Retain = 1.5; }");

    [Fact]
    public Task A_penalized_step_with_static_readonly_rate_and_lambda_is_checked_for_stability() => Verify.VerifyAsync(
        """
        class Layer
        {
            static readonly double LearningRate = 10;
            static readonly double L2 = 0.1;
            double[] w = new double[2];
            double[] g = new double[2];

            void Step()
            {
                for (int i = 0; i < w.Length; i++) w[i] -= LearningRate * (g[i] + L2 * w[i]);
            }
        }
        """,
        Verify.Diagnostic("L2R004").WithSpan(10, 44, 10, 85).WithArguments("`L2 = 0.1` in `w[i] -= LearningRate * (g[i] + L2 * w[i])` at η = 10 gives η·λ = 1: each step multiplies every weight by 0, setting every weight to 0.", "Keep L2 below 1/η = 0.1; typical values are 1e-5 … 0.1."));
}
