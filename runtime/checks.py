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
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (numbers.Integral,)):
        raise _type_error(fn, arg, "an int", value)
    return int(value)


def to_bool(fn: str, arg: str, value: Any) -> bool:
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
