using System;

namespace L2Analyzers.Conventions;

/// <summary>An optimizer known at compile time: its name and where it is chosen.</summary>
/// <param name="Name">As written in code: <c>Adam</c>, <c>Sgd</c>, <c>RMSProp</c>.</param>
/// <param name="Source">Where it is chosen, for messages: <c>network 'Net'</c>.</param>
internal readonly record struct Optimizer(string Name, string Source)
{
    /// <summary>
    /// Whether it divides each step by a running gradient magnitude (the Adam family, RMSprop, Adagrad, Adadelta), so a
    /// coupled penalty is divided by it too (Loshchilov and Hutter 2019).
    /// </summary>
    public bool IsAdaptive => IsAdaptiveName(Name);

    /// <summary>Whether an optimizer of this name is adaptive (case-insensitive; <c>Adam</c>, <c>AdamW</c>, <c>NAdam</c>, <c>RMSProp</c> …).</summary>
    public static bool IsAdaptiveName(string name) =>
        name.IndexOf("adam", StringComparison.OrdinalIgnoreCase) >= 0 ||
        name.IndexOf("rmsprop", StringComparison.OrdinalIgnoreCase) >= 0 ||
        name.IndexOf("adagrad", StringComparison.OrdinalIgnoreCase) >= 0 ||
        name.IndexOf("adadelta", StringComparison.OrdinalIgnoreCase) >= 0;
}
