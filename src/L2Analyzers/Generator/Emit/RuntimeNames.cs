using L2Analyzers.Common.Symbols;

namespace L2Analyzers.Generator.Emit;

/// <summary>
/// Fully qualified names of the runtime and BCL types emitted code uses, so it never depends on the user's usings;
/// the types the analyzers also look up are spelled once, in <see cref="KnownNames"/>.
/// </summary>
internal static class RuntimeNames
{
    private const string Global = "global::";
    private const string Runtime = Global + KnownNames.Namespace + ".";

    public const string L2Kernels = Global + KnownNames.L2Kernels;
    public const string L2Update = Global + KnownNames.L2Update;
    public const string DenseKernels = Runtime + "DenseKernels";
    public const string Activations = Runtime + "Activations";
    public const string Activation = Runtime + nameof(global::L2Analyzers.Activation);
    public const string L2Mode = Global + KnownNames.L2Mode;
    public const string LossKind = Runtime + nameof(global::L2Analyzers.LossKind);
    public const string OptimizerKind = Global + KnownNames.OptimizerKind;
    public const string ParameterRole = Global + KnownNames.ParameterRole;
    public const string RegularizedLayer = Runtime + "IRegularizedLayer";
    public const string L2Regularization = Global + KnownNames.L2Regularization;
    public const string WeightInitialization = Runtime + "WeightInitialization";
    public const string Optimizers = Runtime + "Optimizers";
    public const string Trainer = Runtime + "Trainer";
    public const string TrainingHistory = Runtime + "TrainingHistory";
    public const string TrainingOptions = Runtime + "TrainingOptions";
    public const string EpochMetricsProgress = "global::System.IProgress<" + Runtime + "EpochMetrics>";
    public const string Span = "global::System.Span";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan";
    public const string ArgumentException = "global::System.ArgumentException";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string InvalidOperationException = "global::System.InvalidOperationException";
    public const string MemoryMarshal = "global::System.Runtime.InteropServices.MemoryMarshal";

    public static string Parameter(string element) => $"{Runtime}Parameter<{element}>";

    public static string Layer(string element) => $"{Runtime}ILayer<{element}>";

    public static string Network(string element) => $"{Runtime}INetwork<{element}>";

    public static string Dataset(string element) => $"{Runtime}Dataset<{element}>";

    public static string Optimizer(string element) => $"{Runtime}IOptimizer<{element}>";

    public static string ReadOnlyList(string item) => $"global::System.Collections.Generic.IReadOnlyList<{item}>";
}
