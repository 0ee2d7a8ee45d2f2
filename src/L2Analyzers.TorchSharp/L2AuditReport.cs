using System.Globalization;
using System.Text;

namespace L2Analyzers.TorchSharp;

/// <summary>
/// What an optimizer's L2 does to each parameter of a module, and the problems found (<see cref="L2Torch.Audit"/>).
/// <see cref="ToString"/> is a table to print at the start of training.
/// </summary>
public sealed class L2AuditReport
{
    private static readonly string[] Headers = ["parameter", "role", "shape", "lr", "weight_decay", "L2 per step"];
    private readonly string optimizer;
    private readonly IReadOnlyList<AuditRow> rows;

    internal L2AuditReport(string optimizer, IReadOnlyList<AuditRow> rows, IReadOnlyList<L2AuditProblem> problems)
    {
        this.optimizer = optimizer;
        this.rows = rows;
        Problems = problems;
    }

    /// <summary>The findings, in parameter order.</summary>
    public IReadOnlyList<L2AuditProblem> Problems { get; }

    /// <summary>Whether there are no findings.</summary>
    public bool IsClean => Problems.Count == 0;

    /// <summary>Throws when there are findings.</summary>
    /// <exception cref="InvalidOperationException">The audit found problems; the message lists them.</exception>
    public void EnsureClean()
    {
        if (!IsClean)
        {
            throw new InvalidOperationException(
                $"The optimizer's L2 has {Problems.Count} problem(s):{Environment.NewLine}" +
                string.Join(Environment.NewLine, Problems.Select(problem => "  " + problem)));
        }
    }

    /// <summary>The table (parameter, role, shape, lr, weight_decay, what L2 removes per step), then the problems.</summary>
    public override string ToString()
    {
        var cells = rows.Select(row => new[]
        {
            row.Name,
            row.Role.ToString().ToLowerInvariant(),
            row.Shape,
            row.LearningRate is { } lr ? L2Effect.Number(lr) : "not optimized",
            row.WeightDecay is { } wd ? L2Effect.Number(wd) : "",
            row.LearningRate is null ? "" : row.Effect.ToString(),
        }).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(column => cells.Max(line => line[column].Length)).ToArray();

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"L2 audit of {optimizer}: {rows.Count} parameters, {(IsClean ? "no problems" : $"{Problems.Count} problem(s)")}");
        foreach (var line in cells)
        {
            text.AppendLine(string.Join("  ", line.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }

        foreach (var problem in Problems)
        {
            text.AppendLine(problem.ToString());
        }

        return text.ToString();
    }
}
