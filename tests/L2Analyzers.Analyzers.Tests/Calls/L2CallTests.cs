using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Calls;

public class L2CallTests
{
    private static string InMethod(string body) => $$"""
        using L2Analyzers;

        static class Training
        {
            const double Penalty = 0.03;

            static void Run(double[] w, double[] g, float[] wf, float[] gf, double eta, L2Mode mode)
            {
                {{body}}
            }
        }
        """;

    [Theory]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, {|L2R001:0.97|}, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.DecayFactor, {|L2R001:Penalty|}, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, {|L2R001:1 - Penalty|}, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, {|L2R001:0.97f|}, wf, gf, 0.05f);")]
    [InlineData("L2Update.Step(learningRate: eta, gradients: g, weights: w, {|L2R001:lambda: 0.97|}, mode: L2Mode.WeightDecay);")]
    [InlineData("L2Kernels.Decay(w, {|L2R001:0.03|});")]
    [InlineData("L2Kernels.AddPenaltyGradient({|L2R001:0.97|}, w, g);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, {|L2R003:1.0|}, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.DecayFactor, {|L2R003:1.0|}, w, g, eta);")]
    [InlineData("L2Kernels.Decay(wf, {|L2R003:1.5f|});")]
    [InlineData("L2Kernels.AddPenaltyGradient({|L2R003:-0.03|}, w, g);")]
    [InlineData("L2Update.Step(L2Mode.ScaledWeightDecay, {|L2R004:0.3|}, w, g, 5.0);")]
    [InlineData("L2Update.Step(L2Mode.GradientPenalty, {|L2R004:0.2|}, w, g, 5.0);")]
    public Task Constant_arguments_are_judged_like_attributes(string call) => Verify.VerifyAsync(InMethod(call));

    [Theory]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, 0.0015, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.DecayFactor, 0.97, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.GradientPenalty, Penalty, w, g, 0.05);")]
    [InlineData("L2Update.Step(L2Mode.ScaledWeightDecay, 0.1, w, g, 9.99);")]
    [InlineData("L2Update.Step(mode, 0.97, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, eta, w, g, eta);")]
    [InlineData("L2Kernels.Decay(w, 0.9985);")]
    [InlineData("L2Kernels.AddPenaltyGradient(0.03, w, g);")]
    public Task Sensible_or_non_constant_arguments_are_not_reported(string call) => Verify.VerifyAsync(InMethod(call));

    [Fact]
    public Task The_message_names_the_argument_and_uses_the_learning_rate_argument() => Verify.VerifyAsync(
        InMethod("L2Update.Step(L2Mode.WeightDecay, 0.97, w, g, 0.5);"),
        Verify.Diagnostic("L2R001").WithSpan(9, 43, 9, 47).WithArguments(
            "lambda",
            "0.97",
            "L2Mode.WeightDecay (w ← w − λ·w)",
            "it removes 97% of each weight per step and keeps 3%. If 0.97 was meant as a retention factor (keep 97% per step), " +
            "write DecayFactor 0.97 = WeightDecay 0.03 = GradientPenalty 0.06 = ScaledWeightDecay 0.06 at η = 0.5 (the " +
            "learningRate argument); as written it equals DecayFactor 0.03 = GradientPenalty 1.94 = ScaledWeightDecay 1.94 " +
            "at η = 0.5 (the learningRate argument)"));

    [Fact]
    public Task A_retention_argument_is_named_as_such() => Verify.VerifyAsync(
        InMethod("L2Kernels.Decay(w, 1.0);"),
        Verify.Diagnostic("L2R003").WithSpan(9, 28, 9, 31).WithArguments(
            "retention", "1", "L2Mode.DecayFactor (w ← λ·w)", "it keeps every weight as it is, which is no regularization; valid range: 0 < λ < 1"));
}
