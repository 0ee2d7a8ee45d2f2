using L2Analyzers.Common.Symbols;
using System.Threading;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>Reads and checks an <c>[L2]</c> field or property, for the generator and the definition analyzer alike.</summary>
internal static class ParameterMemberReader
{
    private const string SupportedTypes =
        "use float[] or double[], a 2-D array (float[,]), a jagged array (double[][]), Memory<float> or Memory<double>, or Parameter<float> or Parameter<double>";

    /// <summary>The definition of <paramref name="member"/>, or null when it cannot be generated (with the reasons in <paramref name="problems"/>).</summary>
    public static ParameterMemberDefinition? Read(
        ISymbol member, AttributeData attribute, RuntimeSymbols symbols, DefinitionProblems problems, CancellationToken cancellationToken)
    {
        var type = TypeOf(member);
        if (type is null or IErrorTypeSymbol || member.ContainingType is null || member.Name.Length == 0)
        {
            problems.Skip();
            return null;
        }

        string name = Identifiers.ForMessage(member);
        if (member is IPropertySymbol { IsIndexer: true })
        {
            Unsupported("indexers are not supported; put [L2] on the member that holds the tensor");
        }
        else if (member is IPropertySymbol { GetMethod: null })
        {
            Unsupported("the property has no getter, so the generated method cannot read it");
        }

        var (shape, element) = Classify(type, symbols);
        if (element is null)
        {
            Unsupported($"its type '{Identifiers.ForMessage(type)}' is not supported; {SupportedTypes}");
        }

        var l2 = L2Reader.Read(attribute, member, problems);
        string generated = $"the L2 method of '{name}'";
        var scope = DeclarationScopeReader.Read(member.ContainingType, member, generated, problems, cancellationToken);
        string methodPart = Identifiers.MethodPart(member.Name);
        if (element is not null)
        {
            var method = GeneratedMembers.ForParameterMember(methodPart, element, shape, l2.Mode);
            MemberConflicts.Report(member.ContainingType, [method], generated, problems);
            ParameterMemberClashes.Report(member, method, symbols, problems);
        }

        return problems.IsClean && scope is not null && element is not null
            ? new ParameterMemberDefinition(
                scope, Identifiers.Escape(member.Name), methodPart, element, shape, member.IsStatic, l2)
            : null;

        void Unsupported(string reason) =>
            problems.Add(DefinitionProblem.AtSymbol(DefinitionDescriptors.UnsupportedMember, member, name, reason));
    }

    /// <summary>
    /// The method the generator writes for <paramref name="member"/>, or null when its type or its <c>[L2]</c> arguments
    /// keep it from being generated.
    /// </summary>
    public static GeneratedMember? GeneratedMethodOf(ISymbol member, AttributeData attribute, RuntimeSymbols symbols)
    {
        if (TypeOf(member) is not { } type || Classify(type, symbols) is not (var shape, { } element))
        {
            return null;
        }

        var problems = new DefinitionProblems();
        var l2 = L2Reader.Read(attribute, member, problems);
        return problems.IsClean ? GeneratedMembers.ForParameterMember(Identifiers.MethodPart(member.Name), element, shape, l2.Mode) : null;
    }

    private static ITypeSymbol? TypeOf(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static (ParameterShape Shape, string? Element) Classify(ITypeSymbol type, RuntimeSymbols symbols) => type switch
    {
        IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol { Rank: 1 } row } => (ParameterShape.Jagged, ElementTypes.Keyword(row.ElementType)),
        IArrayTypeSymbol { Rank: 1 } vector => (ParameterShape.Vector, ElementTypes.Keyword(vector.ElementType)),
        IArrayTypeSymbol { Rank: 2 } matrix => (ParameterShape.Matrix, ElementTypes.Keyword(matrix.ElementType)),
        INamedTypeSymbol { TypeArguments.Length: 1 } generic when Is(generic, symbols.Memory) =>
            (ParameterShape.Memory, ElementTypes.Keyword(generic.TypeArguments[0])),
        INamedTypeSymbol { TypeArguments.Length: 1 } generic when Is(generic, symbols.Parameter) =>
            (ParameterShape.Parameter, ElementTypes.Keyword(generic.TypeArguments[0])),
        _ => (ParameterShape.Vector, null),
    };

    private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? definition) =>
        definition is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, definition);
}
