"""Dtype names and the rule that turns a function's inputs into arrays of one dtype.

Weak operands: Python scalars and (nested) lists/tuples of Python numbers have
no dtype of their own. They take the dtype of the array operands (so
``K.maximum(x_float32, 2)`` stays float32, as in tf_keras), following NumPy's
NEP 50 rule when kinds differ (an int32 array with a Python float gives
float64). With no array operand at all, floats become ``floatx()``, integers
int32 (TensorFlow's default) and booleans bool; a floating-only function
given only Python integers computes in ``floatx()``.

Arrays of different dtypes promote with NumPy's rules. tf_keras raises
instead; promoting is what a NumPy user expects and loses nothing.
"""

from __future__ import annotations

import math
from typing import Any, Sequence

import numpy as np

from . import config

FLOAT16 = np.dtype("float16")
FLOAT32 = np.dtype("float32")
_WEAK_SAMPLE = {"b": False, "i": 0, "u": 0, "f": 0.0, "c": 0j}
_WEAK_DEFAULT = {"b": np.dtype("bool"), "i": np.dtype("int32"), "u": np.dtype("int32"), "c": np.dtype("complex64")}


def describe(allowed: frozenset[np.dtype]) -> str:
    """A readable list of dtype names for error messages, in a stable order."""
    return ", ".join(sorted(str(d) for d in allowed))


def normalize(fn: str, arg: str, value: Any, aliases: dict[str, str], allowed: frozenset[np.dtype]) -> np.dtype:
    """A dtype argument (name, alias, NumPy type or dtype) as a NumPy dtype."""
    if isinstance(value, str):
        name = aliases.get(value, value)
        if name == "bfloat16":
            raise TypeError(f"keras_numba.{fn}: {arg} 'bfloat16' is not supported (NumPy has no bfloat16)")
        try:
            dt = np.dtype(name)
        except TypeError:
            raise TypeError(f"keras_numba.{fn}: {arg} must be a dtype name ({describe(allowed)}); got {value!r}") from None
    elif value is None or isinstance(value, bool):
        raise TypeError(f"keras_numba.{fn}: {arg} must be a dtype name ({describe(allowed)}); got {value!r}")
    else:
        try:
            dt = np.dtype(getattr(value, "as_numpy_dtype", value))
        except TypeError:
            raise TypeError(f"keras_numba.{fn}: {arg} must be a dtype name ({describe(allowed)}); got {value!r}") from None
    if dt not in allowed:
        raise TypeError(f"keras_numba.{fn}: {arg} must be one of {describe(allowed)}; got {dt}")
    return dt


_PY_KIND = {float: "f", int: "i", bool: "b", complex: "c"}
_FINITE_MAX = {np.dtype("float16"): 65504.0, np.dtype("float32"): 3.4028234663852886e38}
_NUMPY_VALUES = (np.generic, np.ndarray)


def _with_weak(dtype: np.dtype, kind: str) -> np.dtype:
    """NEP 50: the dtype of `dtype` combined with a Python number of `kind`.

    A Python number of the same or a lower kind keeps the array's dtype;
    a higher kind promotes (int array with a float -> float64).
    """
    if "biufc".index(kind) <= "biufc".index(dtype.kind if dtype.kind != "u" else "i"):
        return dtype
    return np.result_type(dtype, _WEAK_SAMPLE[kind])


def _weak_kind(fn: str, arg: str, value: Any) -> str:
    kind = _PY_KIND.get(type(value))
    if kind is not None:
        return kind
    try:
        kind = np.asarray(value).dtype.kind
    except (ValueError, TypeError) as exc:
        raise ValueError(f"keras_numba.{fn}: {arg} cannot be read as a tensor: {exc}") from None
    if kind not in _WEAK_SAMPLE:
        raise TypeError(f"keras_numba.{fn}: {arg} must be a tensor or a number; got {type(value).__name__}")
    return kind


def resolve(fn: str, names: Sequence[str], values: Sequence[Any], allowed: frozenset[np.dtype]) -> tuple[list[np.ndarray], np.dtype]:
    """Convert the tensor arguments of one type variable to arrays of one dtype.

    Returns the arrays and their common dtype; raises TypeError naming the
    argument when the dtype is outside `allowed`.
    """
    first = values[0]
    if type(first) is np.ndarray:  # fast path: arrays already of one allowed dtype
        dt = first.dtype
        if dt in allowed:
            if len(values) == 1:
                return [first], dt
            second = values[1] if len(values) == 2 else None
            if type(second) in _PY_KIND and not (type(second) is float and abs(second) > _FINITE_MAX.get(dt, math.inf)):
                if _with_weak(dt, _PY_KIND[type(second)]) is dt:  # array op Python number
                    try:
                        return [first, np.asarray(second, dt)], dt
                    except OverflowError:
                        pass  # reported with the argument's name below
            for v in values[1:]:
                if type(v) is not np.ndarray or v.dtype != dt:
                    break
            else:
                return list(values), dt
    strong: list[np.dtype] = []
    weak: list[str] = []
    for name, v in zip(names, values):
        dt = getattr(v, "dtype", None)
        if dt is not None and not isinstance(v, _NUMPY_VALUES):
            # variables and other array-likes with a dtype: read them as arrays
            dt = np.asarray(v).dtype
        if dt is None:
            weak.append(_weak_kind(fn, name, v))
        elif isinstance(dt, np.dtype) and dt in allowed:
            strong.append(dt)
        else:
            raise TypeError(f"keras_numba.{fn}: {name} must have dtype {describe(allowed)}; got {dt}")
    if strong:
        dtype = strong[0] if len(strong) == 1 else np.result_type(*strong)
        for kind in weak:
            dtype = _with_weak(dtype, kind)
    else:
        kind = max(weak, key="biufc".index)
        dtype = np.dtype(config.floatx()) if kind == "f" else _WEAK_DEFAULT[kind]
        if dtype not in allowed and kind in "biu":
            floatx = np.dtype(config.floatx())
            if floatx in allowed:
                dtype = floatx
    if dtype not in allowed:  # only Python numbers of a kind the function does not take
        raise TypeError(f"keras_numba.{fn}: {', '.join(names)} must have dtype {describe(allowed)}; got {dtype}")
    arrays = []
    for name, v in zip(names, values):
        try:
            with np.errstate(over="ignore"):  # a huge Python float in a float32 op is inf, as in TF
                # (not `v.dtype != dtype`: NumPy reads `dtype != None` as a float64 comparison)
                current = getattr(v, "dtype", None)
                arrays.append(np.asarray(v) if current is not None and current == dtype else np.asarray(v, dtype=dtype))
        except (ValueError, TypeError, OverflowError) as exc:
            raise ValueError(f"keras_numba.{fn}: {name} cannot be read as a {dtype} tensor: {exc}") from None
    return arrays, dtype


def resolve_list(fn: str, name: str, values: Any, allowed: frozenset[np.dtype]) -> tuple[list[np.ndarray], np.dtype]:
    """Convert a list of tensors (one List[Tensor[T]] argument) to arrays of one dtype."""
    if isinstance(values, np.ndarray) or not isinstance(values, (list, tuple)):
        raise TypeError(f"keras_numba.{fn}: {name} must be a list or tuple of tensors; got {type(values).__name__}")
    if not values:
        raise ValueError(f"keras_numba.{fn}: {name} must not be empty")
    names = [f"{name}[{i}]" for i in range(len(values))]
    return resolve(fn, names, values, allowed)
