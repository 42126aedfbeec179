"""Axis-wise functions that are not plain folds: arg-extrema and normalisations.

They receive arguments already converted by the generated wrappers.
"""

from __future__ import annotations

import numpy as np

from . import checks


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
    """exp(x - max) / sum(exp(x - max)) along `axis`: never overflows."""
    if x.ndim == 0:
        raise ValueError("keras_numba.softmax: x must have at least one dimension")
    axis = checks.normalize_axis("softmax", "axis", axis, x.ndim)
    work = x.astype(np.float32) if x.dtype == np.float16 else x
    with np.errstate(invalid="ignore", over="ignore"):
        shifted = work - np.max(work, axis=axis, keepdims=True) if work.size else work
        e = np.exp(shifted)
        out = e / np.sum(e, axis=axis, keepdims=True)
    return out.astype(x.dtype, copy=False)


def l2_normalize(x: np.ndarray, axis: int | tuple[int, ...] | None) -> np.ndarray:
    """x / sqrt(max(sum(x ** 2), 1e-12)) over `axis` (all axes when None), as tf.math.l2_normalize."""
    axes = checks.normalize_axes("l2_normalize", "axis", axis, x.ndim)
    work = x.astype(np.float32) if x.dtype == np.float16 else x
    with np.errstate(invalid="ignore", over="ignore"):
        square_sum = np.sum(work * work, axis=axes, keepdims=True)
        out = work / np.sqrt(np.maximum(square_sum, work.dtype.type(1e-12)))
    return out.astype(x.dtype, copy=False)


def _extremum(fn: str, reducer, x: np.ndarray, axis, keepdims: bool, initial) -> np.ndarray:  # type: ignore[no-untyped-def]
    axes = checks.normalize_axes(fn, "axis", axis, x.ndim)
    return np.asarray(reducer(x, axis=axes, keepdims=keepdims, initial=initial))


def max(x: np.ndarray, axis: int | tuple[int, ...] | None, keepdims: bool) -> np.ndarray:  # noqa: A001
    """Maximum over `axis`; NaN propagates; the dtype's lowest value over no elements.

    NumPy's SIMD reduce: a Numba fold with NaN propagation does not vectorise
    (measured 0.07x of NumPy on (4096, 1024) float32), so this one calls NumPy.
    """
    low = -np.inf if x.dtype.kind == "f" else (False if x.dtype.kind == "b" else np.iinfo(x.dtype).min)
    return _extremum("max", np.max, x, axis, keepdims, low)


def min(x: np.ndarray, axis: int | tuple[int, ...] | None, keepdims: bool) -> np.ndarray:  # noqa: A001
    """Minimum over `axis`; NaN propagates; the dtype's highest value over no elements (see `max`)."""
    high = np.inf if x.dtype.kind == "f" else (True if x.dtype.kind == "b" else np.iinfo(x.dtype).max)
    return _extremum("min", np.min, x, axis, keepdims, high)
