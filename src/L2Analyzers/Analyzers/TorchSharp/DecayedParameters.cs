using System.Collections.Generic;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>
/// The parameters a weight_decay reaches that standard practice leaves undecayed: all of a module's parameters (L2R011),
/// biases selected by name (L2R002), and everything but the biases of a module with a normalization layer (L2R008); for
/// an optimizer given groups, in every group that inherits its weight_decay.
/// </summary>
internal static class DecayedParameters
{
    private const string SplitAdvice = "Pass weight decay to the weights only (split the parameters by rank).";

    /// <summary>The findings for <paramref name="site"/>, whose weight_decay is positive or not a constant.</summary>
    /// <param name="site">The site.</param>
    /// <param name="symbols">TorchSharp's symbols.</param>
    /// <param name="mayBeZero">Whether the value may well be 0 (an option that defaults to 0): then one severity lower.</param>
    public static IEnumerable<Diagnostic> For(WeightDecaySite site, TorchSharpSymbols symbols, bool mayBeZero)
    {
        if (!site.TakesGroups)
        {
            return Of(site, site.Parameters, symbols, mayBeZero);
        }

        var findings = new List<Diagnostic>();
        foreach (var group in ParameterGroup.Of(site.Parameters, symbols))
        {
            if (group.InheritsWeightDecay)
            {
                findings.AddRange(Of(site, group.Parameters, symbols, mayBeZero));
            }
        }

        return findings;
    }

    /// <summary>
    /// The findings for <paramref name="site"/> at the severity its weight_decay deserves: none without a value, for 0 or
    /// an invalid constant; one step lower for a value that is not a constant and comes from an option that defaults to 0.
    /// </summary>
    public static IEnumerable<Diagnostic> ForValue(WeightDecaySite site, TorchSharpSymbols symbols) =>
        site.WeightDecay is null ? []
        : ConstantValues.Evaluate(site.WeightDecay) is not { } lambda ? For(site, symbols, OptionDefaults.DefaultsToZero(site.WeightDecay))
        : lambda > 0 && LambdaValidity.Problem(site.Optimizer.Mode, lambda) is null ? For(site, symbols, mayBeZero: false)
        : [];

    private static IEnumerable<Diagnostic> Of(WeightDecaySite site, IOperation? parameters, TorchSharpSymbols symbols, bool mayBeZero)
    {
        if (parameters is null || site.WeightDecay is null)
        {
            yield break;
        }

        var selection = ParameterSelection.Of(parameters, symbols);
        string written = parameters.Syntax.ToString();
        string weightDecay = WeightDecayDescriptions.AsWritten(site);
        var (descriptor, arguments) = selection.Kind switch
        {
            SelectionKind.AllOfAModule => (Descriptors.DecayOfAllParameters, new object[]
            {
                site.Owner, written, weightDecay, WeightDecayDescriptions.BesidesWeights(selection.Module, symbols), SplitAdvice,
            }),
            SelectionKind.Biases => (Descriptors.L2OnBias, new object[]
            {
                $"{weightDecay} decays the biases that {Quoted.Code(written)} selects.", "Give their group weight_decay = 0.",
            }),
            SelectionKind.AllButBiases when ParameterSelection.HasNormalizationLayer(selection.Module, symbols) => (Descriptors.L2OnNormalization, new object[]
            {
                $"{weightDecay} decays the normalization weights that {Quoted.Code(written)} leaves in.", "Select the decayed parameters by rank (dim() >= 2).",
            }),
            _ => (null, null),
        };
        if (descriptor is null)
        {
            yield break;
        }

        var location = parameters.Syntax.GetLocation();
        yield return mayBeZero
            ? Diagnostic.Create(descriptor, location, WeightDecayDescriptions.Lower(descriptor.DefaultSeverity), null, null, arguments)
            : Diagnostic.Create(descriptor, location, arguments);
    }
}
