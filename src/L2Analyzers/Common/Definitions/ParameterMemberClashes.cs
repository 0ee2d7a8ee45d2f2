using L2Analyzers.Common.Symbols;
using System.Linq;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>
/// Finds the other <c>[L2]</c> members of a type that would get the same generated method (<c>weights</c> and
/// <c>_weights</c> both give <c>DecayWeights</c>), and reports them as rule L2G002, so neither is generated rather than
/// code that does not compile. Names that differ only in case get distinct generated file names (see the generator's
/// <c>UniqueHintNames</c>), so they clash only through their methods.
/// </summary>
internal static class ParameterMemberClashes
{
    /// <summary>Reports at <paramref name="member"/> each other <c>[L2]</c> member of its type that clashes with it.</summary>
    /// <param name="member">The member being read.</param>
    /// <param name="method">The method generated for <paramref name="member"/>.</param>
    /// <param name="symbols">The definition symbols of the compilation.</param>
    /// <param name="problems">Receives the problems found.</param>
    public static void Report(ISymbol member, GeneratedMember method, RuntimeSymbols symbols, DefinitionProblems problems)
    {
        // Generated methods of the same name come from the same name part, so only members with it can clash:
        // the others' attributes are not read.
        string methodPart = Identifiers.MethodPart(member.Name);
        foreach (var other in member.ContainingType.GetMembers())
        {
            if (other is not (IFieldSymbol or IPropertySymbol) || other.IsImplicitlyDeclared ||
                Identifiers.MethodPart(other.Name) != methodPart ||
                SymbolEqualityComparer.Default.Equals(other, member) ||
                RuntimeSymbols.Find(other, symbols.L2Attribute) is not { } attribute)
            {
                continue;
            }

            if (ParameterMemberReader.GeneratedMethodOf(other, attribute, symbols) is { } otherMethod && SameSignature(method, otherMethod))
            {
                problems.Add(DefinitionProblem.AtSymbol(
                    DefinitionDescriptors.UnsupportedMember,
                    member,
                    Identifiers.ForMessage(member),
                    $"'{other.Name}' also has [L2] and would get the same generated method, {method.Name}, because generated names drop a leading '_', 'm_' or 's_' and start upper case; rename one of them"));
            }
        }
    }

    private static bool SameSignature(GeneratedMember left, GeneratedMember right) =>
        left.Name == right.Name && left.Parameters is { } leftTypes && right.Parameters is { } rightTypes && leftTypes.SequenceEqual(rightTypes);
}
