using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common;

/// <summary>What an <c>[L2]</c> attribute says, as far as the compiler knows it as constants.</summary>
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
        L2Mode? mode = null;
        double? lambda = null;
        bool modeStated = false, lambdaStated = false, includeBiases = false;
        foreach (var argument in attribute.NamedArguments)
        {
            var value = argument.Value;
            modeStated |= argument.Key == KnownNames.ModeProperty;
            lambdaStated |= argument.Key == KnownNames.LambdaProperty;
            if (value.Kind is TypedConstantKind.Error or TypedConstantKind.Array || value.Value is null)
            {
                continue;
            }

            switch (argument.Key)
            {
                case KnownNames.ModeProperty when value.Value is int raw && raw is >= 0 and <= (int)L2Mode.DecayFactor:
                    mode = (L2Mode)raw;
                    break;
                case KnownNames.LambdaProperty when value.Value is double d:
                    lambda = d;
                    break;
                case KnownNames.IncludeBiasesProperty when value.Value is bool b:
                    includeBiases = b;
                    break;
            }
        }

        return new L2Setting(mode, lambda) { ModeStated = modeStated, LambdaStated = lambdaStated, IncludeBiases = includeBiases };
    }
}
