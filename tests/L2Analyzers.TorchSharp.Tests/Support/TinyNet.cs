using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp.Tests.Support;

/// <summary>A 3-4-2 network with a LayerNorm (weights, biases and normalization parameters), with fixed values.</summary>
internal static class TinyNet
{
    public static Sequential Create() => Fill(nn.Sequential(
        ("0", nn.Linear(3, 4)),
        ("1", nn.LayerNorm(4)),
        ("2", nn.Linear(4, 2))));

    /// <summary>Gives every parameter distinct, fixed values of order 1 (independent of torch's random initialization).</summary>
    public static T Fill<T>(T module)
        where T : nn.Module
    {
        using var _ = no_grad();
        int k = 0;
        foreach (var parameter in module.parameters())
        {
            parameter.copy_(Pattern(parameter.shape, ++k, 0.5f));
        }

        return module;
    }

    /// <summary>Sets each parameter's gradient to a fixed pattern that changes with <paramref name="step"/> (via backward of Σ p·G).</summary>
    public static void SetGradients(nn.Module module, int step, float scale = 1)
    {
        module.zero_grad();
        int k = 0;
        Tensor? loss = null;
        foreach (var parameter in module.parameters())
        {
            var term = (parameter * Pattern(parameter.shape, (100 * step) + ++k, scale)).sum();
            loss = loss is null ? term : loss + term;
        }

        loss!.backward();
    }

    /// <summary>The gradient pattern <see cref="SetGradients"/> uses, for the runtime side.</summary>
    public static float[] GradientPattern(long[] shape, int step, int index, float scale = 1) =>
        Pattern(shape, (100 * step) + index, scale).data<float>().ToArray();

    /// <summary>The values of a tensor, row-major.</summary>
    public static float[] Values(Tensor tensor) => tensor.detach().cpu().data<float>().ToArray();

    private static Tensor Pattern(long[] shape, int seed, float scale)
    {
        long count = shape.Aggregate(1L, (a, b) => a * b);
        var values = Enumerable.Range(0, (int)count).Select(i => scale * MathF.Sin((seed * 1.7f) + (i * 0.9f))).ToArray();
        return tensor(values).reshape(shape);
    }
}
