using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Analyzers.Shared.Roles;

/// <summary>
/// Reads variable names strictly, the way the classic from-scratch code writes them: camelCase and snake_case words, a few short
/// mathematical names. Only names that clearly say weight, bias or gradient get a role, so momentum buffers,
/// running averages, learning rates and scales are never mistaken for parameters.
/// </summary>
internal static class VariableNames
{
    private static readonly HashSet<string> ExcludedWords = new(StringComparer.Ordinal)
    {
        "delta", "deltas", "total", "totals", "moment", "moments", "momentum", "momentums", "velocity", "velocities", "vel",
        "prev", "previous", "last", "old", "cache", "cached", "avg", "average", "averaged", "mean", "means",
        "running", "ema", "shadow", "decay", "decayed", "lambda", "rate", "lr", "scale", "scales", "scaling",
        "norm", "norms", "clip", "clipped", "update", "updates", "step", "steps", "count", "counts", "sum",
        "sums", "accum", "accumulator", "accumulated", "history", "sq", "sqr", "squared", "adam", "rms",
        "best", "copy", "saved", "snapshot", "target", "init", "initial", "mask", "masks", "noise", "std",
        "variance", "reg", "penalty", "correction", "corrected", "corr",
    };

    private static readonly HashSet<string> WeightWords = new(StringComparer.Ordinal)
    {
        "kernel", "kernels", "theta", "thetas", "coef", "coefs", "coeff", "coeffs", "coefficient", "coefficients",
        "synapse", "synapses",
    };

    private static readonly HashSet<string> RegularizationWords = new(StringComparer.Ordinal)
    {
        "decay", "lambda", "l2", "reg", "regularization", "regularisation", "penalty", "retention", "retain",
        "shrink", "shrinkage", "wd",
    };

    /// <summary>Excluded words that normalization parameters use themselves: <c>layerNormScale</c> is a gain.</summary>
    private static readonly HashSet<string> NormalizationWords = new(StringComparer.Ordinal) { "norm", "norms", "scale", "scales" };

    private static readonly string[] RoleFragments =
    {
        "weight", "bias", "grad", "kernel", "theta", "coef", "synap", "intercept",
    };

    /// <summary>The role a name suggests: <see cref="ParameterRoleKind.None"/> unless it clearly says weight, bias or gradient.</summary>
    public static ParameterRoleKind Classify(string name)
    {
        string core = StripPrefix(name);
        if (!MayHaveRole(core))
        {
            return ParameterRoleKind.None;
        }

        var words = Words(core);
        if (words.Count == 0)
        {
            return ParameterRoleKind.None;
        }

        if (IsGradient(words))
        {
            return ParameterRoleKind.Gradient;
        }

        foreach (string word in words)
        {
            if (ExcludedWords.Contains(word))
            {
                return ParameterRoleKind.None;
            }
        }

        if (IsBias(core, words))
        {
            return ParameterRoleKind.Bias;
        }

        return IsWeight(core, words) ? ParameterRoleKind.Weight : ParameterRoleKind.None;
    }

    /// <summary>Whether a name says learning rate: <c>lr</c>, <c>eta</c>, <c>learningRate</c>, <c>learnRate</c>, <c>stepSize</c>.</summary>
    public static bool IsLearningRate(string name)
    {
        var words = Words(StripPrefix(name));
        return words.Contains("lr") || words.Contains("eta") ||
            (words.Contains("rate") && (words.Contains("learning") || words.Contains("learn"))) ||
            (words.Contains("step") && words.Contains("size"));
    }

    /// <summary>Whether a name says momentum velocity: <c>velocity</c>, <c>hBiasVelocity</c>, <c>vel</c>, <c>momentum</c>.</summary>
    public static bool IsVelocity(string name)
    {
        foreach (string word in Words(StripPrefix(name)))
        {
            if (word is "velocity" or "velocities" or "vel" or "momentum" or "momentums")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name says it holds a regularization amount: <c>decay</c>, <c>lambda</c>, <c>l2</c>, <c>wd</c>.</summary>
    public static bool SuggestsRegularization(string name)
    {
        var words = Words(StripPrefix(name));
        for (int i = 0; i < words.Count; i++)
        {
            // "l2" is split into "l" and "2" like "W1" is, so a letter joined with the digits after it counts too.
            if (RegularizationWords.Contains(words[i]) ||
                (i + 1 < words.Count && RegularizationWords.Contains(words[i] + words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a variable is evidently a normalization gain or shift (see <see cref="ParameterRoles.OfVariable"/>).</summary>
    public static bool IsNormalizationParameter(ISymbol variable)
    {
        string core = StripPrefix(variable.Name);
        bool inNormalizationLayer = variable is IFieldSymbol or IPropertySymbol &&
            variable.ContainingType is { } layer && ParameterNames.IsNormalization(layer.Name);
        if (!inNormalizationLayer && !ParameterNames.IsNormalization(core))
        {
            return false;
        }

        var words = Words(core);
        foreach (string word in words)
        {
            if (ExcludedWords.Contains(word) && !NormalizationWords.Contains(word))
            {
                return false;
            }
        }

        return IsWeight(core, words) || ParameterNames.IsGainOrShift(core) || words.Contains("scale") || words.Contains("scales");
    }

    /// <summary>
    /// The cheap test that runs on every assigned variable: only short names (w, W1, Wxh, b2, dW), names with a role
    /// fragment, and d/g-prefixed names (dWeights, gHidden) can have a role, so the words are split only for those.
    /// </summary>
    private static bool MayHaveRole(string core)
    {
        if (core.Length <= 4 || (core.Length > 1 && core[0] is 'd' or 'g' && char.IsUpper(core[1])))
        {
            return true;
        }

        foreach (string fragment in RoleFragments)
        {
            if (core.IndexOf(fragment, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGradient(List<string> words)
    {
        foreach (string word in words)
        {
            if (word.StartsWith("grad", StringComparison.Ordinal))
            {
                return true;
            }
        }

        string first = words[0];
        return (words.Count > 1 && first is "d" or "g") || first is "dw" or "db";
    }

    /// <summary>The bias words of <see cref="ParameterNames"/>, and the short names of math-style code: b, b1, intercept.</summary>
    private static bool IsBias(string core, List<string> words) =>
        ParameterNames.IsBias(core) ||
        words.Contains("intercept") || words.Contains("intercepts") ||
        (words[0] == "b" && (words.Count == 1 || (words.Count == 2 && IsDigits(words[1]))));

    private static bool IsWeight(string core, List<string> words)
    {
        foreach (string word in words)
        {
            if (word.StartsWith("weight", StringComparison.Ordinal) || WeightWords.Contains(word))
            {
                return true;
            }
        }

        // w, W, w1, W2, and the three-letter matrices of min-char-rnn style code: Wxh, Whh, Why.
        if (core.Length == 0 || core[0] is not ('w' or 'W'))
        {
            return false;
        }

        string rest = core.Substring(1).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return rest.Length == 0 || (core[0] == 'W' && rest.Length == 2 && char.IsLower(rest[0]) && char.IsLower(rest[1]));
    }

    private static string StripPrefix(string name)
    {
        string core = name.TrimStart('_', '@');
        return core.Length > 2 && core[1] == '_' && core[0] is 'm' or 's' or 't' ? core.Substring(2) : core;
    }

    /// <summary>Splits camelCase, PascalCase, snake_case and digit runs into lower-case words: <c>hoWeights2</c> → ho, weights, 2.</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        int start = 0;
        for (int i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || IsBoundary(name, i))
            {
                string word = name.Substring(start, i - start).Trim('_');
                if (word.Length > 0)
                {
                    words.Add(word.ToLowerInvariant());
                }

                start = i;
            }
        }

        return words;
    }

    private static bool IsBoundary(string name, int i)
    {
        char previous = name[i - 1];
        char current = name[i];
        return current == '_' ||
            (char.IsLower(previous) && char.IsUpper(current)) ||
            (char.IsDigit(previous) != char.IsDigit(current) && char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(current)) ||
            (char.IsUpper(previous) && char.IsUpper(current) && i + 1 < name.Length && char.IsLower(name[i + 1]));
    }

    private static bool IsDigits(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }
}
