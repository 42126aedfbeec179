"""Adding rows into zeros at integer indices: the gradient of `gather` (and of indexing
with an integer array), where repeated indices must accumulate.

`np.add.at` does that one element at a time through a generic ufunc loop:
1.7 ms for the (64, 50) token gradient of a Keras Embedding of width 64,
about a tenth of a training step. A serial Numba loop over the rows adds each
row with one vectorised inner loop (a parallel one would race on repeats).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import kernels


def _add_rows(index: Any, rows: Any, out: Any) -> None:  # compiled by _loop
    n_out = out.shape[0]
    for i in range(index.shape[0]):
        r = index[i]
        if r < 0:
            r += n_out
        for j in range(out.shape[1]):
            out[r, j] += rows[i, j]


def _signature(name: str, numba: Any, dtype: str) -> Any:
    ty = numba.types
    t = numba.from_dtype(np.dtype(dtype))
    return ty.void(ty.Array(ty.intp, 1, "C", readonly=True), ty.Array(t, 2, "C", readonly=True), ty.Array(t, 2, "C"))


_loop = kernels.LoopSet(globals(), _signature, one_variant=lambda name: True)

_LOOP_DTYPES = (np.dtype(np.float32), np.dtype(np.float64))


def add_rows_at(out: np.ndarray, index: np.ndarray, rows: np.ndarray) -> None:
    """`out[index] += rows` with repeated indices accumulating (`np.add.at(out, index, rows)`).

    `index` is an integer array selecting along out's first axis and `rows`
    has shape `index.shape + out.shape[1:]`; other cases, and indices out of
    range (which raise IndexError there), go to `np.add.at`.
    """
    n = out.shape[0] if out.ndim else 0
    if (
        out.dtype in _LOOP_DTYPES
        and rows.dtype == out.dtype
        and out.ndim >= 1
        and rows.shape == index.shape + out.shape[1:]
        and out.flags.c_contiguous
        and index.size
        and -n <= index.min()
        and index.max() < n
    ):
        width = int(np.prod(out.shape[1:], dtype=np.int64))
        flat_index = np.ascontiguousarray(index.reshape(-1), dtype=np.intp)
        flat_rows = np.ascontiguousarray(rows).reshape(index.size, width)
        _loop("_add_rows", False)(flat_index, flat_rows, out.reshape(n, width))
        return
    np.add.at(out, index, rows)
