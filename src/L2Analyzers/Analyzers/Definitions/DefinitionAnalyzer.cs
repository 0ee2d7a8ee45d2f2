using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Common.Definitions;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers.Definitions;

/// <summary>
/// Reports why the source generator skips a <c>[DenseLayer]</c>, <c>[Network]</c> or <c>[L2]</c> member definition (rules L2G001–L2G013).
/// It runs the same readers as the generator, so a definition is reported exactly when nothing is generated for it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DefinitionAnalyzer : L2AnalyzerBase
{
    /// <summary>Creates the analyzer.</summary>
    public DefinitionAnalyzer()
        : base(
        DefinitionDescriptors.NotPartial,
        DefinitionDescriptors.UnsupportedMember,
        DefinitionDescriptors.InvalidDimensions,
        DefinitionDescriptors.GenericDefinition,
        DefinitionDescriptors.UnsupportedDeclaration,
        DefinitionDescriptors.LayersDoNotChain,
        DefinitionDescriptors.MixedElementTypes,
        DefinitionDescriptors.UnusableLayer,
        DefinitionDescriptors.UnsupportedElementType,
        DefinitionDescriptors.UndefinedEnumValue,
        DefinitionDescriptors.EmptyNetwork,
        DefinitionDescriptors.InvalidNetworkSetting,
        DefinitionDescriptors.GeneratedNameTaken)
    {
    }

    private protected override void Start(CompilationStartAnalysisContext context, SymbolTable table)
    {
        if (table.Runtime is not { } symbols)
        {
            return;
        }

        context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols), SymbolKind.NamedType);
        context.RegisterSymbolAction(symbolContext => AnalyzeMember(symbolContext, symbols), SymbolKind.Field, SymbolKind.Property);
    }

    private static void AnalyzeType(SymbolAnalysisContext context, RuntimeSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (RuntimeSymbols.Find(type, symbols.DenseLayerAttribute) is { } layer)
        {
            Report(context, problems => DenseLayerReader.Read(type, layer, symbols, problems, context.CancellationToken));
        }

        if (RuntimeSymbols.Find(type, symbols.NetworkAttribute) is { } network)
        {
            Report(context, problems => NetworkReader.Read(type, network, symbols, problems, context.CancellationToken));
        }
    }

    private static void AnalyzeMember(SymbolAnalysisContext context, RuntimeSymbols symbols)
    {
        if (RuntimeSymbols.Find(context.Symbol, symbols.L2Attribute) is { } l2)
        {
            Report(context, problems => ParameterMemberReader.Read(context.Symbol, l2, symbols, problems, context.CancellationToken));
        }
    }

    private static void Report(SymbolAnalysisContext context, System.Func<DefinitionProblems, object?> read)
    {
        var problems = new DefinitionProblems();
        read(problems);
        foreach (var problem in problems.Items)
        {
            context.ReportDiagnostic(problem.ToDiagnostic(context.CancellationToken));
        }
    }
}
