using System.Globalization;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Common.Definitions;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Reported = System.Collections.Concurrent.ConcurrentDictionary<(string Id, Microsoft.CodeAnalysis.Location? Location, string Message), bool>;

namespace L2Analyzers.Analyzers.Definitions;

/// <summary>
/// Reports why the source generator skips a <c>[DenseLayer]</c>, <c>[Network]</c> or <c>[L2]</c> member definition (rules L2G001–L2G013).
/// It runs the same readers as the generator, so a definition is reported exactly when nothing is generated for it.
/// A problem of a type that holds definitions (not partial, generic, an interface) is reported once at that type's
/// declaration, however many definitions it holds: the readers give it the same message for each.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DefinitionAnalyzer() : L2AnalyzerBase(
    RuntimeMentions,
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
    private protected override void Start(CompilationStartAnalysisContext context, SymbolTable table)
    {
        if (table.Runtime is not { } symbols)
        {
            return;
        }

        var reported = new Reported();
        context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols, reported), SymbolKind.NamedType);
        context.RegisterSymbolAction(symbolContext => AnalyzeMember(symbolContext, symbols, reported), SymbolKind.Field, SymbolKind.Property);
    }

    private static void AnalyzeType(SymbolAnalysisContext context, RuntimeSymbols symbols, Reported reported)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (RuntimeSymbols.Find(type, symbols.DenseLayerAttribute) is { } layer)
        {
            Report(context, reported, problems => DenseLayerReader.Read(type, layer, symbols, problems, context.CancellationToken));
        }

        if (RuntimeSymbols.Find(type, symbols.NetworkAttribute) is { } network)
        {
            Report(context, reported, problems => NetworkReader.Read(type, network, symbols, problems, context.CancellationToken));
        }
    }

    private static void AnalyzeMember(SymbolAnalysisContext context, RuntimeSymbols symbols, Reported reported)
    {
        if (RuntimeSymbols.Find(context.Symbol, symbols.L2Attribute) is { } l2)
        {
            Report(context, reported, problems => ParameterMemberReader.Read(context.Symbol, l2, symbols, problems, context.CancellationToken));
        }
    }

    // Identical diagnostics (a containing type's problem, read once per definition it holds) are reported once.
    private static void Report(SymbolAnalysisContext context, Reported reported, System.Func<DefinitionProblems, object?> read)
    {
        var problems = new DefinitionProblems();
        read(problems);
        foreach (var problem in problems.Items)
        {
            var diagnostic = problem.ToDiagnostic(context.CancellationToken);
            if (reported.TryAdd((diagnostic.Id, diagnostic.Location, diagnostic.GetMessage(CultureInfo.InvariantCulture)), true))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
