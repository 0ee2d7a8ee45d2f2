using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common;

/// <summary>What an <c>[L2]</c> attribute says, read with <see cref="AttributeArguments"/> like the generator reads it.</summary>
/// <param name="Mode">The stated mode, or null when Mode is not given or not a defined constant.</param>
/// <param name="Lambda">The lambda, or null when Lambda is not given or not a constant.</param>
internal readonly record struct L2Setting(L2Mode? Mode, double? Lambda)
{
    /// <summary>Whether the attribute writes <c>Mode = …</c> at all, even with a value still being typed.</summary>
    public bool ModeStated { get; init; }

    /// <summary>Whether the attribute writes <c>Lambda = …</c> at all.</summary>
    public bool LambdaStated { get; init; }

    /// <summary>Whether the attribute says <c>IncludeBiases = true</c>.</summary>
    public bool IncludeBiases { get; init; }

    public static L2Setting Read(AttributeData attribute)
    {
        bool modeStated = AttributeArguments.IsWritten(attribute, KnownNames.ModeProperty);
        bool lambdaStated = AttributeArguments.IsWritten(attribute, KnownNames.LambdaProperty);
        L2Mode? mode = modeStated && AttributeArguments.EnumValue(attribute, KnownNames.ModeProperty) is { } raw &&
            raw is >= 0 and <= (int)L2Mode.DecayFactor
            ? (L2Mode)raw
            : null;
        double? lambda = lambdaStated ? AttributeArguments.Double(attribute, KnownNames.LambdaProperty, 0) : null;
        return new L2Setting(mode, lambda)
        {
            ModeStated = modeStated,
            LambdaStated = lambdaStated,
            IncludeBiases = AttributeArguments.Flag(attribute, KnownNames.IncludeBiasesProperty),
        };
    }
}
