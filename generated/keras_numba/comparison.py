# @generated from spec/ops/clip.yaml, spec/ops/equal.yaml, spec/ops/greater.yaml, spec/ops/greater_equal.yaml, spec/ops/less.yaml, spec/ops/less_equal.yaml, spec/ops/maximum.yaml, spec/ops/minimum.yaml, spec/ops/not_equal.yaml by codegen/templates/module.py.j2 — do not edit
"""Comparisons and selection: Elementwise comparisons (bool results), maximum, minimum and clipping.

Public wrappers: each validates and converts its arguments (errors name the
function and the argument), then runs its kernel. Kernels compile lazily on
first call; importing this module compiles nothing.
"""

import numpy as np

from keras_numba import _dtype_table
from keras_numba import _gradients
from keras_numba._runtime import graph as _graph
from keras_numba._runtime import checks as _checks
from keras_numba._runtime import dtypes as _dtypes
from keras_numba._runtime import elementwise as _elementwise
from keras_numba._runtime.kernels import KernelSet as _KernelSet
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES
_ALL = _dtype_table.CLASSES['all']
_NUMERIC = _dtype_table.CLASSES['numeric']


# --- clip (spec/ops/clip.yaml)

_clip_kernels = _KernelSet('keras_numba.kernels.clip', 'clip', 3, (), ('contract',), 200000)


def clip(x, min_value, max_value):
    """Elementwise value clipping.

    `max(min(x, max_value), min_value)`, as `tf.clip_by_value`: the bounds broadcast against `x`
    and may be tensors; a `None` bound is open (`-inf` / `+inf`). Where `min_value > max_value`
    the result is `min_value`. NaN in `x` (or in a bound) gives NaN.

    Args:
        x: Tensor or variable.
        min_value: Lower bound (Python number, tensor or `None` for no lower bound).
        max_value: Upper bound (Python number, tensor or `None` for no upper bound).

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, min_value, max_value of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.clip(np.array([-2.0, 0.5, 3.0], dtype="float32"), 0.0, 1.0)
        array([0. , 0.5, 1. ], dtype=float32)
        >>> K.clip(np.array([[-5, 0, 5]], dtype="int32"), np.array([[-1], [1]], dtype="int32"), 2)
        array([[-1,  0,  2],
               [ 1,  1,  2]], dtype=int32)
        >>> K.clip(np.array([-2.0, 0.5, 3.0]), 2.0, 1.0)
        array([2., 2., 2.])
        >>> K.clip(np.array([-2.0, np.nan, 3.0]), None, 1.0)
        array([-2., nan,  1.])
    """
    if _graph.active and _graph.any_symbolic((x, min_value, max_value)):
        return _graph.apply('clip', clip, (), {'x': x, 'min_value': min_value, 'max_value': max_value}, _gradients.grad_clip)
    min_value = float('-inf') if min_value is None else min_value
    max_value = float('inf') if max_value is None else max_value
    (x, min_value, max_value), dtype_T = _dtypes.resolve('clip', ('x', 'min_value', 'max_value'), (x, min_value, max_value), _NUMERIC)
    return _elementwise.run('clip', ('x', 'min_value', 'max_value'), _clip_kernels, [x, min_value, max_value], (), dtype_T, dtype_T)


# --- equal (spec/ops/equal.yaml)

_equal_kernels = _KernelSet('keras_numba.kernels.equal', 'equal', 2, (), ('contract',), 200000)


def equal(x, y):
    """Elementwise equality (x == y).

    Broadcasts `x` against `y`. NaN is unequal to everything, itself included. Bool tensors compare too.

    Args:
        x: Tensor or variable.
        y: Tensor or variable.

    Returns:
        A bool tensor of the broadcast shape.

    Raises:
        TypeError: x, y of a dtype not in the `all` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.equal(np.array([1.0, 2.0, np.nan], dtype="float32"), np.array([1.0, 3.0, np.nan], dtype="float32"))
        array([ True, False, False])
        >>> K.equal(np.array([[1], [2]], dtype="int32"), np.array([1, 2], dtype="int32"))
        array([[ True, False],
               [False,  True]])
        >>> K.equal(np.array([True, False]), True)
        array([ True, False])
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('equal', equal, (), {'x': x, 'y': y}, None)
    (x, y), dtype_T = _dtypes.resolve('equal', ('x', 'y'), (x, y), _ALL)
    return _elementwise.run('equal', ('x', 'y'), _equal_kernels, [x, y], (), dtype_T, np.dtype('bool'))


# --- greater (spec/ops/greater.yaml)

_greater_kernels = _KernelSet('keras_numba.kernels.greater', 'greater', 2, (), ('contract',), 200000)


def greater(x, y):
    """Elementwise truth value of (x > y).

    Broadcasts `x` against `y`; comparisons with NaN are False.

    Args:
        x: Tensor or variable.
        y: Tensor or variable.

    Returns:
        A bool tensor of the broadcast shape.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.greater(np.array([1.0, 2.0, 3.0], dtype="float32"), 2.0)
        array([False, False,  True])
        >>> K.greater(np.array([[1], [4]], dtype="int32"), np.array([2, 3], dtype="int32"))
        array([[False, False],
               [ True,  True]])
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('greater', greater, (), {'x': x, 'y': y}, None)
    (x, y), dtype_T = _dtypes.resolve('greater', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('greater', ('x', 'y'), _greater_kernels, [x, y], (), dtype_T, np.dtype('bool'))


# --- greater_equal (spec/ops/greater_equal.yaml)

_greater_equal_kernels = _KernelSet('keras_numba.kernels.greater_equal', 'greater_equal', 2, (), ('contract',), 200000)


def greater_equal(x, y):
    """Elementwise truth value of (x >= y).

    Broadcasts `x` against `y`; comparisons with NaN are False.

    Args:
        x: Tensor or variable.
        y: Tensor or variable.

    Returns:
        A bool tensor of the broadcast shape.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.greater_equal(np.array([1.0, 2.0, 3.0, np.nan], dtype="float32"), 2.0)
        array([False,  True,  True, False])
        >>> K.greater_equal(np.array([[1], [4]], dtype="int32"), np.array([1, 5], dtype="int32"))
        array([[ True, False],
               [ True, False]])
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('greater_equal', greater_equal, (), {'x': x, 'y': y}, None)
    (x, y), dtype_T = _dtypes.resolve('greater_equal', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('greater_equal', ('x', 'y'), _greater_equal_kernels, [x, y], (), dtype_T, np.dtype('bool'))


# --- less (spec/ops/less.yaml)

_less_kernels = _KernelSet('keras_numba.kernels.less', 'less', 2, (), ('contract',), 200000)


def less(x, y):
    """Elementwise truth value of (x < y).

    Broadcasts `x` against `y`; comparisons with NaN are False.

    Args:
        x: Tensor or variable.
        y: Tensor or variable.

    Returns:
        A bool tensor of the broadcast shape.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.less(np.array([1.0, 2.0, 3.0, np.nan], dtype="float32"), 2.0)
        array([ True, False, False, False])
        >>> K.less(np.array([[1], [4]], dtype="int32"), np.array([2, 5], dtype="int32"))
        array([[ True,  True],
               [False,  True]])
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('less', less, (), {'x': x, 'y': y}, None)
    (x, y), dtype_T = _dtypes.resolve('less', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('less', ('x', 'y'), _less_kernels, [x, y], (), dtype_T, np.dtype('bool'))


# --- less_equal (spec/ops/less_equal.yaml)

_less_equal_kernels = _KernelSet('keras_numba.kernels.less_equal', 'less_equal', 2, (), ('contract',), 200000)


def less_equal(x, y):
    """Elementwise truth value of (x <= y).

    Broadcasts `x` against `y`; comparisons with NaN are False.

    Args:
        x: Tensor or variable.
        y: Tensor or variable.

    Returns:
        A bool tensor of the broadcast shape.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.less_equal(np.array([1.0, 2.0, 3.0, np.nan], dtype="float32"), 2.0)
        array([ True,  True, False, False])
        >>> K.less_equal(np.array([[1], [4]], dtype="int32"), np.array([1, 5], dtype="int32"))
        array([[ True,  True],
               [False,  True]])
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('less_equal', less_equal, (), {'x': x, 'y': y}, None)
    (x, y), dtype_T = _dtypes.resolve('less_equal', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('less_equal', ('x', 'y'), _less_equal_kernels, [x, y], (), dtype_T, np.dtype('bool'))


# --- maximum (spec/ops/maximum.yaml)

_maximum_kernels = _KernelSet('keras_numba.kernels.maximum', 'maximum', 2, (), ('contract',), 200000)


def maximum(x, y):
    """Elementwise maximum of two tensors.

    Broadcasts `x` against `y`. NaN in either argument gives NaN, as in NumPy.

    Args:
        x: Tensor or variable.
        y: Tensor or variable.

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.maximum(np.array([1.0, 5.0, 3.0], dtype="float32"), np.array([4.0, 2.0, 3.0], dtype="float32"))
        array([4., 5., 3.], dtype=float32)
        >>> K.maximum(np.array([[1, -2], [3, -4]], dtype="int32"), 0)
        array([[1, 0],
               [3, 0]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('maximum', maximum, (), {'x': x, 'y': y}, _gradients.grad_maximum)
    (x, y), dtype_T = _dtypes.resolve('maximum', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('maximum', ('x', 'y'), _maximum_kernels, [x, y], (), dtype_T, dtype_T)


_elementwise.register_fusable(maximum, _maximum_kernels, _NUMERIC)


# --- minimum (spec/ops/minimum.yaml)

_minimum_kernels = _KernelSet('keras_numba.kernels.minimum', 'minimum', 2, (), ('contract',), 200000)


def minimum(x, y):
    """Elementwise minimum of two tensors.

    Broadcasts `x` against `y`. NaN in either argument gives NaN, as in NumPy.

    Args:
        x: Tensor or variable.
        y: Tensor or variable.

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.minimum(np.array([1.0, 5.0, 3.0], dtype="float32"), np.array([4.0, 2.0, 3.0], dtype="float32"))
        array([1., 2., 3.], dtype=float32)
        >>> K.minimum(np.array([[1, -2], [3, -4]], dtype="int32"), 0)
        array([[ 0, -2],
               [ 0, -4]], dtype=int32)
        >>> K.minimum(np.array([np.nan, 1.0]), np.array([0.0, np.nan]))
        array([nan, nan])
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('minimum', minimum, (), {'x': x, 'y': y}, _gradients.grad_minimum)
    (x, y), dtype_T = _dtypes.resolve('minimum', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('minimum', ('x', 'y'), _minimum_kernels, [x, y], (), dtype_T, dtype_T)


_elementwise.register_fusable(minimum, _minimum_kernels, _NUMERIC)


# --- not_equal (spec/ops/not_equal.yaml)

_not_equal_kernels = _KernelSet('keras_numba.kernels.not_equal', 'not_equal', 2, (), ('contract',), 200000)


def not_equal(x, y):
    """Elementwise inequality (x != y).

    Broadcasts `x` against `y`. NaN is unequal to everything, itself included, so `not_equal(nan, nan)` is True. Bool tensors compare too.

    Args:
        x: Tensor or variable.
        y: Tensor or variable.

    Returns:
        A bool tensor of the broadcast shape.

    Raises:
        TypeError: x, y of a dtype not in the `all` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.not_equal(np.array([1.0, 2.0, np.nan], dtype="float32"), np.array([1.0, 3.0, np.nan], dtype="float32"))
        array([False,  True,  True])
        >>> K.not_equal(np.array([True, False]), np.array([True, True]))
        array([False,  True])
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('not_equal', not_equal, (), {'x': x, 'y': y}, None)
    (x, y), dtype_T = _dtypes.resolve('not_equal', ('x', 'y'), (x, y), _ALL)
    return _elementwise.run('not_equal', ('x', 'y'), _not_equal_kernels, [x, y], (), dtype_T, np.dtype('bool'))
