using System;
using System.Threading;
using L2Analyzers.Common.Definitions;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Generator.Emit;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Generator;

/// <summary>
/// Emits typed, allocation-free code for L2 definitions: a regularization method for every <c>[L2]</c> field or property,
/// a whole <c>ILayer&lt;T&gt;</c> for every <c>[DenseLayer]</c> class, and the layer chain for every <c>[Network]</c> class.
/// Symbol-free past the transform steps: every model is value-equatable, so unrelated edits regenerate nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class L2Generator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        Generate(
            context, KnownNames.L2Attribute, DefinitionTransforms.IsFieldOrProperty, DefinitionTransforms.ParameterMember,
            (GeneratorStepNames.ParameterMembers, GeneratorStepNames.ValidParameterMembers, GeneratorStepNames.UniqueParameterMembers),
            ParameterMemberEmitter.Emit);
        Generate(
            context, KnownNames.DenseLayerAttribute, DefinitionTransforms.IsClass, DefinitionTransforms.DenseLayer,
            (GeneratorStepNames.DenseLayers, GeneratorStepNames.ValidDenseLayers, GeneratorStepNames.UniqueDenseLayers),
            DenseLayerEmitter.Emit);
        Generate(
            context, KnownNames.NetworkAttribute, DefinitionTransforms.IsClass, DefinitionTransforms.Network,
            (GeneratorStepNames.Networks, GeneratorStepNames.ValidNetworks, GeneratorStepNames.UniqueNetworks),
            NetworkEmitter.Emit);
    }

    /// <summary>
    /// One pipeline: reads the declarations marked with <paramref name="attribute"/> into definitions (null when one
    /// cannot be generated), gives the generated ones file names <c>AddSource</c> accepts, and emits a file for each.
    /// </summary>
    private static void Generate<T>(
        IncrementalGeneratorInitializationContext context,
        string attribute,
        Func<SyntaxNode, CancellationToken, bool> isCandidate,
        Func<GeneratorAttributeSyntaxContext, CancellationToken, T?> read,
        (string Read, string Valid, string Unique) steps,
        Func<T, string> emit)
        where T : class, IGeneratedDefinition
    {
        var definitions = context.SyntaxProvider
            .ForAttributeWithMetadataName(attribute, isCandidate, read)
            .WithTrackingName(steps.Read)
            .Where(static definition => definition is not null)
            .WithTrackingName(steps.Valid)
            .WithUniqueHintNames(static definition => definition!.HintName)
            .WithTrackingName(steps.Unique);

        context.RegisterSourceOutput(definitions, (output, file) => output.AddSource(file.HintName, emit(file.Model!)));
    }
}
