using L2Analyzers.Conventions;
using L2Analyzers.Diagnostics;

namespace L2Analyzers.Judgement;

/// <summary>
/// The words of a value read through a name and reported at its declaration, once for all the sites that read it
/// (docs/recognition.md, "One diagnostic per constant"): the subject is the declaration (<c>`decay = 0.97` as lambda
/// with L2Mode.WeightDecay</c>) and a rewrite is a new value for it (<c>`decay = 0.03`</c>), in the convention the sites
/// read it in, since only the declaration changes.
/// </summary>
/// <param name="site">The words of the sites that read the value.</param>
/// <param name="name">The declared name: <c>decay</c>.</param>
/// <param name="written">The convention the sites read the value in.</param>
internal sealed class DeclaredWording(Wording site, string name, L2Mode written) : Wording
{
    /// <summary>
    /// The characters the name, quoted twice (subject and advice), and the site's role may take together: the rest of
    /// the longest L2R001 message is about 175, so a long name is shortened with … and the message keeps to 250.
    /// </summary>
    private const int NamesAndRole = 75;

    /// <summary>The shortest a long name is cut to.</summary>
    private const int MinName = 8;

    /// <inheritdoc />
    public override string LearningRate => site.LearningRate;

    /// <inheritdoc />
    public override string ValueName => name;

    /// <inheritdoc />
    public override string Subject(L2Mode? mode, double lambda) => $"{Rewrite(written, lambda)}{site.Role(mode)}";

    /// <inheritdoc />
    public override string ModeOnly(L2Mode mode) => site.ModeOnly(mode);

    /// <inheritdoc />
    public override bool CanWrite(L2Mode mode) => mode == written && site.CanWrite(mode);

    /// <inheritdoc />
    public override string Rewrite(L2Mode mode, double lambda) => $"`{Name} = {Numbers.Format(lambda)}`";

    /// <inheritdoc />
    public override double Typical(L2Mode mode) => site.Typical(mode);

    /// <inheritdoc />
    public override string Decoupled(double? value) => site.Decoupled(value);

    /// <inheritdoc />
    public override string ValidRange(L2Mode? mode) => site.ValidRange(mode);

    /// <summary>The name as messages quote it, shortened so that it fits twice beside the site's role.</summary>
    private string Name => Quoted.Shorten(name, System.Math.Max(MinName, (NamesAndRole - site.Role(written).Length) / 2));
}
