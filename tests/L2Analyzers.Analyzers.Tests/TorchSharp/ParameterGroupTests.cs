using Verify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.TorchSharp;

/// <summary>L2R011 for weight_decay on all of a module's parameters; L2R010 for ParamGroup constructors that reset the optimizer's options.</summary>
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
    [InlineData("torch.optim.SGD({|L2R011:model.parameters()|}, 0.01, momentum: 0.9, weight_decay: 5e-4)")]
    [InlineData("torch.optim.SGD({|L2R011:model.named_parameters()|}, 0.01, weight_decay: 1e-4)")]
    [InlineData("torch.optim.AdamW({|L2R011:model.parameters()|}, lr: 1e-3, weight_decay: 0.01)")]
    [InlineData("torch.optim.AdamW({|L2R011:model.parameters().ToList()|}, weight_decay: 0.05)")]
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
                new SGD.ParamGroup({|L2R011:model.parameters()|}, lr: 0.1, weight_decay: 1e-4);
        }
        """);

    [Fact]
    public Task Parameters_through_a_local() => Verify.VerifyAsync(Model + """
        static class Training
        {
            public static void Run(Classifier model)
            {
                var all = model.parameters();
                var optimizer = torch.optim.SGD({|L2R011:all|}, 0.1, weight_decay: 1e-4);
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

    private static string Grouped(string group, string optimizer) => $$"""
        using TorchSharp;
        using TorchSharp.Modules;

        static class Groups
        {
            public static object Create(Parameter[] weights, Parameter[] others, double lr)
            {
                var groups = new SGD.ParamGroup[] { new() { Parameters = others }, {{group}} };
                return {{optimizer}};
            }
        }
        """;

    [Theory]
    [InlineData("{|L2R010:new SGD.ParamGroup(weights)|}", "torch.optim.SGD(groups, 0.1)")]
    [InlineData("{|L2R010:new SGD.ParamGroup(weights, momentum: 0.9)|}", "torch.optim.SGD(groups, 0.001, weight_decay: 5e-4)")]
    [InlineData("{|L2R010:new(weights, lr: 0.1)|}", "torch.optim.SGD(groups, 0.1, weight_decay: 5e-4)")]
    [InlineData("{|L2R010:new(weights, lr: 0.1, weight_decay: 0)|}", "torch.optim.SGD(groups, 0.1, momentum: 0.9)")]
    [InlineData("{|L2R010:new(weights, weight_decay: 1e-4)|}", "new SGD(groups, lr)")]
    public Task A_group_constructor_that_resets_an_option_the_optimizer_set_is_reported(string group, string optimizer) =>
        Verify.VerifyAsync(Grouped(group, optimizer));

    [Theory]
    [InlineData("new SGD.ParamGroup(weights, lr: 0.01)", "torch.optim.SGD(groups, 0.01, weight_decay: 0)")]
    [InlineData("new(weights, lr: 0.1, momentum: 0.9)", "torch.optim.SGD(groups, 0.1)")]
    [InlineData("new(weights, lr: 0.1, weight_decay: 1e-4)", "torch.optim.SGD(groups, 0.1, weight_decay: 5e-4)")]
    [InlineData("new SGD.ParamGroup(weights)", "torch.optim.SGD(groups, 0.001)")]
    [InlineData("new SGD.ParamGroup { Parameters = weights }", "torch.optim.SGD(groups, 0.1, weight_decay: 5e-4)")]
    [InlineData("new SGD.ParamGroup(weights, new SGD.Options { momentum = 0.9 })", "torch.optim.SGD(groups, 0.1, weight_decay: 5e-4)")]
    public Task A_group_constructor_that_keeps_the_optimizers_values_is_not_reported(string group, string optimizer) =>
        Verify.VerifyAsync(Grouped(group, optimizer));

    [Theory]
    [InlineData("new SGD.ParamGroup(weights)")]
    [InlineData("new SGD.ParamGroup(weights, momentum: 0.9)")]
    [InlineData("new AdamW.ParamGroup(weights, lr: 1e-3)")]
    public Task A_group_that_reaches_no_optimizer_is_not_reported(string group) => Verify.VerifyAsync($$"""
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
    public async Task Reset_message_names_every_option_reset_with_both_values()
    {
        var test = Verify.Create("""
            using TorchSharp;
            using TorchSharp.Modules;

            static class Groups
            {
                public static object Create(Parameter[] weights) =>
                    torch.optim.RMSProp(new RMSProp.ParamGroup[] { new(weights, lr: 0.01) }, 0.01, momentum: 0.9, centered: true);
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("L2R010").WithSpan(7, 56, 7, 78).WithArguments(
            "This RMSProp.ParamGroup constructor",
            "torch.optim.RMSProp's momentum 0.9 to 0 and centered true to false"));
        await test.RunAsync();
    }

    [Fact]
    public async Task All_parameters_message_names_what_is_decayed()
    {
        var test = Verify.Create(Model + """
            static class Training
            {
                public static object Run(Classifier model) => torch.optim.SGD(model.parameters(), 0.1, momentum: 0.9, weight_decay: 5e-4);
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("L2R011").WithSpan(18, 67, 18, 85).WithArguments(
            "torch.optim.SGD",
            "model.parameters()",
            "weight_decay: 5e-4",
            "biases and normalization weights",
            "Pass weight decay to the weights only (split the parameters by rank)."));
        await test.RunAsync();
    }
}
