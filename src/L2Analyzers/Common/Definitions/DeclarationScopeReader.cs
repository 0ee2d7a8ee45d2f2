using System.Collections.Generic;
using System.Threading;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Common.Definitions;

/// <summary>Checks that generated code can extend a type and every type containing it, and describes where it goes.</summary>
internal static class DeclarationScopeReader
{
    /// <summary>
    /// The scope of <paramref name="type"/>, or null after reporting why the generator cannot extend it: a type in the
    /// chain is file-local, an interface, generic or not partial. A problem is reported on the declaration that needs the
    /// change: <paramref name="definition"/> when it is the type itself, else the type in the chain (the type holding an
    /// <c>[L2]</c> member, or a containing type), with a message that does not depend on the definition, so that the
    /// definitions it holds report the same diagnostic there (the analyzer reports it once).
    /// </summary>
    /// <param name="type">The type the generated code extends.</param>
    /// <param name="definition">The attributed symbol.</param>
    /// <param name="generated">What the generator adds, for messages (for example "the L2 method of 'Model.Weights'").</param>
    /// <param name="problems">Receives the problems found.</param>
    /// <param name="cancellationToken">Cancels reading the declarations' syntax.</param>
    public static DeclarationScope? Read(
        INamedTypeSymbol type, ISymbol definition, string generated, DefinitionProblems problems, CancellationToken cancellationToken)
    {
        var chain = new List<ContainingType>();
        bool valid = true;
        INamedTypeSymbol? inner = null;
        for (var current = type; current is not null; inner = current, current = current.ContainingType)
        {
            bool self = SymbolEqualityComparer.Default.Equals(current, definition);
            ISymbol at = self ? definition : current;
            string adds = self ? generated
                : inner is null ? "the L2 methods of its [L2] members"
                : $"the partial declaration of '{Identifiers.ForMessage(inner)}'";
            if (current.Name.Length == 0)
            {
                // A declaration still being typed: the compiler reports the missing name.
                problems.Skip();
                return null;
            }

            string? reason = current.IsFileLocal ? "it is file-local, and generated code lives in another file"
                : current.TypeKind == TypeKind.Interface ? "it is an interface"
                : null;
            if (reason is not null)
            {
                problems.Add(DefinitionProblem.AtSymbol(DefinitionDescriptors.UnsupportedDeclaration, at, adds, Identifiers.ForMessage(current), reason));
                valid = false;
            }
            else if (current.TypeParameters.Length > 0)
            {
                problems.Add(DefinitionProblem.AtSymbol(DefinitionDescriptors.GenericDefinition, at, Identifiers.ForMessage(current), adds));
                valid = false;
            }
            else if (PartialDeclaration(current, cancellationToken) is { } declaration)
            {
                chain.Insert(0, new ContainingType(Keyword(declaration), Identifiers.Escape(current.Name)));
            }
            else
            {
                problems.Add(DefinitionProblem.AtSymbol(DefinitionDescriptors.NotPartial, at, Identifiers.ForMessage(current), adds));
                valid = false;
            }
        }

        if (!valid)
        {
            return null;
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : string.Empty;
        return new DeclarationScope(ns, chain.ToEquatableArray());
    }

    private static TypeDeclarationSyntax? PartialDeclaration(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration &&
                declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return declaration;
            }
        }

        return null;
    }

    private static string Keyword(TypeDeclarationSyntax declaration) => declaration switch
    {
        RecordDeclarationSyntax record when record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => "record struct",
        RecordDeclarationSyntax => "record",
        _ => declaration.Keyword.ValueText,
    };
}
