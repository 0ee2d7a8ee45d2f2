namespace L2Analyzers.Generator.Emit;

/// <summary>Fully qualified names of the runtime and BCL types emitted code uses, so it never depends on the user's usings.</summary>
internal static class RuntimeNames
{
    public const string L2Kernels = "global::L2Analyzers.L2Kernels";
    public const string L2Update = "global::L2Analyzers.L2Update";
    public const string DenseKernels = "global::L2Analyzers.DenseKernels";
    public const string Activations = "global::L2Analyzers.Activations";
    public const string Activation = "global::L2Analyzers." + nameof(global::L2Analyzers.Activation);
    public const string L2Mode = "global::L2Analyzers." + nameof(global::L2Analyzers.L2Mode);
    public const string LossKind = "global::L2Analyzers." + nameof(global::L2Analyzers.LossKind);
    public const string OptimizerKind = "global::L2Analyzers." + nameof(global::L2Analyzers.OptimizerKind);
    public const string ParameterRole = "global::L2Analyzers.ParameterRole";
    public const string RegularizedLayer = "global::L2Analyzers.IRegularizedLayer";
    public const string L2Regularization = "global::L2Analyzers.L2Regularization";
    public const string WeightInitialization = "global::L2Analyzers.WeightInitialization";
    public const string Optimizers = "global::L2Analyzers.Optimizers";
    public const string Trainer = "global::L2Analyzers.Trainer";
    public const string TrainingHistory = "global::L2Analyzers.TrainingHistory";
    public const string TrainingOptions = "global::L2Analyzers.TrainingOptions";
    public const string EpochMetricsProgress = "global::System.IProgress<global::L2Analyzers.EpochMetrics>";
    public const string Span = "global::System.Span";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan";
    public const string ArgumentException = "global::System.ArgumentException";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string InvalidOperationException = "global::System.InvalidOperationException";
    public const string MemoryMarshal = "global::System.Runtime.InteropServices.MemoryMarshal";

    public static string Parameter(string element) => $"global::L2Analyzers.Parameter<{element}>";

    public static string Layer(string element) => $"global::L2Analyzers.ILayer<{element}>";

    public static string Network(string element) => $"global::L2Analyzers.INetwork<{element}>";

    public static string Dataset(string element) => $"global::L2Analyzers.Dataset<{element}>";

    public static string Optimizer(string element) => $"global::L2Analyzers.IOptimizer<{element}>";

    public static string ReadOnlyList(string item) => $"global::System.Collections.Generic.IReadOnlyList<{item}>";
}
