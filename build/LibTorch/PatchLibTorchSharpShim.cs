// MSBuild task (compiled by RoslynCodeTaskFactory from LibTorch.targets): marks the shim's need for GLIBCXX_3.4.32 weak
// when the system's libstdc++ lacks that version and the need exists only for the unused marker symbol. ELF64
// little-endian only (linux-x64); reads the ELF structures directly so that no binutils are required.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class PatchLibTorchSharpShim : Task
{
    const string Library = "libstdc++.so.6";
    const string MissingVersion = "GLIBCXX_3.4.32";
    const string MarkerSymbol = "_ZSt21ios_base_library_initv";
    const ushort WeakFlag = 0x2;

    [Required] public string ShimPath { get; set; }

    public override bool Execute()
    {
        string systemLibrary = FindSystemLibrary();
        if (systemLibrary is null)
        {
            Log.LogWarning("libLibTorchSharp.so check skipped: {0} not found on this system.", Library);
            return true;
        }
        var provided = new HashSet<string>(Elf.Read(systemLibrary).VersionDefinitions());
        byte[] shim = File.ReadAllBytes(ShimPath);
        var elf = new Elf(shim);
        var missing = elf.VersionNeeds().Where(n => n.File == Library && !n.IsWeak && !provided.Contains(n.Name)).ToList();
        if (missing.Count == 0)
            return true;
        var other = missing.Where(n => n.Name != MissingVersion || elf.SymbolsOfVersion(n.Index).Any(s => s != MarkerSymbol)).ToList();
        if (other.Count > 0)
        {
            Log.LogWarning("{0} needs {1} from {2}, which {3} lacks; TorchSharp will not load on this system.",
                ShimPath, string.Join(", ", other.Select(n => n.Name)), Library, systemLibrary);
            return true;
        }
        // One byte per need, written in place: projects building in parallel write the same byte, and a reader sees
        // either the old or the new one.
        using (var stream = new FileStream(ShimPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            foreach (var need in missing)
            {
                stream.Position = need.FlagsOffset;
                stream.WriteByte((byte)(shim[need.FlagsOffset] | WeakFlag));
            }
        }
        Log.LogMessage(MessageImportance.High,
            "Marked the {0} need of {1} weak: {2} lacks it and only the unused {3} asks for it.",
            MissingVersion, ShimPath, systemLibrary, MarkerSymbol);
        return true;
    }

    /// <summary>The libstdc++ this process runs with (the .NET runtime links it), else the usual locations.</summary>
    static string FindSystemLibrary()
    {
        const string maps = "/proc/self/maps";
        if (File.Exists(maps))
        {
            string mapped = File.ReadLines(maps).Select(line => line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                .Where(fields => fields.Length >= 6 && Path.GetFileName(fields[5]).StartsWith(Library, StringComparison.Ordinal))
                .Select(fields => fields[5]).FirstOrDefault();
            if (mapped is not null)
                return mapped;
        }
        string[] candidates =
        {
            "/lib/x86_64-linux-gnu/", "/usr/lib/x86_64-linux-gnu/", "/usr/lib64/", "/lib64/", "/usr/lib/", "/lib/",
        };
        return candidates.Select(folder => folder + Library).FirstOrDefault(File.Exists);
    }

    sealed class VersionNeed
    {
        public VersionNeed(string file, string name, ushort index, bool isWeak, int flagsOffset) =>
            (File, Name, Index, IsWeak, FlagsOffset) = (file, name, index, isWeak, flagsOffset);
        public string File { get; }
        public string Name { get; }
        public ushort Index { get; }
        public bool IsWeak { get; }
        public int FlagsOffset { get; }
    }

    /// <summary>The few ELF64 structures the check needs: section headers, version needs and definitions, dynamic symbols.</summary>
    sealed class Elf
    {
        const uint DynamicSymbols = 11, VersionDefinition = 0x6ffffffd, VersionNeedSection = 0x6ffffffe, VersionSymbols = 0x6fffffff;
        readonly byte[] bytes;

        public Elf(byte[] bytes)
        {
            if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[4] != 2 || bytes[5] != 1)
                throw new InvalidDataException("not a 64-bit little-endian ELF file");
            this.bytes = bytes;
        }

        public static Elf Read(string path) => new(File.ReadAllBytes(path));

        public IEnumerable<VersionNeed> VersionNeeds()
        {
            foreach (var (offset, link, _) in Sections(VersionNeedSection))
            {
                for (int need = (int)offset, next = -1; next != 0; need += next)
                {
                    string file = Text(link, U32(need + 4));
                    int count = U16(need + 2);
                    for (int aux = need + (int)U32(need + 8), i = 0; i < count; i++, aux += (int)U32(aux + 12))
                        yield return new VersionNeed(file, Text(link, U32(aux + 8)), U16(aux + 6), (U16(aux + 4) & WeakFlag) != 0, aux + 4);
                    next = (int)U32(need + 12);
                }
            }
        }

        public IEnumerable<string> VersionDefinitions()
        {
            foreach (var (offset, link, _) in Sections(VersionDefinition))
            {
                for (int definition = (int)offset, next = -1; next != 0; definition += next)
                {
                    yield return Text(link, U32(definition + (int)U32(definition + 12)));
                    next = (int)U32(definition + 16);
                }
            }
        }

        /// <summary>Names of the dynamic symbols bound to a version index.</summary>
        public IEnumerable<string> SymbolsOfVersion(ushort index)
        {
            var (versions, _, _) = Sections(VersionSymbols).Single();
            var (symbols, names, size) = Sections(DynamicSymbols).Single();
            for (int i = 0; i < (int)(size / 24); i++)
                if ((U16((int)versions + 2 * i) & 0x7fff) == index)
                    yield return Text(names, U32((int)symbols + 24 * i));
        }

        IEnumerable<(long Offset, int Link, long Size)> Sections(uint type)
        {
            long table = (long)U64(0x28);
            int entrySize = U16(0x3a), count = U16(0x3c);
            for (int i = 0; i < count; i++)
            {
                int header = (int)(table + (long)i * entrySize);
                if (U32(header + 4) == type)
                    yield return ((long)U64(header + 0x18), (int)U32(header + 0x28), (long)U64(header + 0x20));
            }
        }

        string Text(int stringSection, uint index)
        {
            long table = (long)U64(0x28);
            int header = (int)(table + (long)stringSection * U16(0x3a));
            int start = (int)((long)U64(header + 0x18) + index), end = start;
            while (bytes[end] != 0) end++;
            return Encoding.ASCII.GetString(bytes, start, end - start);
        }

        ushort U16(int at) => BitConverter.ToUInt16(bytes, at);
        uint U32(int at) => BitConverter.ToUInt32(bytes, at);
        ulong U64(int at) => BitConverter.ToUInt64(bytes, at);
    }
}
