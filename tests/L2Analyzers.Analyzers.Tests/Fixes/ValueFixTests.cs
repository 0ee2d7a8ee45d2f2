using L2Analyzers.Analyzers.Loops;
using L2Analyzers.Analyzers.Tests.TorchSharp;
using L2Analyzers.Analyzers.TorchSharp;
using L2Analyzers.Analyzers.Tests.Verification;
using L2Analyzers.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using LoopFix = L2Analyzers.Analyzers.Tests.Verification.CodeFixVerifier<L2Analyzers.Analyzers.Loops.LoopRegularizationAnalyzer, L2Analyzers.CodeFixes.ModeChangeCodeFixProvider>;

namespace L2Analyzers.Analyzers.Tests.Fixes;

/// <summary>The L2R001 fix at hand-written loops and TorchSharp calls: a new constant, or the loop's statement in the other form.</summary>
public class ValueFixTests
{
    private static string Loop(string statements) => $$"""
        static class Training
        {
            public static void Step(double[] weights, double[] grads, float[] kernel, float[] kernelGrads, double lr)
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    {{statements}}
                }
            }
        }
        """;

    [Fact]
    public Task A_subtractive_decay_of_097_becomes_a_retention_statement() => LoopFix.VerifyAsync(
        Loop("weights[i] -= {|L2R001:0.97|} * weights[i];"),
        Loop("weights[i] *= 0.97;"),
        "L2R001.Suggested",
        "Keep 97% per step: `weights[i] *= 0.97`");

    [Fact]
    public Task A_subtractive_decay_of_097_can_keep_its_form_and_remove_3_percent() => LoopFix.VerifyAsync(
        Loop("weights[i] -= {|L2R001:0.97|} * weights[i];"),
        Loop("weights[i] -= 0.03 * weights[i];"),
        "L2R001.WeightDecay",
        "Remove 3% per step: `weights[i] -= 0.03 * weights[i]`");

    [Fact]
    public Task A_statement_that_is_not_a_simple_compound_assignment_only_gets_a_new_value() => LoopFix.VerifyAsync(
        Loop("weights[i] = weights[i] - {|L2R001:0.97|} * weights[i];"),
        Loop("weights[i] = weights[i] - {|L2R001:0.97|} * weights[i];"),
        "L2R001.DecayFactor");

    [Fact]
    public Task A_float_retention_of_3_percent_becomes_a_retention_of_97_percent() => LoopFix.VerifyAsync(
        Loop("kernel[i] *= {|L2R001:0.03f|};\n            kernel[i] -= (float)lr * kernelGrads[i];"),
        Loop("kernel[i] *= 0.97f;\n            kernel[i] -= (float)lr * kernelGrads[i];"),
        "L2R001.DecayFactor",
        "Keep 97% per step: `kernel[i] *= 0.97`");

    [Fact]
    public Task A_retention_of_3_percent_can_become_a_subtractive_decay() => LoopFix.VerifyAsync(
        Loop("weights[i] *= {|L2R001:0.03|};\n            weights[i] -= lr * grads[i];"),
        Loop("weights[i] -= 0.03 * weights[i];\n            weights[i] -= lr * grads[i];"),
        "L2R001.Suggested",
        "Remove 3% per step: `weights[i] -= 0.03 * weights[i]`");

    [Fact]
    public Task Fix_all_from_the_suggested_fix_gives_each_loop_its_own_suggestion() => LoopFix.VerifyAsync(
        Loop("weights[i] -= {|L2R001:0.97|} * weights[i];\n            kernel[i] *= {|L2R001:0.03f|};\n            kernel[i] -= (float)lr * kernelGrads[i];"),
        Loop("weights[i] *= 0.97;\n            kernel[i] -= 0.03f * kernel[i];\n            kernel[i] -= (float)lr * kernelGrads[i];"),
        "L2R001.Suggested");

    [Fact]
    public Task A_named_constant_is_rewritten_at_its_declaration() => LoopFix.VerifyAsync(
        Loop("const double decay = {|L2R001:0.97|};\n            weights[i] -= decay * weights[i];"),
        Loop("const double decay = 0.03;\n            weights[i] -= decay * weights[i];"),
        "L2R001.Suggested");

    private static string Torch(string creation) => $$"""
        using TorchSharp;
        using TorchSharp.Modules;

        static class Training
        {
            public static object Create(Parameter[] weights) => {{creation}};
        }
        """;

    /// <summary>The retention reading of 0.97 at lr 0.05 is weight_decay 0.6, itself above the threshold: only the typical value is offered.</summary>
    [Fact]
    public Task Sgd_weight_decay_097_gets_the_typical_value() => TorchFix(
        Torch("torch.optim.SGD(weights, 0.05, weight_decay: {|L2R001:0.97|})"),
        Torch("torch.optim.SGD(weights, 0.05, weight_decay: 0.0005)"),
        "L2R001.Suggested",
        "Use a typical value: weight_decay: 0.0005");

    [Fact]
    public Task AdamW_weight_decay_097_at_a_large_lr_gets_the_retention_reading() => TorchFix(
        Torch("torch.optim.AdamW(weights, 0.5, weight_decay: {|L2R001:0.97|})"),
        Torch("torch.optim.AdamW(weights, 0.5, weight_decay: 0.06)"),
        "L2R001.Suggested",
        "Remove 3% per step at lr = 0.5: weight_decay: 0.06");

    private static Task TorchFix(string source, string fixedSource, string key, string title)
    {
        var test = new CodeFixVerifier<TorchSharpOptimizerAnalyzer, ModeChangeCodeFixProvider>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = key,
            CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title),
        };
        test.TestState.AdditionalReferences.Add(TorchSharpVerifier.TorchSharpReference);
        test.FixedState.AdditionalReferences.Add(TorchSharpVerifier.TorchSharpReference);
        return test.RunAsync();
    }
}
