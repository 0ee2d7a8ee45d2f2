using System.Globalization;
using System.Text;
using CsCheck;

namespace L2Analyzers.Reliability.Tests.Runtime.Support;

/// <summary>A valid numeric CSV file, the options that read it, and the corruptions to apply to its bytes.</summary>
internal sealed record CsvCase(string Text, CsvOptions Options, Corruption[] Damage)
{
    /// <summary>Bytes likely to break a numeric CSV reader, and arbitrary bytes.</summary>
    private static readonly Gen<byte[]> Insertions = Gen.Frequency(
        (3, Gen.OneOf<string>(
                ",", ";", "\n", "\r\n", "\r", "\"", " ", "\t", "", "x", "label", "-", ".", "e", "1,2,3",
                "NaN", "Infinity", "-Infinity", "∞", "1e400", "-1e400", "1E+308", "0x10", "１", "٣",
                "-1", "0.5", "-0", "999999999", "2147483646", "2147483647", "2147483648", "1e9", "4294967296",
                "\0", "\uFEFF")
            .Select(token => Encoding.UTF8.GetBytes(token))),
        (1, Gen.OneOf<byte[]>([0xFF], [0xC3], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0xE2, 0x82]).Select(bytes => bytes)),
        (2, Corruptions.RandomBytes));

    private static readonly Gen<string> Number = Gen.Frequency(
        (3, Gen.Int[-20, 20].Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (3, Gen.Double[-100, 100].Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (1, Gen.Double[-10, 10].Select(d => d.ToString("E3", CultureInfo.InvariantCulture))),
        (1, Gen.Const(" -0.5 ")));

    /// <summary>Files of 1 to 12 rows, 1 to 4 features, labels 0 to 3, with or without a header, corrupted 1 to 4 times.</summary>
    public static readonly Gen<CsvCase> All =
        from rows in Gen.Int[1, 12]
        from features in Gen.Int[1, 4]
        from cells in Number.Array[rows * features]
        from labels in Gen.Int[0, 3].Array[rows]
        from header in Gen.Bool
        from labelFirst in Gen.Bool
        from byName in Gen.Bool
        from declareHeader in Gen.Bool
        from separator in Gen.OneOf(',', ';')
        from newline in Gen.OneOf("\n", "\r\n")
        from classCount in Gen.OneOf<int?>(null, null, 4)
        from corruptions in Corruptions.Several(Insertions)
        select new CsvCase(
            Write(rows, features, cells, labels, header, labelFirst, separator, newline),
            new CsvOptions
            {
                Separator = separator,
                HasHeader = declareHeader ? header : null,
                LabelColumn = labelFirst ? 0 : -1,
                LabelColumnName = header && byName ? "label" : null,
                ClassCount = classCount,
            },
            corruptions);

    public byte[] CorruptedBytes() => Damage.ApplyAll(Encoding.UTF8.GetBytes(Text));

    public override string ToString() =>
        $"options {{ Separator '{Options.Separator}', HasHeader {Options.HasHeader}, LabelColumn {Options.LabelColumn}, " +
        $"LabelColumnName {Options.LabelColumnName}, ClassCount {Options.ClassCount} }}, corruptions [{Damage.Describe()}]\n--- original ---\n{Text}";

    private static string Write(int rows, int features, string[] cells, int[] labels, bool header, bool labelFirst, char separator, string newline)
    {
        var text = new StringBuilder();
        if (header)
        {
            var names = Enumerable.Range(1, features).Select(f => $"f{f}");
            text.AppendJoin(separator, labelFirst ? names.Prepend("label") : names.Append("label")).Append(newline);
        }

        for (int r = 0; r < rows; r++)
        {
            var row = cells.Skip(r * features).Take(features);
            string label = labels[r].ToString(CultureInfo.InvariantCulture);
            text.AppendJoin(separator, labelFirst ? row.Prepend(label) : row.Append(label)).Append(newline);
        }

        return text.ToString();
    }
}
