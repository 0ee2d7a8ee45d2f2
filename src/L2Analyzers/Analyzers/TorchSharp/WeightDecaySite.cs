using L2Analyzers.Common.Symbols;
using L2Analyzers.Analyzers.Operations;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>Where a TorchSharp weight_decay is set.</summary>
internal enum SiteKind
{
    /// <summary><c>torch.optim.SGD(parameters, lr, weight_decay: …)</c>.</summary>
    Optimizer,

    /// <summary><c>new SGD(parameters, lr, weight_decay: …)</c>: an optimizer created with its constructor.</summary>
    Constructor,

    /// <summary>The convenience constructor <c>new SGD.ParamGroup(parameters, lr: …, weight_decay: …)</c>.</summary>
    ParamGroupConstructor,

    /// <summary><c>new SGD.Options { weight_decay = … }</c>.</summary>
    Options,
}

/// <summary>One place that sets (or could set) a TorchSharp optimizer's weight_decay, with what else it is given.</summary>
/// <param name="Kind">What kind of place it is.</param>
/// <param name="Optimizer">The optimizer whose convention the value is written in.</param>
/// <param name="Operation">The call, creation or assignment.</param>
/// <param name="WeightDecay">The weight_decay value when it is passed, otherwise null.</param>
/// <param name="LearningRate">The learning rate when it is passed, otherwise null.</param>
/// <param name="Parameters">The parameters argument, or the <c>Parameters</c> of the group whose options these are.</param>
/// <param name="TakesGroups">Whether an optimizer is given parameter groups, whose own options override its weight_decay.</param>
internal sealed record WeightDecaySite(
    SiteKind Kind,
    OptimizerFamily Optimizer,
    IOperation Operation,
    IOperation? WeightDecay,
    IOperation? LearningRate,
    IOperation? Parameters,
    bool TakesGroups)
{
    /// <summary>The arguments of the call or creation; empty for an Options assignment.</summary>
    public ImmutableArray<IArgumentOperation> Arguments => Operation switch
    {
        IInvocationOperation invocation => invocation.Arguments,
        IObjectCreationOperation creation => creation.Arguments,
        _ => ImmutableArray<IArgumentOperation>.Empty,
    };

    /// <summary>
    /// The learning rate passed as a constant, or the parameter's default when it is not passed (AdamW's lr 1e-3); null
    /// when it is passed but not a constant, or has no default.
    /// </summary>
    public double? ConstantLearningRate()
    {
        if (LearningRate is { } passed)
        {
            return ConstantValues.Evaluate(passed);
        }

        return (Arguments.Argument(KnownNames.TorchLearningRate) ?? Arguments.Argument(KnownNames.TorchLearningRateInFull))?.Parameter is { HasExplicitDefaultValue: true, ExplicitDefaultValue: double fallback }
            ? fallback
            : null;
    }

    /// <summary>How the code names the owner of the value: <c>torch.optim.SGD</c>, <c>SGD.ParamGroup</c>, <c>SGD.Options</c>.</summary>
    public string Owner => Kind switch
    {
        SiteKind.Optimizer => "torch.optim." + Optimizer.Name,
        SiteKind.Constructor => "new " + Optimizer.Name,
        SiteKind.ParamGroupConstructor => Optimizer.Name + ".ParamGroup",
        _ => Optimizer.Name + ".Options",
    };
}
