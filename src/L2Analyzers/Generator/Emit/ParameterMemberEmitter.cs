using L2Analyzers.Common.Definitions;

namespace L2Analyzers.Generator.Emit;

/// <summary>
/// Emits the typed regularization method of one <c>[L2]</c> member: <c>Add&lt;Member&gt;PenaltyGradient</c> for
/// GradientPenalty, <c>Decay&lt;Member&gt;</c> for the decoupled modes. Mode and lambda are constants in the emitted
/// code; the arithmetic is done by the runtime's kernels, on spans over the member's storage (no allocation).
/// </summary>
internal static class ParameterMemberEmitter
{
    public static string Emit(ParameterMemberDefinition member) => GeneratedSource.Write(member.Scope, null, member, WriteMethod);

    private static void WriteMethod(IndentedWriter writer, ParameterMemberDefinition member)
    {
        var l2 = member.L2;
        string t = member.Element;
        string lambda = Literals.Number(l2.Lambda, t);
        string modifiers = member.IsStatic ? "public static void" : "public void";
        string summary = $"/// <summary>L2 of <see cref=\"{member.Name}\"/>, {l2.Mode} with λ = {lambda}: ";
        bool penalty = l2.Mode == L2Mode.GradientPenalty;
        string signature;
        if (penalty)
        {
            string target = member.Shape == ParameterShape.Parameter ? "its <c>Gradients</c>" : "<paramref name=\"gradient\"/>";
            writer.Line(summary + $"adds the penalty gradient λ·w to {target}. Call it after the backward pass, before the optimizer step.</summary>");
            signature = $"{modifiers} Add{member.MethodPart}PenaltyGradient({GradientParameter(member)})";
        }
        else
        {
            string formula = l2.Mode switch
            {
                L2Mode.ScaledWeightDecay => "w ← w − η·λ·w",
                L2Mode.WeightDecay => "w ← w − λ·w",
                _ => "w ← λ·w",
            };
            writer.Line(summary + $"shrinks every weight, {formula}. Call it before the gradient step.</summary>");
            signature = l2.Mode == L2Mode.ScaledWeightDecay
                ? $"{modifiers} Decay{member.MethodPart}({t} learningRate)"
                : $"{modifiers} Decay{member.MethodPart}()";
        }

        string retention = l2.Mode == L2Mode.ScaledWeightDecay ? $"1 - (learningRate * {lambda})" : Literals.Number(l2.Retention, t);
        string Apply(string values, string gradient) => penalty
            ? $"{RuntimeNames.L2Kernels}.AddPenaltyGradient<{t}>({lambda}, {values}, {gradient});"
            : $"{RuntimeNames.L2Kernels}.Decay<{t}>({values}, {retention});";

        using (writer.Open(signature))
        {
            WriteBody(writer, member, penalty, Apply);
        }
    }

    private static string GradientParameter(ParameterMemberDefinition member) => member.Shape switch
    {
        ParameterShape.Matrix => $"{member.Element}[,] gradient",
        ParameterShape.Jagged => $"{member.Element}[][] gradient",
        ParameterShape.Parameter => string.Empty,
        _ => $"{RuntimeNames.Span}<{member.Element}> gradient",
    };

    private static void WriteBody(
        IndentedWriter writer, ParameterMemberDefinition member, bool penalty, System.Func<string, string, string> apply)
    {
        string t = member.Element;
        string storage = $"{(member.IsStatic ? member.Scope.TypeName : "this")}.{member.Name}";
        string name = member.Name.TrimStart('@');
        string orThrow = $" ?? throw new {RuntimeNames.InvalidOperationException}(\"{member.Scope.TypeName.TrimStart('@')}.{name} is null.\");";
        // The member read once into a local, with a clear exception when it is null.
        void Declare(string type, string local) => writer.Line($"{type} {local} = {storage}{orThrow}");

        switch (member.Shape)
        {
            case ParameterShape.Vector:
                Declare($"{t}[]", "values");
                writer.Line(apply("values", "gradient"));
                break;
            case ParameterShape.Memory:
                writer.Line(apply(storage + ".Span", "gradient"));
                break;
            case ParameterShape.Parameter:
                Declare(RuntimeNames.Parameter(t), "parameter");
                writer.Line(apply("parameter.Values", "parameter.Gradients"));
                break;
            case ParameterShape.Matrix:
                Declare($"{t}[,]", "values");
                WriteGradientShapeCheck(writer, penalty, "gradient.GetLength(0) != values.GetLength(0) || gradient.GetLength(1) != values.GetLength(1)", mismatch => mismatch.Call(
                    $"throw new {RuntimeNames.ArgumentException}",
                    $"$\"gradient is {{gradient.GetLength(0)}}×{{gradient.GetLength(1)}} but {name} is {{values.GetLength(0)}}×{{values.GetLength(1)}}.\"",
                    "nameof(gradient)"));
                using (writer.Open("if (values.Length > 0)"))
                {
                    // A 2-D array is one contiguous row-major block: the kernels see it as a span.
                    writer.Line($"{RuntimeNames.Span}<{t}> valueSpan = {RuntimeNames.MemoryMarshal}.CreateSpan(ref values[0, 0], values.Length);");
                    if (penalty)
                    {
                        writer.Line($"{RuntimeNames.Span}<{t}> gradientSpan = {RuntimeNames.MemoryMarshal}.CreateSpan(ref gradient[0, 0], gradient.Length);");
                    }

                    writer.Line(apply("valueSpan", "gradientSpan"));
                }

                break;
            case ParameterShape.Jagged:
                Declare($"{t}[][]", "rows");
                WriteGradientShapeCheck(writer, penalty, "gradient.Length != rows.Length", mismatch => mismatch.Line(
                    $"throw new {RuntimeNames.ArgumentException}($\"gradient has {{gradient.Length}} rows but {name} has {{rows.Length}}.\", nameof(gradient));"));
                using (writer.Open("for (int row = 0; row < rows.Length; row++)"))
                {
                    writer.Line(apply("rows[row]", "gradient[row]"));
                }

                break;
        }
    }

    /// <summary>
    /// In the penalty method of a 2-D or jagged member, checks that the gradient argument has the member's shape:
    /// <paramref name="mismatch"/> is the condition that it has not, <paramref name="throwMismatch"/> writes the throw.
    /// The decay methods take no gradient.
    /// </summary>
    private static void WriteGradientShapeCheck(IndentedWriter writer, bool penalty, string mismatch, System.Action<IndentedWriter> throwMismatch)
    {
        if (!penalty)
        {
            return;
        }

        writer.Line($"{RuntimeNames.ArgumentNullException}.ThrowIfNull(gradient);");
        using (writer.Open($"if ({mismatch})"))
        {
            throwMismatch(writer);
        }

        writer.Line();
    }
}
