using System.Collections.Generic;
using System.Linq;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>Finds members a type declares itself that the generated code would declare again (rule L2G013).</summary>
internal static class MemberConflicts
{
    /// <summary>The folder of generated file paths that names this generator; members declared only there are its own.</summary>
    private const string GeneratorPathPart = "L2Analyzers.Generator.L2Generator";

    /// <summary>Reports, at each clashing member of <paramref name="type"/>, which generated member it clashes with.</summary>
    /// <param name="type">The type the generated members go into.</param>
    /// <param name="generated">The generated members.</param>
    /// <param name="what">What the generator adds, for messages.</param>
    /// <param name="problems">Receives the problems found.</param>
    public static void Report(INamedTypeSymbol type, IEnumerable<GeneratedMember> generated, string what, DefinitionProblems problems)
    {
        foreach (var member in generated)
        {
            foreach (var existing in type.GetMembers(member.Name))
            {
                if (!existing.IsImplicitlyDeclared && IsDeclaredByUser(existing) && Clashes(existing, member))
                {
                    problems.Add(DefinitionProblem.AtSymbol(
                        DefinitionDescriptors.GeneratedNameTaken, existing, Identifiers.ForMessage(type), member.Name, what));
                }
            }
        }
    }

    /// <summary>
    /// A method clashes only with a generated method of the same parameter types (other overloads are fine); any other
    /// member clashes with any generated member of its name.
    /// </summary>
    private static bool Clashes(ISymbol existing, GeneratedMember member) =>
        existing is not IMethodSymbol method || member.Parameters is null || GeneratedSignatures.HasParametersOf(method, member);

    private static bool IsDeclaredByUser(ISymbol member) =>
        member.DeclaringSyntaxReferences.Any(reference => !reference.SyntaxTree.FilePath.Contains(GeneratorPathPart));
}
