using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Common.Symbols;
using L2Analyzers.Conventions;
using L2Analyzers.Judgement;
using L2Analyzers.Judgement.Explanations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>
/// L2R005 on a TorchSharp adaptive optimizer given a coupled weight_decay, and what its code fix writes:
/// <c>torch.optim.Adam(…)</c> or <c>new Adam(…)</c> becomes AdamW with the same arguments when AdamW has the same
/// parameters. AdamW's weight_decay is decoupled and scaled by lr, so the same number is a different strength: the
/// message and the fix use the decoupled value of the one judgement (<see cref="AdaptiveCoupling"/>: the same number
/// when it is an accepted AdamW value at the optimizer's lr, else the typical 0.01 when that is); without one, no fix.
/// </summary>
internal static class CoupledDecay
{
    /// <summary>The diagnostic property holding the AdamW weight_decay literal, or "" to keep the value as written.</summary>
    public const string AdamWWeightDecay = "AdamWWeightDecay";


    /// <summary>L2R005 at the call or creation of <paramref name="site"/>, with the AdamW value when the fix applies.</summary>
    public static Diagnostic Diagnostic(WeightDecaySite site, double lambda, SuspicionThresholds thresholds)
    {
        var optimizer = new Optimizer(site.Optimizer.Name, site.Owner);
        var use = new L2Use(L2Mode.GradientPenalty, lambda, new TorchWording(site.Owner, L2Mode.GradientPenalty))
        {
            LearningRate = site.ConstantLearningRate() is { } eta ? new LearningRate(eta, KnownNames.TorchLearningRate) : null,
            Optimizer = optimizer,
        };
        var finding = AdaptiveCoupling.Judge(use, optimizer, thresholds);
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (HasAdamWTwin(site) && AdaptiveCoupling.DecoupledValue(use, thresholds) is { } decoupled)
        {
            properties = properties.Add(AdamWWeightDecay, decoupled == lambda ? string.Empty : Numbers.Literal(decoupled));
        }

        return (finding with { Properties = properties }).ToDiagnostic(site.Operation.Syntax.GetLocation());
    }

    /// <summary>Whether the site is an Adam call or creation (not groups) whose arguments bind the same way to AdamW.</summary>
    private static bool HasAdamWTwin(WeightDecaySite site)
    {
        if (site.Optimizer.Name != KnownNames.TorchAdam || site.TakesGroups)
        {
            return false;
        }

        var (method, candidates) = site.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.TargetMethod.ContainingType.GetMembers(KnownNames.TorchAdamW)),
            IObjectCreationOperation { Constructor: { } constructor } =>
                (constructor, constructor.ContainingType.ContainingNamespace.GetTypeMembers(KnownNames.TorchAdamW).SelectMany(type => type.InstanceConstructors).ToImmutableArray<ISymbol>()),
            _ => (null, ImmutableArray<ISymbol>.Empty),
        };
        return method is not null && candidates.OfType<IMethodSymbol>().Any(candidate =>
            candidate.Parameters.Select(parameter => (parameter.Name, parameter.Type))
                .SequenceEqual(method.Parameters.Select(parameter => (parameter.Name, parameter.Type)), Comparer.Instance));
    }

    private sealed class Comparer : System.Collections.Generic.IEqualityComparer<(string Name, ITypeSymbol Type)>
    {
        public static readonly Comparer Instance = new();

        public bool Equals((string Name, ITypeSymbol Type) x, (string Name, ITypeSymbol Type) y) =>
            x.Name == y.Name && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

        public int GetHashCode((string Name, ITypeSymbol Type) obj) => obj.Name.GetHashCode();
    }
}
