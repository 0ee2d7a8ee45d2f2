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
