using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Calls;

/// <summary>Runtime calls whose lambda or mode is a local given one constant, or an instance readonly field.</summary>
public class ConstantArgumentTests
{
    private static string InMethod(string body) => $$"""
        using L2Analyzers;

        class Training
        {
            readonly double decay = 0.97;
            readonly double retain = 1.5;
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

    [Theory]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, {|L2R001:decay|}, w, g, eta);")]
    [InlineData("L2Kernels.Decay(w, {|L2R003:this.retain|});")]
    [InlineData("double lambda; lambda = 0.97; L2Update.Step(L2Mode.WeightDecay, {|L2R001:lambda|}, w, g, eta);")]
    [InlineData("var mode = L2Mode.WeightDecay; L2Update.Step(mode, {|L2R001:0.97|}, w, g, eta);")]
    [InlineData("const double Keep = 0.97; var lambda = 1 - (1 - Keep); L2Update.Step(L2Mode.WeightDecay, {|L2R001:lambda|}, w, g, eta);")]
    public Task Values_known_at_compile_time_are_judged(string call) => Verify.VerifyAsync(InMethod(call));

    [Theory]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, changed, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, mutable, w, g, eta);")]
    [InlineData("var lambda = 0.97; lambda = eta; L2Update.Step(L2Mode.WeightDecay, lambda, w, g, eta);")]
    [InlineData("double lambda; if (flag) lambda = 0.97; else lambda = eta; L2Update.Step(L2Mode.WeightDecay, lambda, w, g, eta);")]
    [InlineData("var lambda = 0.97; lambda *= eta; L2Update.Step(L2Mode.WeightDecay, lambda, w, g, eta);")]
    public Task Values_that_may_change_are_not(string call) => Verify.VerifyAsync(InMethod(call));
}
