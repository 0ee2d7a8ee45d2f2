using System;
using System.Text;

namespace L2Analyzers.Generator.Emit;

/// <summary>Writes C# source line by line with braces and indentation tracked for the caller.</summary>
internal sealed class IndentedWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder builder = new();
    private int depth;

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (int i = 0; i < depth; i++)
            {
                builder.Append(IndentUnit);
            }

            builder.Append(text);
        }

        builder.Append('\n');
        return this;
    }

    /// <summary>Writes a one-line member: its <c>/// &lt;summary&gt;</c> of <paramref name="summary"/>, <paramref name="declaration"/> and a blank line.</summary>
    public IndentedWriter Member(string summary, string declaration) =>
        Line($"/// <summary>{summary}</summary>").Line(declaration).Line();

    /// <summary>Writes a <c>/// &lt;summary&gt;</c> block of <paramref name="lines"/>, one comment line each.</summary>
    public IndentedWriter Summary(params string[] lines)
    {
        Line("/// <summary>");
        foreach (var line in lines)
        {
            Line("/// " + line);
        }

        return Line("/// </summary>");
    }

    /// <summary>Writes the statement <c>target(arguments);</c> with each argument on its own line, indented once.</summary>
    public IndentedWriter Call(string target, params string[] arguments)
    {
        Line(target + "(");
        for (int i = 0; i < arguments.Length; i++)
        {
            Line("    " + arguments[i] + (i == arguments.Length - 1 ? ");" : ","));
        }

        return this;
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace; dispose the result to close it.</summary>
    public Block Open(string header)
    {
        Line(header);
        Line("{");
        depth++;
        return new Block(this);
    }

    public override string ToString() => builder.ToString();

    private void Close()
    {
        depth--;
        Line("}");
    }

    internal readonly struct Block : IDisposable
    {
        private readonly IndentedWriter writer;

        public Block(IndentedWriter writer) => this.writer = writer;

        public void Dispose() => writer.Close();
    }
}
