using System.Reflection;
using static TorchSharp.torch;

namespace L2Analyzers.TorchSharp;

/// <summary>
/// Lists a module's parameters in <c>named_parameters()</c> order with their roles and L2 policies. The policy of a
/// module's weights is, most specific first: <see cref="L2Attribute"/> on the parent's field (or property) holding it,
/// <see cref="L2Attribute"/> on its class, its parent's policy; the optimizer's arguments are the root's fallback.
/// <see cref="L2Attribute"/> on a field holding a weight tensor sets that tensor's policy.
/// </summary>
internal static class ModuleCatalog
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly L2Policy None = new(L2Mode.GradientPenalty, 0);

    private static readonly HashSet<string> NormalizationModules = new(StringComparer.Ordinal)
    {
        "LayerNorm", "BatchNorm1d", "BatchNorm2d", "BatchNorm3d", "GroupNorm",
        "InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d", "RMSNorm",
    };

    /// <summary>The parameters of <paramref name="module"/>, each once, with the policies of their attributes.</summary>
    /// <param name="module">The model.</param>
    /// <param name="fallback">The policy of weights no attribute covers.</param>
    /// <param name="learningRate">The learning rate the attributes' lambdas are checked against.</param>
    /// <exception cref="ArgumentOutOfRangeException">An attribute's mode or lambda is invalid; the message names it.</exception>
    public static IReadOnlyList<ModuleParameter> Read(nn.Module module, L2Policy fallback, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(module);
        var parameters = new List<ModuleParameter>();
        Walk(module, "", ClassPolicy(module.GetType(), learningRate) ?? fallback, parameters, [], learningRate);
        return parameters;
    }

    /// <summary>The parameters of <paramref name="module"/>, each once, with their roles only (attributes are not read).</summary>
    public static IReadOnlyList<ModuleParameter> ReadRoles(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var parameters = new List<ModuleParameter>();
        Walk(module, "", None, parameters, [], learningRate: null);
        return parameters;
    }

    /// <summary>Whether <paramref name="module"/> is a normalization module (by its TorchSharp class or a base class).</summary>
    public static bool IsNormalization(nn.Module module)
    {
        for (var type = module.GetType(); type is not null; type = type.BaseType)
        {
            if (NormalizationModules.Contains(type.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the parameters of <paramref name="module"/> and its children; a null <paramref name="learningRate"/> reads no attributes.</summary>
    private static void Walk(nn.Module module, string prefix, L2Policy policy, List<ModuleParameter> parameters, HashSet<IntPtr> seen, double? learningRate)
    {
        var fieldPolicies = learningRate is { } lr ? FieldPolicies(module, lr) : new Dictionary<object, L2Policy>();
        bool normalization = IsNormalization(module);
        foreach (var (name, parameter) in module.named_parameters(recurse: false))
        {
            if (!seen.Add(parameter.Handle))
            {
                continue;
            }

            var role = normalization ? TorchParameterRole.Normalization
                : parameter.dim() >= 2 ? TorchParameterRole.Weight
                : TorchParameterRole.Bias;
            parameters.Add(new ModuleParameter(prefix + name, parameter, role, fieldPolicies.GetValueOrDefault(parameter, policy)));
        }

        foreach (var (name, child) in module.named_children())
        {
            var childPolicy = fieldPolicies.TryGetValue(child, out var fieldPolicy) ? fieldPolicy
                : learningRate is { } rate ? ClassPolicy(child.GetType(), rate) ?? policy
                : policy;
            Walk(child, $"{prefix}{name}.", childPolicy, parameters, seen, learningRate);
        }
    }

    /// <summary>The policies of the <see cref="L2Attribute"/>s on fields and properties of the module's class and its bases, by the object they hold.</summary>
    private static Dictionary<object, L2Policy> FieldPolicies(nn.Module module, double learningRate)
    {
        var policies = new Dictionary<object, L2Policy>(ReferenceEqualityComparer.Instance);
        for (var type = module.GetType(); type is not null && type != typeof(nn.Module); type = type.BaseType)
        {
            foreach (var member in type.GetMembers(InstanceMembers))
            {
                if (member.GetCustomAttribute<L2Attribute>() is not { } attribute || Value(member, module) is not { } value)
                {
                    continue;
                }

                policies.TryAdd(value, Checked(attribute, $"{type.Name}.{member.Name}", learningRate));
            }
        }

        return policies;
    }

    private static object? Value(MemberInfo member, object owner) => member switch
    {
        FieldInfo field => field.GetValue(owner),
        PropertyInfo { CanRead: true } property when property.GetIndexParameters().Length == 0 => property.GetValue(owner),
        _ => null,
    };

    private static L2Policy? ClassPolicy(Type type, double learningRate) =>
        type.GetCustomAttribute<L2Attribute>() is { } attribute ? Checked(attribute, type.Name, learningRate) : null;

    private static L2Policy Checked(L2Attribute attribute, string site, double learningRate)
    {
        var policy = new L2Policy(attribute.Mode, attribute.Lambda);
        try
        {
            policy.Validate(learningRate);
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw new ArgumentOutOfRangeException($"[L2] on {site}", exception.ActualValue, $"[L2] on {site}: {exception.Message}");
        }

        return policy;
    }
}
