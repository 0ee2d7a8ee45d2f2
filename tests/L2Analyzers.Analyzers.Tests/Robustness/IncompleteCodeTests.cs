using L2Analyzers.Analyzers.Calls;
using L2Analyzers.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Testing;

namespace L2Analyzers.Analyzers.Tests.Robustness;

/// <summary>Half-typed and wrong code: the analyzers never throw (an AD0001 would fail these tests) and judge only constants.</summary>
public class IncompleteCodeTests
{
    private static Task VerifyAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("[L2(Mode = , Lambda = 0.97)]")]
    [InlineData("[L2(Mode = L2Mode., Lambda = 0.97)]")]
    [InlineData("[L2(Mode = L2Mode.Retention, Lambda = 0.97)]")]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, Lambda = )]")]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, Lambda = \"0.97\")]")]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, Lambda = Compute())]")]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, Lambda = Strength)]")]
    [InlineData("[L2(Mode = (L2Mode)99, Lambda = 0.97)]")]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, Lambda = new[] { 0.97 })]")]
    [InlineData("[L2(Mode = new[] { L2Mode.WeightDecay }, Lambda = 0.97)]")]
    public Task A_half_typed_layer_attribute_is_not_judged_and_never_throws(string attribute) => VerifyAsync<L2AttributeAnalyzer>($$"""
        using L2Analyzers;

        {{attribute}}
        partial class Hidden
        {
            static double Strength = 0.97;
            static double Compute() => 0.97;
        }
        """);

    /// <summary>Errors elsewhere in the attribute do not hide what its constants say.</summary>
    [Theory]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|}")]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|}, IncludeBiases = 1)]")]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|}, IncludeBiases = )]")]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|}, Unknown = 3)]")]
    [InlineData("[L2(Mode = 1, {|L2R001:Lambda = 0.97|})]")]
    [InlineData("[{|L2R007:L2(L2Mode.WeightDecay, 0.97)|}]")]
    public Task A_layer_attribute_with_errors_is_judged_on_its_constants(string attribute) => VerifyAsync<L2AttributeAnalyzer>($$"""
        using L2Analyzers;

        {{attribute}}
        partial class Hidden { }
        """);

    [Theory]
    [InlineData("[L2(Mode = , Lambda = 0.97)] public double[] Weights;")]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, Lambda = 0.97)] public double[] ;")]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, Lambda = Compute())] public Parameter<float> Offsets = new(\"b\", , 4, 1);")]
    [InlineData("[L2(Mode = L2Mode.WeightDecay, Lambda = Strength)] public double[] Offsets = new double[Unknown];")]
    [InlineData("[L2(Mode = L2Mode.GradientPenalty, Lambda = Strength)] public double[] Offsets = new double[5], Scales = new double[4, 7];")]
    [InlineData("[L2(Mode = L2Mode.GradientPenalty, Lambda = Strength)] public Missing Weights = new Missing();")]
    [InlineData("[L2(Mode = L2Mode.GradientPenalty, Lambda = Strength)] public void Method() { }")]
    [InlineData("[L2(Mode = L2Mode.GradientPenalty, Lambda = Strength)] public double[] Weights => ;")]
    public Task A_half_typed_member_attribute_never_throws(string member) => VerifyAsync<L2AttributeAnalyzer>($$"""
        using L2Analyzers;

        partial class Hidden
        {
            static double Strength = 0.01;
            static double Compute() => 0.01;
            public double[,] Kernel = new double[4, 7];
            {{member}}
        }
        """);

    [Theory]
    [InlineData("[Network(typeof(Missing), LearningRate = \"x\", Optimizer = 5)]")]
    [InlineData("[Network(null, LearningRate = 10)]")]
    [InlineData("[Network(typeof(Hidden), typeof(Hidden), LearningRate = )]")]
    [InlineData("[Network(new[] { typeof(Hidden) }, Optimizer = (OptimizerKind)42, LearningRate = double.NaN)]")]
    [InlineData("[Network(typeof(Hidden<>), LearningRate = 10)]")]
    [InlineData("[Network(typeof(Hidden), LearningRate = Rate)]")]
    [InlineData("[Network(new System.Type[] { null, typeof(int) }, LearningRate = 10)]")]
    [InlineData("[Network(typeof(Hidden), LearningRate = new[] { 10.0 }, Optimizer = new[] { OptimizerKind.Adam })]")]
    public Task A_half_typed_network_never_throws(string network) => VerifyAsync<L2AttributeAnalyzer>($$"""
        using L2Analyzers;

        {{network}}
        class Net { static double Rate = 10; }

        [L2(Mode = L2Mode.ScaledWeightDecay, Lambda = 0.01)]
        partial class Hidden { }
        """);

    [Fact]
    public Task Generic_nested_struct_and_record_layers_are_judged() => VerifyAsync<L2AttributeAnalyzer>(
        """
        using L2Analyzers;

        class Outer<T>
        {
            [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|})]
            public struct Inner
            {
                [{|L2R006:L2(Mode = L2Mode.DecayFactor, {|L2R003:Lambda = 1.5|})|}]
                public T[] Weights { get; set; }
            }
        }

        [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|})]
        partial record Layer(double[] Weights);
        """);

    [Fact]
    public Task A_layer_declared_across_files_is_judged_once() => new AnalyzerVerifier<L2AttributeAnalyzer>.Test
    {
        TestState =
        {
            Sources =
            {
                """
                using L2Analyzers;

                [L2(Mode = L2Mode.WeightDecay, {|L2R001:Lambda = 0.97|})]
                partial class Hidden { }
                """,
                """
                using L2Analyzers;

                partial class Hidden
                {
                    [{|L2R006:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
                    public double[] Kernel = new double[28];

                    [{|L2R002:L2(Mode = L2Mode.WeightDecay, Lambda = 0.001)|}]
                    public double[] Bias = new double[4];
                }
                """,
            },
        },
    }.RunAsync();

    [Theory]
    [InlineData("L2Update.Step(")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, 0.97);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, , w, g, 0.05);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, \"0.97\", w, g, 0.05);")]
    [InlineData("L2Update.Step((L2Mode)7, 0.97, w, g, 0.05);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, 0.97m, w, g, 0.05);")]
    [InlineData("L2Kernels.Decay();")]
    [InlineData("L2Kernels.Decay(w, retention: );")]
    [InlineData("L2Kernels.AddPenaltyGradient<int>(1, null, null);")]
    public Task A_half_typed_call_never_throws(string call) => VerifyAsync<L2CallAnalyzer>($$"""
        using L2Analyzers;

        static class Training
        {
            static void Run(double[] w, double[] g)
            {
                {{call}}
            }
        }
        """);
}
