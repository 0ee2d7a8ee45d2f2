using Fix = L2Analyzers.Analyzers.Tests.Verification.CodeFixVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer, L2Analyzers.CodeFixes.ModeChangeCodeFixProvider>;

namespace L2Analyzers.Analyzers.Tests.Calls;

public class L2CallFixTests
{
    private static string InMethod(string body) => $$"""
        using L2Analyzers;

        static class Training
        {
            static void Run(double[] w, double[] g, float[] wf, float[] gf, double eta, Parameter<float> p, AdamOptimizer<float> adam)
            {
                {{body}}
            }
        }
        """;

    [Theory]
    [InlineData(
        "L2Update.Step(L2Mode.WeightDecay, {|L2R001:0.97|}, w, g, eta);",
        "L2Update.Step(L2Mode.DecayFactor, 0.97, w, g, eta);",
        "L2R001.Suggested")]
    [InlineData(
        "L2Update.Step(L2Mode.WeightDecay, {|L2R001:0.97|}, w, g, eta);",
        "L2Update.Step(L2Mode.WeightDecay, 0.03, w, g, eta);",
        "L2R001.WeightDecay")]
    [InlineData(
        "L2Update.Step(L2Mode.WeightDecay, {|L2R001:0.97f|}, wf, gf, 0.05f);",
        "L2Update.Step(L2Mode.WeightDecay, 0.03f, wf, gf, 0.05f);",
        "L2R001.WeightDecay")]
    [InlineData(
        "L2Update.Step(learningRate: eta, mode: L2Mode.DecayFactor, weights: w, gradients: g, {|L2R001:lambda: 0.03|});",
        "L2Update.Step(learningRate: eta, mode: L2Mode.WeightDecay, weights: w, gradients: g, lambda: 0.03);",
        "L2R001.Suggested")]
    [InlineData(
        "L2Kernels.Decay(w, {|L2R001:0.03|});",
        "L2Kernels.Decay(w, 0.97);",
        "L2R001.Suggested")]
    [InlineData(
        "var l2 = new L2Regularization(L2Mode.WeightDecay, {|L2R001:0.97|});",
        "var l2 = new L2Regularization(L2Mode.DecayFactor, 0.97);",
        "L2R001.Suggested")]
    [InlineData(
        "L2Update.RegularizedStep(adam, p, {|L2R005:L2Mode.GradientPenalty|}, 0.01f);",
        "L2Update.RegularizedStep(adam, p, L2Mode.ScaledWeightDecay, 0.01f);",
        "L2R005.ScaledWeightDecay")]
    [InlineData(
        "L2Convention.Convert({|L2R001:0.03|}, L2Mode.DecayFactor, L2Mode.GradientPenalty, eta);",
        "L2Convention.Convert(0.97, L2Mode.DecayFactor, L2Mode.GradientPenalty, eta);",
        "L2R001.DecayFactor")]
    public Task The_mode_and_lambda_arguments_are_rewritten(string call, string fixedCall, string key) =>
        Fix.VerifyAsync(InMethod(call), InMethod(fixedCall), key);

    [Fact]
    public Task A_method_with_a_fixed_mode_is_not_offered_another_mode() => Fix.VerifyAsync(
        InMethod("L2Kernels.Decay(w, {|L2R001:0.03|});"),
        InMethod("L2Kernels.Decay(w, {|L2R001:0.03|});"),
        "L2R001.WeightDecay");
}
