namespace L2Analyzers.Diagnostics;

/// <summary>Every diagnostic ID the package reports, in one place.</summary>
internal static class RuleIds
{
    /// <summary>Lambda suspicious for the chosen mode.</summary>
    public const string LambdaSuspiciousForMode = "L2R001";

    /// <summary>L2 applied to a bias.</summary>
    public const string L2OnBias = "L2R002";

    /// <summary>Lambda invalid for the mode.</summary>
    public const string LambdaInvalidForMode = "L2R003";

    /// <summary>Unstable with the learning rate.</summary>
    public const string UnstableWithLearningRate = "L2R004";

    /// <summary>Coupled L2 under an adaptive optimizer.</summary>
    public const string CoupledL2UnderAdaptiveOptimizer = "L2R005";

    /// <summary>The same parameter is regularized twice.</summary>
    public const string RegularizedTwice = "L2R006";

    /// <summary>L2 without an explicit mode.</summary>
    public const string ModeNotStated = "L2R007";

    /// <summary>L2 on normalization parameters.</summary>
    public const string L2OnNormalization = "L2R008";

    /// <summary>TorchSharp AdamW created without weight_decay (its default is 0, PyTorch's 0.01).</summary>
    public const string AdamWWithoutWeightDecay = "L2R009";

    /// <summary>TorchSharp ParamGroup convenience constructor resets lr and weight_decay.</summary>
    public const string ParamGroupResetsOptions = "L2R010";

    /// <summary>TorchSharp weight_decay applied to all of a module's parameters, biases and normalization weights included.</summary>
    public const string DecayOfAllParameters = "L2R011";

    private const string HelpRoot = RepositoryInfo.Url + "/blob/main/docs/rules/";

    /// <summary>The documentation page of a rule: <c>docs/rules/&lt;id&gt;.md</c>.</summary>
    public static string HelpUri(string id) => HelpRoot + id + ".md";
}
