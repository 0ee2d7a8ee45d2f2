using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace L2Analyzers.Numerics;

/// <summary>The broadcast kernels of <see cref="MultiplyStrided"/>: 4 rows × 2 vectors of columns per tile, scalar for the rest.</summary>
internal static partial class MatrixProducts
{
    // Columns from firstColumn on, element by element: row i of C is α·Σ_k A(i, k)·(row k of B).
    private static void StridedScalar<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> c, StridedShape s, T alpha, int firstColumn)
        where T : IFloatingPointIeee754<T>
    {
        int width = s.Columns - firstColumn;
        if (width == 0)
        {
            return;
        }

        ref T aRef = ref MemoryMarshal.GetReference(a);
        ref T bRef = ref Unsafe.Add(ref MemoryMarshal.GetReference(b), firstColumn);
        for (int i = 0; i < s.Rows; i++)
        {
            ref T row = ref Unsafe.Add(ref MemoryMarshal.GetReference(c), (i * s.Columns) + firstColumn);
            ref T scalars = ref Unsafe.Add(ref aRef, i * s.RowStride);
            T first = scalars;
            for (int j = 0; j < width; j++)
            {
                Unsafe.Add(ref row, j) = first * Unsafe.Add(ref bRef, j);
            }

            for (int k = 1; k < s.Depth; k++)
            {
                T scale = Unsafe.Add(ref scalars, k * s.DepthStride);
                ref T source = ref Unsafe.Add(ref bRef, k * s.Columns);
                for (int j = 0; j < width; j++)
                {
                    Unsafe.Add(ref row, j) += scale * Unsafe.Add(ref source, j);
                }
            }

            if (alpha != T.One)
            {
                for (int j = 0; j < width; j++)
                {
                    Unsafe.Add(ref row, j) *= alpha;
                }
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

    private readonly record struct StridedShape(int RowStride, int DepthStride, int Rows, int Columns, int Depth);
}
