using System.Collections.Immutable;
using System.Reflection;
using L2Analyzers.Common;
using L2Analyzers.Common.Definitions;
using L2Analyzers.Common.Symbols;
using Microsoft.CodeAnalysis;

namespace L2Analyzers.Generator.Tests.Incremental;

/// <summary>
/// What flows past the generator's transforms holds only values: no symbol, syntax, location, compilation or attribute
/// data (which would pin compilations and defeat caching), and no collection compared by reference.
/// </summary>
public class ModelPurityTests
{
    [Theory]
    [InlineData(typeof(ParameterMemberDefinition))]
    [InlineData(typeof(DenseLayerDefinition))]
    [InlineData(typeof(NetworkDefinition))]
    public void Model_holds_only_values(Type model)
    {
        var offenders = new List<string>();
        Walk(model, model.Name, new HashSet<Type>(), offenders);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Equal_definitions_read_from_different_compilations_are_equal()
    {
        static DenseLayerDefinition Read()
        {
            var compilation = Verification.TestCompilation.Create(
                Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10,
                "using L2Analyzers; [DenseLayer(4, 7)] [L2(Mode = L2Mode.DecayFactor, Lambda = 0.97)] public partial class Hidden { }");
            var type = compilation.GetTypeByMetadataName("Hidden")!;
            var symbols = RuntimeSymbols.Resolve(compilation)!;
            return DenseLayerReader.Read(type, RuntimeSymbols.Find(type, symbols.DenseLayerAttribute)!, symbols, new DefinitionProblems(), CancellationToken.None)!;
        }

        var first = Read();
        var second = Read();

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    private static void Walk(Type type, string path, HashSet<Type> seen, List<string> offenders)
    {
        if (!seen.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal))
        {
            return;
        }

        if (typeof(ISymbol).IsAssignableFrom(type) || typeof(SyntaxNode).IsAssignableFrom(type) || type == typeof(Location) ||
            typeof(Compilation).IsAssignableFrom(type) || type == typeof(SemanticModel) || type == typeof(AttributeData) ||
            type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)))
        {
            offenders.Add($"{path}: {type.Name}");
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            Walk(type.GetGenericArguments()[0], path + "[]", seen, offenders);
            return;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            Walk(underlying, path, seen, offenders);
            return;
        }

        if (!typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type))
        {
            offenders.Add($"{path}: {type.Name} is not equatable");
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(property.PropertyType, $"{path}.{property.Name}", seen, offenders);
        }
    }
}
