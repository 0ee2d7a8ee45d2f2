using System.Collections.Generic;

namespace L2Analyzers.Common.Definitions;

/// <summary>
/// What a definition reader found wrong. A definition is generated only when it is <see cref="IsClean"/>:
/// no problem, and nothing unreadable (arguments with compile errors, which the compiler already reports).
/// </summary>
internal sealed class DefinitionProblems
{
    private readonly List<DefinitionProblem> items = new();

    public IReadOnlyList<DefinitionProblem> Items => items;

    public bool IsUnreadable { get; private set; }

    public bool IsClean => !IsUnreadable && items.Count == 0;

    public void Add(DefinitionProblem problem) => items.Add(problem);

    /// <summary>Records that part of the definition has compile errors: nothing is generated, and nothing more is reported.</summary>
    public void MarkUnreadable() => IsUnreadable = true;
}
