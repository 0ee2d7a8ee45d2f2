using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Symbols;

/// <summary>The TorchSharp types the optimizer checks bind to; part of the <see cref="SymbolTable"/>, resolved once per compilation.</summary>
/// <param name="Optim"><c>TorchSharp.torch.optim</c>, whose static methods create the optimizers.</param>
/// <param name="Module"><c>TorchSharp.torch.nn.Module</c>.</param>
/// <param name="ParamGroup"><c>TorchSharp.Modules.ParamGroup</c>, the base of every optimizer's parameter group.</param>
/// <param name="OptimizerOptions"><c>TorchSharp.Modules.OptimizerOptions</c>, the base of every optimizer's options.</param>
internal sealed record TorchSharpSymbols(INamedTypeSymbol Optim, INamedTypeSymbol Module, INamedTypeSymbol ParamGroup, INamedTypeSymbol OptimizerOptions)
{
    /// <summary>The symbols, or null when the compilation does not reference TorchSharp.</summary>
    public static TorchSharpSymbols? Resolve(Compilation compilation)
    {
        var optim = compilation.GetTypeByMetadataName("TorchSharp.torch+optim");
        var module = compilation.GetTypeByMetadataName("TorchSharp.torch+nn+Module");
        var paramGroup = compilation.GetTypeByMetadataName("TorchSharp.Modules.ParamGroup");
        var options = compilation.GetTypeByMetadataName("TorchSharp.Modules.OptimizerOptions");
        return optim is null || module is null || paramGroup is null || options is null
            ? null
            : new TorchSharpSymbols(optim, module, paramGroup, options);
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
