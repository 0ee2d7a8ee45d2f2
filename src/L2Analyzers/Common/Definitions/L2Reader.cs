using L2Analyzers.Common.Symbols;
using System;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common.Definitions;

/// <summary>Reads an <c>[L2]</c> attribute for generated code.</summary>
internal static class L2Reader
{
    /// <summary>
    /// The setting of <paramref name="attribute"/>. A Mode that is not given is the attribute's default, GradientPenalty;
    /// a Mode that is not a defined value is reported (L2G010). A lambda outside its mode's valid range leaves the
    /// definition unreadable: nothing is generated, and L2R003 reports it.
    /// </summary>
    public static CompiledL2 Read(AttributeData attribute, ISymbol definition, DefinitionProblems problems)
    {
        string? name = AttributeValues.EnumMember(attribute, KnownNames.ModeProperty, definition, problems);
        var mode = name is not null && Enum.TryParse(name, out L2Mode parsed) ? parsed : L2Mode.GradientPenalty;
        double lambda = AttributeValues.Double(attribute, KnownNames.LambdaProperty, 0, problems);
        if (!L2Range.Contains(mode, lambda))
        {
            problems.Skip();
        }

        return new CompiledL2(mode, lambda);
    }
}
