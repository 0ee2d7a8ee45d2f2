using Overfitting.Experiment;
using Overfitting.Networks;
using Spectre.Console;

namespace Overfitting.Report;

/// <summary>The line that shows the equivalent conventions produced the same network.</summary>
internal static class EquivalenceLine
{
    /// <summary>Writes, for <paramref name="results"/>, the equivalent settings and their largest parameter difference.</summary>
    public static void Write(IAnsiConsole console, DatasetResults results)
    {
        var settings = results.Runs
            .Where(run => run.Configuration.EquivalentToPenalty)
            .Select(run => $"{run.L2!.Value.Mode} {Formats.Lambda(run.L2.Value.Lambda)}");
        double difference = Equivalence.MaxParameterDifference(results);
        console.MarkupLineInterpolated(
            $"{results.Data.Name}: {string.Join(" ≡ ", settings)} at η = {Formats.Lambda(Study.LearningRate)} trained the same weights: max difference [bold]{Formats.Difference(difference)}[/]");
    }
}
