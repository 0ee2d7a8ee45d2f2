using System.Linq;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Symbols;

/// <summary>
/// Finds types in named referenced assemblies. <see cref="Compilation.GetTypeByMetadataName"/> looks in the project's own
/// source first, which makes its first caller build the declarations of every file; at the start of an analysis, before
/// the compiler has done so, that is most of what an analyzer costs a project that does not use L2Analyzers.
/// </summary>
internal sealed class ReferencedTypes
{
    private readonly IAssemblySymbol[] assemblies;

    /// <summary>The referenced assemblies of <paramref name="compilation"/> named one of <paramref name="assemblyNames"/>.</summary>
    public ReferencedTypes(Compilation compilation, params string[] assemblyNames) =>
        assemblies = compilation.SourceModule.ReferencedAssemblySymbols.Where(assembly => assemblyNames.Contains(assembly.Identity.Name)).ToArray();

    /// <summary>The type of that metadata name in the first of those assemblies that has one, or null.</summary>
    public INamedTypeSymbol? Find(string metadataName)
    {
        foreach (var assembly in assemblies)
        {
            if (assembly.GetTypeByMetadataName(metadataName) is { } type)
            {
                return type;
            }
        }

        return null;
    }
}
