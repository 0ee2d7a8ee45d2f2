using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Calls;

/// <summary>Runtime calls whose lambda or learning rate is a <c>static readonly</c> field.</summary>
public class StaticReadonlyArgumentTests
{
    private static string InMethod(string body) => $$"""
        using L2Analyzers;

        static class Training
        {
            static readonly double Decay = 0.97;
            static readonly float Retain = 1.5f;
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

    [Theory]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, {|L2R001:Decay|}, w, g, eta);")]
    [InlineData("L2Kernels.Decay(wf, {|L2R003:Retain|});")]
    [InlineData("L2Update.Step(L2Mode.GradientPenalty, {|L2R004:Unstable|}, w, g, Eta);")]
    public Task Static_readonly_constants_are_judged(string call) => Verify.VerifyAsync(InMethod(call));

    [Theory]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, Mutable, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.WeightDecay, Assigned, w, g, eta);")]
    [InlineData("L2Update.Step(L2Mode.GradientPenalty, Unstable, w, g, eta);")]
    public Task Fields_that_may_change_are_not(string call) => Verify.VerifyAsync(InMethod(call));
}
