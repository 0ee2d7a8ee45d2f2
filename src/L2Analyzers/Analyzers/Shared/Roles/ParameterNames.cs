using System;
using System.Collections.Generic;

namespace L2Analyzers.Analyzers.Shared.Roles;

/// <summary>
/// Recognizes biases and normalization parameters by name, word by word (the lenient reading, for members known to be
/// parameters and for parameter paths; <see cref="VariableNames"/> is the strict one for any variable), so it works on C# members (<c>hBiases</c>,
/// <c>biasVector</c>, <c>LayerNormGain</c>) and on dotted parameter paths (<c>fc1.bias</c>, <c>ln_1.weight</c>,
/// <c>encoder.LayerNorm.weight</c>). Whole words only: <c>Unbiased</c> is not a bias, <c>Normal</c> not a normalization.
/// </summary>
internal static class ParameterNames
{
    private static readonly HashSet<string> BiasWords = new(StringComparer.OrdinalIgnoreCase) { "bias", "biases" };

    private static readonly HashSet<string> NormalizationParameterWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "gamma", "beta", "gain", "gains", "shift", "shifts",
    };

    private static readonly HashSet<string> NormalizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "norm", "norms", "normalization", "normalisation", "normalizer", "normaliser",
        "layernorm", "batchnorm", "rmsnorm", "groupnorm", "instancenorm", "ln", "bn",
    };

    /// <summary>Whether a word of <paramref name="name"/> is bias or biases.</summary>
    public static bool IsBias(string name) => AnyWord(name, BiasWords);

    /// <summary>
    /// Whether <paramref name="name"/> names a normalization parameter: a gain or shift word (gamma, beta, gain, shift) or a
    /// normalization word (norm, LayerNorm, ln, bn …).
    /// </summary>
    public static bool IsNormalizationParameter(string name) => IsGainOrShift(name) || IsNormalization(name);

    /// <summary>Whether a word of <paramref name="name"/> is a gain or shift word: gamma, beta, gain, shift.</summary>
    public static bool IsGainOrShift(string name) => AnyWord(name, NormalizationParameterWords);

    /// <summary>Whether a word of <paramref name="name"/> names a normalization (a layer or type name: <c>LayerNorm</c>, <c>BatchNormalization</c>).</summary>
    public static bool IsNormalization(string name) => AnyWord(name, NormalizationWords);

    /// <summary>The words of an identifier or path: split at case changes, digits and any non-letter (<c>ln_1.weight</c> → ln, weight).</summary>
    public static IEnumerable<string> Words(string name)
    {
        int start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            char c = i < name.Length ? name[i] : ' ';
            bool boundary = !char.IsLetter(c) ||
                (start >= 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))));
            if (boundary && start >= 0)
            {
                yield return name.Substring(start, i - start);
                start = -1;
            }

            if (char.IsLetter(c) && start < 0)
            {
                start = i;
            }
        }
    }

    private static bool AnyWord(string name, HashSet<string> words)
    {
        foreach (var word in Words(name))
        {
            if (words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
