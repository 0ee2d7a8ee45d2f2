using System.Threading;
using L2Analyzers.Common.Definitions;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Generator;

/// <summary>
/// The generator's syntax filters and transforms. Each transform runs the definition reader the analyzer runs and keeps only
/// its symbol-free model, or null when the definition has any problem: the analyzer reports it, the generator emits nothing.
/// </summary>
internal static class DefinitionTransforms
{
    public static bool IsFieldOrProperty(SyntaxNode node, CancellationToken cancellationToken) =>
        node is VariableDeclaratorSyntax or PropertyDeclarationSyntax;

    public static bool IsClass(SyntaxNode node, CancellationToken cancellationToken) =>
        node is ClassDeclarationSyntax or RecordDeclarationSyntax;

    public static ParameterMemberDefinition? ParameterMember(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        SymbolTable.Of(context.SemanticModel.Compilation).Runtime is { } symbols && context.Attributes.Length == 1
            ? ParameterMemberReader.Read(context.TargetSymbol, context.Attributes[0], symbols, new DefinitionProblems(), cancellationToken)
            : null;

    public static DenseLayerDefinition? DenseLayer(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        SymbolTable.Of(context.SemanticModel.Compilation).Runtime is { } symbols &&
        context.TargetSymbol is INamedTypeSymbol type && context.Attributes.Length == 1
            ? DenseLayerReader.ReadOnce(type, context.Attributes[0], symbols, cancellationToken)
            : null;

    public static NetworkDefinition? Network(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        SymbolTable.Of(context.SemanticModel.Compilation).Runtime is { } symbols &&
        context.TargetSymbol is INamedTypeSymbol type && context.Attributes.Length == 1
            ? NetworkReader.Read(type, context.Attributes[0], symbols, new DefinitionProblems(), cancellationToken)
            : null;
}
