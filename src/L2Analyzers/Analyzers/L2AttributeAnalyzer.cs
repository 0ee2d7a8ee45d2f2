using System.Threading;
using L2Analyzers.Analyzers.Attributes;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers;

/// <summary>
/// Checks every <c>[L2]</c> attribute, on a layer or on a parameter member: its lambda against its mode and against the
/// learning rate and optimizer of the networks that list the layer, its mode being stated, the role of the parameter it
/// regularizes, and a parameter regularized by both its layer and itself.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class L2AttributeAnalyzer() : L2AnalyzerBase(
    RuntimeMentions,
    [
        .. Descriptors.AppliedL2Rules,
        Descriptors.RegularizedTwice,
        Descriptors.ModeNotStated,
    ])
{
    private protected override void Start(CompilationStartAnalysisContext context, SymbolTable table)
    {
        if (table.Runtime is not { } symbols)
        {
            return;
        }

        var compilation = context.Compilation;
        var cancellationToken = context.CancellationToken;
        var networks = new System.Lazy<NetworkIndex>(
            () => NetworkIndex.Build(compilation, symbols, cancellationToken),
            LazyThreadSafetyMode.ExecutionAndPublication);
        context.RegisterSymbolStartAction(symbolStart => LayerAnalysis.Register(symbolStart, symbols, networks), SymbolKind.NamedType);
    }
}
