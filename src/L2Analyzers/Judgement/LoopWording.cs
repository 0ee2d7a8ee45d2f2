using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.Judgement;

/// <summary>
/// The words of a hand-written update: its own statement (<c>`w[i] -= 0.97 * w[i]`</c>, <c>`decay = 0.97` in
/// `w[i] -= decay * w[i]`</c>), and rewrites in the loop's form: a new value for the constant, or, when the statement is
/// a simple compound assignment, the other form of the WeightDecay/DecayFactor pair (<c>`w[i] *= 0.97`</c>).
/// </summary>
/// <param name="mode">The convention the statement writes its constant in.</param>
/// <param name="statement">The statement as written, whitespace collapsed.</param>
/// <param name="name">The constant's name (<c>decay</c>), or null when it is a literal in the statement.</param>
/// <param name="target">The updated variable (<c>w[i]</c>) when the statement's form can change, otherwise null.</param>
/// <param name="literal">The constant as written in the statement (<c>0.97</c>) when it is a literal there, otherwise null.</param>
internal sealed class LoopWording(L2Mode mode, string statement, string? name, string? target, string? literal) : Wording
{
    /// <summary>The longest statement a message writes out again with the new value.</summary>
    private const int MaxRewritten = 32;

    /// <inheritdoc />
    public override string ValueName => name ?? "λ";

    /// <inheritdoc />
    public override string Subject(L2Mode? written, double lambda) => name is null
        ? Quote(statement)
        : $"`{name} = {Numbers.Format(lambda)}` in {Quote(statement)}";

    /// <inheritdoc />
    public override string ModeOnly(L2Mode written) => Quote(statement);

    /// <inheritdoc />
    public override bool CanWrite(L2Mode target) => target == mode || OtherForm(target) is not null;

    /// <inheritdoc />
    public override string Rewrite(L2Mode written, double lambda)
    {
        string value = Numbers.Format(lambda);
        if (written != mode && OtherForm(written) is { } form)
        {
            return $"`{form(value)}`";
        }

        if (name is not null)
        {
            return $"`{name} = {value}`";
        }

        return literal is not null && statement.Length <= MaxRewritten &&
            statement.IndexOf(literal, System.StringComparison.Ordinal) == statement.LastIndexOf(literal, System.StringComparison.Ordinal)
            ? Quote(statement.Replace(literal, value))
            : $"{value} in place of {literal ?? "λ"}";
    }

    /// <inheritdoc />
    public override string Decoupled(double? value) =>
        $"Decay the weights directly instead, as AdamW does: `w -= η * {(value is { } known ? Numbers.Format(known) : "λ")} * w`.";

    /// <summary>The statement in the other form of the pair, or null when it cannot change form.</summary>
    private System.Func<string, string>? OtherForm(L2Mode written) => (mode, written, target) switch
    {
        (L2Mode.WeightDecay, L2Mode.DecayFactor, { } variable) => value => $"{variable} *= {value}",
        (L2Mode.DecayFactor, L2Mode.WeightDecay, { } variable) => value => $"{variable} -= {value} * {variable}",
        _ => null,
    };

    private static string Quote(string code) => Quoted.Code(code);
}
