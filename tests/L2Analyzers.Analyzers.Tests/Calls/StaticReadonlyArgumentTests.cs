using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Calls;

/// <summary>Runtime calls whose lambda or learning rate is a <c>static readonly</c> field.</summary>
public class StaticReadonlyArgumentTests
{
    private static string InMethod(string body, string decay = "0.97", string retain = "1.5f") => $$"""
        using L2Analyzers;

        static class Training
        {
            static readonly double Decay = {{decay}};
            static readonly float Retain = {{retain}};
            static readonly double Eta = 5;
            static readonly double Unstable = 0.2;
            static double Mutable = 0.97;
            static readonly double Assigned = 0.97;

            static Training() => Assigned = System.Environment.ProcessorCount;

            static void Run(double[] w, double[] g, float[] wf, double eta)
            {
                {{body}}
            }
        }
        """;

    // The value is judged at the field's initializer (docs/recognition.md, "One diagnostic per constant").
    [Fact]
    public Task Static_readonly_constants_are_judged() => Verify.VerifyAsync(
        InMethod("L2Update.Step(L2Mode.WeightDecay, {|#1:Decay|}, w, g, eta); L2Kernels.Decay(wf, {|#3:Retain|});", "{|#0:0.97|}", "{|#2:1.5f|}"),
        Verify.Located("L2R001").WithLocation(0).WithLocation(1),
        Verify.Located("L2R003").WithLocation(2).WithLocation(3));

    // Instability is about the call's learning rate, so it stays at the call.
    [Fact]
    public Task A_static_readonly_constant_unstable_with_the_calls_learning_rate_is_reported_at_the_call() =>
        Verify.VerifyAsync(InMethod("L2Update.Step(L2Mode.GradientPenalty, {|L2R004:Unstable|}, w, g, Eta);"));

    [Theory]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, Mutable, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, Assigned, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.GradientPenalty, Unstable, w, g, eta);")]
    public Task Fields_that_may_change_are_not(string call) => Verify.VerifyAsync(InMethod(call));
}
