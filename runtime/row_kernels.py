"""Numba loops over the rows of a C-contiguous (rows, n) array (imported on first use).

Compiled by keras_numba._runtime.kernels.jit with explicit signatures; the
serial and parallel variants are separate functions because Numba's cache
does not key on the `parallel` flag.
"""

from numba import njit, prange

from .numerics import exp


@njit(error_model="numpy", fastmath={"contract", "reassoc"}, forceinline=True)
def _softmax_row(row, dst):  # type: ignore[no-untyped-def]
    # NaN-propagating max, then exp(x - max) summed while stored, then one scale
    m = row[0]
    for i in range(1, row.shape[0]):
        v = row[i]
        m = v if (v > m) | (v != v) else m
    total = row.dtype.type(0)
    for i in range(row.shape[0]):
        e = exp(row[i] - m)
        dst[i] = e
        total += e
    inv = row.dtype.type(1) / total
    for i in range(row.shape[0]):
        dst[i] *= inv


def softmax_rows(x, out):  # type: ignore[no-untyped-def]
    for o in range(x.shape[0]):
        _softmax_row(x[o], out[o])


def softmax_rows_parallel(x, out):  # type: ignore[no-untyped-def]
    for o in prange(x.shape[0]):
        _softmax_row(x[o], out[o])
