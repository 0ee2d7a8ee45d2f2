using Microsoft.CodeAnalysis;

namespace L2Analyzers.Diagnostics;

/// <summary>
/// The descriptors of the L2R rules, shared by every analyzer that reports them (attributes, hand-written
/// loops, TorchSharp calls); each links to its page under docs/rules.
/// </summary>
internal static class Descriptors
{
    private const string Convention = "L2.Convention";
    private const string Parameters = "L2.Parameters";
    private const string Stability = "L2.Stability";
    private const string Optimizer = "L2.Optimizer";

    /// <summary>Arguments: what the value does per step; the reading to write, or the typical values.</summary>
    public static readonly DiagnosticDescriptor LambdaSuspiciousForMode = Create(
        RuleIds.LambdaSuspiciousForMode, Convention, DiagnosticSeverity.Warning,
        "Lambda is suspicious for its L2 convention",
        "{0} {1}",
        "The same regularization needs very different lambdas in different conventions: under plain SGD at learning rate η, GradientPenalty λ = ScaledWeightDecay λ (AdamW, PyTorch's weight_decay) = WeightDecay η·λ = DecayFactor 1 − η·λ. A value is accepted when it removes at most L2R001.max_decay_per_step (0.1) of each weight per step and stays on its mode's side of the threshold; a retention factor such as 0.97 destroys the weights as a decay amount, and the other way round.");

    /// <summary>Arguments: what the code does to which bias (a sentence); what to do instead (a sentence).</summary>
    public static readonly DiagnosticDescriptor L2OnBias = Create(
        RuleIds.L2OnBias, Parameters, DiagnosticSeverity.Warning,
        "L2 is applied to a bias",
        "{0} {1}",
        "A bias sets an offset, not the model's complexity: pulling it toward 0 only shifts the outputs. Standard practice (Keras, timm, Hugging Face) regularizes weights only and leaves biases unregularized.");

    /// <summary>Arguments: why the value is invalid; the valid range.</summary>
    public static readonly DiagnosticDescriptor LambdaInvalidForMode = Create(
        RuleIds.LambdaInvalidForMode, Convention, DiagnosticSeverity.Error,
        "Lambda is invalid for its L2 convention",
        "{0} {1}",
        "Negative, NaN or infinite lambdas are always wrong; a decay of 1 or more, or a retention factor outside (0, 1), destroys or grows the weights.");

    /// <summary>Arguments: η·λ and what it does to the weights; the largest stable value.</summary>
    public static readonly DiagnosticDescriptor UnstableWithLearningRate = Create(
        RuleIds.UnstableWithLearningRate, Stability, DiagnosticSeverity.Warning,
        "L2 is unstable with the learning rate",
        "{0} {1}",
        "The decay part multiplies each weight by (1 − η·λ) per step: at η·λ = 1 every weight is set to 0, above 1 every weight flips sign each step, at η·λ ≥ 2 training diverges.");

    /// <summary>Arguments: what the coupled penalty does under the optimizer; the decoupled setting to write.</summary>
    public static readonly DiagnosticDescriptor CoupledL2UnderAdaptiveOptimizer = Create(
        RuleIds.CoupledL2UnderAdaptiveOptimizer, Optimizer, DiagnosticSeverity.Warning,
        "Coupled L2 under an adaptive optimizer",
        "{0} {1}",
        "Adam divides the coupled penalty λ·w by its running RMS, so weights with large gradients are barely decayed (Loshchilov and Hutter, 2019). Use decoupled decay (AdamW, L2Mode.ScaledWeightDecay): its λ is the coupled λ's plain-SGD equivalent, w ← w − η·λ·w each step.");

    /// <summary>Arguments: the parameter, where the two regularizations come from.</summary>
    public static readonly DiagnosticDescriptor RegularizedTwice = Create(
        RuleIds.RegularizedTwice, Parameters, DiagnosticSeverity.Warning,
        "The same parameter is regularized twice",
        "'{0}' is regularized twice: {1}",
        "Two L2 settings on one parameter add up, usually by accident.");

    /// <summary>Arguments: what the lambda means as the default GradientPenalty; the modes it is plausible in.</summary>
    public static readonly DiagnosticDescriptor ModeNotStated = Create(
        RuleIds.ModeNotStated, Convention, DiagnosticSeverity.Warning,
        "L2 does not state its mode",
        "{0} {1}",
        "A lambda means nothing without its convention; stating the Mode is the point of the attribute.");

    /// <summary>Arguments: what the code does to which normalization parameter (a sentence); what to do instead (a sentence).</summary>
    public static readonly DiagnosticDescriptor L2OnNormalization = Create(
        RuleIds.L2OnNormalization, Parameters, DiagnosticSeverity.Warning,
        "L2 is applied to a normalization parameter",
        "{0} {1}",
        "The gain and shift of layer or batch normalization set the scale and offset of its outputs, not the model's complexity. Standard practice (Keras, timm, Hugging Face) leaves them unregularized, as it does biases.");

    /// <summary>Arguments: the optimizer as written (<c>torch.optim.AdamW</c>, <c>new AdamW</c>).</summary>
    public static readonly DiagnosticDescriptor AdamWWithoutWeightDecay = Create(
        RuleIds.AdamWWithoutWeightDecay, Optimizer, DiagnosticSeverity.Warning,
        "TorchSharp AdamW without weight_decay",
        "{0} without weight_decay does no decay: TorchSharp's default is 0, PyTorch's 0.01. Pass weight_decay: 0.01 to match PyTorch, or weight_decay: 0 to say so.",
        "TorchSharp's AdamW defaults weight_decay to 0, PyTorch's to 0.01: code ported from Python silently loses its decay.");

    /// <summary>Arguments: the constructor, and each reset option with the optimizer's value and the group's.</summary>
    public static readonly DiagnosticDescriptor ParamGroupResetsOptions = Create(
        RuleIds.ParamGroupResetsOptions, Optimizer, DiagnosticSeverity.Warning,
        "TorchSharp ParamGroup constructor resets the optimizer's options",
        "{0} resets {1}. Set only what differs in its Options so the rest comes from the optimizer.",
        "The convenience constructor sets every option it has, so an option not passed gets the constructor's default (lr 1e-3, weight_decay 0, momentum 0, centered false …) instead of the optimizer's value.");

    /// <summary>Arguments: who decays, the parameters, the weight_decay as written, what is decayed besides the weights, the advice.</summary>
    public static readonly DiagnosticDescriptor DecayOfAllParameters = Create(
        RuleIds.DecayOfAllParameters, Parameters, DiagnosticSeverity.Info,
        "weight_decay applies to all of a module's parameters",
        "{0} decays all of {1} with {2}, {3} included. {4}",
        "timm and Hugging Face exclude biases and normalization parameters (rank < 2) from weight decay; torchvision's reference recipes decay every parameter by default. Decaying everything is common and deliberate, so this is a suggestion.");

    /// <summary>
    /// The rules every analyzer of code that applies L2 (runtime calls, hand-written loops, TorchSharp calls) reports:
    /// the judgement of a value (L2R001, L2R003, L2R004, L2R005) and the parameters it is applied to (L2R002, L2R008).
    /// Declared after the descriptors it lists, which static initialization needs.
    /// </summary>
    public static readonly DiagnosticDescriptor[] AppliedL2Rules =
    [
        LambdaSuspiciousForMode,
        L2OnBias,
        L2OnNormalization,
        LambdaInvalidForMode,
        UnstableWithLearningRate,
        CoupledL2UnderAdaptiveOptimizer,
    ];

    private static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string message, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description, RuleIds.HelpUri(id));
}
