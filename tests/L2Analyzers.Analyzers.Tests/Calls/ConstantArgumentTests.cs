using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Calls;

/// <summary>Runtime calls whose lambda or mode is a local given one constant, or an instance readonly field.</summary>
public class ConstantArgumentTests
{
    private static string InMethod(string body, string decay = "0.97", string retain = "1.5") => $$"""
        using L2Analyzers;

        class Training
        {
            readonly double decay = {{decay}};
            readonly double retain = {{retain}};
            readonly double changed = 0.97;
            double mutable = 0.97;

            Training(bool other)
            {
                if (other)
                {
                    changed = 0.5;
                }
            }

            void Run(double[] w, double[] g, double eta, bool flag)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public Task A_literal_with_a_mode_known_at_compile_time_is_judged() =>
        Verify.VerifyAsync(InMethod("var mode = L2Mode.WeightDecay; L2Update.Step(mode, {|L2R001:0.97|}, w, g, eta);"));

    // A value read through a name is judged at its declaration, with the call's argument as its use (docs/recognition.md).
    [Theory]
    [InlineData("L2R001", "double lambda; lambda = {|#0:0.97|}; L2Update.Step(L2Mode.WeightDecay, {|#1:lambda|}, w, g, eta);")]
    [InlineData("L2R001", "const double Keep = 0.97; var lambda = {|#0:1 - (1 - Keep)|}; L2Update.Step(L2Mode.WeightDecay, {|#1:lambda|}, w, g, eta);")]
    public Task Locals_known_at_compile_time_are_judged(string rule, string call) =>
        Verify.VerifyAsync(InMethod(call), Verify.Located(rule).WithLocation(0).WithLocation(1));

    [Fact]
    public Task Instance_readonly_fields_are_judged() => Verify.VerifyAsync(
        InMethod("L2Update.Step(L2Mode.WeightDecay, {|#1:decay|}, w, g, eta); L2Kernels.Decay(w, {|#3:this.retain|});", "{|#0:0.97|}", "{|#2:1.5|}"),
        Verify.Located("L2R001").WithLocation(0).WithLocation(1),
        Verify.Located("L2R003").WithLocation(2).WithLocation(3));

    [Theory]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, changed, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, mutable, w, g, eta);")]
    [InlineData("var lambda = 0.97; lambda = eta; L2Update.Step(L2Mode.WeightDecay, lambda, w, g, eta);")]
    [InlineData("double lambda; if (flag) lambda = 0.97; else lambda = eta; L2Update.Step(L2Mode.WeightDecay, lambda, w, g, eta);")]
    [InlineData("var lambda = 0.97; lambda *= eta; L2Update.Step(L2Mode.WeightDecay, lambda, w, g, eta);")]
    public Task Values_that_may_change_are_not(string call) => Verify.VerifyAsync(InMethod(call));
}
