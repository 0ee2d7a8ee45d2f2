using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.TorchSharp;

/// <summary>How messages about decayed parameters name the weight_decay and what it reaches, in TorchSharp's words.</summary>
internal static class WeightDecayDescriptions
{
    /// <summary><c>weight_decay: 5e-4</c> for an argument, <c>weight_decay = 5e-4</c> for an Options field, as written.</summary>
    public static string AsWritten(WeightDecaySite site) =>
        "weight_decay" + (site.Kind == SiteKind.Options ? " = " : ": ") + site.WeightDecay?.Syntax.ToString();

    /// <summary>What a module's parameters hold besides weights: biases, and normalization weights when it has such a layer.</summary>
    public static string BesidesWeights(ITypeSymbol? module, TorchSharpSymbols symbols) =>
        ParameterSelection.HasNormalizationLayer(module, symbols) ? "biases and normalization weights" : "biases";

    /// <summary>The severity one step below <paramref name="severity"/>, for a value that may well be 0.</summary>
    public static DiagnosticSeverity Lower(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => DiagnosticSeverity.Warning,
        DiagnosticSeverity.Warning => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
