"""Numba loops over the rows of a C-contiguous (rows, n) array (imported on first use).

Compiled by keras_numba._runtime.kernels.jit with explicit signatures; the
serial and parallel variants are separate functions because Numba's cache
does not key on the `parallel` flag.
"""

import numpy as np
from numba import njit, prange

from .numerics import exp


@njit(error_model="numpy", fastmath={"nsz", "reassoc"}, forceinline=True)
def _row_max(row):  # type: ignore[no-untyped-def]
    # llvm.maximum (see `maximum` below) is the max LLVM vectorises: `max()` with
    # `nnan` did not (0.90 ms vs 0.14 ms over (4096, 1000) float32 rows, most of
    # softmax's time). It propagates NaN, as the softmax of such a row is NaN anyway.
    m = row[0]
    for i in range(1, row.shape[0]):
        m = maximum(m, row[i])
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


# --------------------------------------------------------------------------- NaN-propagating extrema
#
# `maximum(a, b)` / `minimum(a, b)` for reduction folds: NaN if either is NaN (as
# np.maximum). Floats call LLVM's llvm.maximum / llvm.minimum, whose reductions the
# loop vectoriser turns into SIMD max/min (a NaN-checking select does not
# vectorise: 3.1 ms vs 0.17 ms over (4096, 1024) float32 rows); integers compare.


def _llvm_extremum(name: str):  # type: ignore[no-untyped-def]
    from llvmlite import ir
    from numba.core import cgutils, types
    from numba.extending import intrinsic

    @intrinsic
    def call(typingctx, a, b):  # type: ignore[no-untyped-def]
        if not (isinstance(a, types.Float) and a == b):
            return None

        def codegen(context, builder, signature, args):  # type: ignore[no-untyped-def]
            ty = context.get_value_type(a)
            fn = cgutils.get_or_insert_function(builder.module, ir.FunctionType(ty, [ty, ty]), f"llvm.{name}.f{a.bitwidth}")
            return builder.call(fn, args, fastmath=("nsz",))  # either zero may come out of max(-0, +0)

        return a(a, b), codegen

    return call


_llvm_maximum = _llvm_extremum("maximum")
_llvm_minimum = _llvm_extremum("minimum")


def maximum(a, b):  # type: ignore[no-untyped-def]
    """The larger of a and b; NaN when either is NaN."""
    return np.maximum(a, b)


def minimum(a, b):  # type: ignore[no-untyped-def]
    """The smaller of a and b; NaN when either is NaN."""
    return np.minimum(a, b)


def _register_extrema() -> None:
    from numba.core import types
    from numba.extending import overload

    @overload(maximum, inline="always")
    def _maximum(a, b):  # type: ignore[no-untyped-def]
        if isinstance(a, types.Float) and a == b:
            return lambda a, b: _llvm_maximum(a, b)
        return lambda a, b: a if a > b else b

    @overload(minimum, inline="always")
    def _minimum(a, b):  # type: ignore[no-untyped-def]
        if isinstance(a, types.Float) and a == b:
            return lambda a, b: _llvm_minimum(a, b)
        return lambda a, b: a if a < b else b


_register_extrema()


# --------------------------------------------------------------------------- logsumexp


@njit(error_model="numpy", fastmath={"contract", "reassoc"}, forceinline=True)
def _exp_sum(row, m):  # type: ignore[no-untyped-def]
    total = row.dtype.type(0)
    for i in range(row.shape[0]):
        total += exp(row[i] - m)
    return total


@njit(error_model="numpy", forceinline=True)
def _logsumexp_row(row):  # type: ignore[no-untyped-def]
    # tf.reduce_logsumexp: shift by the maximum when it is finite (no overflow), by 0
    # otherwise, so a row of -inf (or no elements) gives log(0) = -inf and +inf gives +inf
    m = row.dtype.type(-np.inf)
    for i in range(row.shape[0]):
        m = maximum(m, row[i])
    if m != m:
        return m
    if m == np.inf or m == -np.inf:
        m = row.dtype.type(0)
    return np.log(_exp_sum(row, m)) + m


def logsumexp_rows(x, out):  # type: ignore[no-untyped-def]
    for o in range(x.shape[0]):
        out[o] = _logsumexp_row(x[o])


def logsumexp_rows_parallel(x, out):  # type: ignore[no-untyped-def]
    for o in prange(x.shape[0]):
        out[o] = _logsumexp_row(x[o])


_LSE_BLOCK = 256  # inner elements a logsumexp_cols task handles


@njit(error_model="numpy", fastmath={"contract", "reassoc"}, forceinline=True)
def _logsumexp_block(x, o, i0, k, out):  # type: ignore[no-untyped-def]
    # column-wise logsumexp of x[o, :, i0:i0+k]: maxima, then exp sums, row by row
    # (contiguous inner loops), then the shift and log per column
    m = np.full(k, -np.inf, x.dtype)
    for r in range(x.shape[1]):
        xr = x[o, r, i0 : i0 + k]
        for i in range(k):
            m[i] = maximum(m[i], xr[i])
    for i in range(k):
        if m[i] == np.inf or m[i] == -np.inf:
            m[i] = 0
    total = np.zeros(k, x.dtype)
    for r in range(x.shape[1]):
        xr = x[o, r, i0 : i0 + k]
        for i in range(k):
            total[i] += exp(xr[i] - m[i])
    dst = out[o, i0 : i0 + k]
    for i in range(k):
        dst[i] = np.log(total[i]) + m[i]


def logsumexp_cols(x, out):  # type: ignore[no-untyped-def]
    blocks = (x.shape[2] + _LSE_BLOCK - 1) // _LSE_BLOCK
    for t in range(x.shape[0] * blocks):
        i0 = (t % blocks) * _LSE_BLOCK
        _logsumexp_block(x, t // blocks, i0, min(x.shape[2] - i0, _LSE_BLOCK), out)


def logsumexp_cols_parallel(x, out):  # type: ignore[no-untyped-def]
    blocks = (x.shape[2] + _LSE_BLOCK - 1) // _LSE_BLOCK
    for t in prange(x.shape[0] * blocks):
        i0 = (t % blocks) * _LSE_BLOCK
        _logsumexp_block(x, t // blocks, i0, min(x.shape[2] - i0, _LSE_BLOCK), out)
