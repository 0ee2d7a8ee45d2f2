using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Common.Definitions;

/// <summary>
/// Why a definition cannot be generated, and where. The location is only computed when the definition
/// analyzer reports it; the generator only asks whether there is any problem.
/// </summary>
internal sealed class DefinitionProblem
{
    private readonly ISymbol? symbol;
    private readonly AttributeData? attribute;
    private readonly string? argumentName;
    private readonly int argumentPosition;
    private readonly object[] messageArgs;

    private DefinitionProblem(
        DiagnosticDescriptor descriptor, ISymbol? symbol, AttributeData? attribute, string? argumentName, int argumentPosition, object[] messageArgs)
    {
        Descriptor = descriptor;
        this.symbol = symbol;
        this.attribute = attribute;
        this.argumentName = argumentName;
        this.argumentPosition = argumentPosition;
        this.messageArgs = messageArgs;
    }

    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>A problem located at the declaration of <paramref name="symbol"/>.</summary>
    public static DefinitionProblem AtSymbol(DiagnosticDescriptor descriptor, ISymbol symbol, params object[] args) =>
        new(descriptor, symbol, null, null, -1, args);

    /// <summary>A problem located at the named argument <paramref name="name"/> of <paramref name="attribute"/>, or the attribute.</summary>
    public static DefinitionProblem AtArgument(DiagnosticDescriptor descriptor, AttributeData attribute, string name, params object[] args) =>
        new(descriptor, null, attribute, name, -1, args);

    /// <summary>A problem located at the positional argument <paramref name="position"/> of <paramref name="attribute"/>, or the attribute.</summary>
    public static DefinitionProblem AtArgument(DiagnosticDescriptor descriptor, AttributeData attribute, int position, params object[] args) =>
        new(descriptor, null, attribute, null, position, args);

    public Diagnostic ToDiagnostic(CancellationToken cancellationToken) =>
        Diagnostic.Create(Descriptor, Location(cancellationToken), messageArgs);

    private Location? Location(CancellationToken cancellationToken)
    {
        if (symbol is not null)
        {
            return symbol.Locations.IsEmpty ? null : symbol.Locations[0];
        }

        if (attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return null;
        }

        return Argument(syntax)?.GetLocation() ?? syntax.GetLocation();
    }

    private AttributeArgumentSyntax? Argument(AttributeSyntax syntax)
    {
        int position = 0;
        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals is { } nameEquals)
            {
                if (nameEquals.Name.Identifier.ValueText == argumentName)
                {
                    return argument;
                }
            }
            else if (position++ == argumentPosition)
            {
                return argument;
            }
        }

        return null;
    }
}
