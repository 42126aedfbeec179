"""Small scalar helpers for kernel bodies, compiled into the kernels that call them.

Kept apart from ``numerics`` (the vectorised transcendentals): these are exact
integer/rounding operations. Both files are hashed into the kernel cache stamp.
"""

from __future__ import annotations

import numpy as np
from numba import njit, types
from numba.extending import overload


def rint(x):  # type: ignore[no-untyped-def]
    """Round half to even (tf.round), exact for every float; integers pass through unchanged."""
    return x if isinstance(x, (int, np.integer)) else np.rint(x)


@overload(rint, inline="always")
def _rint_overload(x):  # type: ignore[no-untyped-def]
    if isinstance(x, types.Integer):
        return lambda x: x
    return lambda x: np.rint(x)


@njit(inline="always")
def ipow(x, n):  # type: ignore[no-untyped-def]
    """x ** n for an integer exponent n >= 0 by repeated squaring, in x's type.

    Integer overflow wraps, as in NumPy and TensorFlow. The wrapper rejects
    negative integer exponents of integer bases before the kernel runs.
    """
    result = x - x + 1
    base = x
    while n > 0:
        if n & 1:
            result = result * base
        base = base * base
        n >>= 1
    return result


def hoist(v):  # type: ignore[no-untyped-def]
    """The value of a single-element (0-d) operand, or the array itself.

    Loops call it once before iterating, so parallel loops capture a scalar
    (Numba's parfor lowering cannot index 0-d arrays inside the loop body).
    """
    return v[()] if np.ndim(v) == 0 else v


@overload(hoist, inline="always")
def _hoist_overload(v):  # type: ignore[no-untyped-def]
    if isinstance(v, types.Array) and v.ndim == 0:
        return lambda v: v[()]
    return lambda v: v


def at(v, i):  # type: ignore[no-untyped-def]
    """Element i of a 1-D input, or the input itself when it is a scalar.

    Lets one loop source serve every mix of array and scalar operands (a
    Python number operand is passed as a scalar, not broadcast); each mix is
    its own compiled signature, so the scalar case stays loop-invariant and
    the loop still vectorises.
    """
    return v if np.ndim(v) == 0 else v[i]


@overload(at, inline="always")
def _at_overload(v, i):  # type: ignore[no-untyped-def]
    if isinstance(v, types.Array):
        return lambda v, i: v[i]
    return lambda v, i: v


def lowest(x):  # type: ignore[no-untyped-def]
    """The identity of max for x's type: -inf for floats, the minimum for integers."""
    return -np.inf if isinstance(x, float) else np.iinfo(type(x)).min


@overload(lowest, inline="always")
def _lowest_overload(x):  # type: ignore[no-untyped-def]
    if isinstance(x, types.Float):
        return lambda x: type(x)(-np.inf)
    if isinstance(x, types.Boolean):
        return lambda x: False
    low = np.iinfo(np.dtype(str(x))).min
    return lambda x: type(x)(low)


def highest(x):  # type: ignore[no-untyped-def]
    """The identity of min for x's type: +inf for floats, the maximum for integers."""
    return np.inf if isinstance(x, float) else np.iinfo(type(x)).max


@overload(highest, inline="always")
def _highest_overload(x):  # type: ignore[no-untyped-def]
    if isinstance(x, types.Float):
        return lambda x: type(x)(np.inf)
    if isinstance(x, types.Boolean):
        return lambda x: True
    high = np.iinfo(np.dtype(str(x))).max
    return lambda x: type(x)(high)


def unit_rows(v):  # type: ignore[no-untyped-def]
    """Whether the rows of a 2-D view are contiguous (inner stride of one element).

    The 2d loops test it and run a copy of their loop under the test, where
    LLVM knows the stride and vectorises. The element size is a compile-time
    constant here: Numba's `a.itemsize` is read from the array at run time,
    which LLVM cannot fold into the indexing.
    """
    return v.strides[1] == v.itemsize


@overload(unit_rows, inline="always")
def _unit_rows_overload(v):  # type: ignore[no-untyped-def]
    size = np.dtype(str(v.dtype)).itemsize
    return lambda v: v.strides[1] == size
