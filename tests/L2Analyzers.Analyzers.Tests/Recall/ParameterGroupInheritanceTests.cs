using Verify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>
/// Issue 15, shapes 2 and 3: parameter groups that inherit the optimizer's weight_decay, groups whose own options decay a
/// whole layer, and groups that exclude only names ending in "bias" (normalization gains stay decayed, L2R008).
/// </summary>
public class ParameterGroupInheritanceTests
{
    private static string Run(string model, string body) => model + $$"""
        static class Training
        {
            public static void Run()
            {
                var model = new {{(model == TorchSharpModels.Plain ? "Plain" : "Classifier")}}();
                var named = model.named_parameters().ToList();
                {{body}}
            }
        }
        """;

    [Fact]
    public Task A_bias_group_without_its_own_weight_decay_inherits_the_optimizers() => Verify.VerifyAsync(Run(TorchSharpModels.Plain, """
        var biases = named.Where(p => p.name.EndsWith("bias")).Select(p => p.parameter);
                var weights = named.Where(p => p.name.EndsWith("weight")).Select(p => p.parameter);
                var groups = new SGD.ParamGroup[]
                {
                    new() { Parameters = weights, Options = new() { momentum = 0.9 } },
                    new() { Parameters = {|L2R002:biases|}, Options = new() { momentum = 0.9 } },
                };
                var optimizer = new SGD(groups, 0.1, weight_decay: 5e-4);
        """));

    [Fact]
    public Task A_bias_group_filtered_inline_inherits_too() => Verify.VerifyAsync(Run(TorchSharpModels.Plain, """
        var optimizer = torch.optim.SGD(new SGD.ParamGroup[]
                {
                    new() { Parameters = named.Where(p => !p.name.Contains("bias")).Select(p => p.parameter) },
                    new() { Parameters = {|L2R002:named.Where(p => p.name.Contains("bias")).Select(p => p.parameter)|} },
                }, 0.1, weight_decay: 1e-4);
        """));

    [Fact]
    public Task A_bias_group_that_sets_weight_decay_0_is_not_reported() => Verify.VerifyAsync(Run(TorchSharpModels.Plain, """
        var biases = named.Where(p => p.name.EndsWith("bias")).Select(p => p.parameter);
                var weights = named.Where(p => p.name.EndsWith("weight")).Select(p => p.parameter);
                var groups = new SGD.ParamGroup[]
                {
                    new() { Parameters = weights, Options = new() { momentum = 0.9 } },
                    new() { Parameters = biases, Options = new() { momentum = 0.9, weight_decay = 0 } },
                };
                var optimizer = new SGD(groups, 0.1, weight_decay: 5e-4);
        """));

    [Fact]
    public Task A_bias_group_is_not_reported_when_the_optimizer_does_not_decay() => Verify.VerifyAsync(Run(TorchSharpModels.Plain, """
        var biases = named.Where(p => p.name.EndsWith("bias")).Select(p => p.parameter);
                var optimizer = new SGD(new SGD.ParamGroup[] { new() { Parameters = biases } }, 0.1);
        """));

    [Fact]
    public Task A_group_whose_options_decay_a_whole_layer() => Verify.VerifyAsync(Run(TorchSharpModels.Plain, """
        var groups = new List<SGD.ParamGroup>
                {
                    new() { Parameters = {|L2R011:model.fc1.parameters()|}, Options = new() { weight_decay = 1e-4 } },
                    new() { Parameters = model.fc2.parameters(), Options = new() { weight_decay = 0 } },
                };
                var optimizer = new SGD(groups, 0.1);
        """));

    [Fact]
    public Task A_group_whose_options_decay_only_a_layers_weight_is_not_reported() => Verify.VerifyAsync(Run(TorchSharpModels.Plain, """
        var groups = new List<SGD.ParamGroup>
                {
                    new() { Parameters = new[] { model.fc1.weight! }, Options = new() { weight_decay = 1e-4 } },
                    new() { Parameters = new[] { model.fc1.bias! }, Options = new() { weight_decay = 0 } },
                };
                var optimizer = new SGD(groups, 0.1);
        """));

    [Theory]
    [InlineData("torch.optim.AdamW({|L2R008:decayed|}, 1e-3, weight_decay: 0.05)")]
    [InlineData("new SGD({|L2R008:decayed|}, 0.1, weight_decay: 5e-4)")]
    public Task Excluding_only_biases_leaves_normalization_gains_decayed(string optimizer) => Verify.VerifyAsync(Run(TorchSharpModels.Classifier, $$"""
        var decayed = named.Where(p => !p.name.EndsWith("bias")).Select(p => p.parameter);
                var optimizer = {{optimizer}};
        """));

    [Theory]
    [InlineData("named.Where(p => !p.name.EndsWith(\"bias\") && !p.name.Contains(\"norm\")).Select(p => p.parameter)")]
    [InlineData("named.Where(p => p.parameter.dim() >= 2).Select(p => p.parameter)")]
    public Task Excluding_biases_and_normalization_is_not_reported(string filter) => Verify.VerifyAsync(Run(TorchSharpModels.Classifier, $$"""
        var decayed = {{filter}};
                var optimizer = torch.optim.AdamW(decayed, 1e-3, weight_decay: 0.05);
        """));

    [Fact]
    public Task Excluding_only_biases_of_a_model_without_normalization_is_not_reported() => Verify.VerifyAsync(Run(TorchSharpModels.Plain, """
        var decayed = named.Where(p => !p.name.EndsWith("bias")).Select(p => p.parameter);
                var optimizer = torch.optim.AdamW(decayed, 1e-3, weight_decay: 0.05);
        """));

    [Theory]
    [InlineData("new() { Parameters = {|L2R011:model.parameters()|} }", "new SGD(groups, 0.1, weight_decay: 5e-4)")]
    [InlineData("new() { Parameters = {|L2R011:model.fc1.parameters()|}, Options = new() { momentum = 0.9 } }", "torch.optim.SGD(groups, 0.1, weight_decay: 5e-4)")]
    public Task A_group_of_all_of_a_modules_parameters_inherits_the_optimizers_weight_decay(string group, string optimizer) =>
        Verify.VerifyAsync(Run(TorchSharpModels.Plain, $$"""
        var groups = new SGD.ParamGroup[] { {{group}} };
                var optimizer = {{optimizer}};
        """));

    [Theory]
    [InlineData("new() { Parameters = model.parameters(), Options = new() { weight_decay = 0 } }", "new SGD(groups, 0.1, weight_decay: 5e-4)")]
    [InlineData("new() { Parameters = model.parameters() }", "torch.optim.SGD(groups, 0.1)")]
    [InlineData("new() { Parameters = model.parameters() }", "torch.optim.SGD(groups, 0.1, weight_decay: 0)")]
    public Task A_group_of_all_parameters_that_is_not_decayed_is_not_reported(string group, string optimizer) =>
        Verify.VerifyAsync(Run(TorchSharpModels.Plain, $$"""
        var groups = new SGD.ParamGroup[] { {{group}} };
                var optimizer = {{optimizer}};
        """));
}
