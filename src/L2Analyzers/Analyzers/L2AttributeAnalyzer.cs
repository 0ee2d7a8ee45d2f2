using System.Collections.Immutable;
using System.Globalization;
using L2Analyzers.Common;
using L2Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace L2Analyzers.Analyzers;

/// <summary>Checks the lambda of every <c>[L2]</c> attribute against the mode it is written in.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class L2AttributeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.LambdaSuspiciousForMode);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var l2Attribute = start.Compilation.GetTypeByMetadataName(KnownNames.L2Attribute);
            if (l2Attribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(
                symbolContext => AnalyzeSymbol(symbolContext, l2Attribute),
                SymbolKind.NamedType,
                SymbolKind.Field,
                SymbolKind.Property);
        });
    }

    private static void AnalyzeSymbol(SymbolAnalysisContext context, INamedTypeSymbol l2Attribute)
    {
        foreach (var attribute in context.Symbol.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, l2Attribute))
            {
                continue;
            }

            var setting = L2Setting.Read(attribute);
            if (setting is { Mode: L2ModeKind.WeightDecay, Lambda: >= 0.5 and < 1 } &&
                !double.IsNaN(setting.Lambda.Value))
            {
                double lambda = setting.Lambda.Value;
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.LambdaSuspiciousForMode,
                    LambdaLocation(attribute, context.CancellationToken),
                    KnownNames.LambdaProperty,
                    Format(lambda),
                    "L2Mode.WeightDecay (w ← w − λ·w)",
                    $"it removes {Percent(lambda)} of each weight per step and keeps {Percent(1 - lambda)}; as a retention factor it would keep {Percent(lambda)}. Equivalent values: DecayFactor {Format(1 - lambda)} (the same update), or, if {Format(lambda)} was meant as a retention factor, DecayFactor {Format(lambda)} = WeightDecay {Format(1 - lambda)}"));
            }
        }
    }

    private static Location? LambdaLocation(AttributeData attribute, System.Threading.CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return null;
        }

        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == KnownNames.LambdaProperty)
            {
                return argument.GetLocation();
            }
        }

        return syntax.GetLocation();
    }

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Percent(double fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
