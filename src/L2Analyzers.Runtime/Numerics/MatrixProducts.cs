using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace L2Analyzers.Numerics;

/// <summary>
/// The two matrix-product shapes of a dense layer, register-blocked and vectorized for float and double (scalar for
/// other element types and for operands narrower than one vector). All matrices are row-major and dense.
/// </summary>
internal static partial class MatrixProducts
{
    /// <summary>
    /// <c>C[i, j] = bias[j] + Σ_k A[i, k]·B[j, k]</c>: A is rows × depth, B is columns × depth, C is rows × columns
    /// (the forward pass: A the batch, B the weights). Dot-product form: 4 rows of A × 2 rows of B per tile.
    /// </summary>
    public static void MultiplyTransposedAddBias<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> bias, Span<T> c, int rows, int columns, int depth)
        where T : IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float) && depth >= Vector<float>.Count && VectorMath.IsAccelerated<float>())
        {
            TransposedVectorized(SpanCast.As<T, float>(a), SpanCast.As<T, float>(b), SpanCast.As<T, float>(bias), SpanCast.As<T, float>(c), rows, columns, depth);
        }
        else if (typeof(T) == typeof(double) && depth >= Vector<double>.Count && VectorMath.IsAccelerated<double>())
        {
            TransposedVectorized(SpanCast.As<T, double>(a), SpanCast.As<T, double>(b), SpanCast.As<T, double>(bias), SpanCast.As<T, double>(c), rows, columns, depth);
        }
        else
        {
            ref T bRef = ref MemoryMarshal.GetReference(b);
            ref T cRef = ref MemoryMarshal.GetReference(c);
            for (int i = 0; i < rows; i++)
            {
                ref T x = ref Row(a, i, depth);
                ref T y = ref Unsafe.Add(ref cRef, i * columns);
                for (int j = 0; j < columns; j++)
                {
                    Unsafe.Add(ref y, j) = bias[j] + ScalarDot(ref x, ref Unsafe.Add(ref bRef, j * depth), depth);
                }
            }
        }
    }

    /// <summary>
    /// <c>C[i, j] = α·Σ_k A(i, k)·B[k, j]</c> with <c>A(i, k) = a[i·rowStride + k·depthStride]</c>: B is depth × columns,
    /// C is rows × columns. With strides (1, rows) A is read transposed (the weight gradient dZᵀ·X), with (depth, 1)
    /// as is (the input gradient dZ·W). Broadcast form: 4 rows × 2 vectors of columns per tile.
    /// </summary>
    public static void MultiplyStrided<T>(ReadOnlySpan<T> a, int rowStride, int depthStride, ReadOnlySpan<T> b, Span<T> c, int rows, int columns, int depth, T alpha)
        where T : IFloatingPointIeee754<T>
    {
        var shape = new StridedShape(rowStride, depthStride, rows, columns, depth);
        int done = 0;
        if (typeof(T) == typeof(float) && columns >= Vector<float>.Count && VectorMath.IsAccelerated<float>())
        {
            done = StridedVectorized(SpanCast.As<T, float>(a), SpanCast.As<T, float>(b), SpanCast.As<T, float>(c), shape, SpanCast.As<T, float>(alpha));
        }
        else if (typeof(T) == typeof(double) && columns >= Vector<double>.Count && VectorMath.IsAccelerated<double>())
        {
            done = StridedVectorized(SpanCast.As<T, double>(a), SpanCast.As<T, double>(b), SpanCast.As<T, double>(c), shape, SpanCast.As<T, double>(alpha));
        }

        StridedScalar(a, b, c, shape, alpha, done);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T ScalarDot<T>(ref T x, ref T y, int length)
        where T : IFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        for (int k = 0; k < length; k++)
        {
            sum += Unsafe.Add(ref x, k) * Unsafe.Add(ref y, k);
        }

        return sum;
    }

    private static ref T Row<T>(ReadOnlySpan<T> matrix, int row, int width) =>
        ref Unsafe.Add(ref MemoryMarshal.GetReference(matrix), row * width);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<T> Load<T>(ref T row, int vector)
        where T : struct => Vector.LoadUnsafe(ref row, (nuint)(vector * Vector<T>.Count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<T>(Vector<T> value, ref T row, int offset)
        where T : struct => value.StoreUnsafe(ref row, (nuint)offset);
}
