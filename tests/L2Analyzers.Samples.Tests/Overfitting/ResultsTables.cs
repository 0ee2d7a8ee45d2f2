namespace L2Analyzers.Samples.Tests.Overfitting;

/// <summary>The cells of the sample's result tables, read back from its plain-text output.</summary>
internal sealed class ResultsTables
{
    private const char Separator = '│';

    private readonly Dictionary<string, List<string[]>> rowsByDataset;

    private ResultsTables(Dictionary<string, List<string[]>> rowsByDataset) => this.rowsByDataset = rowsByDataset;

    /// <summary>The data sets that have a table, in the order printed.</summary>
    public IReadOnlyCollection<string> Datasets => rowsByDataset.Keys;

    /// <summary>
    /// Reads every table: a title line "<c>Name: plain SGD, …</c>" followed by a box whose rows are split at '│'.
    /// The first row of each table is its header.
    /// </summary>
    public static ResultsTables Parse(string output)
    {
        var tables = new Dictionary<string, List<string[]>>();
        List<string[]>? current = null;
        foreach (string line in output.Split('\n').Select(line => line.TrimEnd('\r').Trim()))
        {
            int title = line.IndexOf(": plain SGD,", StringComparison.Ordinal);
            if (title > 0 && !line.Contains(Separator))
            {
                current = tables[line[..title]] = [];
            }
            else if (current is not null && line.StartsWith(Separator))
            {
                current.Add(line.Trim(Separator).Split(Separator).Select(cell => cell.Trim()).ToArray());
            }
            else if (line.StartsWith('└'))
            {
                current = null;
            }
        }

        return new ResultsTables(tables);
    }

    /// <summary>The header cells of <paramref name="dataset"/>'s table.</summary>
    public string[] Header(string dataset) => rowsByDataset[dataset][0];

    /// <summary>The configuration names of <paramref name="dataset"/>'s rows, in order.</summary>
    public IEnumerable<string> Configurations(string dataset) => rowsByDataset[dataset].Skip(1).Select(row => row[0]);

    /// <summary>The cell of <paramref name="configuration"/>'s row under <paramref name="column"/>.</summary>
    public string Cell(string dataset, string configuration, string column)
    {
        int index = Array.IndexOf(Header(dataset), column);
        Assert.True(index >= 0, $"The {dataset} table has no column '{column}'.");
        return rowsByDataset[dataset].Skip(1).Single(row => row[0] == configuration)[index];
    }

    /// <summary>Every cell of <paramref name="configuration"/>'s row after the configuration name.</summary>
    public string[] Values(string dataset, string configuration) =>
        rowsByDataset[dataset].Skip(1).Single(row => row[0] == configuration)[1..];
}
