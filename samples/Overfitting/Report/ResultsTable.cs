using Overfitting.Experiment;
using Overfitting.Networks;
using Spectre.Console;

namespace Overfitting.Report;

/// <summary>The results of one data set as a table: one row per configuration.</summary>
internal static class ResultsTable
{
    /// <summary>Writes the table of <paramref name="results"/>.</summary>
    public static void Write(IAnsiConsole console, DatasetResults results)
    {
        var table = new Table()
            .Title($"[bold]{Markup.Escape(results.Data.Name)}[/]: plain SGD, η = {Formats.Lambda(Study.LearningRate)}, batch {StudyRunner.BatchSize}, {results.Runs[0].History.Epochs.Count} epochs")
            .Caption(Markup.Escape(results.Data.Description))
            .AddColumn("configuration")
            .AddColumn(new TableColumn("λ").RightAligned())
            .AddColumn(new TableColumn("as GradientPenalty").RightAligned())
            .AddColumn(new TableColumn("train acc").RightAligned())
            .AddColumn(new TableColumn("test acc").RightAligned())
            .AddColumn(new TableColumn("train loss").RightAligned())
            .AddColumn(new TableColumn("test loss").RightAligned())
            .AddColumn(new TableColumn("best test loss (epoch)").RightAligned())
            .AddColumn(new TableColumn("mean |w|").RightAligned())
            .AddColumn(new TableColumn("max |w|").RightAligned());
        foreach (var run in results.Runs)
        {
            var best = run.History.Epochs.MinBy(epoch => epoch.TestLoss)!;
            table.AddRow(
                Markup.Escape(run.Configuration.Name),
                run.L2 is { } l2 ? Formats.Lambda(l2.Lambda) : "—",
                run.L2 is { } penalty ? Formats.Lambda(penalty.PenaltyCoefficient(Study.LearningRate)) : "—",
                Formats.Percent(run.Training.Accuracy),
                Formats.Percent(run.Test.Accuracy),
                Formats.Value(run.Training.Loss),
                Formats.Value(run.Test.Loss),
                $"{Formats.Value(best.TestLoss!.Value)} ({best.Epoch})",
                Formats.Value(run.History.Last.MeanAbsWeight),
                Formats.Value(run.History.Last.MaxAbsWeight));
        }

        console.Write(table);
    }
}
