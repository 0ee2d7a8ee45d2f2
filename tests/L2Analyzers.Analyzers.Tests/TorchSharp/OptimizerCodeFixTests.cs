using L2Analyzers.CodeFixes;
using L2Analyzers.CodeFixes.TorchSharp;
using Verify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.TorchSharp;

/// <summary>The code fixes of L2R009 (add weight_decay), L2R005 (Adam → AdamW) and L2R010 (options-based group), with Fix All.</summary>
public class OptimizerCodeFixTests
{
    private static string Training(string body) => $$"""
        using TorchSharp;
        using TorchSharp.Modules;

        static class Training
        {
            public static object[] Create(Parameter[] weights, Parameter[] others) => new object[]
            {
                {{body}}
            };
        }
        """;

    [Theory]
    [InlineData("AddWeightDecayCodeFix0.01", "0.01", "Pass weight_decay: 0.01 (PyTorch's AdamW default)")]
    [InlineData("AddWeightDecayCodeFix0", "0", "Pass weight_decay: 0 (no decay, stated)")]
    public Task AdamW_without_weight_decay_gets_it(string key, string value, string title) => Verify.VerifyFixAsync<AddWeightDecayCodeFix>(
        Training("""
            {|L2R009:torch.optim.AdamW(weights, lr: 3e-4)|},
                    {|L2R009:new AdamW(others, 1e-3, 0.9, 0.95)|},
            """),
        Training($$"""
            torch.optim.AdamW(weights, lr: 3e-4, weight_decay: {{value}}),
                    new AdamW(others, 1e-3, 0.9, 0.95, weight_decay: {{value}}),
            """),
        key,
        title);

    [Fact]
    public Task Adam_becomes_AdamW_keeping_a_value_that_fits() => Verify.VerifyFixAsync<ModeChangeCodeFixProvider>(
        Training("""
            {|L2R005:torch.optim.Adam(weights, lr: 1e-3, weight_decay: 1e-4)|},
                    {|L2R005:new Adam(others, 1e-3, 0.9, 0.999, 1e-8, 5e-4)|},
            """),
        Training("""
            torch.optim.AdamW(weights, lr: 1e-3, weight_decay: 1e-4),
                    new AdamW(others, 1e-3, 0.9, 0.999, 1e-8, 5e-4),
            """),
        "L2R005.ScaledWeightDecay",
        "Use AdamW, keeping weight_decay (now decoupled: lr·weight_decay of each weight per step)");

    [Fact]
    public Task Adam_becomes_AdamW_with_the_PyTorch_default_when_the_value_would_decay_too_much() => Verify.VerifyFixAsync<ModeChangeCodeFixProvider>(
        Training("""
            {|L2R005:torch.optim.Adam(weights, lr: 1, weight_decay: 0.2)|},
            """),
        Training("""
            torch.optim.AdamW(weights, lr: 1, weight_decay: 0.01),
            """),
        "L2R005.ScaledWeightDecay",
        "Use AdamW with weight_decay: 0.01 (decoupled, scaled by lr; the old value would not fit)");

    [Fact]
    public Task Other_adaptive_optimizers_and_groups_have_no_AdamW_fix()
    {
        string source = Training("""
            {|L2R005:torch.optim.RMSProp(weights, weight_decay: 1e-4)|},
                    {|L2R005:torch.optim.Adam(new Adam.ParamGroup[] { new() { Parameters = weights } }, weight_decay: 1e-4)|},
            """);
        return Verify.VerifyFixAsync<ModeChangeCodeFixProvider>(source, source);
    }

    [Fact]
    public Task Resetting_group_constructors_become_options_based_groups() => Verify.VerifyFixAsync<GroupOptionsCodeFix>(
        Training("""
            torch.optim.SGD(new SGD.ParamGroup[]
                    {
                        {|L2R010:new SGD.ParamGroup(others, momentum: 0.9)|},
                        {|L2R010:new(weights, lr: 0.5)|},
                        {|L2R010:new(weights)|},
                    }, 0.1, weight_decay: 5e-4),
            """),
        Training("""
            torch.optim.SGD(new SGD.ParamGroup[]
                    {
                        new SGD.ParamGroup { Parameters = others, Options = new() { momentum = 0.9 } },
                        new() { Parameters = weights, Options = new() { LearningRate = 0.5 } },
                        new() { Parameters = weights },
                    }, 0.1, weight_decay: 5e-4),
            """));

    [Fact]
    public Task Adam_and_RMSProp_group_options_move_into_Options() => Verify.VerifyFixAsync<GroupOptionsCodeFix>(
        Training("""
            torch.optim.Adam(new Adam.ParamGroup[] { {|L2R010:new(weights, beta1: 0.8)|} }, 3e-4, amsgrad: true),
                    torch.optim.RMSProp(new RMSProp.ParamGroup[] { {|L2R010:new(others, momentum: 0.9)|} }, 0.01, centered: true),
            """),
        Training("""
            torch.optim.Adam(new Adam.ParamGroup[] { new() { Parameters = weights, Options = new() { beta1 = 0.8 } } }, 3e-4, amsgrad: true),
                    torch.optim.RMSProp(new RMSProp.ParamGroup[] { new() { Parameters = others, Options = new() { momentum = 0.9 } } }, 0.01, centered: true),
            """));
}
