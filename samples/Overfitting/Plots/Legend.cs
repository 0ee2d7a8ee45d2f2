using Overfitting.Experiment;
using Overfitting.Report;

namespace Overfitting.Plots;

/// <summary>What a plot's legend calls a run: its configuration and, when it has L2, the λ its attributes set.</summary>
internal static class Legend
{
    public static string Of(RunResult run) =>
        run.L2 is { } l2 ? $"{run.Configuration.Name}, λ = {Formats.Lambda(l2.Lambda)}" : run.Configuration.Name;
}
