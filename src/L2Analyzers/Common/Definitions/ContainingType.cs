namespace L2Analyzers.Common.Definitions;

/// <summary>One partial type declaration a generated member goes into, outermost first in a chain.</summary>
/// <param name="Keyword">The declaration keyword: class, struct, record or record struct.</param>
/// <param name="Name">The type's name as a C# identifier (escaped with @ if it is a keyword).</param>
internal sealed record ContainingType(string Keyword, string Name);
