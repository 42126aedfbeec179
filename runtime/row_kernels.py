"""Numba loops over the rows of a C-contiguous (rows, n) array (imported on first use).

Compiled by keras_numba._runtime.kernels.jit with explicit signatures; the
serial and parallel variants are separate functions because Numba's cache
does not key on the `parallel` flag.
"""

import numpy as np
from numba import njit, prange

from .numerics import exp


@njit(error_model="numpy", fastmath={"nnan", "nsz", "reassoc"}, forceinline=True)
def _row_max(row):  # type: ignore[no-untyped-def]
    # `nnan` lets LLVM vectorise this max (a NaN-checking select does not vectorise).
    # Safe here: a NaN anywhere in the row makes its exp sum NaN, so the whole
    # softmax row is NaN whatever this returns.
    m = row[0]
    for i in range(1, row.shape[0]):
        m = max(m, row[i])
    return m


@njit(error_model="numpy", fastmath={"contract", "reassoc"}, forceinline=True)
def _softmax_row(row, dst):  # type: ignore[no-untyped-def]
    # the max, then exp(x - max) summed while stored, then one scale
    m = _row_max(row)
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


@njit(error_model="numpy", fastmath={"contract", "reassoc"}, forceinline=True)
def _l2_normalize_row(row, dst):  # type: ignore[no-untyped-def]
    # x / sqrt(max(sum(x * x), 1e-12)), as tf.math.l2_normalize
    total = row.dtype.type(0)
    for i in range(row.shape[0]):
        total += row[i] * row[i]
    inv = row.dtype.type(1) / np.sqrt(max(total, row.dtype.type(1e-12)))
    for i in range(row.shape[0]):
        dst[i] = row[i] * inv


def l2_normalize_rows(x, out):  # type: ignore[no-untyped-def]
    for o in range(x.shape[0]):
        _l2_normalize_row(x[o], out[o])


def l2_normalize_rows_parallel(x, out):  # type: ignore[no-untyped-def]
    for o in prange(x.shape[0]):
        _l2_normalize_row(x[o], out[o])
