"""Axis-wise functions that are not plain folds: arg-extrema and normalisations.

They receive arguments already converted by the generated wrappers.
"""

from __future__ import annotations

import math
import threading
from typing import Any, Callable

import numpy as np

from . import checks, kernels

_row_jit: dict[tuple[str, str, bool], Callable[..., Any]] = {}
_jit_lock = threading.Lock()


def _row_loop(name: str, dtype: np.dtype, parallel: bool) -> Callable[..., Any]:
    """row_kernels.<name>_rows(_parallel) compiled for `dtype` (imports numba on first use)."""
    key = (name, dtype.name, parallel)
    fn = _row_jit.get(key)
    if fn is None:
        with _jit_lock:
            fn = _row_jit.get(key)
            if fn is None:
                numba = kernels._numba()
                from . import row_kernels

                arr = numba.types.Array(numba.from_dtype(dtype), 2, "C")
                py_func = getattr(row_kernels, f"{name}_rows" + ("_parallel" if parallel else ""))
                fn = kernels.jit(py_func, numba.types.void(arr, arr), parallel=parallel)
                _row_jit[key] = fn
    return fn


def _by_rows(name: str, x: np.ndarray, axis: int) -> np.ndarray:
    """Apply a row kernel along `axis` (moved last, contiguous) and move it back."""
    moved = np.ascontiguousarray(np.moveaxis(x, axis, -1))
    rows = moved.reshape(-1, moved.shape[-1])
    out = np.empty_like(rows)
    _row_loop(name, rows.dtype, rows.size >= 50_000 and kernels.parallel_available())(rows, out)
    return np.ascontiguousarray(np.moveaxis(out.reshape(moved.shape), -1, axis))


def argmax(x: np.ndarray, axis: int) -> np.ndarray:
    """Index of the maximum along `axis` (the first one on ties; NaN counts as the maximum)."""
    if x.ndim == 0:
        raise ValueError("keras_numba.argmax: x must have at least one dimension")
    axis = checks.normalize_axis("argmax", "axis", axis, x.ndim)
    if x.shape[axis] == 0:
        raise ValueError(f"keras_numba.argmax: axis {axis} of x is empty")
    return np.argmax(x, axis=axis).astype(np.int64, copy=False)


def argmin(x: np.ndarray, axis: int) -> np.ndarray:
    """Index of the minimum along `axis` (the first one on ties; NaN counts as the minimum)."""
    if x.ndim == 0:
        raise ValueError("keras_numba.argmin: x must have at least one dimension")
    axis = checks.normalize_axis("argmin", "axis", axis, x.ndim)
    if x.shape[axis] == 0:
        raise ValueError(f"keras_numba.argmin: axis {axis} of x is empty")
    return np.argmin(x, axis=axis).astype(np.int64, copy=False)


def softmax(x: np.ndarray, axis: int) -> np.ndarray:
    """exp(x - max) / sum(exp(x - max)) along `axis`: never overflows.

    One fused pass per row (max, exp and sum, scale) with the vectorised exp,
    rows in parallel; another axis is moved last (one copy) and back.
    """
    if x.ndim == 0:
        raise ValueError("keras_numba.softmax: x must have at least one dimension")
    axis = checks.normalize_axis("softmax", "axis", axis, x.ndim)
    work = x.astype(np.float32) if x.dtype == np.float16 else x
    if work.size == 0:
        return np.empty(x.shape, x.dtype)
    return _by_rows("softmax", work, axis).astype(x.dtype, copy=False)


def l2_normalize(x: np.ndarray, axis: int | tuple[int, ...] | None) -> np.ndarray:
    """x / sqrt(max(sum(x ** 2), 1e-12)) over `axis` (all axes when None), as tf.math.l2_normalize."""
    axes = checks.normalize_axes("l2_normalize", "axis", axis, x.ndim)
    work = x.astype(np.float32) if x.dtype == np.float16 else x
    if len(axes) == 1 and work.size and work.ndim:  # one axis: a fused Numba pass per row
        return _by_rows("l2_normalize", work, axes[0]).astype(x.dtype, copy=False)
    with np.errstate(invalid="ignore", over="ignore"):
        square_sum = np.sum(work * work, axis=axes, keepdims=True)
        out = work / np.sqrt(np.maximum(square_sum, work.dtype.type(1e-12)))
    return out.astype(x.dtype, copy=False)


_fold_jit: dict[tuple[str, str, bool], Callable[..., Any]] = {}


def _fold_loop(name: str, dtype: np.dtype, parallel: bool) -> Callable[..., Any]:
    """row_kernels.<name>(_parallel) reducing (rows, n) to (rows,) ("_rows") or
    (outer, n, inner) to (outer, inner) ("_cols"), compiled for `dtype`."""
    key = (name, dtype.name, parallel)
    fn = _fold_jit.get(key)
    if fn is None:
        with _jit_lock:
            fn = _fold_jit.get(key)
            if fn is None:
                numba = kernels._numba()
                from . import row_kernels

                item = numba.from_dtype(dtype)
                ndim = 2 if name.endswith("_rows") else 3
                sig = numba.types.void(numba.types.Array(item, ndim, "C"), numba.types.Array(item, ndim - 1, "C"))
                fn = kernels.jit(getattr(row_kernels, name + ("_parallel" if parallel else "")), sig, parallel=parallel)
                _fold_jit[key] = fn
    return fn


def logsumexp(x: np.ndarray, axis: int | tuple[int, ...] | None, keepdims: bool) -> np.ndarray:
    """log(sum(exp(x))) over `axis` without overflow, as tf.reduce_logsumexp.

    Laid out as axiswise.reduce does: (rows, reduced) when the reduced axes are last
    (one fused pass per row: its NaN-propagating SIMD maximum, the vectorised exp
    summed, one log), (outer, reduced, inner) when they are adjacent but not last
    (the same per column, over blocks of the contiguous inner axis); other axes are
    moved last with one copy.
    """
    axes = checks.normalize_axes("logsumexp", "axis", axis, x.ndim)
    work = np.ascontiguousarray(x, dtype=np.float32 if x.dtype == np.float16 else x.dtype)
    shape = x.shape
    kept = [d for d in range(x.ndim) if d not in axes]
    result_shape = tuple(1 if d in axes else shape[d] for d in range(x.ndim)) if keepdims else tuple(shape[d] for d in kept)
    reduced = math.prod(shape[d] for d in axes)
    if axes and list(axes) == list(range(axes[0], axes[-1] + 1)):
        outer, inner = math.prod(shape[: axes[0]]), math.prod(shape[axes[-1] + 1 :])
    else:  # no axes (every element alone) or non-adjacent ones: reduced axes last
        work = np.ascontiguousarray(work.transpose(kept + list(axes)))
        outer, inner = math.prod(shape[d] for d in kept), 1
    parallel = work.size >= 50_000 and kernels.parallel_available()
    out = np.empty((outer, inner), work.dtype)
    if out.size:
        if inner == 1:
            _fold_loop("logsumexp_rows", work.dtype, parallel)(work.reshape(outer, reduced), out.reshape(outer))
        else:
            _fold_loop("logsumexp_cols", work.dtype, parallel)(work.reshape(outer, reduced, inner), out)
    return out.reshape(result_shape).astype(x.dtype, copy=False)
