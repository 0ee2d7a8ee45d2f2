using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Calls;

public class L2CallTests
{
    private static string InMethod(string body, string penalty = "0.03") => $$"""
        using L2Analyzers;

        static class Training
        {
            const double Penalty = {{penalty}};

            static void Run(double[] w, double[] g, float[] wf, float[] gf, double eta, L2Mode mode,
                Parameter<float> p, AdamOptimizer<float> adam, SgdOptimizer<float> sgd, IOptimizer<float> any)
            {
                {{body}}
            }
        }
        """;

    [Theory]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, {|L2R001:0.97|}, w, g, eta);")]
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
    [InlineData("new L2Regularization(L2Mode.WeightDecay, {|L2R001:0.97|});")]
    [InlineData("new DenseLayer<float>(4, 7, Activation.Tanh, new(L2Mode.DecayFactor, {|L2R003:1.0|}));")]
    [InlineData("L2Convention.Convert({|L2R001:0.97|}, L2Mode.WeightDecay, L2Mode.DecayFactor, eta);")]
    [InlineData("L2Convention.Convert({|L2R004:0.4|}, L2Mode.GradientPenalty, L2Mode.WeightDecay, 5);")]
    [InlineData("L2Convention.FromPyTorchWeightDecay({|L2R001:0.9|}, L2Mode.WeightDecay, eta);")]
    [InlineData("L2Convention.FromAdamW({|L2R003:-0.01|}, L2Mode.WeightDecay, eta);")]
    [InlineData("L2Update.RegularizedStep(sgd, p, L2Mode.WeightDecay, {|L2R001:0.97f|});")]
    [InlineData("L2Update.RegularizedStep(adam, p, {|L2R005:L2Mode.GradientPenalty|}, 0.01f);")]
    [InlineData("L2Update.RegularizedStep(new AdamOptimizer<float>(0.001), p, {|L2R005:L2Mode.GradientPenalty|}, 1e-4f);")]
    [InlineData("L2Update.RegularizedStep(new SgdOptimizer<float>(10), p, L2Mode.ScaledWeightDecay, {|L2R004:0.2f|});")]
    [InlineData("L2Update.Step(L2Mode.ScaledWeightDecay, {|L2R001:0.1|}, w, g, 9.99);")] // removes 99.9% per step, stable but far above 10%
    [InlineData("L2Update.RegularizedStep(new SgdOptimizer<float>(10), p, L2Mode.ScaledWeightDecay, {|L2R001:0.0999f|});")]
    public Task Constant_arguments_are_judged_like_attributes(string call) => Verify.VerifyAsync(InMethod(call));

    [Theory]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, 0.0015, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.DecayFactor, 0.97, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.GradientPenalty, Penalty, w, g, 0.05);")]
    [InlineData("L2Update.Step(L2Mode.ScaledWeightDecay, 0.01, w, g, 9.99);")]
    [InlineData("L2Update.Step(mode, 0.97, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, eta, w, g, eta);")]
    [InlineData("L2Kernels.Decay(w, 0.9985);")]
    [InlineData("L2Kernels.AddPenaltyGradient(0.03, w, g);")]
    [InlineData("new L2Regularization(L2Mode.ScaledWeightDecay, 0.01);")]
    [InlineData("L2Convention.Convert(0.03, L2Mode.GradientPenalty, L2Mode.DecayFactor, 0.05);")]
    [InlineData("L2Convention.FromAdamW(0.01, L2Mode.WeightDecay, eta);")]
    [InlineData("L2Update.RegularizedStep(adam, p, L2Mode.ScaledWeightDecay, 0.01f);")]
    [InlineData("L2Update.RegularizedStep(sgd, p, L2Mode.GradientPenalty, 0.01f);")]
    [InlineData("L2Update.RegularizedStep(any, p, L2Mode.GradientPenalty, 0.01f);")]
    [InlineData("L2Update.RegularizedStep(new SgdOptimizer<float>(10), p, L2Mode.ScaledWeightDecay, 0.00999f);")]
    public Task Sensible_or_non_constant_arguments_are_not_reported(string call) => Verify.VerifyAsync(InMethod(call));

    [Fact]
    public Task The_message_names_the_argument_and_uses_the_learning_rate_argument() => Verify.VerifyAsync(
        InMethod("L2Update.Step(L2Mode.WeightDecay, 0.97, w, g, 0.5);"),
        Verify.Diagnostic("L2R001").WithSpan(10, 43, 10, 47).WithArguments("lambda = 0.97 with L2Mode.WeightDecay removes 97% of each weight per step.", "If 0.97 is the fraction to keep, write L2Mode.DecayFactor with lambda = 0.97."));

    [Fact]
    public Task A_retention_argument_is_named_as_such() => Verify.VerifyAsync(
        InMethod("L2Kernels.Decay(w, 1.0);"),
        Verify.Diagnostic("L2R003").WithSpan(10, 28, 10, 31).WithArguments("retention = 1 in L2Kernels.Decay is invalid: it keeps every weight as it is, which is no regularization.", "Valid range: 0 < λ < 1."));

    [Fact]
    public Task The_optimizer_is_named_by_its_type() => Verify.VerifyAsync(
        InMethod("L2Update.RegularizedStep(adam, p, L2Mode.GradientPenalty, 0.01f);"),
        Verify.Diagnostic("L2R005").WithSpan(10, 43, 10, 65).WithArguments("lambda = 0.01 with L2Mode.GradientPenalty adds its penalty to the gradient before Adam rescales it, so weights with large gradients are barely decayed.", "Write L2Mode.ScaledWeightDecay with lambda = 0.01 (decoupled, as AdamW)."));

    [Fact]
    public Task A_local_assigned_once_with_a_constant_is_judged_at_its_value() => Verify.VerifyAsync(
        InMethod("var lambda = {|#0:0.97|}; L2Update.Step(L2Mode.WeightDecay, {|#1:lambda|}, w, g, 0.1f);"),
        Verify.Located("L2R001").WithLocation(0).WithLocation(1));

    [Fact]
    public Task A_const_is_judged_at_its_value() => Verify.VerifyAsync(
        InMethod("L2Update.Step(L2Mode.DecayFactor, {|#1:Penalty|}, w, g, eta);", "{|#0:0.03|}"),
        Verify.Located("L2R001").WithLocation(0).WithLocation(1));
}
