using Verify = L2Analyzers.Analyzers.Tests.TorchSharp.TorchSharpVerifier;

namespace L2Analyzers.Analyzers.Tests.Recall;

/// <summary>Issue 15, shape 1: optimizers created with their constructors (<c>new SGD(…)</c>), not only with <c>torch.optim.X(…)</c>.</summary>
public class TorchSharpConstructorTests
{
    [Theory]
    [InlineData("new SGD({|L2R011:model.parameters()|}, 0.01, 0.9, weight_decay: 5e-4)")]
    [InlineData("new AdamW({|L2R011:model.parameters()|}, 1e-3, weight_decay: 0.01)")]
    [InlineData("new SGD({|L2R011:model.parameters()|}, 0.05, weight_decay: {|L2R001:0.97|})")]
    [InlineData("{|L2R005:new Adam({|L2R011:model.parameters()|}, 1e-3, weight_decay: 1e-4)|}")]
    public Task Constructed_optimizers_are_checked_like_the_factories(string optimizer) =>
        Verify.VerifyAsync(TorchSharpModels.Classifier + $$"""
        static class Training
        {
            public static void Run()
            {
                var model = new Classifier();
                var optimizer = {{optimizer}};
            }
        }
        """);

    [Theory]
    [InlineData("new SGD(model.parameters(), 0.01, 0.9)")]
    [InlineData("new SGD(model.parameters(), 0.01, weight_decay: 0)")]
    [InlineData("new Adam(model.parameters(), 1e-3)")]
    public Task Constructed_optimizers_without_decay_are_not_reported(string optimizer) =>
        Verify.VerifyAsync(TorchSharpModels.Classifier + $$"""
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
    public Task A_class_of_our_own_named_SGD_is_not_TorchSharp() => Verify.VerifyAsync(TorchSharpModels.Classifier + """
        namespace Mine
        {
            class SGD
            {
                public SGD(System.Collections.Generic.IEnumerable<TorchSharp.Modules.Parameter> parameters, double lr, double weight_decay) { }
            }

            static class Training
            {
                public static void Run()
                {
                    var model = new Classifier();
                    var optimizer = new SGD(model.parameters(), 0.05, weight_decay: 0.97);
                }
            }
        }
        """);
}
