using L2Analyzers.Analyzers.Operations;
using System.Collections.Generic;
using System.Linq;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Conventions;
using L2Analyzers.Judgement;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>The diagnostics one TorchSharp weight_decay site deserves.</summary>
internal static class WeightDecayDiagnostics
{
    /// <summary>
    /// L2R009 for AdamW without weight_decay, L2R010 for group constructors that reset the optimizer's options; for a
    /// nonzero constant, the judgement of <see cref="LambdaJudge"/> (L2R001, L2R003 at the value, L2R004 at the call) and,
    /// when it is positive, L2R005 (coupled under an adaptive optimizer, <see cref="CoupledDecay"/>); for a positive or unknown value, the parameters
    /// it should not reach (<see cref="DecayedParameters"/>: L2R011, L2R002, L2R008).
    /// </summary>
    /// <param name="site">The site.</param>
    /// <param name="symbols">TorchSharp's symbols.</param>
    /// <param name="thresholds">The suspicion thresholds configured for the file.</param>
    /// <param name="constants">
    /// Holds the findings about a weight_decay read from a constant declared in <paramref name="type"/> (a local, a const,
    /// a readonly field), reported once at the declaration when the type's analysis ends; they are not returned.
    /// </param>
    /// <param name="type">The type being analyzed.</param>
    public static IEnumerable<Diagnostic> For(
        WeightDecaySite site, TorchSharpSymbols symbols, SuspicionThresholds thresholds, ConstantFindings constants, INamedTypeSymbol? type)
    {
        var location = site.Operation.Syntax.GetLocation();
        if (site is { Kind: SiteKind.Optimizer or SiteKind.Constructor, WeightDecay: null, TakesGroups: false, Optimizer.Mode: L2Mode.ScaledWeightDecay })
        {
            yield return Diagnostic.Create(Descriptors.AdamWWithoutWeightDecay, location, site.Owner);
        }

        foreach (var reset in GroupOptionResets.For(site, symbols))
        {
            yield return reset;
        }

        if (site.WeightDecay is null)
        {
            yield break;
        }

        if (ConstantValues.Evaluate(site.WeightDecay) is not { } lambda || lambda == 0)
        {
            // An unknown value still decays the biases among the parameters whatever it is, unless it is left at 0.
            foreach (var diagnostic in DecayedParameters.ForValue(site, symbols))
            {
                yield return diagnostic;
            }

            yield break;
        }

        var optimizer = new Optimizer(site.Optimizer.Name, site.Owner);
        double? learningRate = site.ConstantLearningRate();
        var use = new L2Use(site.Optimizer.Mode, lambda, new TorchWording(site.Owner, site.Optimizer.Mode))
        {
            LearningRate = learningRate is { } eta ? new LearningRate(eta, KnownNames.TorchLearningRate) : null,
            Optimizer = optimizer,
        };

        var value = site.WeightDecay.WithoutNumericConversions().Syntax;
        var declaration = ConstantFindings.DeclaredIn(site.WeightDecay, type);
        if (declaration is not null)
        {
            constants.Hold(declaration, use, thresholds, site.WeightDecay.Syntax.GetLocation());
        }

        // L2R005 carries the Adam → AdamW fix here: CoupledDecay reports it.
        foreach (var finding in LambdaJudge.Judge(use, thresholds).Where(finding => finding.Descriptor != Descriptors.CoupledL2UnderAdaptiveOptimizer))
        {
            bool aboutValue = ConstantFindings.IsAboutValue(finding);
            if (aboutValue && declaration is not null)
            {
                continue;
            }

            var target = aboutValue ? site.WeightDecay.Syntax.GetLocation() : location;
            yield return ValueRewrite.Marked(finding, value, site.Optimizer.Mode).ToDiagnostic(target);
        }

        if (!(lambda > 0) || LambdaValidity.Problem(site.Optimizer.Mode, lambda) is not null)
        {
            yield break;
        }

        if (site.Optimizer.Mode == L2Mode.GradientPenalty && optimizer.IsAdaptive)
        {
            yield return CoupledDecay.Diagnostic(site, lambda, thresholds);
        }

        foreach (var diagnostic in DecayedParameters.ForValue(site, symbols))
        {
            yield return diagnostic;
        }
    }
}
