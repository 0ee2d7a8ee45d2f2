using System.Collections.Immutable;
using System.Linq;
using L2Analyzers.Analyzers.Operations;
using L2Analyzers.Common;
using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>
/// L2R005 on a TorchSharp adaptive optimizer given a coupled weight_decay, and what its code fix writes:
/// <c>torch.optim.Adam(…)</c> or <c>new Adam(…)</c> becomes AdamW with the same arguments when AdamW has the same
/// parameters. AdamW's weight_decay is decoupled and scaled by lr, so the same number is a different strength: it is kept
/// only if it is an accepted AdamW value (judged as <see cref="L2Mode.ScaledWeightDecay"/>, removing at most
/// <see cref="MaxKeptFraction"/> of each weight per step), otherwise PyTorch's default 0.01 is written.
/// </summary>
internal static class CoupledDecay
{
    /// <summary>The diagnostic property holding the AdamW weight_decay literal, or "" to keep the value as written.</summary>
    public const string AdamWWeightDecay = "AdamWWeightDecay";

    /// <summary>PyTorch's default AdamW weight_decay, written when the Adam value would not be a sensible AdamW value.</summary>
    public const double PyTorchDefault = 0.01;

    /// <summary>The largest fraction of each weight a kept value may remove per step (lr·weight_decay).</summary>
    public const double MaxKeptFraction = 0.1;

    private const string Adam = "Adam";
    private const string AdamW = "AdamW";

    /// <summary>L2R005 at the call or creation of <paramref name="site"/>, with the AdamW value when the fix applies.</summary>
    public static Diagnostic Diagnostic(WeightDecaySite site, double lambda, SuspicionThresholds thresholds)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (HasAdamWTwin(site))
        {
            properties = properties.Add(AdamWWeightDecay, IsAcceptedByAdamW(site, lambda, thresholds) ? string.Empty : Numbers.Literal(PyTorchDefault));
        }

        return Microsoft.CodeAnalysis.Diagnostic.Create(
            Descriptors.CoupledL2UnderAdaptiveOptimizer,
            site.Operation.Syntax.GetLocation(),
            properties,
            $"{site.Owner} adds weight_decay·w to the gradient before the adaptive scaling, so weights with large gradients barely decay. Use torch.optim.AdamW, whose decay is decoupled: w ← w − lr·weight_decay·w.");
    }

    /// <summary>Whether the site is an Adam call or creation (not groups) whose arguments bind the same way to AdamW.</summary>
    private static bool HasAdamWTwin(WeightDecaySite site)
    {
        if (site.Optimizer.Name != Adam || site.TakesGroups)
        {
            return false;
        }

        var (method, candidates) = site.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.TargetMethod.ContainingType.GetMembers(AdamW)),
            IObjectCreationOperation { Constructor: { } constructor } =>
                (constructor, constructor.ContainingType.ContainingNamespace.GetTypeMembers(AdamW).SelectMany(type => type.InstanceConstructors).ToImmutableArray<ISymbol>()),
            _ => (null, ImmutableArray<ISymbol>.Empty),
        };
        return method is not null && candidates.OfType<IMethodSymbol>().Any(candidate =>
            candidate.Parameters.Select(parameter => (parameter.Name, parameter.Type))
                .SequenceEqual(method.Parameters.Select(parameter => (parameter.Name, parameter.Type)), Comparer.Instance));
    }

    private static bool IsAcceptedByAdamW(WeightDecaySite site, double lambda, SuspicionThresholds thresholds)
    {
        double? learningRate = LearningRateOf(site);
        var use = new L2Use(L2Mode.ScaledWeightDecay, lambda)
        {
            What = "weight_decay",
            LearningRate = learningRate is { } eta ? new LearningRate(eta, "lr") : null,
            Optimizer = new Optimizer(AdamW, "torch.optim.AdamW"),
        };
        return LambdaJudge.Judge(use, thresholds).IsEmpty && !(learningRate * lambda > MaxKeptFraction);
    }

    /// <summary>The learning rate passed as a constant, or the parameter's default when it is not passed.</summary>
    private static double? LearningRateOf(WeightDecaySite site)
    {
        if (site.LearningRate is { } passed)
        {
            return ConstantValues.Evaluate(passed);
        }

        var arguments = site.Arguments;
        return (arguments.Argument("lr") ?? arguments.Argument("learningRate"))?.Parameter is { HasExplicitDefaultValue: true, ExplicitDefaultValue: double fallback }
            ? fallback
            : null;
    }

    private sealed class Comparer : System.Collections.Generic.IEqualityComparer<(string Name, ITypeSymbol Type)>
    {
        public static readonly Comparer Instance = new();

        public bool Equals((string Name, ITypeSymbol Type) x, (string Name, ITypeSymbol Type) y) =>
            x.Name == y.Name && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

        public int GetHashCode((string Name, ITypeSymbol Type) obj) => obj.Name.GetHashCode();
    }
}
