using L2Analyzers.Analyzers.Operations;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Analyzers.Loops;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Common;
using L2Analyzers.Conventions;
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
    /// constant, the judgement of <see cref="LambdaJudge"/> (L2R001, L2R003 at the value, L2R004 at the call) and, when
    /// it is positive, L2R005 (coupled under an adaptive optimizer) and L2R002 (all of a module's parameters).
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
        var use = new L2Use(site.Optimizer.Mode, lambda)
        {
            What = WeightDecay,
            Convention = $"{site.Owner}'s weight_decay, {Modes.WithFormula(site.Optimizer.Mode)}",
            LearningRate = learningRate is { } eta ? new LearningRate(eta, $"the {LearningRateName(site)} argument") : null,
            Optimizer = optimizer,
        };

        // The judge's L2R005 text proposes an [L2] mode; for TorchSharp the remedy is AdamW, written below.
        var findings = LambdaJudge.Judge(use, thresholds).Where(finding => finding.Descriptor != Descriptors.CoupledL2UnderAdaptiveOptimizer);
        foreach (var finding in findings)
        {
            var target = finding.Descriptor == Descriptors.UnstableWithLearningRate ? location : site.WeightDecay.Syntax.GetLocation();
            yield return (finding with { Properties = ImmutableDictionary<string, string?>.Empty }).ToDiagnostic(target);
        }

        if (!(lambda > 0) || LambdaValidity.Problem(site.Optimizer.Mode, lambda) is not null)
        {
            yield break;
        }

        if (site.Optimizer.Mode == L2Mode.GradientPenalty && optimizer.IsAdaptive)
        {
            yield return Diagnostic.Create(Descriptors.CoupledL2UnderAdaptiveOptimizer, location, CoupledUnderAdaptive(site, lambda, learningRate));
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

    private static string CoupledUnderAdaptive(WeightDecaySite site, double lambda, double? learningRate)
    {
        string perStep = learningRate is { } lr
            ? $", here {Format(lr * lambda)} of each weight per step at lr {Format(lr)}"
            : string.Empty;
        return $"{site.Owner} adds weight_decay·w = {Format(lambda)}·w to the gradient before its adaptive scaling, so weights with large gradients are barely decayed; use torch.optim.AdamW, whose weight_decay {Format(lambda)} would mean a decoupled decay scaled by the learning rate, w ← w − lr·{Format(lambda)}·w each step{perStep} (AdamW values are typically {Modes.TypicalValues(L2Mode.ScaledWeightDecay)}, PyTorch's default 0.01)";
    }
}
