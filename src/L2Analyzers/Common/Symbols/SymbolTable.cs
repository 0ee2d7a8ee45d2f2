using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Symbols;

/// <summary>
/// The one per-compilation symbol table of the generator and every analyzer: the runtime's types (<see cref="Runtime"/>)
/// and TorchSharp's (<see cref="TorchSharp"/>), each resolved at most once per compilation and null when the compilation
/// does not reference that library. Get it with <see cref="Of"/>; analyzers get it from <c>L2AnalyzerBase</c>.
/// </summary>
internal sealed class SymbolTable
{
    private static readonly ConditionalWeakTable<Compilation, SymbolTable> PerCompilation = new();

    private readonly Lazy<TorchSharpSymbols?> torchSharp;

    private SymbolTable(Compilation compilation)
    {
        Compilation = compilation;
        Runtime = RuntimeSymbols.Resolve(compilation);
        torchSharp = new Lazy<TorchSharpSymbols?>(() => TorchSharpSymbols.Resolve(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Compilation Compilation { get; }

    /// <summary>The L2Analyzers runtime's types, or null when the compilation does not reference the runtime.</summary>
    public RuntimeSymbols? Runtime { get; }

    /// <summary>TorchSharp's optimizer types, resolved on first use; null when the compilation does not reference TorchSharp.</summary>
    public TorchSharpSymbols? TorchSharp => torchSharp.Value;

    /// <summary>The table of <paramref name="compilation"/>, built on the first call and shared by every later one.</summary>
    public static SymbolTable Of(Compilation compilation) => PerCompilation.GetValue(compilation, static c => new SymbolTable(c));
}
