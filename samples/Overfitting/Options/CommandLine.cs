using System.Globalization;

namespace Overfitting.Options;

/// <summary>Parses the sample's command line.</summary>
internal static class CommandLine
{
    /// <summary>The usage text, printed with every command-line error and for <c>--help</c>.</summary>
    public static readonly string Usage = $"""
        Usage: dotnet run --project samples/Overfitting -- [options]

        Trains the same network with no L2, with L2 written in four equivalent conventions, and with the classic
        tutorial's literal mistake, on synthetic data and on Iris; prints a table and writes PNG plots.

        Options:
          --epochs N   passes over each training set, N ≥ 1 (default {SampleOptions.DefaultEpochs}; {SampleOptions.QuickEpochs} with --quick)
          --seed N     seed of every random choice, an integer (default {SampleOptions.DefaultSeed})
          --out DIR    folder for the plots (default {SampleOptions.DefaultOutputDirectory})
          --quick      a run of a few seconds: fewer epochs and a smaller test set
          --help       show this text
        """;

    /// <summary>Returns the options, or null when <c>--help</c> was asked for.</summary>
    /// <exception cref="UsageException">An unknown option, a missing value or a value that is not valid.</exception>
    public static SampleOptions? Parse(IReadOnlyList<string> args)
    {
        int? epochs = null;
        int seed = SampleOptions.DefaultSeed;
        string output = SampleOptions.DefaultOutputDirectory;
        bool quick = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--epochs":
                    epochs = ParseInteger(args, ref i, minimum: 1);
                    break;
                case "--seed":
                    seed = ParseInteger(args, ref i);
                    break;
                case "--out":
                    output = Value(args, ref i);
                    break;
                case "--quick":
                    quick = true;
                    break;
                case "--help" or "-h":
                    return null;
                default:
                    throw new UsageException($"Unknown option '{args[i]}'.");
            }
        }

        return new SampleOptions(epochs ?? (quick ? SampleOptions.QuickEpochs : SampleOptions.DefaultEpochs), seed, output, quick);
    }

    private static int ParseInteger(IReadOnlyList<string> args, ref int i, int? minimum = null)
    {
        string option = args[i];
        string text = Value(args, ref i);
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || value < minimum)
        {
            string expected = minimum is null ? "an integer" : $"an integer of at least {minimum}";
            throw new UsageException($"{option} needs {expected}, not '{text}'.");
        }

        return value;
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"{args[i]} needs a value.");
        }

        return args[++i];
    }
}
