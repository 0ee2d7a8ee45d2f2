using Verify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.TorchSharp;

/// <summary>L2R005 for coupled weight_decay under adaptive optimizers; L2R009 for AdamW without weight_decay.</summary>
public class AdaptiveOptimizerTests
{
    private static string Training(string optimizer) => $$"""
        using TorchSharp;
        using TorchSharp.Modules;

        static class Training
        {
            public static object Create(Parameter[] weights) => {{optimizer}};
        }
        """;

    [Theory]
    [InlineData("torch.optim.Adam(weights, lr: 1e-3, weight_decay: 1e-4)")]
    [InlineData("torch.optim.Adam(weights, 1e-3, 0.9, 0.999, 1e-8, 5e-4)")]
    [InlineData("torch.optim.Adamax(weights, weight_decay: 1e-4)")]
    [InlineData("torch.optim.NAdam(weights, weight_decay: 1e-4)")]
    [InlineData("torch.optim.RAdam(weights, weight_decay: 1e-4)")]
    [InlineData("torch.optim.RMSProp(weights, weight_decay: 1e-4)")]
    [InlineData("torch.optim.Adagrad(weights, weight_decay: 1e-4)")]
    [InlineData("torch.optim.Adadelta(weights, weight_decay: 1e-4)")]
    public Task Coupled_weight_decay_under_adaptive_optimizers_is_reported(string optimizer) =>
        Verify.VerifyAsync(Training("{|L2R005:" + optimizer + "|}"));

    [Theory]
    [InlineData("new Adam.ParamGroup(weights, lr: 1e-3, weight_decay: 1e-4)")]
    [InlineData("new Adam.ParamGroup { Parameters = weights, Options = new() { weight_decay = 1e-4 } }")]
    public Task Coupled_weight_decay_in_adam_groups_and_options_is_reported(string group) => Verify.VerifyAsync($$"""
        using TorchSharp.Modules;

        static class Groups
        {
            public static ParamGroup Create(Parameter[] weights) => {{group}};
        }
        """.Replace("weight_decay: 1e-4)", "weight_decay: 1e-4)|}").Replace("new Adam.ParamGroup(", "{|L2R005:new Adam.ParamGroup(")
           .Replace("weight_decay = 1e-4", "{|L2R005:weight_decay = 1e-4|}"));

    [Theory]
    [InlineData("torch.optim.Adam(weights, lr: 1e-3)")]
    [InlineData("torch.optim.Adam(weights, weight_decay: 0)")]
    [InlineData("torch.optim.RMSProp(weights, weight_decay: 0.0)")]
    [InlineData("torch.optim.SGD(weights, 0.01, weight_decay: 1e-4)")]
    [InlineData("torch.optim.AdamW(weights, weight_decay: 1e-4)")]
    public Task Decoupled_or_absent_or_sgd_decay_is_not_reported(string optimizer) => Verify.VerifyAsync(Training(optimizer));

    [Theory]
    [InlineData("torch.optim.AdamW(weights)")]
    [InlineData("torch.optim.AdamW(weights, lr: 3e-4)")]
    [InlineData("torch.optim.AdamW(weights, 3e-4, 0.9, 0.95)")]
    public Task AdamW_without_weight_decay_is_reported(string optimizer) => Verify.VerifyAsync(Training("{|L2R009:" + optimizer + "|}"));

    [Fact]
    public async Task Adam_message_names_AdamW_and_its_decoupled_decay()
    {
        var test = Verify.Create(Training("torch.optim.Adam(weights, lr: 1e-3, weight_decay: 1e-4)"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("L2R005").WithSpan(6, 57, 6, 112).WithArguments("weight_decay: 0.0001 in torch.optim.Adam adds its penalty to the gradient before Adam rescales it, so weights with large gradients are barely decayed.", "Use torch.optim.AdamW with weight_decay: 0.0001 (decoupled)."));
        await test.RunAsync();
    }

    [Fact]
    public async Task AdamW_message_gives_both_defaults()
    {
        var test = Verify.Create(Training("torch.optim.AdamW(weights)"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("L2R009").WithSpan(6, 57, 6, 83).WithArguments(
            "torch.optim.AdamW"));
        await test.RunAsync();
    }
}
