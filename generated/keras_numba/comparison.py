# @generated from spec/ops/greater.yaml, spec/ops/maximum.yaml by codegen/templates/module.py.j2 — do not edit
"""Comparisons and selection: Elementwise comparisons (bool results), maximum, minimum and clipping.

Public wrappers: each validates and converts its arguments (errors name the
function and the argument), then runs its kernel. Kernels compile lazily on
first call; importing this module compiles nothing.
"""

import numpy as _np

from keras_numba import _dtype_table
from keras_numba._runtime import checks as _checks
from keras_numba._runtime import dtypes as _dtypes
from keras_numba._runtime import elementwise as _elementwise
from keras_numba._runtime.kernels import KernelSet as _KernelSet
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES
_NUMERIC = _dtype_table.CLASSES['numeric']


# --- greater (spec/ops/greater.yaml)

_greater_kernels = _KernelSet('keras_numba.kernels.greater', 'greater', 2, (), ('contract',), 100000)


def greater(x, y):
    """Elementwise truth value of (x > y).

    Broadcasts `x` against `y`; comparisons with NaN are False.

    Args:
        x: Tensor or variable.
        y: Tensor or variable.

    Returns:
        A bool tensor of the broadcast shape.

    Raises:
        TypeError: x, y with a dtype outside numeric
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.greater(np.array([1.0, 2.0, 3.0], dtype="float32"), 2.0)
        array([False, False,  True])
        >>> K.greater(np.array([[1], [4]], dtype="int32"), np.array([2, 3], dtype="int32"))
        array([[False, False],
               [ True,  True]])
    """
    (x, y), dtype_T = _dtypes.resolve('greater', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('greater', ('x', 'y'), _greater_kernels, [x, y], (), dtype_T, _np.dtype('bool'))


# --- maximum (spec/ops/maximum.yaml)

_maximum_kernels = _KernelSet('keras_numba.kernels.maximum', 'maximum', 2, (), ('contract',), 100000)


def maximum(x, y):
    """Elementwise maximum of two tensors.

    Broadcasts `x` against `y`. NaN in either argument gives NaN, as in NumPy.

    Args:
        x: Tensor or variable.
        y: Tensor or variable.

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, y with a dtype outside numeric
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.maximum(np.array([1.0, 5.0, 3.0], dtype="float32"), np.array([4.0, 2.0, 3.0], dtype="float32"))
        array([4., 5., 3.], dtype=float32)
        >>> K.maximum(np.array([[1, -2], [3, -4]], dtype="int32"), 0)
        array([[1, 0],
               [3, 0]], dtype=int32)
    """
    (x, y), dtype_T = _dtypes.resolve('maximum', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('maximum', ('x', 'y'), _maximum_kernels, [x, y], (), dtype_T, dtype_T)
