using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis.Simplification;

namespace L2Analyzers.CodeFixes.TorchSharp;

/// <summary>
/// The fix of L2R011 on <c>torch.optim.X(model.parameters(), …, weight_decay: λ)</c> and <c>new X(model.parameters(), …)</c>:
/// two parameter groups split by rank, the weights (<c>dim() ≥ 2</c>) inheriting the optimizer's weight_decay, everything
/// else (biases, normalization gains and shifts) with weight_decay 0. The plan holds what the split replaces and with
/// which group type: the <c>model.parameters()</c> argument of a <c>torch.optim</c> call or an optimizer constructor that
/// has an overload taking the optimizer's parameter groups with the same options.
/// </summary>
internal sealed class ParameterGroupSplit(ExpressionSyntax parameters, ITypeSymbol groupType, string lambdaName, bool linqInScope)
{
    private static readonly string[] LambdaNames = { "p", "parameter", "param", "tensor" };

    /// <summary>The <c>model.parameters()</c> argument.</summary>
    private ExpressionSyntax Parameters { get; } = parameters;

    /// <summary>Whether <c>Where</c> on the parameters already binds (a using or global using of System.Linq).</summary>
    private bool LinqInScope { get; } = linqInScope;

    /// <summary>The plan for <paramref name="parameters"/>, or null when the fix does not apply cleanly.</summary>
    public static ParameterGroupSplit? TryPlan(ExpressionSyntax parameters, SemanticModel model, CancellationToken cancellationToken)
    {
        if (parameters is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "parameters" } } ||
            parameters.Parent is not ArgumentSyntax { NameColon: null } argument ||
            argument.Parent is not ArgumentListSyntax { Parent: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax } arguments ||
            arguments.Parent is not { } call ||
            arguments.Arguments.IndexOf(argument) != 0 ||
            model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol optimizer ||
            GroupOverload(optimizer, model.Compilation) is not { } groupType ||
            model.GetTypeInfo(parameters, cancellationToken).Type is not { } parametersType)
        {
            return null;
        }

        int position = parameters.SpanStart;
        string? lambdaName = LambdaNames.FirstOrDefault(name => model.LookupSymbols(position, name: name).IsEmpty);
        if (lambdaName is null)
        {
            return null;
        }

        bool linqInScope = !model.LookupSymbols(position, parametersType, "Where", includeReducedExtensionMethods: true).IsEmpty;
        return new ParameterGroupSplit(parameters, groupType, lambdaName, linqInScope);
    }

    /// <summary>
    /// The two groups, indented one level below the line of the call: the weights inherit the optimizer's options, the
    /// rest gets weight_decay 0. The group type is fully qualified and marked for simplification.
    /// </summary>
    private ExpressionSyntax Groups(string indentation, string newLine)
    {
        string source = Parameters.WithoutTrivia().ToFullString();
        string p = lambdaName;
        string inner = indentation + "    ";
        var groups = (ArrayCreationExpressionSyntax)SyntaxFactory.ParseExpression(
            $"new {groupType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)}[]{newLine}" +
            $"{indentation}{{{newLine}" +
            $"{inner}new() {{ Parameters = {source}.Where({p} => {p}.dim() >= 2) }},{newLine}" +
            $"{inner}new() {{ Parameters = {source}.Where({p} => {p}.dim() < 2), Options = new() {{ weight_decay = 0 }} }},{newLine}" +
            $"{indentation}}}");
        return groups.ReplaceNode(groups.Type.ElementType, groups.Type.ElementType.WithAdditionalAnnotations(Simplifier.Annotation));
    }

    /// <summary>The document with the split applied (and <c>using System.Linq;</c> added when needed), simplified.</summary>
    public async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit)
        {
            return document;
        }

        var line = text.Lines.GetLineFromPosition(Parameters.SpanStart).ToString();
        string indentation = line.Substring(0, line.Length - line.TrimStart().Length);
        string newLine = text.ToString().Contains("\r\n") ? "\r\n" : "\n";
        unit = unit.ReplaceNode(Parameters, Groups(indentation, newLine));
        if (!LinqInScope)
        {
            unit = WithLinqUsing(unit, newLine);
        }

        return await Simplifier.ReduceAsync(document.WithSyntaxRoot(unit), Simplifier.Annotation, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Adds <c>using System.Linq;</c> among the usings: after the System ones that sort before it, before the rest.</summary>
    private static CompilationUnitSyntax WithLinqUsing(CompilationUnitSyntax unit, string newLine)
    {
        const string Linq = "System.Linq";
        var usings = unit.Usings;
        int index = 0;
        while (index < usings.Count && usings[index] is { Alias: null, StaticKeyword.RawKind: 0, Name: { } name } &&
               name.ToString() is var text && text.StartsWith("System", System.StringComparison.Ordinal) &&
               string.CompareOrdinal(text, Linq) < 0)
        {
            index++;
        }

        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Linq).WithLeadingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));
        return unit.WithUsings(usings.Insert(index, directive));
    }

    /// <summary>
    /// The group type of the overload of the same <c>torch.optim</c> method, or of the same optimizer constructor, that
    /// takes parameter groups and the same options under the same names (so every other argument still binds), or null.
    /// </summary>
    private static ITypeSymbol? GroupOverload(IMethodSymbol optimizer, Compilation compilation)
    {
        if (TorchSharpSymbols.Resolve(compilation) is not { } symbols)
        {
            return null;
        }

        var overloads = optimizer switch
        {
            { MethodKind: MethodKind.Constructor } when SymbolEqualityComparer.Default.Equals(optimizer.ContainingAssembly, symbols.Module.ContainingAssembly) =>
                optimizer.ContainingType.InstanceConstructors,
            _ when SymbolEqualityComparer.Default.Equals(optimizer.ContainingType, symbols.Optim) =>
                symbols.Optim.GetMembers(optimizer.Name).OfType<IMethodSymbol>().ToImmutableArray(),
            _ => ImmutableArray<IMethodSymbol>.Empty,
        };
        var options = optimizer.Parameters.Skip(1).Select(parameter => parameter.Name).ToArray();
        foreach (var overload in overloads)
        {
            if (overload.Parameters.Length > 0 &&
                overload.Parameters[0].Type is INamedTypeSymbol { TypeArguments: [var group] } &&
                TorchSharpSymbols.DerivesFrom(group, symbols.ParamGroup) &&
                overload.Parameters.Skip(1).Select(parameter => parameter.Name).SequenceEqual(options))
            {
                return group;
            }
        }

        return null;
    }
}
