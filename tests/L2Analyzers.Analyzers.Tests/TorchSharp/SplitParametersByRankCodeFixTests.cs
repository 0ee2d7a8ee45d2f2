using L2Analyzers.CodeFixes.TorchSharp;

namespace L2Analyzers.Analyzers.Tests.TorchSharp;

public class SplitParametersByRankCodeFixTests
{
    private const string Model = """
        using TorchSharp;
        using TorchSharp.Modules;

        class Net : torch.nn.Module<torch.Tensor, torch.Tensor>
        {
            readonly Linear fc = torch.nn.Linear(4, 2);

            public Net() : base(nameof(Net)) => RegisterComponents();

            public override torch.Tensor forward(torch.Tensor x) => fc.forward(x);
        }

        """;

    [Fact]
    public Task Sgd_gets_two_groups_and_keeps_its_other_arguments() => VerifyAsync(
        Model + """
            static class Training
            {
                public static object Create(Net model) =>
                    torch.optim.SGD({|L2R011:model.parameters()|}, 0.1, momentum: 0.9, weight_decay: 5e-4);
            }
            """,
        "using System.Linq;\n" + Model + """
            static class Training
            {
                public static object Create(Net model) =>
                    torch.optim.SGD(new SGD.ParamGroup[]
                    {
                        new() { Parameters = model.parameters().Where(p => p.dim() >= 2) },
                        new() { Parameters = model.parameters().Where(p => p.dim() < 2), Options = new() { weight_decay = 0 } },
                    }, 0.1, momentum: 0.9, weight_decay: 5e-4);
            }
            """);

    [Fact]
    public Task AdamW_with_linq_in_scope_and_a_local_named_p() => VerifyAsync(
        "using System.Linq;\n" + Model + """
            static class Training
            {
                public static object Create(Net model, int p)
                {
                    return torch.optim.AdamW({|L2R011:model.parameters()|}, lr: 1e-3, weight_decay: 0.05);
                }
            }
            """,
        "using System.Linq;\n" + Model + """
            static class Training
            {
                public static object Create(Net model, int p)
                {
                    return torch.optim.AdamW(new AdamW.ParamGroup[]
                    {
                        new() { Parameters = model.parameters().Where(parameter => parameter.dim() >= 2) },
                        new() { Parameters = model.parameters().Where(parameter => parameter.dim() < 2), Options = new() { weight_decay = 0 } },
                    }, lr: 1e-3, weight_decay: 0.05);
                }
            }
            """);

    [Fact]
    public Task Constructors_and_factories_are_split_by_fix_all() => VerifyAsync(
        Model + """
            static class Training
            {
                public static object[] Create(Net model) => new object[]
                {
                    new SGD({|L2R011:model.parameters()|}, 0.1, weight_decay: 5e-4),
                    torch.optim.AdamW({|L2R011:model.parameters()|}, 1e-3, weight_decay: 0.05),
                };
            }
            """,
        "using System.Linq;\n" + Model + """
            static class Training
            {
                public static object[] Create(Net model) => new object[]
                {
                    new SGD(new SGD.ParamGroup[]
                    {
                        new() { Parameters = model.parameters().Where(p => p.dim() >= 2) },
                        new() { Parameters = model.parameters().Where(p => p.dim() < 2), Options = new() { weight_decay = 0 } },
                    }, 0.1, weight_decay: 5e-4),
                    torch.optim.AdamW(new AdamW.ParamGroup[]
                    {
                        new() { Parameters = model.parameters().Where(p => p.dim() >= 2) },
                        new() { Parameters = model.parameters().Where(p => p.dim() < 2), Options = new() { weight_decay = 0 } },
                    }, 1e-3, weight_decay: 0.05),
                };
            }
            """);

    [Theory]
    [InlineData("torch.optim.SGD({|L2R011:model.named_parameters()|}, 0.1, weight_decay: 1e-4)")]
    [InlineData("torch.optim.SGD({|L2R011:all|}, 0.1, weight_decay: 1e-4)")]
    [InlineData("new SGD.ParamGroup({|L2R011:model.parameters()|}, lr: 0.1, weight_decay: 1e-4)")]
    public Task No_fix_where_the_split_would_not_be_clean(string creation)
    {
        string source = Model + $$"""
            static class Training
            {
                public static object Create(Net model)
                {
                    var all = model.parameters();
                    return {{creation}};
                }
            }
            """;
        return VerifyAsync(source, source);
    }

    private static Task VerifyAsync(string source, string fixedSource) =>
        TorchSharpVerifier.VerifyFixAsync<SplitParametersByRankCodeFix>(source, fixedSource);
}
