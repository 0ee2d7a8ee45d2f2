using Microsoft.CodeAnalysis;

namespace L2Analyzers.Diagnostics;

/// <summary>The descriptors of every rule; each links to its page under docs/rules.</summary>
internal static class Descriptors
{
    private const string ConventionCategory = "L2.Convention";

    public static readonly DiagnosticDescriptor LambdaSuspiciousForMode = Create(
        RuleIds.LambdaSuspiciousForMode,
        ConventionCategory,
        DiagnosticSeverity.Warning,
        title: "Lambda is suspicious for the chosen L2 mode",
        message: "Lambda = {0} looks wrong for L2Mode.{1} ({2}): {3}. Equivalent values: {4}.",
        description: "The same regularization needs very different lambdas in different conventions. A value that is sensible as a retention factor destroys the weights as a decay amount, and the other way round.");

    private static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string message, string description) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description, RuleIds.HelpUri(id));
}
