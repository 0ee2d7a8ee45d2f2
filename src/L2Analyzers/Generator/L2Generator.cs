using L2Analyzers.Common;
using L2Analyzers.Common.Definitions;
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
        var members = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.L2Attribute, DefinitionTransforms.IsFieldOrProperty, DefinitionTransforms.ParameterMember)
            .WithTrackingName(GeneratorStepNames.ParameterMembers)
            .Where(static member => member is not null)
            .WithTrackingName(GeneratorStepNames.ValidParameterMembers)
            .WhereHintNameIsUnique(static member => member!.HintName)
            .WithTrackingName(GeneratorStepNames.UniqueParameterMembers);

        var layers = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.DenseLayerAttribute, DefinitionTransforms.IsClass, DefinitionTransforms.DenseLayer)
            .WithTrackingName(GeneratorStepNames.DenseLayers)
            .Where(static layer => layer is not null)
            .WithTrackingName(GeneratorStepNames.ValidDenseLayers)
            .WhereHintNameIsUnique(static layer => layer!.HintName)
            .WithTrackingName(GeneratorStepNames.UniqueDenseLayers);

        var networks = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.NetworkAttribute, DefinitionTransforms.IsClass, DefinitionTransforms.Network)
            .WithTrackingName(GeneratorStepNames.Networks)
            .Where(static network => network is not null)
            .WithTrackingName(GeneratorStepNames.ValidNetworks)
            .WhereHintNameIsUnique(static network => network!.HintName)
            .WithTrackingName(GeneratorStepNames.UniqueNetworks);

        context.RegisterSourceOutput(members, static (output, member) =>
            output.AddSource(member!.HintName, ParameterMemberEmitter.Emit(member)));
        context.RegisterSourceOutput(layers, static (output, layer) =>
            output.AddSource(layer!.HintName, DenseLayerEmitter.Emit(layer)));
        context.RegisterSourceOutput(networks, static (output, network) =>
            output.AddSource(network!.HintName, NetworkEmitter.Emit(network)));
    }
}
