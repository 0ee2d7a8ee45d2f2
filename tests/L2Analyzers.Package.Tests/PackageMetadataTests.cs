using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using L2Analyzers.Package.Tests.Infrastructure;

namespace L2Analyzers.Package.Tests;

/// <summary>
/// Every package <c>dotnet pack L2Analyzers.sln</c> makes has a page that stands alone: its own readme without relative
/// links, the repository address written once (<see cref="RepositoryInfo.Url"/>), license, tags, release notes, and a
/// symbols package whose pdbs SourceLink to that repository at the built commit, from deterministic builds.
/// </summary>
[Collection(PackageCollection.Name)]
public partial class PackageMetadataTests(PackedPackage package)
{
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    // Portable PDB custom debug information holding the SourceLink JSON.
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Fact]
    public void The_solution_packs_the_main_package()
    {
        Assert.Contains(package.PackagePath, package.Packages);
    }

    [Fact]
    public void Every_nuspec_carries_the_repository_license_tags_release_notes_and_its_own_readme()
    {
        Assert.All(package.Packages, path =>
        {
            using var zip = ZipFile.OpenRead(path);
            var metadata = ReadNuspec(zip);
            string Value(string name) => metadata.Element(Nuspec + name)?.Value ?? "";

            Assert.Equal(package.Version, Value("version"));
            Assert.Equal(RepositoryInfo.Url, Value("projectUrl"));
            var repository = metadata.Element(Nuspec + "repository");
            Assert.NotNull(repository);
            Assert.Equal(("git", RepositoryInfo.Url), ((string?)repository.Attribute("type"), (string?)repository.Attribute("url")));
            Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? "");
            Assert.Equal(("expression", "MIT"), ((string?)metadata.Element(Nuspec + "license")?.Attribute("type"), Value("license")));
            Assert.False(string.IsNullOrWhiteSpace(Value("description")), "description");
            Assert.True(Value("tags").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3, "tags: " + Value("tags"));
            Assert.StartsWith(package.Version + ": ", Value("releaseNotes"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(Value("authors")), "authors");

            string readme = Value("readme");
            var entry = zip.GetEntry(readme);
            Assert.True(readme.Length > 0 && entry is not null, $"{Path.GetFileName(path)}: no readme in the package");
            string text = new StreamReader(entry.Open()).ReadToEnd();
            Assert.NotEqual(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), text);
            Assert.Empty(RelativeLinks(text));
        });
    }

    [Fact]
    public void Every_package_has_a_symbols_package_with_sourcelinked_pdbs_of_deterministic_builds()
    {
        Assert.All(package.Packages, path =>
        {
            using var zip = ZipFile.OpenRead(path);
            var repository = ReadNuspec(zip).Element(Nuspec + "repository")!;
            string commit = (string)repository.Attribute("commit")!;
            string rawRoot = RepositoryInfo.Url.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal) + "/" + commit + "/";

            string symbolsPath = Path.ChangeExtension(path, ".snupkg");
            Assert.True(File.Exists(symbolsPath), $"no {Path.GetFileName(symbolsPath)}");
            using var symbols = ZipFile.OpenRead(symbolsPath);
            var dlls = zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal) && !e.FullName.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToArray();
            Assert.NotEmpty(dlls);
            foreach (var dll in dlls)
            {
                Assert.True(IsDeterministic(dll), $"{dll.FullName} was not built deterministically");
                var pdb = symbols.GetEntry(Path.ChangeExtension(dll.FullName, ".pdb"));
                Assert.True(pdb is not null, $"{Path.GetFileName(symbolsPath)} has no pdb for {dll.FullName}");
                Assert.Contains(rawRoot, SourceLinkJson(pdb));
            }
        });
    }

    private static XElement ReadNuspec(ZipArchive zip)
    {
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Element(Nuspec + "metadata")!;
    }

    // Markdown links and images, and HTML src/href attributes, whose target is not an absolute http(s) address.
    private static string[] RelativeLinks(string markdown) =>
        [.. LinkTarget().Matches(markdown).Select(m => m.Groups["target"].Value).Where(target => !target.StartsWith("https://", StringComparison.Ordinal) && !target.StartsWith("http://", StringComparison.Ordinal))];

    [GeneratedRegex("""(?:\]\(|(?:src|href)=")(?<target>[^)"\s]+)""")]
    private static partial Regex LinkTarget();

    private static bool IsDeterministic(ZipArchiveEntry dll)
    {
        using var stream = new MemoryStream();
        using (var entry = dll.Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        return pe.ReadDebugDirectory().Any(d => d.Type == DebugDirectoryEntryType.Reproducible);
    }

    private static string SourceLinkJson(ZipArchiveEntry pdbEntry)
    {
        using var stream = new MemoryStream();
        using (var entry = pdbEntry.Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .SingleOrDefault();
        return sourceLink ?? "(no SourceLink in the pdb)";
    }
}
