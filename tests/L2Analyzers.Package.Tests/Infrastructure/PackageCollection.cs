namespace L2Analyzers.Package.Tests.Infrastructure;

/// <summary>All package tests share one packed package (packing takes a while) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed package";
}
