using System.Collections.Immutable;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers.Shared;

/// <summary>
/// The base of every L2Analyzers analyzer: declares the rules it reports, skips generated code, runs concurrently and,
/// once per compilation, hands the derived analyzer the compilation's <see cref="SymbolTable"/> in <see cref="Start"/>.
/// </summary>
public abstract class L2AnalyzerBase : DiagnosticAnalyzer
{
    private protected L2AnalyzerBase(params DiagnosticDescriptor[] rules) => SupportedDiagnostics = ImmutableArray.Create(rules);

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => Start(start, SymbolTable.Of(start.Compilation)));
    }

    /// <summary>
    /// Registers the analyzer's actions for one compilation, or nothing when <paramref name="symbols"/> shows that nothing
    /// can match (the library it checks is not referenced): that early return is what makes an unused package free.
    /// </summary>
    private protected abstract void Start(CompilationStartAnalysisContext context, SymbolTable symbols);
}
