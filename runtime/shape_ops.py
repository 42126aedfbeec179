"""Creating tensors, changing their shape, joining, repeating and reading shapes.

Kernels of the `creation` and `shape` categories. Each function receives the
arguments the generated wrapper converted (arrays of an allowed dtype, tuples
of ints, NumPy dtypes; `Any` parameters unconverted), validates what depends
on values and shapes, with messages ``keras_numba.<fn>: <arg> ...``, and runs
the NumPy expression measured fastest. Reshaping, transposing, squeezing and
reversing return views of their input where NumPy does; everything else
returns a new array. `name` parameters exist for tf_keras compatibility only.
"""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np

from . import config
from .checks import normalize_axes, normalize_axis

INT32 = np.dtype("int32")
_INT32_RANGE = (-(2**31), 2**31 - 1)
_ALL = slice(None)
_REVERSED = slice(None, None, -1)
_DTYPE_NAMES: dict[np.dtype, str] = {}


# --------------------------------------------------------------------------- helpers


def _sizes(fn: str, arg: str, sizes: tuple[int, ...]) -> tuple[int, ...]:
    """`sizes` when none is negative (a shape or repetition counts)."""
    if any(s < 0 for s in sizes):
        raise ValueError(f"keras_numba.{fn}: {arg} must not contain negative sizes; got {sizes}")
    return sizes


def _new_axis(fn: str, arg: str, axis: int, ndim: int) -> int:
    """An axis of a result with one more dimension than the input, in [0, ndim]."""
    if not -ndim - 1 <= axis <= ndim:
        raise IndexError(f"keras_numba.{fn}: {arg} {axis} is out of range [{-ndim - 1}, {ndim}] for a tensor of rank {ndim}")
    return axis % (ndim + 1)


def _number(fn: str, arg: str, value: Any) -> int | float:
    """A finite real Python number from an int/float (Python, NumPy or 0-d array)."""
    if isinstance(value, np.ndarray) and value.ndim == 0:
        value = value[()]
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TypeError(f"keras_numba.{fn}: {arg} must be an int or a float; got {type(value).__name__} {value!r}")
    if isinstance(value, numbers.Integral):
        return int(value)
    if not math.isfinite(value):
        raise ValueError(f"keras_numba.{fn}: {arg} must be finite; got {value!r}")
    return float(value)


# --------------------------------------------------------------------------- creation


def arange(start: Any, stop: Any, step: Any, dtype: np.dtype) -> np.ndarray:
    """`range(start, stop, step)` as a tensor; integers give int32, floats floatx()."""
    lo = _number("arange", "start", start)
    hi = None if stop is None else _number("arange", "stop", stop)
    delta = _number("arange", "step", step)
    if delta == 0:
        raise ValueError("keras_numba.arange: step must not be zero")
    if hi is None:
        lo, hi = 0, lo
    if isinstance(lo, int) and isinstance(hi, int) and isinstance(delta, int):
        values = np.arange(lo, hi, delta, dtype=np.int64)
        fits = values.size == 0 or (_INT32_RANGE[0] <= values[0] <= _INT32_RANGE[1] and _INT32_RANGE[0] <= values[-1] <= _INT32_RANGE[1])
        natural = INT32 if fits else np.dtype(np.int64)
    else:
        values = np.arange(lo, hi, delta, dtype=np.float64)
        natural = np.dtype(config.floatx())
    target = natural if dtype == INT32 else dtype
    with np.errstate(invalid="ignore", over="ignore"):
        return values.astype(target, copy=False)


def eye(size: tuple[int, ...], dtype: np.dtype | None, name: str | None) -> np.ndarray:
    if len(size) not in (1, 2):
        raise ValueError(f"keras_numba.eye: size must be an int or (rows, columns); got {size}")
    rows, cols = _sizes("eye", "size", size * 2 if len(size) == 1 else size)[:2]
    return np.eye(rows, cols, dtype=dtype if dtype is not None else config.floatx())


def zeros(shape: tuple[int, ...], dtype: np.dtype | None, name: str | None) -> np.ndarray:
    return np.zeros(_sizes("zeros", "shape", shape), dtype=dtype if dtype is not None else config.floatx())


def ones(shape: tuple[int, ...], dtype: np.dtype | None, name: str | None) -> np.ndarray:
    return np.ones(_sizes("ones", "shape", shape), dtype=dtype if dtype is not None else config.floatx())


def zeros_like(x: np.ndarray, dtype: np.dtype | None, name: str | None) -> np.ndarray:
    return np.zeros_like(x, dtype=dtype)


def ones_like(x: np.ndarray, dtype: np.dtype | None, name: str | None) -> np.ndarray:
    return np.ones_like(x, dtype=dtype)


def constant(value: Any, dtype: np.dtype | None, shape: tuple[int, ...] | None, name: str | None) -> np.ndarray:
    """A new array of `value` in `dtype` (floatx() when None), reshaped or filled to `shape`."""
    target = dtype if dtype is not None else np.dtype(config.floatx())
    try:
        source = np.asarray(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"keras_numba.constant: value cannot be read as a tensor: {exc}") from None
    if source.dtype.kind not in "biufc" or (source.dtype.kind == "c" and target.kind != "c"):
        raise TypeError(f"keras_numba.constant: value of dtype {source.dtype} cannot be converted to {target}")
    with np.errstate(invalid="ignore", over="ignore"):
        out = np.array(source, dtype=target)  # always a copy: never aliases `value`
    if shape is None:
        return out
    _sizes("constant", "shape", shape)
    if out.size == math.prod(shape):
        return out.reshape(shape)
    if out.size == 1:
        return np.full(shape, out.reshape(()), dtype=target)
    raise ValueError(f"keras_numba.constant: shape {shape} has {math.prod(shape)} elements; value has {out.size} (only a single value is broadcast)")


# --------------------------------------------------------------------------- reshaping


def reshape(x: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    if not shape or min(shape) >= -1:  # NumPy reads any negative size as "unknown"; tf only -1
        try:
            return x.reshape(shape)
        except ValueError:
            pass
    unknown = shape.count(-1)
    if unknown > 1 or min(shape, default=0) < -1:
        raise ValueError(f"keras_numba.reshape: shape may hold one -1 and otherwise sizes >= 0; got {shape}")
    if unknown:
        raise ValueError(f"keras_numba.reshape: shape {shape} cannot hold the {x.size} elements of x (shape {x.shape})")
    raise ValueError(f"keras_numba.reshape: shape {shape} has {math.prod(shape)} elements; x (shape {x.shape}) has {x.size}")


def transpose(x: np.ndarray) -> np.ndarray:
    return x.T


def permute_dimensions(x: np.ndarray, pattern: tuple[int, ...]) -> np.ndarray:
    if len(pattern) == x.ndim:
        try:
            return x.transpose(pattern)  # NumPy takes exactly the permutations tf takes
        except ValueError:
            pass
    raise ValueError(f"keras_numba.permute_dimensions: pattern must be a permutation of the {x.ndim} axes of x; got {pattern}")


def expand_dims(x: np.ndarray, axis: int) -> np.ndarray:
    # indexing with None gives the same view as np.expand_dims, at a sixth of its cost
    return x[(_ALL,) * _new_axis("expand_dims", "axis", axis, x.ndim) + (None,)]


def squeeze(x: np.ndarray, axis: int) -> np.ndarray:
    ax = normalize_axis("squeeze", "axis", axis, x.ndim)
    if x.shape[ax] != 1:
        raise ValueError(f"keras_numba.squeeze: axis {axis} has size {x.shape[ax]}; only a size-1 axis can be squeezed")
    return x.squeeze(ax)


def flatten(x: np.ndarray) -> np.ndarray:
    return x.reshape(-1)


def batch_flatten(x: np.ndarray) -> np.ndarray:
    if x.ndim == 0:
        return x.reshape(1, 1)
    return x.reshape(x.shape[0], math.prod(x.shape[1:]))


# --------------------------------------------------------------------------- joining and repeating


def _same_shapes(fn: str, arg: str, arrays: list[np.ndarray], skip: int | None) -> None:
    """Every array has the first one's shape (except along axis `skip`)."""
    first = arrays[0].shape
    for i, a in enumerate(arrays[1:], 1):
        if a.ndim != len(first) or any(s != t for d, (s, t) in enumerate(zip(a.shape, first)) if d != skip):
            along = "" if skip is None else f" except along axis {skip}"
            raise ValueError(f"keras_numba.{fn}: {arg} must have equal shapes{along}; {arg}[0] has {first}, {arg}[{i}] has {a.shape}")


def concatenate(tensors: list[np.ndarray], axis: int) -> np.ndarray:
    try:
        return np.concatenate(tensors, axis=axis)  # validation below runs only when NumPy refuses
    except ValueError as exc:  # np.exceptions.AxisError is a ValueError too
        problem = str(exc)  # reported below only if the named checks miss the cause
    ndim = tensors[0].ndim
    if ndim == 0:
        raise ValueError("keras_numba.concatenate: tensors must have at least one dimension (use stack to join scalars)")
    _same_shapes("concatenate", "tensors", tensors, normalize_axis("concatenate", "axis", axis, ndim))
    raise ValueError(f"keras_numba.concatenate: tensors cannot be concatenated: {problem}")


def stack(x: list[np.ndarray], axis: int) -> np.ndarray:
    try:
        return np.stack(x, axis=axis)  # validation below runs only when NumPy refuses
    except ValueError as exc:
        problem = str(exc)
    _new_axis("stack", "axis", axis, x[0].ndim)
    _same_shapes("stack", "x", x, None)
    raise ValueError(f"keras_numba.stack: x cannot be stacked: {problem}")


def tile(x: np.ndarray, n: tuple[int, ...]) -> np.ndarray:
    if len(n) > x.ndim:
        raise ValueError(f"keras_numba.tile: n has {len(n)} entries, more than the {x.ndim} axes of x")
    if n and min(n) < 0:
        _sizes("tile", "n", n)
    reps = (1,) * (x.ndim - len(n)) + tuple(n)
    if x.size * math.prod(reps) < 16_384 or x.ndim == 0:
        return np.tile(x, n)
    # one broadcast copy into (r0, s0, r1, s1, ...): np.tile copies once per tiled axis
    # (1.0 ms vs 0.75 ms for (1000, 1000) by (2, 3)); small tiles are cheaper through np.tile
    out = np.empty(tuple(v for r, s in zip(reps, x.shape) for v in (r, s)), x.dtype)
    out[...] = x.reshape(tuple(v for s in x.shape for v in (1, s)))
    return out.reshape(tuple(r * s for r, s in zip(reps, x.shape)))


def repeat(x: np.ndarray, n: int) -> np.ndarray:
    if x.ndim != 2:
        raise ValueError(f"keras_numba.repeat: x must be 2-D (batch, features); got shape {x.shape}")
    if n < 0:
        raise ValueError(f"keras_numba.repeat: n must be >= 0; got {n}")
    return np.repeat(x[:, None, :], n, axis=1)


def repeat_elements(x: np.ndarray, rep: int, axis: int) -> np.ndarray:
    if rep < 0:
        raise ValueError(f"keras_numba.repeat_elements: rep must be >= 0; got {rep}")
    if not -x.ndim <= axis < x.ndim:  # np.repeat would read a scalar as 1-D
        normalize_axis("repeat_elements", "axis", axis, x.ndim)
    return np.repeat(x, rep, axis=axis)


def reverse(x: np.ndarray, axes: int | tuple[int, ...] | None) -> np.ndarray:
    if isinstance(axes, int):
        chosen: tuple[int, ...] = (normalize_axis("reverse", "axes", axes, x.ndim),)
    else:
        chosen = normalize_axes("reverse", "axes", axes, x.ndim)
    index = [_ALL] * x.ndim
    for a in chosen:
        index[a] = _REVERSED
    return x[tuple(index)]  # a view with negative strides, as np.flip (which costs 1 us more)


# --------------------------------------------------------------------------- reading shapes


def shape(x: np.ndarray) -> np.ndarray:
    return np.array(x.shape, dtype=INT32)


def int_shape(x: np.ndarray) -> tuple[int, ...]:
    return tuple(int(s) for s in x.shape)


def ndim(x: np.ndarray) -> int:
    return int(x.ndim)


def dtype(x: np.ndarray) -> str:
    name = _DTYPE_NAMES.get(x.dtype)
    if name is None:  # np.dtype.name costs ~1.4 us per read; names are cached per dtype
        name = _DTYPE_NAMES[x.dtype] = x.dtype.name
    return name


def count_params(x: np.ndarray) -> int:
    return int(x.size)


# --------------------------------------------------------------------------- static answers for symbolic values
# (spec `symbolic:` entries: these read a placeholder's, tensor's or variable's static shape and dtype
# instead of building a graph node)


def static_int_shape(x: Any) -> tuple[int | None, ...]:
    return tuple(None if d is None else int(d) for d in x.shape)


def static_ndim(x: Any) -> int:
    return len(x.shape)


def static_dtype(x: Any) -> str:
    return np.dtype(x.dtype).name


def static_count_params(x: Any) -> int:
    if any(d is None for d in x.shape):
        raise ValueError(f"keras_numba.count_params: {getattr(x, 'name', 'x')} has unknown dimensions {static_int_shape(x)}")
    return int(np.prod(x.shape, dtype=np.int64))
