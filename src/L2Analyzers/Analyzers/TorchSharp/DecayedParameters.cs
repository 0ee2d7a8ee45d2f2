using System.Collections.Generic;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>
/// The parameters a weight_decay reaches that should not be decayed: all of a module's parameters and biases selected
/// by name (L2R002), and everything but the biases of a module with a normalization layer (L2R008); for an optimizer
/// given groups, in every group that inherits its weight_decay.
/// </summary>
internal static class DecayedParameters
{
    private const string WeightDecay = "weight_decay";

    /// <summary>The findings for <paramref name="site"/>, whose positive or unknown weight_decay is written <paramref name="amount"/>.</summary>
    /// <param name="site">The site.</param>
    /// <param name="symbols">TorchSharp's symbols.</param>
    /// <param name="amount">The value as shown in messages: <c>0.0005</c>, or the expression when it is not a constant.</param>
    /// <param name="severity">A lower severity when the value may well be 0, otherwise null for the rule's own.</param>
    public static IEnumerable<Diagnostic> For(WeightDecaySite site, TorchSharpSymbols symbols, string amount, DiagnosticSeverity? severity)
    {
        if (!site.TakesGroups)
        {
            return Of(site.Parameters, symbols, amount, severity);
        }

        var findings = new List<Diagnostic>();
        foreach (var group in ParameterGroup.Of(site.Parameters, symbols))
        {
            if (group.InheritsWeightDecay)
            {
                findings.AddRange(Of(group.Parameters, symbols, amount, severity));
            }
        }

        return findings;
    }

    private static IEnumerable<Diagnostic> Of(IOperation? parameters, TorchSharpSymbols symbols, string amount, DiagnosticSeverity? severity)
    {
        if (parameters is null)
        {
            yield break;
        }

        var selection = ParameterSelection.Of(parameters, symbols);
        var (descriptor, explanation) = selection.Kind switch
        {
            SelectionKind.AllOfAModule => (Descriptors.L2OnBias,
                $"{WeightDecay} {amount} applies to every parameter of the module, biases and normalization weights included; pass two parameter groups split by rank: the weights (dim() ≥ 2) with weight_decay, everything else (biases, normalization gains and shifts) with weight_decay 0; {Exemptions.BiasAdvice}"),
            SelectionKind.Biases => (Descriptors.L2OnBias,
                $"{WeightDecay} {amount} applies to the biases this selects; give their group weight_decay = 0; {Exemptions.BiasAdvice}"),
            SelectionKind.AllButBiases when ParameterSelection.HasNormalizationLayer(selection.Module, symbols) => (Descriptors.L2OnNormalization,
                $"{WeightDecay} {amount} applies to every parameter whose name is not a bias, the module's normalization gains and shifts included; select the decayed parameters by rank (dim() ≥ 2) instead; {Exemptions.NormalizationAdvice}"),
            _ => (null, null),
        };
        if (descriptor is null)
        {
            yield break;
        }

        var location = parameters.Syntax.GetLocation();
        object[] arguments = { parameters.Syntax.ToString(), explanation! };
        yield return severity is { } lower
            ? Diagnostic.Create(descriptor, location, lower, null, null, arguments)
            : Diagnostic.Create(descriptor, location, arguments);
    }
}
