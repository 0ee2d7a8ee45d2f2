namespace L2Analyzers.Generator.Model;

/// <summary>One enclosing partial type declaration, outermost first in a chain.</summary>
/// <param name="Keyword">The declaration keyword: class, struct, record or record struct.</param>
/// <param name="Name">The type's name.</param>
internal sealed record ContainingType(string Keyword, string Name);
