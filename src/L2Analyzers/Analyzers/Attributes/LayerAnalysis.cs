using L2Analyzers.Analyzers.Shared.Roles;
using L2Analyzers.Common.Symbols;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using L2Analyzers.Analyzers.Shared;
using L2Analyzers.Judgement;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.Attributes;

/// <summary>
/// The analysis of one type that carries <c>[L2]</c>, on the type (a layer) or on its members (parameters): collects what
/// the members' initializers say, then judges every attribute with the learning rate and optimizer of the networks
/// that list the type.
/// </summary>
internal sealed class LayerAnalysis
{
    private readonly INamedTypeSymbol type;
    private readonly RuntimeSymbols symbols;
    private readonly Lazy<NetworkIndex> networks;
    private readonly ConcurrentDictionary<ISymbol, MemberFacts> facts = new(SymbolEqualityComparer.Default);

    private LayerAnalysis(INamedTypeSymbol type, RuntimeSymbols symbols, Lazy<NetworkIndex> networks)
    {
        this.type = type;
        this.symbols = symbols;
        this.networks = networks;
    }

    /// <summary>Registers the analysis of the starting type, unless neither it nor a member of it carries <c>[L2]</c>.</summary>
    public static void Register(SymbolStartAnalysisContext context, RuntimeSymbols symbols, Lazy<NetworkIndex> networks)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!CarriesL2(type, symbols))
        {
            return;
        }

        var analysis = new LayerAnalysis(type, symbols, networks);
        context.RegisterOperationAction(analysis.CollectInitializer, OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
        context.RegisterSymbolEndAction(analysis.Report);
    }

    private static bool CarriesL2(INamedTypeSymbol type, RuntimeSymbols symbols)
    {
        if (HasL2(type, symbols))
        {
            return true;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol or IPropertySymbol && HasL2(member, symbols))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasL2(ISymbol symbol, RuntimeSymbols symbols)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (symbols.IsL2Attribute(attribute))
            {
                return true;
            }
        }

        return false;
    }

    private void CollectInitializer(OperationAnalysisContext context)
    {
        var (members, value) = context.Operation switch
        {
            IFieldInitializerOperation field => ((IEnumerable<ISymbol>)field.InitializedFields, field.Value),
            IPropertyInitializerOperation property => (property.InitializedProperties, property.Value),
            _ => (Array.Empty<ISymbol>(), null),
        };

        if (value is null || MemberFacts.Of(value, symbols) is not { } known)
        {
            return;
        }

        foreach (var member in members)
        {
            if (SymbolEqualityComparer.Default.Equals(member.ContainingType, type))
            {
                facts[member] = known;
            }
        }
    }

    private void Report(SymbolAnalysisContext context)
    {
        var training = networks.Value.For(type);
        var layerSite = Site(type, context);
        if (layerSite is not null)
        {
            ReportUse(context, layerSite, training);
            ReportLayerExemptions(context, layerSite);
        }

        foreach (var member in type.GetMembers())
        {
            if (member is not (IFieldSymbol or IPropertySymbol) || Site(member, context) is not { } site)
            {
                continue;
            }

            ReportUse(context, site, training);
            var role = ParameterRoles.OfParameter(member, symbols, facts);
            ReportRole(context, site, role);
            if (layerSite is not null && LayerLevelApplies(role.Role))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.RegularizedTwice,
                    site.Syntax.GetLocation(),
                    member.Name,
                    $"by [L2] on its layer '{type.Name}' ({layerSite.Describe()}) and by [L2] on the member ({site.Describe()}); the two add up, keep one"));
            }
        }
    }

    private L2Site? Site(ISymbol symbol, SymbolAnalysisContext context)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (symbols.IsL2Attribute(attribute))
            {
                return L2Site.Create(symbol, attribute, context.CancellationToken);
            }
        }

        return null;
    }

    /// <summary>Rules L2R007, L2R003, L2R001 once, and L2R004, L2R005 for each network that trains the layer.</summary>
    private static void ReportUse(SymbolAnalysisContext context, L2Site site, IReadOnlyList<TrainingContext> training)
    {
        var thresholds = context.Options.ThresholdsFor(site.Syntax.SyntaxTree);
        foreach (var finding in LambdaJudge.JudgeConvention(site.Use(TrainingContext.Common(training), null), thresholds))
        {
            context.ReportDiagnostic(finding.ToDiagnostic(site.LocationOf(finding.Target)));
        }

        foreach (var network in training)
        {
            foreach (var finding in LambdaJudge.JudgeTraining(site.Use(network.LearningRate, network.Optimizer), thresholds))
            {
                context.ReportDiagnostic(finding.ToDiagnostic(site.LocationOf(finding.Target)));
            }
        }
    }

    /// <summary>Rules L2R002 and L2R008 for a layer-level attribute: biases included, or a normalization layer.</summary>
    private void ReportLayerExemptions(SymbolAnalysisContext context, L2Site site)
    {
        if (site.Setting.IncludeBiases)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.L2OnBias,
                site.ArgumentLocation(KnownNames.IncludeBiasesProperty),
                $"IncludeBiases = true asks for the biases {Quoted.Name(type.Name + ".Biases")} to be regularized, which generated layers never do.",
                "Remove IncludeBiases."));
        }

        if (ParameterNames.IsNormalization(type.Name))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.L2OnNormalization,
                site.Syntax.GetLocation(),
                $"{Quoted.Name(type.Name)} is named as a normalization layer, so [L2] regularizes its gain like a weight.",
                "Remove [L2]."));
        }
    }

    /// <summary>Rules L2R002 and L2R008 for a member-level attribute.</summary>
    private static void ReportRole(SymbolAnalysisContext context, L2Site site, ParameterRoleEvidence role)
    {
        var (descriptor, parameter) = role.Role switch
        {
            ParameterRoleKind.Bias => (Descriptors.L2OnBias, "bias"),
            ParameterRoleKind.Normalization => (Descriptors.L2OnNormalization, "normalization parameter"),
            _ => (null, string.Empty),
        };

        if (descriptor is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                site.Syntax.GetLocation(),
                $"[L2] regularizes the {parameter} {Quoted.Name(site.Target.Name)} like a weight: {role.Reason}.",
                "Remove [L2] from it."));
        }
    }

    /// <summary>Whether a layer-level attribute covers a member of this role: weights only (IncludeBiases is never honored).</summary>
    private static bool LayerLevelApplies(ParameterRoleKind role) => role == ParameterRoleKind.Weight;
}
