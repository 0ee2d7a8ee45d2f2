using System.Collections.Immutable;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers.Shared;

/// <summary>
/// The base of every L2Analyzers analyzer: declares the rules it reports, skips generated code, runs concurrently and,
/// once per compilation whose source text mentions what the analyzer looks for (<see cref="SourceMentions"/>), hands
/// the derived analyzer the compilation's <see cref="SymbolTable"/> in <see cref="Start"/>.
/// </summary>
public abstract class L2AnalyzerBase : DiagnosticAnalyzer
{
    private readonly string[] mentions;

    /// <summary>
    /// An analyzer of <paramref name="rules"/> that runs only on compilations whose source contains one of
    /// <paramref name="mentions"/> (text that any code it could report must contain, such as the namespace its API lives in).
    /// </summary>
    private protected L2AnalyzerBase(string[] mentions, params DiagnosticDescriptor[] rules)
    {
        this.mentions = mentions;
        SupportedDiagnostics = ImmutableArray.Create(rules);
    }

    /// <summary>What the source of a project that uses the runtime or its attributes mentions: their namespace.</summary>
    private protected static string[] RuntimeMentions { get; } = [KnownNames.Namespace];

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (SourceMentions.Any(start.Compilation, start.CancellationToken, mentions))
            {
                Start(start, SymbolTable.Of(start.Compilation));
            }
        });
    }

    /// <summary>
    /// Registers the analyzer's actions for one compilation, or nothing when <paramref name="symbols"/> shows that nothing
    /// can match (the library it checks is not referenced). With the check of the source text before it, that early
    /// return is what makes an unused package free.
    /// </summary>
    private protected abstract void Start(CompilationStartAnalysisContext context, SymbolTable symbols);
}
