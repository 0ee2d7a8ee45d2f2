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
    [InlineData("1,2,0\n3,\"4,1\n", 2, 2, "no closing quote")]
    [InlineData("1,2,0\n3,\"4\"x,1\n", 2, 2, "'x' follows the closing quote")]
    [InlineData("1,2,0\n3,4,\n", 2, 3, "the label cell is empty")]
    [InlineData("1,2,\"a\r\nb\"\r\n3,x,c\r\n", 3, 2, "'x' is not a finite number")]
    [InlineData("1,2,\"a\rb\"\r7,8,\"c\nd\"x\n", 4, 3, "'x' follows the closing quote")]
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
    public void A_separator_that_cannot_split_cells_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => CsvDataset.Read<double>(new StringReader("1\"0\n"), "memory", new CsvOptions { Separator = '"' }));
        Assert.Contains("separator '\"'", error.Message);
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

    [Fact]
    public void Every_cell_error_says_what_the_cell_must_be()
    {
        string features = directory.File("feature.csv", "1,2,0\n3,4.5.6,1\n");
        Assert.Contains("a feature cell must be a number such as 5.1", Assert.Throws<CsvFormatException>(() => CsvDataset.Load<double>(features)).Message);

        string labels = directory.File("label.csv", "1,2,0\n3,4,2.5\n");
        Assert.Contains("a label must be a class number 0, 1, 2, … or a class name", Assert.Throws<CsvFormatException>(() => CsvDataset.Load<double>(labels)).Message);

        string cells = directory.File("cells.csv", "1,2,0\n3,4,5,1\n");
        Assert.Contains("every row must have 3 cells (a cell holding the separator must be in double quotes)", Assert.Throws<CsvFormatException>(() => CsvDataset.Load<double>(cells)).Message);
    }

    [Fact]
    public void Reads_rfc_4180_quoting_separators_doubled_quotes_and_line_breaks_in_cells()
    {
        string path = directory.File(
            "quoted.csv",
            "\"length, cm\",\"the \"\"width\"\"\",species\r\n\"5.1\", \"3.5\" ,\"Iris setosa, wild\"\r\n4.9,3,\"Iris\nversicolor\"\r\n");
        var data = CsvDataset.Load<double>(path, new CsvOptions { LabelColumnName = "species" });

        Assert.Equal([5.1, 3.5, 4.9, 3], data.Features.ToArray());
        Assert.Equal(["Iris\nversicolor", "Iris setosa, wild"], data.ClassNames); // ordinal: '\n' before ' '
        Assert.Equal([1, 0], data.Labels.ToArray());
    }

    [Fact]
    public void Class_names_map_to_class_indices_in_ordinal_order_and_the_mapping_stays_with_the_data()
    {
        string path = directory.File("iris.csv", "f,species\n1,virginica\n2,setosa\n3,versicolor\n4,setosa\n");
        var data = CsvDataset.Load<float>(path);

        Assert.Equal(["setosa", "versicolor", "virginica"], data.ClassNames);
        Assert.Equal([2, 0, 1, 0], data.Labels.ToArray());
        Assert.Equal([0f, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0], data.Targets.ToArray());
        var (training, test) = data.Split(0.5, seed: 3);
        Assert.Equal(data.ClassNames, training.ClassNames);
        Assert.Equal(data.ClassNames, Normalization<float>.Standardize(training).Apply(test).ClassNames);
        Assert.Empty(CsvDataset.Load<float>(directory.File("numbers.csv", "1,0\n2,1\n")).ClassNames);
    }

    [Fact]
    public void Given_class_names_fix_the_mapping_and_unknown_names_print_it()
    {
        string path = directory.File("test.csv", "f,species\n1,virginica\n2,setosa\n");
        var data = CsvDataset.Load<double>(path, new CsvOptions { ClassNames = ["virginica", "versicolor", "setosa"] });
        Assert.Equal([0, 2], data.Labels.ToArray());
        Assert.Equal(3, data.TargetCount);

        var error = Assert.Throws<CsvFormatException>(() => CsvDataset.Load<double>(path, new CsvOptions { ClassNames = ["setosa", "versicolor"] }));
        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Contains("'virginica' is not one of CsvOptions.ClassNames: setosa = 0, versicolor = 1.", error.Message);
        Assert.Throws<ArgumentException>(() => CsvDataset.Load<double>(path, new CsvOptions { ClassNames = ["setosa", "setosa"] }));
    }

    [Theory]
    [InlineData("f,y\n1,0\n2,cat\n", 3, "'cat' is a class name, but line 2 has the class number '0'")]
    [InlineData("f,y\n1,cat\n2,1\n", 3, "'1' is a number, but line 2 has the class name 'cat'")]
    [InlineData("f,y\n1,cat\n2,cat\n", 2, "every label is 'cat'")]
    public void Labels_that_mix_numbers_and_names_or_name_one_class_are_reported(string contents, int line, string problem)
    {
        var error = Assert.Throws<CsvFormatException>(() => CsvDataset.Load<double>(directory.File("mixed.csv", contents)));
        Assert.Equal((line, 2), (error.Line, error.Column));
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_class_count_that_differs_from_the_names_prints_the_mapping()
    {
        string path = directory.File("count.csv", "f,y\n1,dog\n2,cat\n");
        var error = Assert.Throws<CsvFormatException>(() => CsvDataset.Load<double>(path, new CsvOptions { ClassCount = 3 }));
        Assert.Contains("ClassCount = 3, but the labels are 2 class names: cat = 0, dog = 1", error.Message);
    }

    [Fact]
    public void Reads_from_a_text_reader_naming_the_source_in_errors()
    {
        var data = CsvDataset.Read<double>(new StringReader("1;a\n2;b\n"), "memory", new CsvOptions { Separator = ';' });
        Assert.Equal(["a", "b"], data.ClassNames);
        Assert.StartsWith("memory(2,1): ", Assert.Throws<CsvFormatException>(() => CsvDataset.Read<double>(new StringReader("1,a\nx,b\n"), "memory")).Message);
    }
}
