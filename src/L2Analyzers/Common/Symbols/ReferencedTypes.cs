using System.Linq;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Symbols;

/// <summary>
/// Finds types in named referenced assemblies, where the runtime's and TorchSharp's types live. Unlike
/// <see cref="Compilation.GetTypeByMetadataName"/>, it does not search the project's own source first, so it needs none
/// of the source's declarations, and a type of the same name declared in the project is never taken for the library's.
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
