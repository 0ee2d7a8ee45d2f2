using L2Analyzers;
using Overfitting.Experiment;
using Spectre.Console;

namespace Overfitting.Report;

/// <summary>Shows training as it happens: live progress bars in a terminal, one line per finished run otherwise (CI logs).</summary>
internal static class TrainingDisplay
{
    /// <summary>Runs <paramref name="work"/> with a tracker suited to <paramref name="console"/>.</summary>
    public static T Run<T>(IAnsiConsole console, Func<IRunTracker, T> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return work(new LineTracker(console));
        }

        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => work(new BarTracker(context)));
    }

    private sealed class BarTracker(ProgressContext context) : IRunTracker
    {
        public IProgress<EpochMetrics> Start(string label, int epochs)
        {
            var task = context.AddTask(Markup.Escape(label), maxValue: epochs);
            return new Reporter(metrics =>
            {
                task.Description = $"{Markup.Escape(label)} [grey]test loss {Formats.Value(metrics.TestLoss ?? metrics.TrainingLoss)}[/]";
                task.Value = metrics.Epoch;
                if (metrics.Epoch == epochs)
                {
                    task.StopTask();
                }
            });
        }
    }

    private sealed class LineTracker(IAnsiConsole console) : IRunTracker
    {
        public IProgress<EpochMetrics> Start(string label, int epochs) => new Reporter(metrics =>
        {
            if (metrics.Epoch == epochs)
            {
                console.WriteLine($"{label}: {epochs} epochs, test loss {Formats.Value(metrics.TestLoss ?? double.NaN)}, test accuracy {Formats.Percent(metrics.TestAccuracy)}");
            }
        });
    }

    // Reports synchronously on the training thread (Progress<T> would post each epoch to the thread pool).
    private sealed class Reporter(Action<EpochMetrics> report) : IProgress<EpochMetrics>
    {
        public void Report(EpochMetrics value) => report(value);
    }
}
