using Verify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.TorchSharp;

/// <summary>L2R002 for weight_decay on all of a module's parameters; L2R010 for the resetting ParamGroup constructor.</summary>
public class ParameterGroupTests
{
    private const string Model = """
        using System.Linq;
        using TorchSharp;
        using TorchSharp.Modules;
        using static TorchSharp.torch;

        class Classifier : nn.Module<Tensor, Tensor>
        {
            readonly Linear fc1 = nn.Linear(784, 128);
            readonly LayerNorm norm = nn.LayerNorm(128);
            readonly Linear fc2 = nn.Linear(128, 10);

            public Classifier() : base(nameof(Classifier)) => RegisterComponents();

            public override Tensor forward(Tensor x) => fc2.forward(norm.forward(fc1.forward(x)));
        }

        """;

    [Theory]
    [InlineData("torch.optim.SGD({|L2R002:model.parameters()|}, 0.01, momentum: 0.9, weight_decay: 5e-4)")]
    [InlineData("torch.optim.SGD({|L2R002:model.named_parameters()|}, 0.01, weight_decay: 1e-4)")]
    [InlineData("torch.optim.AdamW({|L2R002:model.parameters()|}, lr: 1e-3, weight_decay: 0.01)")]
    [InlineData("torch.optim.AdamW({|L2R002:model.parameters().ToList()|}, weight_decay: 0.05)")]
    public Task Weight_decay_on_every_parameter_of_a_module_is_reported(string optimizer) => Verify.VerifyAsync(Model + $$"""
        static class Training
        {
            public static void Run()
            {
                var model = new Classifier();
                var optimizer = {{optimizer}};
            }
        }
        """);

    [Fact]
    public Task Group_constructor_with_every_parameter_of_a_module() => Verify.VerifyAsync(Model + """
        static class Training
        {
            public static ParamGroup Group(Classifier model) =>
                new SGD.ParamGroup({|L2R002:model.parameters()|}, lr: 0.1, weight_decay: 1e-4);
        }
        """);

    [Fact]
    public Task Parameters_through_a_local() => Verify.VerifyAsync(Model + """
        static class Training
        {
            public static void Run(Classifier model)
            {
                var all = model.parameters();
                var optimizer = torch.optim.SGD({|L2R002:all|}, 0.1, weight_decay: 1e-4);
            }
        }
        """);

    [Theory]
    [InlineData("torch.optim.SGD(model.parameters(), 0.01)")]
    [InlineData("torch.optim.SGD(model.parameters(), 0.01, weight_decay: 0)")]
    [InlineData("torch.optim.SGD(model.parameters(), 0.01, weight_decay: 0.0)")]
    public Task No_or_zero_weight_decay_is_not_reported(string optimizer) => Verify.VerifyAsync(Model + $$"""
        static class Training
        {
            public static void Run(double decay)
            {
                var model = new Classifier();
                var optimizer = {{optimizer}};
            }
        }
        """);

    [Fact]
    public Task Parameter_groups_that_exclude_biases_are_not_reported() => Verify.VerifyAsync(Model + """
        static class Training
        {
            public static void Run()
            {
                var model = new Classifier();
                var decayed = model.named_parameters().Where(p => p.parameter.dim() >= 2).Select(p => p.parameter);
                var notDecayed = model.named_parameters().Where(p => p.parameter.dim() < 2).Select(p => p.parameter);
                var optimizer = torch.optim.SGD(new SGD.ParamGroup[]
                {
                    new() { Parameters = decayed },
                    new() { Parameters = notDecayed, Options = new() { weight_decay = 0 } },
                }, 0.01, weight_decay: 1e-4);

                var adamw = torch.optim.AdamW(new AdamW.ParamGroup[]
                {
                    new(decayed, lr: 1e-3, weight_decay: 0.01),
                    new(notDecayed, lr: 1e-3, weight_decay: 0),
                });

                var onlyWeights = torch.optim.SGD(decayed, 0.01, weight_decay: 1e-4);
            }
        }
        """);

    [Theory]
    [InlineData("{|L2R010:new SGD.ParamGroup(weights)|}")]
    [InlineData("{|L2R010:new SGD.ParamGroup(weights, lr: 0.1)|}")]
    [InlineData("{|L2R010:new SGD.ParamGroup(weights, weight_decay: 0)|}")]
    [InlineData("{|L2R010:new SGD.ParamGroup(weights, momentum: 0.9)|}")]
    [InlineData("{|L2R010:new AdamW.ParamGroup(weights, lr: 1e-3)|}")]
    [InlineData("{|L2R010:new ASGD.ParamGroup(weights, weight_decay: 1e-4)|}")]
    public Task Convenience_constructor_without_lr_and_weight_decay_is_reported(string group) => Verify.VerifyAsync($$"""
        using TorchSharp.Modules;

        static class Groups
        {
            public static ParamGroup Create(Parameter[] weights) => {{group}};
        }
        """);

    [Theory]
    [InlineData("new SGD.ParamGroup(weights, lr: 0.1, weight_decay: 1e-4)")]
    [InlineData("new SGD.ParamGroup(weights, 0.1, 0.9, 0, 1e-4)")]
    [InlineData("new SGD.ParamGroup { Parameters = weights }")]
    [InlineData("new SGD.ParamGroup { Parameters = weights, Options = new() { weight_decay = 0 } }")]
    [InlineData("new SGD.ParamGroup(weights, new SGD.Options { weight_decay = 1e-4 })")]
    public Task Groups_that_set_both_or_inherit_are_not_reported(string group) => Verify.VerifyAsync($$"""
        using TorchSharp.Modules;

        static class Groups
        {
            public static ParamGroup Create(Parameter[] weights) => {{group}};
        }
        """);

    [Fact]
    public Task Group_and_options_values_are_checked_like_optimizer_arguments() => Verify.VerifyAsync("""
        using TorchSharp.Modules;

        static class Groups
        {
            public static ParamGroup[] Create(Parameter[] weights) => new ParamGroup[]
            {
                new SGD.ParamGroup(weights, lr: 0.01, weight_decay: {|L2R001:0.97|}),
                new SGD.ParamGroup { Parameters = weights, Options = new() { weight_decay = {|L2R003:-0.1|} } },
                {|L2R004:new SGD.ParamGroup(weights, lr: 10, weight_decay: 0.2)|},
                new AdamW.ParamGroup { Parameters = weights, Options = new() { LearningRate = 1e-3, weight_decay = 0.01 } },
                new SGD.ParamGroup { Parameters = weights, Options = new() { LearningRate = 10, {|L2R004:weight_decay = 0.2|} } },
            };
        }
        """);

    [Fact]
    public async Task Reset_message_names_the_values_the_group_gets()
    {
        var test = Verify.Create("""
            using TorchSharp.Modules;

            static class Groups
            {
                public static ParamGroup Create(Parameter[] weights) => new SGD.ParamGroup(weights, momentum: 0.9);
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("L2R010").WithSpan(5, 61, 5, 103).WithArguments(
            "lr becomes 0.001 and weight_decay becomes 0 instead of the optimizer's value; pass both, or write new SGD.ParamGroup { Parameters = …, Options = new() { … } } so unset options come from the optimizer"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Bias_message_suggests_groups_split_by_rank()
    {
        var test = Verify.Create(Model + """
            static class Training
            {
                public static object Run(Classifier model) => torch.optim.SGD(model.parameters(), 0.1, weight_decay: 1e-4);
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("L2R002").WithSpan(18, 67, 18, 85).WithArguments(
            "model.parameters()",
            "weight_decay 0.0001 applies to every parameter of the module, biases and normalization weights included; pass two parameter groups split by rank: the weights (dim() ≥ 2) with weight_decay, everything else (biases, normalization gains and shifts) with weight_decay 0; a bias sets an offset, not the model's complexity, and standard practice (Keras, timm, Hugging Face) leaves biases unregularized"));
        await test.RunAsync();
    }
}
