using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace L2Analyzers.Generator.Tests.Verification;

/// <summary>
/// User code and its generated code, compiled warning-free and loaded into a collectible context, optionally with a
/// library it references. The runtime assembly resolves to the one the tests use, so generated layers can be used through
/// the runtime's interfaces directly.
/// </summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext context = new("Generated", isCollectible: true);
    private readonly Assembly assembly;

    public GeneratedAssembly(params string[] sources)
        : this(LanguageVersion.CSharp10, sources)
    {
    }

    public GeneratedAssembly(LanguageVersion version, params string[] sources)
    {
        assembly = Load(Image(TestCompilation.Generate(version, sources)));
    }

    private GeneratedAssembly(string librarySource, string source)
    {
        byte[] libraryImage = TestCompilation.Library("Library", librarySource);
        var library = Load(libraryImage);
        context.Resolving += (_, name) => name.Name == library.GetName().Name ? library : null;
        assembly = Load(Image(TestCompilation.Generate(LanguageVersion.CSharp10, [MetadataReference.CreateFromImage(libraryImage)], source)));
    }

    /// <summary>
    /// <paramref name="source"/> compiled against a library built first, with the generator, from <paramref name="librarySource"/>,
    /// as a project referencing another; both are loaded.
    /// </summary>
    public static GeneratedAssembly WithLibrary(string librarySource, string source) => new(librarySource, source);

    public T Create<T>(string typeName) => (T)Activator.CreateInstance(Type(typeName))!;

    public Type Type(string typeName) => assembly.GetType(typeName, throwOnError: true)!;

    /// <summary>
    /// Calls the public instance or static method <paramref name="name"/> taking as many parameters as <paramref name="arguments"/>
    /// on <paramref name="target"/> (an instance, or a <see cref="System.Type"/> for static methods).
    /// </summary>
    public static object? Call(object target, string name, params object[] arguments)
    {
        var type = target as Type ?? target.GetType();
        var method = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .SingleOrDefault(m => m.Name == name && m.GetParameters().Length == arguments.Length)
            ?? throw new MissingMethodException(type.Name, name);
        return method.Invoke(method.IsStatic ? null : target, arguments);
    }

    public static object? Get(object target, string member)
    {
        var type = target as Type ?? target.GetType();
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        object? instance = target is Type ? null : target;
        if (type.GetField(member, flags) is { } field)
        {
            return field.GetValue(instance);
        }

        return (type.GetProperty(member, flags) ?? throw new MissingMemberException(type.Name, member)).GetValue(instance);
    }

    public void Dispose() => context.Unload();

    private static byte[] Image(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return image.ToArray();
    }

    private Assembly Load(byte[] image)
    {
        using var stream = new MemoryStream(image);
        return context.LoadFromStream(stream);
    }
}
