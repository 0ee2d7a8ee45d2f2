using L2Analyzers.Common;
using L2Analyzers.Generator.Emit;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Generator;

/// <summary>
/// Emits typed, allocation-free regularization code for everything marked <c>[L2]</c>.
/// Symbol-free past the transform step: every model is value-equatable, so unrelated edits regenerate nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class L2Generator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var members = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.L2Attribute,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax
                    or Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax,
                ParameterMemberParser.Parse)
            .Where(static member => member is not null)
            .WithTrackingName(GeneratorStepNames.ParameterMembers);

        context.RegisterSourceOutput(members, static (output, member) =>
            output.AddSource(member!.HintName, ParameterMemberEmitter.Emit(member)));
    }
}
