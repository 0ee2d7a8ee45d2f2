using System.Numerics;

namespace L2Analyzers.Generator.Tests.CompileAndRun;

/// <summary>
/// Plain SGD, <c>w ← w − η·g</c>, that records what each parameter looked like when <see cref="Step"/> was called:
/// lets tests see whether L2 was applied to the gradient (coupled) or to the values (decoupled) before the step.
/// </summary>
internal sealed class RecordingOptimizer<T>(T learningRate) : IOptimizer<T>
    where T : IFloatingPointIeee754<T>
{
    public T LearningRate { get; } = learningRate;

    public List<(string Name, T[] Values, T[] Gradients)> Steps { get; } = [];

    public bool Recording { get; set; } = true;

    public void Step(Parameter<T> parameter)
    {
        if (Recording)
        {
            Steps.Add((parameter.Name, (T[])parameter.Values.Clone(), (T[])parameter.Gradients.Clone()));
        }

        for (int i = 0; i < parameter.Values.Length; i++)
        {
            parameter.Values[i] -= LearningRate * parameter.Gradients[i];
        }
    }
}
