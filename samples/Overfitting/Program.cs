using System.Globalization;
using System.Text;
using Overfitting.Data;
using Overfitting.Experiment;
using Overfitting.Options;
using Overfitting.Plots;
using Overfitting.Report;
using Spectre.Console;

// The overfitting study: the same network without L2, with the same L2 written in four conventions, and with the
// classic tutorial's literal mistake, all declared with attributes and trained by generated code.

// Numbers in invariant culture and UTF-8 text (η, λ, ≡, the table's box lines) on every platform and console.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;

SampleOptions? options;
try
{
    options = CommandLine.Parse(args);
}
catch (UsageException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine();
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

if (options is null)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

var console = AnsiConsole.Console;
if (!console.Profile.Capabilities.Interactive)
{
    // Redirected output (CI logs, files): wide enough for the table, no live display.
    console.Profile.Width = Math.Max(console.Profile.Width, 160);
}

string plotFolder;
try
{
    plotFolder = PlotWriter.CreateFolder(options.OutputDirectory);   // before training: a bad --out fails at once
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: cannot write the plots to '{options.OutputDirectory}': {e.Message}");
    return 1;
}

var seeds = new SeedPlan(options.Seed);
var datasets = new[] { TeacherData.Create(seeds.Data, options.SyntheticTestSamples), IrisData.Load(seeds.Split) };
console.MarkupLineInterpolated($"Training {Configuration.All.Count} networks on {datasets.Length} data sets for {options.Epochs} epochs each (seed {options.Seed}).");
var results = TrainingDisplay.Run(console, tracker => StudyRunner.Run(datasets, options.Epochs, seeds, tracker));

foreach (var result in results)
{
    console.WriteLine();
    ResultsTable.Write(console, result);
}

console.WriteLine();
foreach (var result in results)
{
    EquivalenceLine.Write(console, result);
}

var files = PlotWriter.Write(results, plotFolder);
console.WriteLine();
console.WriteLine("Plots written:");
foreach (var file in files)
{
    console.WriteLine($"  {file}");
}

return 0;
