using TorchSharp.Modules;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp.Tests.Support;

/// <summary>
/// The same parameters as a torch module, in the runtime's <see cref="Parameter{T}"/>s, stepped by the runtime's own
/// optimizers: weights (dim ≥ 2 outside normalization) through <see cref="L2Update.RegularizedStep{T}"/>, the rest
/// through the plain optimizer step.
/// </summary>
internal sealed class RuntimeMirror
{
    private readonly List<(Parameter<float> Parameter, long[] Shape, bool IsWeight)> parameters = [];

    public RuntimeMirror(nn.Module module, Func<string, bool>? isNormalization = null)
    {
        foreach (var (name, tensor) in module.named_parameters())
        {
            bool normalization = isNormalization?.Invoke(name) ?? false;
            bool weight = tensor.dim() >= 2 && !normalization;
            var values = TinyNet.Values(tensor);
            var parameter = new Parameter<float>(name, weight ? ParameterRole.Weight : ParameterRole.Bias, 1, values.Length);
            values.CopyTo(parameter.Values, 0);
            parameters.Add((parameter, tensor.shape, weight));
        }
    }

    /// <summary>One step with the gradients <see cref="TinyNet.SetGradients"/> gives at <paramref name="step"/>.</summary>
    public void Step(IOptimizer<float> optimizer, L2Mode mode, double lambda, int step)
    {
        int k = 0;
        foreach (var (parameter, shape, weight) in parameters)
        {
            TinyNet.GradientPattern(shape, step, ++k).CopyTo(parameter.Gradients, 0);
            if (weight)
            {
                L2Update.RegularizedStep(optimizer, parameter, mode, (float)lambda);
            }
            else
            {
                optimizer.Step(parameter);
            }
        }
    }

    public float[] Values(string name) => parameters.Single(p => p.Parameter.Name == name).Parameter.Values;
}
