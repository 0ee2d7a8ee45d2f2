using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace L2Analyzers.Numerics;

/// <summary>The dot-product kernel of <see cref="MultiplyTransposedAddBias"/>: 4 × 2 tiles of vector accumulators.</summary>
internal static partial class MatrixProducts
{
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

                int rest = depth - tail;
                ref T tail0 = ref Unsafe.Add(ref b0, tail);
                ref T tail1 = ref Unsafe.Add(ref b1, tail);
                int at = (i * columns) + j;
                c[at] = bias[j] + Vector.Sum(c00) + ScalarDot(ref Unsafe.Add(ref a0, tail), ref tail0, rest);
                c[at + 1] = bias[j + 1] + Vector.Sum(c01) + ScalarDot(ref Unsafe.Add(ref a0, tail), ref tail1, rest);
                at += columns;
                c[at] = bias[j] + Vector.Sum(c10) + ScalarDot(ref Unsafe.Add(ref a1, tail), ref tail0, rest);
                c[at + 1] = bias[j + 1] + Vector.Sum(c11) + ScalarDot(ref Unsafe.Add(ref a1, tail), ref tail1, rest);
                at += columns;
                c[at] = bias[j] + Vector.Sum(c20) + ScalarDot(ref Unsafe.Add(ref a2, tail), ref tail0, rest);
                c[at + 1] = bias[j + 1] + Vector.Sum(c21) + ScalarDot(ref Unsafe.Add(ref a2, tail), ref tail1, rest);
                at += columns;
                c[at] = bias[j] + Vector.Sum(c30) + ScalarDot(ref Unsafe.Add(ref a3, tail), ref tail0, rest);
                c[at + 1] = bias[j + 1] + Vector.Sum(c31) + ScalarDot(ref Unsafe.Add(ref a3, tail), ref tail1, rest);
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
        return Vector.Sum(sum) + ScalarDot(ref Unsafe.Add(ref xRef, tail), ref Unsafe.Add(ref yRef, tail), x.Length - tail);
    }
}
