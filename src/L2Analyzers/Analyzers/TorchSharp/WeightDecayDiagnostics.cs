using L2Analyzers.Analyzers.Operations;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Analyzers.Loops;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Common;
using L2Analyzers.Conventions;
using L2Analyzers.Judgement;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static L2Analyzers.Conventions.Numbers;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>The diagnostics one TorchSharp weight_decay site deserves.</summary>
internal static class WeightDecayDiagnostics
{
    private const string WeightDecay = "weight_decay";

    /// <summary>
    /// L2R009 for AdamW without weight_decay, L2R010 for a ParamGroup constructor that resets options; for a nonzero
    /// constant, the judgement of <see cref="LambdaJudge"/> (L2R001, L2R003 at the value, L2R004 and L2R005 at the call)
    /// and, when it is positive, L2R002 (all of a module's parameters).
    /// </summary>
    public static IEnumerable<Diagnostic> For(WeightDecaySite site, TorchSharpSymbols symbols, SuspicionThresholds thresholds)
    {
        var location = site.Operation.Syntax.GetLocation();
        if (site is { Kind: SiteKind.Optimizer or SiteKind.Constructor, WeightDecay: null, TakesGroups: false, Optimizer.Mode: L2Mode.ScaledWeightDecay })
        {
            yield return Diagnostic.Create(Descriptors.AdamWWithoutWeightDecay, location, AdamWWithoutWeightDecay());
        }

        if (!site.OmittedOptions.IsEmpty)
        {
            yield return Diagnostic.Create(Descriptors.ParamGroupResetsOptions, location, ResetOptions(site));
        }

        if (site.WeightDecay is null)
        {
            yield break;
        }

        if (ConstantValues.Evaluate(site.WeightDecay) is not { } lambda)
        {
            // The value is unknown, but biases among the parameters are decayed whatever it is, unless it is left at 0.
            var severity = OptionDefaults.DefaultsToZero(site.WeightDecay) ? DiagnosticSeverity.Info : (DiagnosticSeverity?)null;
            foreach (var diagnostic in DecayedParameters.For(site, symbols, site.WeightDecay.Syntax.ToString(), severity))
            {
                yield return diagnostic;
            }

            yield break;
        }

        if (lambda == 0)
        {
            yield break;
        }

        var optimizer = new Optimizer(site.Optimizer.Name, site.Owner);
        double? learningRate = site.LearningRate is null ? null : ConstantValues.Evaluate(site.LearningRate);
        var use = new L2Use(site.Optimizer.Mode, lambda, new TorchWording(site.Owner, site.Optimizer.Mode))
        {
            LearningRate = learningRate is { } eta ? new LearningRate(eta, $"the {LearningRateName(site)} argument") : null,
            Optimizer = optimizer,
        };

        var value = site.WeightDecay.WithoutNumericConversions().Syntax;
        foreach (var finding in LambdaJudge.Judge(use, thresholds))
        {
            var target = finding.Descriptor == Descriptors.LambdaSuspiciousForMode || finding.Descriptor == Descriptors.LambdaInvalidForMode
                ? site.WeightDecay.Syntax.GetLocation()
                : location;
            var properties = finding.Descriptor == Descriptors.LambdaSuspiciousForMode && ValueRewrite.CanReplace(value)
                ? finding.Properties.SetItem(ValueRewrite.WrittenMode, ((int)site.Optimizer.Mode).ToString(System.Globalization.CultureInfo.InvariantCulture))
                : ImmutableDictionary<string, string?>.Empty;
            yield return (finding with { Properties = properties }).ToDiagnostic(target);
        }

        if (!(lambda > 0) || LambdaValidity.Problem(site.Optimizer.Mode, lambda) is not null)
        {
            yield break;
        }

        foreach (var diagnostic in DecayedParameters.For(site, symbols, Format(lambda), null))
        {
            yield return diagnostic;
        }
    }

    private static string LearningRateName(WeightDecaySite site) =>
        site.LearningRate?.Parent is IArgumentOperation { Parameter: { } parameter } ? parameter.Name : "LearningRate";

    private static string AdamWWithoutWeightDecay() =>
        "TorchSharp's default weight_decay is 0, so this AdamW does no weight decay at all, while PyTorch's AdamW defaults to 0.01 (w ← w − lr·0.01·w each step); pass weight_decay: 0.01 to match PyTorch, or weight_decay: 0 to make no decay explicit";

    private static string ResetOptions(WeightDecaySite site)
    {
        var resets = site.OmittedOptions.Select(parameter =>
            $"{parameter.Name} becomes {(parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is double value ? Format(value) : "its default")}");
        return $"{string.Join(" and ", resets)} instead of the optimizer's value; pass both, or write new {site.Optimizer.Name}.ParamGroup {{ Parameters = …, Options = new() {{ … }} }} so unset options come from the optimizer";
    }
}
