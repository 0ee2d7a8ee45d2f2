using L2Analyzers.Runtime.Tests.Support;

namespace L2Analyzers.Runtime.Tests.Data;

public sealed class CsvDatasetTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Reads_features_and_one_hot_labels_with_a_detected_header()
    {
        string path = directory.File("iris.csv", "a,b,class\n1.5,-2,0\n\n3e-1, 4 ,2\n");
        var data = CsvDataset.Load<double>(path);
        Assert.Equal(2, data.Count);
        Assert.Equal(2, data.FeatureCount);
        Assert.Equal(3, data.TargetCount);
        Assert.Equal([1.5, -2, 0.3, 4], data.Features.ToArray());
        Assert.Equal([1.0, 0, 0, 0, 0, 1], data.Targets.ToArray());
        Assert.Equal([0, 2], data.Labels.ToArray());
    }

    [Fact]
    public void Reads_a_file_without_header_and_a_label_column_by_index_or_name()
    {
        string plain = directory.File("plain.csv", "1,5,6\n0,7,8\n");
        var data = CsvDataset.Load<float>(plain, new CsvOptions { LabelColumn = 0, ClassCount = 4 });
        Assert.Equal([5f, 6, 7, 8], data.Features.ToArray());
        Assert.Equal([1, 0], data.Labels.ToArray());
        Assert.Equal(4, data.TargetCount);

        string named = directory.File("named.csv", "x;label;y\n1;1;2\n3;0;4\n");
        var byName = CsvDataset.Load<float>(named, new CsvOptions { Separator = ';', LabelColumnName = "label" });
        Assert.Equal([1f, 2, 3, 4], byName.Features.ToArray());
        Assert.Equal([1, 0], byName.Labels.ToArray());
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        string path = directory.File("missing.csv");
        var error = Assert.Throws<FileNotFoundException>(() => CsvDataset.Load<double>(path));
        Assert.Contains(path, error.Message);
    }

    [Theory]
    [InlineData("", 1, 1, "empty")]
    [InlineData("\n  \n", 1, 1, "empty")]
    [InlineData("a,b\n", 2, 1, "no data rows")]
    [InlineData("1,2,0\n3,4\n", 2, 3, "2 cells")]
    [InlineData("1,2,0\n3,4,1,9\n", 2, 4, "4 cells")]
    [InlineData("1,2,0\n3,x7,1\n", 2, 2, "'x7' is not a finite number")]
    [InlineData("1,2,0\n3,NaN,1\n", 2, 2, "'NaN' is not a finite number")]
    [InlineData("1,2,0\n3,4,1.5\n", 2, 3, "label '1.5'")]
    [InlineData("1,2,0\n3,4,-1\n", 2, 3, "label '-1'")]
    [InlineData("5\n", 1, 1, "at least one feature")]
    public void Bad_input_names_file_line_and_column(string contents, int line, int column, string problem)
    {
        string path = directory.File("bad.csv", contents);
        var error = Assert.Throws<CsvFormatException>(() => CsvDataset.Load<double>(path, new CsvOptions { HasHeader = contents.StartsWith('a') }));
        Assert.Equal(path, error.Path);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(problem, error.Message);
        Assert.StartsWith($"{path}({line},{column}): ", error.Message);
    }

    [Fact]
    public void Labels_beyond_the_class_count_and_unknown_label_names_are_reported()
    {
        string path = directory.File("labels.csv", "f,label\n1,0\n2,3\n");
        var error = Assert.Throws<CsvFormatException>(() => CsvDataset.Load<double>(path, new CsvOptions { ClassCount = 3 }));
        Assert.Equal((3, 2), (error.Line, error.Column));
        Assert.Contains("ClassCount = 3", error.Message);

        var unknown = Assert.Throws<CsvFormatException>(() => CsvDataset.Load<double>(path, new CsvOptions { LabelColumnName = "class" }));
        Assert.Contains("no column named 'class'", unknown.Message);
        Assert.Throws<ArgumentException>(() => CsvDataset.Load<double>(directory.File("data.csv", "1,0\n"), new CsvOptions { LabelColumnName = "label" }));
    }
}
