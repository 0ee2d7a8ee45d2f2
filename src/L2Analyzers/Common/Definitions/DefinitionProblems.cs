using System.Collections.Generic;

namespace L2Analyzers.Common.Definitions;

/// <summary>
/// What a definition reader found wrong. A definition is generated only when it is <see cref="IsClean"/>: no problem,
/// and nothing skipped for a reason reported elsewhere (compile errors in its arguments, a lambda rule L2R003 reports,
/// a problem another reader reports).
/// </summary>
internal sealed class DefinitionProblems
{
    private readonly List<DefinitionProblem> items = new();

    public IReadOnlyList<DefinitionProblem> Items => items;

    public bool IsSkipped { get; private set; }

    public bool IsClean => !IsSkipped && items.Count == 0;

    public void Add(DefinitionProblem problem) => items.Add(problem);

    /// <summary>Records that nothing is generated for a reason reported elsewhere: nothing more is reported here.</summary>
    public void Skip() => IsSkipped = true;
}
