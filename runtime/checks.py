"""Conversion and validation of non-tensor arguments, with errors that name them.

Every generated wrapper converts its hyper-parameters through these functions
before any kernel runs. Messages read ``keras_numba.<fn>: <arg> ...``.
"""

from __future__ import annotations

import math
import numbers
from typing import Any, Sequence

import numpy as np


def _type_error(fn: str, arg: str, expected: str, value: Any) -> TypeError:
    return TypeError(f"keras_numba.{fn}: {arg} must be {expected}; got {type(value).__name__} {value!r}")


def to_float(fn: str, arg: str, value: Any) -> float:
    """A real number (Python or NumPy scalar, or a 0-d array); bools are refused."""
    if isinstance(value, float):
        return value
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (numbers.Real, np.ndarray)):
        raise _type_error(fn, arg, "a float", value)
    if isinstance(value, np.ndarray):
        if value.ndim != 0 or value.dtype.kind not in "iuf":
            raise _type_error(fn, arg, "a float", value)
        value = value[()]
    return float(value)


def to_int(fn: str, arg: str, value: Any) -> int:
    if type(value) is int:
        return value
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (numbers.Integral,)):
        raise _type_error(fn, arg, "an int", value)
    return int(value)


def to_bool(fn: str, arg: str, value: Any) -> bool:
    if value is True or value is False:
        return value
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, numbers.Integral) and value in (0, 1):
        return bool(value)
    raise _type_error(fn, arg, "a bool", value)


def to_str(fn: str, arg: str, value: Any) -> str:
    if not isinstance(value, str):
        raise _type_error(fn, arg, "a string", value)
    return value


def choice(fn: str, arg: str, value: Any, choices: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in choices:
        options = ", ".join(repr(c) for c in choices)
        raise ValueError(f"keras_numba.{fn}: {arg} must be one of {options}; got {value!r}")
    return value


def finite(fn: str, arg: str, value: float) -> float:
    if not math.isfinite(value):
        raise ValueError(f"keras_numba.{fn}: {arg} must be finite; got {value!r}")
    return value


def _int_items(fn: str, arg: str, value: Any, what: str) -> tuple[int, ...]:
    try:
        items = tuple(value)
    except TypeError:
        raise _type_error(fn, arg, what, value) from None
    for item in items:
        if isinstance(item, (bool, np.bool_)) or not (isinstance(item, numbers.Integral) or _int_scalar_array(item)):
            raise _type_error(fn, arg, what, value)
    return tuple(int(i) for i in items)


def _int_scalar_array(item: Any) -> bool:
    # a 0-d integer array: what `K.shape(x)[0]` is when a graph runs (Keras 2's Reshape
    # layer reshapes to `(K.shape(x)[0],) + target_shape`)
    return isinstance(item, np.ndarray) and item.ndim == 0 and item.dtype.kind in "iu"


def to_axis(fn: str, arg: str, value: Any) -> int | tuple[int, ...] | None:
    """None, an int, or a tuple of ints (from any sequence); range is checked by the op."""
    if value is None or type(value) is int:
        return value
    if isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_)):
        return int(value)
    return _int_items(fn, arg, value, "None, an int or a sequence of ints")


def to_ints(fn: str, arg: str, value: Any) -> tuple[int, ...]:
    """An int or a sequence of ints, as a tuple."""
    if type(value) is tuple and all(type(i) is int for i in value):
        return value
    if isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_)):
        return (int(value),)
    return _int_items(fn, arg, value, "an int or a sequence of ints")


def to_shape(fn: str, arg: str, value: Any) -> tuple[int, ...]:
    """A shape: a sequence of ints (an int is a 1-D shape); -1 may stand for one unknown size."""
    if hasattr(value, "tolist") and not isinstance(value, (list, tuple)):
        value = value.tolist()
    return to_ints(fn, arg, value)


def to_callable(fn: str, arg: str, value: Any) -> Any:
    if not callable(value):
        raise _type_error(fn, arg, "callable", value)
    return value


def normalize_axis(fn: str, arg: str, axis: int, ndim: int) -> int:
    """A single axis in [0, ndim), from a possibly negative one; IndexError names it."""
    if not -ndim <= axis < ndim:
        raise IndexError(f"keras_numba.{fn}: {arg} {axis} is out of range for a tensor of rank {ndim}")
    return axis % ndim if ndim else 0


def normalize_axes(fn: str, arg: str, axis: int | tuple[int, ...] | None, ndim: int) -> tuple[int, ...]:
    """All axes for None, else the normalised, de-duplicated, sorted axes."""
    if axis is None:
        return tuple(range(ndim))
    axes = (axis,) if isinstance(axis, int) else axis
    out = sorted({normalize_axis(fn, arg, a, ndim) for a in axes})
    if len(out) != len(axes):
        raise ValueError(f"keras_numba.{fn}: {arg} repeats an axis: {axis}")
    return tuple(out)
