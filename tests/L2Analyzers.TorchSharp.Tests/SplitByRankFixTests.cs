using L2Analyzers.Analyzers.TorchSharp;
using L2Analyzers.CodeFixes.TorchSharp;
using L2Analyzers.TorchSharp.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp.Tests;

/// <summary>
/// The split-by-rank code fix (L2R011 on <c>torch.optim.X(model.parameters(), …, weight_decay)</c>): its output compiles
/// and, run on libtorch, decays the weights as before and leaves biases and normalization parameters alone.
/// </summary>
public sealed class SplitByRankFixTests
{
    private const string Source = """
        using TorchSharp;

        public static class Training
        {
            public static torch.optim.Optimizer Sgd(torch.nn.Module model) =>
                torch.optim.SGD(model.parameters(), 0.05, weight_decay: 0.03);

            public static torch.optim.Optimizer AdamW(torch.nn.Module model) =>
                torch.optim.AdamW(model.parameters(), lr: 0.01, weight_decay: 0.5);
        }
        """;

    private static readonly Lazy<Type> Fixed = new(() =>
    {
        string source = CodeFixRunner.FixAllAsync(Source, new TorchSharpOptimizerAnalyzer(), new SplitParametersByRankCodeFix()).GetAwaiter().GetResult();
        Assert.Equal(4, source.Split(".dim()").Length - 1); // both calls were split (two groups each)
        return CodeFixRunner.CompileAndLoad(source).GetType("Training")!;
    });

    [Theory]
    [InlineData("Sgd", 1 - (0.05 * 0.03))] // SGD weight_decay: coupled, w × (1 − ηλ) at zero gradient
    [InlineData("AdamW", 1 - (0.01 * 0.5))] // AdamW: decoupled, w × (1 − lr·λ); Adam's own step is 0 at zero gradient
    public void Fixed_optimizer_decays_weights_only_on_libtorch(string method, double retained)
    {
        using var model = TinyNet.Create();
        var before = model.named_parameters().ToDictionary(p => p.name, p => TinyNet.Values(p.parameter));
        using var optimizer = (optim.Optimizer)Fixed.Value.GetMethod(method)!.Invoke(null, [model])!;

        TinyNet.SetGradients(model, step: 1, scale: 0);
        optimizer.step();

        foreach (var (name, parameter) in model.named_parameters())
        {
            double expected = name is "0.weight" or "2.weight" ? retained : 1;
            var after = TinyNet.Values(parameter);
            for (int i = 0; i < after.Length; i++)
            {
                Assert.Equal(expected * before[name][i], after[i], 1e-6);
            }
        }

        Assert.True(L2Torch.Audit(optimizer, model).IsClean, L2Torch.Audit(optimizer, model).ToString());
    }
}
