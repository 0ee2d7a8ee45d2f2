using Fix = L2Analyzers.Analyzers.Tests.Verification.CodeFixVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer, L2Analyzers.CodeFixes.ModeChangeCodeFixProvider>;
using Verify = L2Analyzers.Analyzers.Tests.Verification.AnalyzerVerifier<L2Analyzers.Analyzers.Calls.L2CallAnalyzer>;

namespace L2Analyzers.Analyzers.Tests.Calls;

/// <summary>
/// One diagnostic per root cause in runtime calls: a suspicious λ read through a name is reported once, at the constant
/// expression of its declaration, with the calls' arguments as additional locations (docs/recognition.md).
/// </summary>
public class ConstantDeclarationTests
{
    private static string InMethod(string body) => $$"""
        using L2Analyzers;

        class Training
        {
            void Run(double[] w1, double[] g1, double[] w2, double[] g2, double[] w3, double[] g3)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public Task A_local_used_in_three_calls_is_reported_once_at_its_value_with_the_three_uses() => Verify.VerifyAsync(
        InMethod("""
            var decay = {|#0:0.97|};
                    L2Update.Step(L2Mode.WeightDecay, {|#1:decay|}, w1, g1, 0.05);
                    L2Update.Step(L2Mode.WeightDecay, {|#2:decay|}, w2, g2, 0.05);
                    L2Update.Step(L2Mode.WeightDecay, {|#3:decay|}, w3, g3, 0.05);
            """),
        Verify.Located("L2R001").WithLocation(0).WithLocation(1).WithLocation(2).WithLocation(3).WithArguments(
            "`decay = 0.97` as lambda with L2Mode.WeightDecay removes 97% of each weight per step.",
            "If 0.97 is the fraction to keep, write `decay = 0.03`."));

    [Fact]
    public Task A_use_judged_otherwise_gets_its_own_diagnostic_at_the_same_declaration_and_a_literal_stays_at_its_call() => Verify.VerifyAsync(
        InMethod("""
            var decay = {|#0:0.97|};
                    L2Update.Step(L2Mode.WeightDecay, {|#1:decay|}, w1, g1, 0.05);
                    L2Update.Step(L2Mode.GradientPenalty, {|#2:decay|}, w2, g2, 0.05);
                    L2Update.Step(L2Mode.WeightDecay, {|#3:0.97|}, w3, g3, 0.05);
            """),
        Verify.Located("L2R001").WithLocation(0).WithLocation(2).WithArguments(
            "`decay = 0.97` as lambda with L2Mode.GradientPenalty adds 0.97·w to each gradient, removing 4.85% of each weight per step at η = 0.05.",
            "No other reading is plausible; typical values are 1e-5 … 0.1, such as `decay = 0.03`."),
        Verify.Located("L2R001").WithLocation(0).WithLocation(1).WithArguments(
            "`decay = 0.97` as lambda with L2Mode.WeightDecay removes 97% of each weight per step.",
            "If 0.97 is the fraction to keep, write `decay = 0.03`."),
        Verify.Located("L2R001").WithLocation(3));

    [Fact]
    public Task An_invalid_value_is_reported_at_its_declaration() => Verify.VerifyAsync(
        InMethod("""
            const double keep = {|#0:1.0|};
                    L2Kernels.Decay(w1, {|#1:keep|});
                    L2Kernels.Decay(w2, {|#2:keep|});
            """),
        Verify.Located("L2R003").WithLocation(0).WithLocation(1).WithLocation(2).WithArguments(
            "`keep = 1` as retention in L2Kernels.Decay is invalid: it keeps every weight as it is, which is no regularization.",
            "Valid range: 0 < λ < 1."));

    /// <summary>The longest role (a method that fixes its mode) leaves the least room for the name.</summary>
    [Fact]
    public Task A_long_name_is_shortened_so_that_the_message_keeps_to_250_characters() => Verify.VerifyAsync(
        InMethod("""
            var encoderAndDecoderWeightDecayCoefficient = {|#0:0.97|};
                    L2Convention.FromPyTorchWeightDecay({|#1:encoderAndDecoderWeightDecayCoefficient|}, L2Mode.WeightDecay, 0.05);
            """),
        Verify.Located("L2R001").WithLocation(0).WithLocation(1).WithArguments(
            "`encoderAn… = 0.97` as weightDecay in L2Convention.FromPyTorchWeightDecay adds 0.97·w to each gradient, removing 4.85% of each weight per step at η = 0.05.",
            "No other reading is plausible; typical values are 1e-5 … 0.1, such as `encoderAn… = 0.03`."));

    [Fact]
    public Task A_field_of_another_type_is_reported_at_each_use() => Verify.VerifyAsync(
        """
        using L2Analyzers;

        static class Settings
        {
            public const double Decay = 0.97;
        }

        class Training
        {
            void Run(double[] w1, double[] g1, double[] w2, double[] g2)
            {
                L2Update.Step(L2Mode.WeightDecay, {|#0:Settings.Decay|}, w1, g1, 0.05);
                L2Update.Step(L2Mode.WeightDecay, {|#1:Settings.Decay|}, w2, g2, 0.05);
            }
        }
        """,
        Verify.Located("L2R001").WithLocation(0),
        Verify.Located("L2R001").WithLocation(1));

    [Fact]
    public Task The_fix_changes_only_the_declaration() => Fix.VerifyAsync(
        InMethod("""
            var decay = {|L2R001:0.97|};
                    L2Update.Step(L2Mode.WeightDecay, decay, w1, g1, 0.05);
                    L2Update.Step(L2Mode.WeightDecay, decay, w2, g2, 0.05);
            """),
        InMethod("""
            var decay = 0.03;
                    L2Update.Step(L2Mode.WeightDecay, decay, w1, g1, 0.05);
                    L2Update.Step(L2Mode.WeightDecay, decay, w2, g2, 0.05);
            """),
        "L2R001.Suggested",
        "Remove 3% per step: `decay = 0.03`");

    /// <summary>Another mode would change every call, not the declaration: it is not offered there.</summary>
    [Fact]
    public Task No_fix_changes_the_mode_of_the_calls() => Fix.VerifyAsync(
        InMethod("""
            var decay = {|L2R001:0.97|};
                    L2Update.Step(L2Mode.WeightDecay, decay, w1, g1, 0.05);
            """),
        InMethod("""
            var decay = {|L2R001:0.97|};
                    L2Update.Step(L2Mode.WeightDecay, decay, w1, g1, 0.05);
            """),
        "L2R001.DecayFactor");
}
