using System.Collections.Generic;
using System.Threading;
using L2Analyzers.Common;
using L2Analyzers.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Generator;

/// <summary>
/// The transform step for <c>[L2]</c> on fields and properties: turns the symbol into a
/// <see cref="ParameterMember"/>, or null when the member is not something the generator supports
/// (the analyzers report why; the generator emits nothing for it).
/// </summary>
internal static class ParameterMemberParser
{
    public static ParameterMember? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var member = context.TargetSymbol;
        var type = member switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        if (type is not IArrayTypeSymbol { Rank: 1 } array ||
            ElementKeyword(array.ElementType) is not { } element ||
            member.IsStatic ||
            context.Attributes.Length != 1)
        {
            return null;
        }

        var setting = L2Setting.Read(context.Attributes[0]);
        var mode = setting.Mode ?? L2ModeKind.GradientPenalty;
        double lambda = setting.Lambda ?? 0;
        if (!LambdaRange.IsValid(mode, lambda))
        {
            return null;
        }

        var types = ContainingTypes(member.ContainingType, cancellationToken);
        if (types is null)
        {
            return null;
        }

        var ns = member.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : string.Empty;
        return new ParameterMember(ns, types.ToEquatableArray(), member.Name, element, mode, lambda);
    }

    private static string? ElementKeyword(ITypeSymbol element) => element.SpecialType switch
    {
        SpecialType.System_Single => "float",
        SpecialType.System_Double => "double",
        _ => null,
    };

    /// <summary>The chain of containing types, outermost first, or null if one is not partial or is generic.</summary>
    private static List<ContainingType>? ContainingTypes(INamedTypeSymbol? type, CancellationToken cancellationToken)
    {
        var chain = new List<ContainingType>();
        for (; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType ||
                type.DeclaringSyntaxReferences.Length == 0 ||
                type.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration ||
                !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return null;
            }

            chain.Insert(0, new ContainingType(Keyword(declaration), type.Name));
        }

        return chain;
    }

    private static string Keyword(TypeDeclarationSyntax declaration) => declaration switch
    {
        RecordDeclarationSyntax record when record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => "record struct",
        RecordDeclarationSyntax => "record",
        _ => declaration.Keyword.ValueText,
    };
}
