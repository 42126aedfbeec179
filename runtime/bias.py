"""Bias kernels: `x + bias` along the channel axis, and its gradient (the per-channel sum).

`bias_add` (runtime/array_ops.py) and the bias gradient `_sum_to_bias`
(runtime/derivatives.py) call these for float32/float64 arrays whose
channels are either the last axis (rows of a C-contiguous ``(M, C)`` view)
or the axis after the batch in a C-contiguous ``(N, C, S)`` array
(``'channels_first'``). Anything else stays with NumPy / the backend's sum.

Why not NumPy: ``np.add(x, b)`` with a broadcast bias is one thread; for a
Keras Conv2D output (64, 26, 26, 32) float32 it took 276 us with the data in
cache and ~405 us cold (64 MB touched between calls), while a two-thread pass
takes ~110 / ~250 us (a cold copy of the same array is ~220 us: the cold case
is memory-bound). The gradient's sum over (N, H, W) of that shape took 124 /
366 us through the backend's general `sum`; one pass with per-thread partial
column sums in float64 reads the array once.

Sums accumulate in float64 (float32 inputs too): as accurate as a pairwise
sum, and the pass is memory-bound, so the wider adds cost nothing measurable.
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np

from . import kernels

#: Below this many elements the loops run on one thread: a TBB launch costs ~5-10 us,
#: more than a pass over 64k float32 (~15 us warm).
PARALLEL_MIN = 65_536
#: The sums run on one thread below this many elements: reading is the whole cost, and one
#: thread nearly saturates it (best of 40, us, serial / two threads / the backend's sum):
#: (7744, 64) float32 warm 36 / 42 / 47, cold 99 / 128 / 227; (43264, 32) warm 99 / 80 / 118,
#: cold 204 / 215 / 381.
SUM_PARALLEL_MIN = 1_000_000
#: Above this many output bytes `add` runs on one thread: a fresh output's first-touch page
#: faults from two threads cost more than they save (bias_add (4000, 1000), best of 15:
#: float32 16 MB 599 us on two threads vs 889 on one; float64 32 MB 1817 vs 1401 us).
PARALLEL_MAX_BYTES = 16 * 2**20
#: Below this many elements NumPy's own loop is as fast as a kernel call (~1-2 us).
KERNEL_MIN = 4_096

_DTYPES = (np.dtype(np.float32), np.dtype(np.float64))

# Names the loops below resolve when Numba compiles them (set by LoopSet).
prange = range


def _add_last(x, b, out):  # type: ignore[no-untyped-def]
    # x, out (M, C), b (C,): one row per iteration, channels contiguous (vectorised)
    C = x.shape[1]
    for i in prange(x.shape[0]):
        src, dst = x[i], out[i]
        for c in range(C):
            dst[c] = src[c] + b[c]


def _add_first(x, b, out):  # type: ignore[no-untyped-def]
    # x, out (N * C, S), b (C,): row r holds channel r % C
    C = b.shape[0]
    S = x.shape[1]
    for r in prange(x.shape[0]):
        src, dst = x[r], out[r]
        v = b[r % C]
        for s in range(S):
            dst[s] = src[s] + v


def _sum_last(g, parts):  # type: ignore[no-untyped-def]
    # g (M, C); parts (T, C) float64 zeros: part t sums rows [t*M/T, (t+1)*M/T).
    # Blocks of B rows (B*C >= 256 values) are added as one flat run into B*C float64
    # accumulators: a long, vectorised inner loop whose adds are independent. One add per
    # row into C accumulators was latency-bound (1.38M float32, C = 32, one thread: 170 ->
    # 77 us; NumPy's axis-0 sum 586 us).
    M, C = g.shape
    T = parts.shape[0]
    B = max(1, 256 // C)
    for t in prange(T):
        lo, hi = t * M // T, (t + 1) * M // T
        nb = (hi - lo) // B
        acc = np.zeros(B * C, np.float64)
        flat = g[lo: lo + nb * B].reshape(nb * B * C)
        for k in range(nb):
            blk = flat[k * B * C: (k + 1) * B * C]
            for j in range(B * C):
                acc[j] += blk[j]
        out = parts[t]
        for j in range(B * C):
            out[j % C] += acc[j]
        for i in range(lo + nb * B, hi):
            row = g[i]
            for c in range(C):
                out[c] += row[c]


def _sum_first(g, sums):  # type: ignore[no-untyped-def]
    # g (N * C, S); sums (N * C,) float64: one contiguous row sum each
    for r in prange(g.shape[0]):
        row = g[r]
        s = 0.0
        for i in range(row.shape[0]):
            s += row[i]
        sums[r] = s


def _signature(name: str, numba: Any, dtype: str) -> Any:
    ty = numba.types
    t = numba.from_dtype(np.dtype(dtype))
    r2, w2, r1 = ty.Array(t, 2, "C", readonly=True), ty.Array(t, 2, "C"), ty.Array(t, 1, "C", readonly=True)
    if name in ("_add_last", "_add_first"):
        return ty.void(r2, r1, w2)
    if name == "_sum_last":
        return ty.void(r2, ty.Array(ty.float64, 2, "C"))
    return ty.void(r2, ty.Array(ty.float64, 1, "C"))


# one function per loop for both variants (prange is range when serial); the row sum
# of _sum_first vectorises only when its additions may be reordered
_loop = kernels.LoopSet(globals(), _signature, fastmath=frozenset({"reassoc"}), one_variant=lambda name: True)


def _parallel(size: int) -> bool:
    return size >= PARALLEL_MIN and kernels.parallel_available()


def _eligible(x: np.ndarray, bias: np.ndarray) -> bool:
    return x.dtype in _DTYPES and bias.dtype == x.dtype and x.size >= KERNEL_MIN and x.flags.c_contiguous


def add(x: np.ndarray, bias: np.ndarray, channels_first: bool) -> Optional[np.ndarray]:
    """`x + bias` for a rank-1 bias along the channel axis, or None when NumPy should do it.

    The channel axis is 1 when `channels_first`, else the last one.
    """
    if not _eligible(x, bias):
        return None
    out = np.empty_like(x)
    C = bias.shape[0]
    b = np.ascontiguousarray(bias)
    parallel = _parallel(x.size) and out.nbytes <= PARALLEL_MAX_BYTES
    if channels_first:
        view = (x.shape[0] * C, x.size // (x.shape[0] * C))
        _loop("_add_first", parallel)(x.reshape(view), b, out.reshape(view))
    else:
        view = (x.size // C, C)
        _loop("_add_last", parallel)(x.reshape(view), b, out.reshape(view))
    return out


def sum_to_bias(grad: np.ndarray, axes: tuple[int, ...]) -> Optional[np.ndarray]:
    """`grad` summed over `axes`, flattened, in grad's dtype; None when the backend's general
    sum should do it (other dtypes, small or non-contiguous arrays, other axes).

    Handled: `axes` a leading run (0, ..., k-1) (channels last, or a bias of rank ndim - 1:
    the column sums of a (M, K) view), or every axis but 1 (channels first).
    """
    nd = grad.ndim
    if grad.dtype not in _DTYPES or grad.size < KERNEL_MIN or not grad.flags.c_contiguous or not axes:
        return None
    parallel = grad.size >= SUM_PARALLEL_MIN and kernels.parallel_available()
    if tuple(axes) == tuple(range(len(axes))):
        cols = int(np.prod(grad.shape[len(axes):]))
        # a few parts per thread: the rows are split evenly, and the partial sums are tiny
        parts = np.zeros((8 if parallel else 1, cols), np.float64)
        _loop("_sum_last", parallel)(grad.reshape(grad.size // cols, cols), parts)
        return parts.sum(axis=0).astype(grad.dtype)
    if nd > 2 and tuple(axes) == (0,) + tuple(range(2, nd)):
        rows = grad.shape[0] * grad.shape[1]
        sums = np.empty(rows, np.float64)
        _loop("_sum_first", parallel)(grad.reshape(rows, grad.size // rows), sums)
        return sums.reshape(grad.shape[0], grad.shape[1]).sum(axis=0).astype(grad.dtype)
    return None
