using L2Analyzers.Common.Symbols;
using System.Threading;
using L2Analyzers.Common;
using L2Analyzers.Conventions;
using L2Analyzers.Judgement;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace L2Analyzers.Analyzers.Attributes;

/// <summary>One <c>[L2]</c> attribute where it is written: what it says and where its arguments are.</summary>
internal sealed class L2Site
{
    private L2Site(ISymbol target, AttributeData attribute, AttributeSyntax syntax)
    {
        Target = target;
        Attribute = attribute;
        Syntax = syntax;
        Setting = L2Setting.Read(attribute);
    }

    /// <summary>The layer type or parameter member the attribute is on.</summary>
    public ISymbol Target { get; }

    public AttributeData Attribute { get; }

    public AttributeSyntax Syntax { get; }

    public L2Setting Setting { get; }

    /// <summary>The site, or null when the attribute has no source (metadata, or a half-typed attribute with no syntax).</summary>
    public static L2Site? Create(ISymbol target, AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax
            ? new L2Site(target, attribute, syntax)
            : null;

    /// <summary>The use the attribute describes; an unwritten Lambda is 0, as the runtime reads it.</summary>
    public L2Use Use(LearningRate? learningRate, Optimizer? optimizer) =>
        new(Setting.Mode, Setting.LambdaStated ? Setting.Lambda : 0, AttributeWording.Instance)
        {
            ModeStated = Setting.ModeStated,
            LambdaStated = Setting.LambdaStated,
            LearningRate = learningRate,
            Optimizer = optimizer,
        };

    /// <summary>Where a finding about <paramref name="target"/> is reported: the argument it is about, else the attribute.</summary>
    public Location LocationOf(FindingTarget target) => target switch
    {
        FindingTarget.Lambda => ArgumentLocation(KnownNames.LambdaProperty),
        FindingTarget.Mode => ArgumentLocation(KnownNames.ModeProperty),
        _ => Syntax.GetLocation(),
    };

    /// <summary>The <c>Name = value</c> argument's location, else the attribute's.</summary>
    public Location ArgumentLocation(string name)
    {
        foreach (var argument in Syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return argument.GetLocation();
            }
        }

        return Syntax.GetLocation();
    }

    /// <summary>What the attribute says, for messages: <c>Mode = WeightDecay, Lambda = 0.001</c>.</summary>
    public string Describe()
    {
        string mode = Setting.Mode is { } known ? $"Mode = {Modes.Name(known)}" : Setting.ModeStated ? "Mode not constant" : "no Mode";
        string lambda = Setting.Lambda is { } value ? $"Lambda = {Numbers.Format(value)}" : Setting.LambdaStated ? "Lambda not constant" : "no Lambda";
        return mode + ", " + lambda;
    }
}
