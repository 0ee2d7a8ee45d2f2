using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace L2Analyzers.Numerics;

/// <summary>
/// The two matrix-product shapes of a dense layer, register-blocked and vectorized for float and double (scalar for
/// other element types and for operands narrower than one vector). All matrices are row-major and dense.
/// </summary>
internal static class MatrixProducts
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
            for (int i = 0; i < rows; i++)
            {
                var x = a.Slice(i * depth, depth);
                for (int j = 0; j < columns; j++)
                {
                    c[(i * columns) + j] = bias[j] + ScalarDot(x, b.Slice(j * depth, depth));
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

    private static T ScalarDot<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
        where T : IFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        for (int k = 0; k < x.Length; k++)
        {
            sum += x[k] * y[k];
        }

        return sum;
    }

    // Columns from firstColumn on, one element at a time.
    private static void StridedScalar<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, StridedShape s, T alpha, int firstColumn)
        where T : IFloatingPointIeee754<T>
    {
        for (int i = 0; i < s.Rows; i++)
        {
            for (int j = firstColumn; j < s.Columns; j++)
            {
                T sum = T.Zero;
                for (int k = 0; k < s.Depth; k++)
                {
                    sum += a[(i * s.RowStride) + (k * s.DepthStride)] * b[(k * s.Columns) + j];
                }

                c[(i * s.Columns) + j] = alpha * sum;
            }
        }
    }

    private static void TransposedVectorized<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> bias, Span<T> c, int rows, int columns, int depth)
        where T : struct, IFloatingPointIeee754<T>
    {
        int vectors = depth / Vector<T>.Count;
        int tail = vectors * Vector<T>.Count;
        int i = 0;
        for (; i + 4 <= rows; i += 4)
        {
            ref T a0 = ref Row(a, i, depth);
            ref T a1 = ref Unsafe.Add(ref a0, depth);
            ref T a2 = ref Unsafe.Add(ref a1, depth);
            ref T a3 = ref Unsafe.Add(ref a2, depth);
            int j = 0;
            for (; j + 2 <= columns; j += 2)
            {
                ref T b0 = ref Row(b, j, depth);
                ref T b1 = ref Unsafe.Add(ref b0, depth);
                Vector<T> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default, c30 = default, c31 = default;
                for (int k = 0; k < vectors; k++)
                {
                    var w0 = Load(ref b0, k);
                    var w1 = Load(ref b1, k);
                    var x = Load(ref a0, k);
                    c00 = VectorMath.MultiplyAdd(x, w0, c00);
                    c01 = VectorMath.MultiplyAdd(x, w1, c01);
                    x = Load(ref a1, k);
                    c10 = VectorMath.MultiplyAdd(x, w0, c10);
                    c11 = VectorMath.MultiplyAdd(x, w1, c11);
                    x = Load(ref a2, k);
                    c20 = VectorMath.MultiplyAdd(x, w0, c20);
                    c21 = VectorMath.MultiplyAdd(x, w1, c21);
                    x = Load(ref a3, k);
                    c30 = VectorMath.MultiplyAdd(x, w0, c30);
                    c31 = VectorMath.MultiplyAdd(x, w1, c31);
                }

                var rowB0 = b.Slice((j * depth) + tail, depth - tail);
                var rowB1 = b.Slice(((j + 1) * depth) + tail, depth - tail);
                int at = (i * columns) + j;
                c[at] = bias[j] + Vector.Sum(c00) + ScalarDot(a.Slice((i * depth) + tail, depth - tail), rowB0);
                c[at + 1] = bias[j + 1] + Vector.Sum(c01) + ScalarDot(a.Slice((i * depth) + tail, depth - tail), rowB1);
                at += columns;
                c[at] = bias[j] + Vector.Sum(c10) + ScalarDot(a.Slice(((i + 1) * depth) + tail, depth - tail), rowB0);
                c[at + 1] = bias[j + 1] + Vector.Sum(c11) + ScalarDot(a.Slice(((i + 1) * depth) + tail, depth - tail), rowB1);
                at += columns;
                c[at] = bias[j] + Vector.Sum(c20) + ScalarDot(a.Slice(((i + 2) * depth) + tail, depth - tail), rowB0);
                c[at + 1] = bias[j + 1] + Vector.Sum(c21) + ScalarDot(a.Slice(((i + 2) * depth) + tail, depth - tail), rowB1);
                at += columns;
                c[at] = bias[j] + Vector.Sum(c30) + ScalarDot(a.Slice(((i + 3) * depth) + tail, depth - tail), rowB0);
                c[at + 1] = bias[j + 1] + Vector.Sum(c31) + ScalarDot(a.Slice(((i + 3) * depth) + tail, depth - tail), rowB1);
            }

            for (; j < columns; j++)
            {
                for (int r = i; r < i + 4; r++)
                {
                    c[(r * columns) + j] = bias[j] + VectorDot(a.Slice(r * depth, depth), b.Slice(j * depth, depth));
                }
            }
        }

        for (; i < rows; i++)
        {
            var x = a.Slice(i * depth, depth);
            for (int j = 0; j < columns; j++)
            {
                c[(i * columns) + j] = bias[j] + VectorDot(x, b.Slice(j * depth, depth));
            }
        }
    }

    // Returns the number of columns done; the rest (fewer than one vector) is left to StridedScalar.
    private static int StridedVectorized<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, StridedShape s, T alpha)
        where T : struct, IFloatingPointIeee754<T>
    {
        int width = Vector<T>.Count;
        var scale = new Vector<T>(alpha);
        ref T aRef = ref MemoryMarshal.GetReference(a);
        ref T bRef = ref MemoryMarshal.GetReference(b);
        ref T cRef = ref MemoryMarshal.GetReference(c);
        int j = 0;
        for (; j + (2 * width) <= s.Columns; j += 2 * width)
        {
            int i = 0;
            for (; i + 4 <= s.Rows; i += 4)
            {
                Vector<T> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default, c30 = default, c31 = default;
                for (int k = 0; k < s.Depth; k++)
                {
                    ref T bRow = ref Unsafe.Add(ref bRef, (k * s.Columns) + j);
                    var b0 = Vector.LoadUnsafe(ref bRow);
                    var b1 = Vector.LoadUnsafe(ref bRow, (nuint)width);
                    ref T scalars = ref Unsafe.Add(ref aRef, (i * s.RowStride) + (k * s.DepthStride));
                    var x = new Vector<T>(scalars);
                    c00 = VectorMath.MultiplyAdd(x, b0, c00);
                    c01 = VectorMath.MultiplyAdd(x, b1, c01);
                    x = new Vector<T>(Unsafe.Add(ref scalars, s.RowStride));
                    c10 = VectorMath.MultiplyAdd(x, b0, c10);
                    c11 = VectorMath.MultiplyAdd(x, b1, c11);
                    x = new Vector<T>(Unsafe.Add(ref scalars, 2 * s.RowStride));
                    c20 = VectorMath.MultiplyAdd(x, b0, c20);
                    c21 = VectorMath.MultiplyAdd(x, b1, c21);
                    x = new Vector<T>(Unsafe.Add(ref scalars, 3 * s.RowStride));
                    c30 = VectorMath.MultiplyAdd(x, b0, c30);
                    c31 = VectorMath.MultiplyAdd(x, b1, c31);
                }

                ref T cRow = ref Unsafe.Add(ref cRef, (i * s.Columns) + j);
                Store(c00 * scale, ref cRow, 0);
                Store(c01 * scale, ref cRow, width);
                cRow = ref Unsafe.Add(ref cRow, s.Columns);
                Store(c10 * scale, ref cRow, 0);
                Store(c11 * scale, ref cRow, width);
                cRow = ref Unsafe.Add(ref cRow, s.Columns);
                Store(c20 * scale, ref cRow, 0);
                Store(c21 * scale, ref cRow, width);
                cRow = ref Unsafe.Add(ref cRow, s.Columns);
                Store(c30 * scale, ref cRow, 0);
                Store(c31 * scale, ref cRow, width);
            }

            for (; i < s.Rows; i++)
            {
                Vector<T> c0 = default, c1 = default;
                for (int k = 0; k < s.Depth; k++)
                {
                    ref T bRow = ref Unsafe.Add(ref bRef, (k * s.Columns) + j);
                    var x = new Vector<T>(Unsafe.Add(ref aRef, (i * s.RowStride) + (k * s.DepthStride)));
                    c0 = VectorMath.MultiplyAdd(x, Vector.LoadUnsafe(ref bRow), c0);
                    c1 = VectorMath.MultiplyAdd(x, Vector.LoadUnsafe(ref bRow, (nuint)width), c1);
                }

                ref T cRow = ref Unsafe.Add(ref cRef, (i * s.Columns) + j);
                Store(c0 * scale, ref cRow, 0);
                Store(c1 * scale, ref cRow, width);
            }
        }

        for (; j + width <= s.Columns; j += width)
        {
            for (int i = 0; i < s.Rows; i++)
            {
                Vector<T> c0 = default;
                for (int k = 0; k < s.Depth; k++)
                {
                    var x = new Vector<T>(Unsafe.Add(ref aRef, (i * s.RowStride) + (k * s.DepthStride)));
                    c0 = VectorMath.MultiplyAdd(x, Vector.LoadUnsafe(ref Unsafe.Add(ref bRef, (k * s.Columns) + j)), c0);
                }

                Store(c0 * scale, ref Unsafe.Add(ref cRef, (i * s.Columns) + j), 0);
            }
        }

        return j;
    }

    private static T VectorDot<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
        where T : struct, IFloatingPointIeee754<T>
    {
        int vectors = x.Length / Vector<T>.Count;
        ref T xRef = ref MemoryMarshal.GetReference(x);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        Vector<T> sum = default;
        for (int k = 0; k < vectors; k++)
        {
            sum = VectorMath.MultiplyAdd(Load(ref xRef, k), Load(ref yRef, k), sum);
        }

        int tail = vectors * Vector<T>.Count;
        return Vector.Sum(sum) + ScalarDot(x[tail..], y[tail..]);
    }

    private static ref T Row<T>(ReadOnlySpan<T> matrix, int row, int width) =>
        ref Unsafe.Add(ref MemoryMarshal.GetReference(matrix), row * width);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<T> Load<T>(ref T row, int vector)
        where T : struct => Vector.LoadUnsafe(ref row, (nuint)(vector * Vector<T>.Count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<T>(Vector<T> value, ref T row, int offset)
        where T : struct => value.StoreUnsafe(ref row, (nuint)offset);

    private readonly record struct StridedShape(int RowStride, int DepthStride, int Rows, int Columns, int Depth);
}
