"""Array operations the generated wrappers call after validating their arguments.

Functions here receive arguments already converted by the wrapper (arrays of
an allowed dtype, canonical dtypes), so they do no validation of their own.
"""

from __future__ import annotations

import numpy as np

from . import config


def cast(x: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """A new array of `dtype` (float -> int truncates toward zero, as tf.cast).

    Casting NaN or an out-of-range float to an integer gives NumPy's (platform)
    value without a warning, as tf.cast gives its own without one.
    """
    with np.errstate(invalid="ignore", over="ignore"):
        return np.array(x, dtype=dtype, copy=True)


def cast_to_floatx(x: np.ndarray) -> np.ndarray:
    """`x` as an array of the current floatx() (a copy only when the dtype differs)."""
    with np.errstate(invalid="ignore", over="ignore"):
        return np.asarray(x, dtype=config.floatx())
