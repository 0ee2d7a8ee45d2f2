using Microsoft.CodeAnalysis;

namespace L2Analyzers.Common;

/// <summary>What an <c>[L2]</c> attribute says, as far as the compiler knows it as constants.</summary>
/// <param name="Mode">The stated mode, or null when Mode is not given or not a defined constant.</param>
/// <param name="Lambda">The lambda, or null when Lambda is not given or not a constant.</param>
internal readonly record struct L2Setting(L2ModeKind? Mode, double? Lambda)
{
    public static L2Setting Read(AttributeData attribute)
    {
        L2ModeKind? mode = null;
        double? lambda = null;
        foreach (var argument in attribute.NamedArguments)
        {
            var value = argument.Value;
            if (value.Kind == TypedConstantKind.Error || value.Value is null)
            {
                continue;
            }

            switch (argument.Key)
            {
                case KnownNames.ModeProperty when value.Value is int raw && raw is >= 0 and <= (int)L2ModeKind.DecayFactor:
                    mode = (L2ModeKind)raw;
                    break;
                case KnownNames.LambdaProperty when value.Value is double d:
                    lambda = d;
                    break;
            }
        }

        return new L2Setting(mode, lambda);
    }
}
