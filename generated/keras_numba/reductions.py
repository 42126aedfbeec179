# @generated from spec/ops/all.yaml, spec/ops/any.yaml, spec/ops/argmax.yaml, spec/ops/argmin.yaml, spec/ops/l2_normalize.yaml, spec/ops/logsumexp.yaml, spec/ops/max.yaml, spec/ops/mean.yaml, spec/ops/min.yaml, spec/ops/prod.yaml, spec/ops/softmax.yaml, spec/ops/std.yaml, spec/ops/sum.yaml, spec/ops/var.yaml by codegen/templates/module.py.j2 — do not edit
"""Reductions: Sums, means, extrema, variance and logical reductions over axes, and the axis-wise normalisations built on them.

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
from keras_numba._runtime import reductions as _reductions
from keras_numba._runtime import axiswise as _axiswise
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES
_ALL = _dtype_table.CLASSES['all']
_FLOATING = _dtype_table.CLASSES['floating']
_NUMERIC = _dtype_table.CLASSES['numeric']


# --- all (spec/ops/all.yaml)

_all_kernels = _axiswise.ReductionKernels('keras_numba.kernels.all', 'all', 200000, ('contract',))


def all(x, axis=None, keepdims=False):
    """Bitwise reduction (logical AND).

    Any dtype: non-zero (and NaN) values are True. The AND of no elements is True.
    `axis` is None (all axes), an int (negative counts from the end) or a list of ints.

    Args:
        x: A tensor or variable.
        axis: An integer, a list of integers, or None (all axes).
        keepdims: Whether to keep the reduced axes with length 1.

    Returns:
        The reduced tensor.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        TypeError: keepdims that is not a bool

    Examples:
        >>> K.all(np.array([[1.0, 0.0], [2.0, 3.0]]), axis=1)
        array([False,  True])
    """
    if _graph.active and _graph.any_symbolic((x, axis, keepdims)):
        return _graph.apply('all', all, (), {'x': x, 'axis': axis, 'keepdims': keepdims}, None)
    (x,), dtype_T = _dtypes.resolve('all', ('x',), (x,), _ALL)
    axis = _checks.to_axis('all', 'axis', axis)
    keepdims = _checks.to_bool('all', 'keepdims', keepdims)
    return _axiswise.reduce('all', _all_kernels, x, axis, keepdims, np.dtype('bool'), {'*': 'bool'})


# --- any (spec/ops/any.yaml)

_any_kernels = _axiswise.ReductionKernels('keras_numba.kernels.any', 'any', 200000, ('contract',))


def any(x, axis=None, keepdims=False):
    """Bitwise reduction (logical OR).

    Any dtype: non-zero (and NaN) values are True. The OR of no elements is False.
    `axis` is None (all axes), an int (negative counts from the end) or a list of ints.

    Args:
        x: A tensor or variable.
        axis: An integer, a list of integers, or None (all axes).
        keepdims: Whether to keep the reduced axes with length 1.

    Returns:
        The reduced tensor.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        TypeError: keepdims that is not a bool

    Examples:
        >>> K.any(np.array([[1.0, 0.0], [0.0, 0.0]]), axis=1)
        array([ True, False])
    """
    if _graph.active and _graph.any_symbolic((x, axis, keepdims)):
        return _graph.apply('any', any, (), {'x': x, 'axis': axis, 'keepdims': keepdims}, None)
    (x,), dtype_T = _dtypes.resolve('any', ('x',), (x,), _ALL)
    axis = _checks.to_axis('any', 'axis', axis)
    keepdims = _checks.to_bool('any', 'keepdims', keepdims)
    return _axiswise.reduce('any', _any_kernels, x, axis, keepdims, np.dtype('bool'), {'*': 'bool'})


# --- argmax (spec/ops/argmax.yaml)


def argmax(x, axis=-1):
    """Returns the index of the maximum value along an axis.

    The first index on ties; a NaN counts as the maximum (NumPy's rule). The
    result is int64, as tf.math.argmax returns.

    Args:
        x: Tensor or variable.
        axis: Axis along which to perform the reduction (negative counts from the end).

    Returns:
        An int64 tensor with `axis` removed.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)
        TypeError: axis that is not a int

    Examples:
        >>> K.argmax(np.array([[1.0, 5.0, 2.0], [7.0, 0.0, 7.0]], dtype="float32"))
        array([1, 0])
        >>> K.argmax(np.array([[1.0, 5.0], [7.0, 0.0]]), axis=0)
        array([1, 0])
    """
    if _graph.active and _graph.any_symbolic((x, axis)):
        return _graph.apply('argmax', argmax, (), {'x': x, 'axis': axis}, None)
    (x,), dtype_T = _dtypes.resolve('argmax', ('x',), (x,), _NUMERIC)
    axis = _checks.to_int('argmax', 'axis', axis)
    return _reductions.argmax(x, axis)


# --- argmin (spec/ops/argmin.yaml)


def argmin(x, axis=-1):
    """Returns the index of the minimum value along an axis.

    The first index on ties; a NaN counts as the minimum (NumPy's rule). The
    result is int64, as tf.math.argmin returns.

    Args:
        x: Tensor or variable.
        axis: Axis along which to perform the reduction (negative counts from the end).

    Returns:
        An int64 tensor with `axis` removed.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)
        TypeError: axis that is not a int

    Examples:
        >>> K.argmin(np.array([[1.0, 5.0, 2.0], [7.0, 0.0, 7.0]], dtype="float32"))
        array([0, 1])
        >>> K.argmin(np.array([[1.0, 5.0], [7.0, 0.0]]), axis=0)
        array([0, 1])
    """
    if _graph.active and _graph.any_symbolic((x, axis)):
        return _graph.apply('argmin', argmin, (), {'x': x, 'axis': axis}, None)
    (x,), dtype_T = _dtypes.resolve('argmin', ('x',), (x,), _NUMERIC)
    axis = _checks.to_int('argmin', 'axis', axis)
    return _reductions.argmin(x, axis)


# --- l2_normalize (spec/ops/l2_normalize.yaml)


def l2_normalize(x, axis=None):
    """Normalizes a tensor wrt the L2 norm alongside the specified axis.

    `x / sqrt(max(sum(x ** 2, axis), 1e-12))`, as tf.math.l2_normalize: an
    all-zero slice stays zero instead of dividing by zero.

    Args:
        x: Tensor or variable.
        axis: The axis or axes along which to normalise (None: all of them).

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)

    Examples:
        >>> K.l2_normalize(np.array([[3.0, 4.0], [0.0, 0.0]], dtype="float32"), axis=1)
        array([[0.6, 0.8],
               [0. , 0. ]], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, axis)):
        return _graph.apply('l2_normalize', l2_normalize, (), {'x': x, 'axis': axis}, _gradients.grad_l2_normalize)
    (x,), dtype_T = _dtypes.resolve('l2_normalize', ('x',), (x,), _FLOATING)
    axis = _checks.to_axis('l2_normalize', 'axis', axis)
    return _reductions.l2_normalize(x, axis)


# --- logsumexp (spec/ops/logsumexp.yaml)


def logsumexp(x, axis=None, keepdims=False):
    """Computes log(sum(exp(elements across dimensions of a tensor))).

    Numerically stable: each slice is shifted by its maximum before the exponentials (no
    overflow for large `x`, no underflow to `log(0)` for very negative `x`), as
    `tf.reduce_logsumexp`. A slice of `-inf` (or with no elements) gives `-inf`, one holding
    `+inf` gives `+inf` and one holding NaN gives NaN. `axis` is None (all axes), an int
    (negative counts from the end) or a list of ints.

    Args:
        x: A tensor or variable.
        axis: An integer, a list of integers, or None (all axes).
        keepdims: Whether to keep the reduced axes with length 1.

    Returns:
        The reduced tensor, in the dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)
        TypeError: keepdims that is not a bool

    Examples:
        >>> x = np.array([[0.0, 1.0, 2.0], [1000.0, 1000.0, -np.inf]], dtype="float32")
        >>> K.logsumexp(x, axis=1)
        array([   2.407606, 1000.6932  ], dtype=float32)
        >>> K.logsumexp(np.array([-np.inf, -np.inf]))
        array(-inf)
        >>> K.logsumexp(np.ones((2, 3)), axis=0, keepdims=True).shape
        (1, 3)
    """
    if _graph.active and _graph.any_symbolic((x, axis, keepdims)):
        return _graph.apply('logsumexp', logsumexp, (), {'x': x, 'axis': axis, 'keepdims': keepdims}, _gradients.grad_logsumexp)
    (x,), dtype_T = _dtypes.resolve('logsumexp', ('x',), (x,), _FLOATING)
    axis = _checks.to_axis('logsumexp', 'axis', axis)
    keepdims = _checks.to_bool('logsumexp', 'keepdims', keepdims)
    return _reductions.logsumexp(x, axis, keepdims)


# --- max (spec/ops/max.yaml)

_max_kernels = _axiswise.ReductionKernels('keras_numba.kernels.max', 'max', 200000, ('contract',))


def max(x, axis=None, keepdims=False):
    """Maximum value in a tensor.

    NaN propagates: a slice holding NaN has maximum NaN. The maximum of no
    elements is the dtype's lowest value (-inf for floats), as TensorFlow gives.
    `axis` is None (all axes), an int (negative counts from the end) or a list of ints.

    Args:
        x: A tensor or variable.
        axis: An integer, a list of integers, or None (all axes).
        keepdims: Whether to keep the reduced axes with length 1.

    Returns:
        The reduced tensor.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)
        TypeError: keepdims that is not a bool

    Examples:
        >>> x = np.array([[1.0, 5.0], [3.0, 2.0]], dtype="float32")
        >>> K.max(x)
        array(5., dtype=float32)
        >>> K.max(x, axis=0)
        array([3., 5.], dtype=float32)
        >>> K.max(np.array([1.0, np.nan, 3.0]))
        array(nan)
    """
    if _graph.active and _graph.any_symbolic((x, axis, keepdims)):
        return _graph.apply('max', max, (), {'x': x, 'axis': axis, 'keepdims': keepdims}, _gradients.grad_max)
    (x,), dtype_T = _dtypes.resolve('max', ('x',), (x,), _NUMERIC)
    axis = _checks.to_axis('max', 'axis', axis)
    keepdims = _checks.to_bool('max', 'keepdims', keepdims)
    return _axiswise.reduce('max', _max_kernels, x, axis, keepdims, None, {})


# --- mean (spec/ops/mean.yaml)

_mean_kernels = _axiswise.ReductionKernels('keras_numba.kernels.mean', 'mean', 200000, ('contract', 'reassoc'))


def mean(x, axis=None, keepdims=False):
    """Mean of a tensor, alongside the specified axis.

    Booleans are averaged as `floatx()` (the fraction of True); integers give the
    integer mean truncated toward zero, as in TensorFlow. The mean of no elements is NaN.
    `axis` is None (all axes), an int (negative counts from the end) or a list of ints.

    Args:
        x: A tensor or variable.
        axis: An integer, a list of integers, or None (all axes).
        keepdims: Whether to keep the reduced axes with length 1.

    Returns:
        The reduced tensor.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        TypeError: keepdims that is not a bool

    Examples:
        >>> x = np.array([[1.0, 2.0], [3.0, 4.0]], dtype="float32")
        >>> K.mean(x)
        array(2.5, dtype=float32)
        >>> K.mean(x, axis=1)
        array([1.5, 3.5], dtype=float32)
        >>> K.mean(np.array([True, False, True, True]))
        array(0.75, dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, axis, keepdims)):
        return _graph.apply('mean', mean, (), {'x': x, 'axis': axis, 'keepdims': keepdims}, _gradients.grad_mean)
    (x,), dtype_T = _dtypes.resolve('mean', ('x',), (x,), _ALL)
    axis = _checks.to_axis('mean', 'axis', axis)
    keepdims = _checks.to_bool('mean', 'keepdims', keepdims)
    return _axiswise.reduce('mean', _mean_kernels, x, axis, keepdims, None, {'bool': 'floatx'})


# --- min (spec/ops/min.yaml)

_min_kernels = _axiswise.ReductionKernels('keras_numba.kernels.min', 'min', 200000, ('contract',))


def min(x, axis=None, keepdims=False):
    """Minimum value in a tensor.

    NaN propagates: a slice holding NaN has minimum NaN. The minimum of no
    elements is the dtype's highest value (+inf for floats), as TensorFlow gives.
    `axis` is None (all axes), an int (negative counts from the end) or a list of ints.

    Args:
        x: A tensor or variable.
        axis: An integer, a list of integers, or None (all axes).
        keepdims: Whether to keep the reduced axes with length 1.

    Returns:
        The reduced tensor.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)
        TypeError: keepdims that is not a bool

    Examples:
        >>> x = np.array([[1.0, 5.0], [3.0, 2.0]], dtype="float32")
        >>> K.min(x, axis=1)
        array([1., 2.], dtype=float32)
        >>> K.min(np.array([[4, -2]], dtype="int32"), axis=-1, keepdims=True)
        array([[-2]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, axis, keepdims)):
        return _graph.apply('min', min, (), {'x': x, 'axis': axis, 'keepdims': keepdims}, _gradients.grad_min)
    (x,), dtype_T = _dtypes.resolve('min', ('x',), (x,), _NUMERIC)
    axis = _checks.to_axis('min', 'axis', axis)
    keepdims = _checks.to_bool('min', 'keepdims', keepdims)
    return _axiswise.reduce('min', _min_kernels, x, axis, keepdims, None, {})


# --- prod (spec/ops/prod.yaml)

_prod_kernels = _axiswise.ReductionKernels('keras_numba.kernels.prod', 'prod', 200000, ('contract', 'reassoc'))


def prod(x, axis=None, keepdims=False):
    """Multiplies the values in a tensor, alongside the specified axis.

    Integers multiply in their own dtype and wrap, as in TensorFlow. The product of
    no elements is 1.
    `axis` is None (all axes), an int (negative counts from the end) or a list of ints.

    Args:
        x: A tensor or variable.
        axis: An integer, a list of integers, or None (all axes).
        keepdims: Whether to keep the reduced axes with length 1.

    Returns:
        The reduced tensor.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)
        TypeError: keepdims that is not a bool

    Examples:
        >>> K.prod(np.array([[1.0, 2.0], [3.0, 4.0]], dtype="float32"), axis=0)
        array([3., 8.], dtype=float32)
        >>> K.prod(np.array([2, 3, 4], dtype="int32"))
        array(24, dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, axis, keepdims)):
        return _graph.apply('prod', prod, (), {'x': x, 'axis': axis, 'keepdims': keepdims}, _gradients.grad_prod)
    (x,), dtype_T = _dtypes.resolve('prod', ('x',), (x,), _NUMERIC)
    axis = _checks.to_axis('prod', 'axis', axis)
    keepdims = _checks.to_bool('prod', 'keepdims', keepdims)
    return _axiswise.reduce('prod', _prod_kernels, x, axis, keepdims, None, {})


# --- softmax (spec/ops/softmax.yaml)


def softmax(x, axis=-1):
    """Softmax of a tensor.

    `exp(x - max(x)) / sum(exp(x - max(x)))` along `axis`, so large logits never
    overflow. A slice holding +inf gives NaN, as TensorFlow does.

    Args:
        x: A tensor or variable.
        axis: The dimension softmax is performed on (default -1, the last one).

    Returns:
        A tensor of the shape and dtype of `x`, summing to 1 along `axis`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)
        TypeError: axis that is not a int

    Examples:
        >>> K.softmax(np.array([[1.0, 2.0, 3.0]], dtype="float32"))
        array([[0.09003057, 0.24472848, 0.66524094]], dtype=float32)
        >>> K.softmax(np.array([1000.0, 1000.0]))
        array([0.5, 0.5])
    """
    if _graph.active and _graph.any_symbolic((x, axis)):
        return _graph.apply('softmax', softmax, (), {'x': x, 'axis': axis}, _gradients.grad_softmax)
    (x,), dtype_T = _dtypes.resolve('softmax', ('x',), (x,), _FLOATING)
    axis = _checks.to_int('softmax', 'axis', axis)
    return _reductions.softmax(x, axis)


# --- std (spec/ops/std.yaml)

_std_kernels = _axiswise.ReductionKernels('keras_numba.kernels.std', 'std', 200000, ('contract', 'reassoc'))


def std(x, axis=None, keepdims=False):
    """Standard deviation of a tensor, alongside the specified axis.

    The square root of the population variance (see `var`). Floating tensors only.
    `axis` is None (all axes), an int (negative counts from the end) or a list of ints.

    Args:
        x: A tensor or variable.
        axis: An integer, a list of integers, or None (all axes).
        keepdims: Whether to keep the reduced axes with length 1.

    Returns:
        The reduced tensor.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)
        TypeError: keepdims that is not a bool

    Examples:
        >>> K.std(np.array([[1.0, 2.0], [3.0, 4.0]], dtype="float32"), axis=1)
        array([0.5, 0.5], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, axis, keepdims)):
        return _graph.apply('std', std, (), {'x': x, 'axis': axis, 'keepdims': keepdims}, _gradients.grad_std)
    (x,), dtype_T = _dtypes.resolve('std', ('x',), (x,), _FLOATING)
    axis = _checks.to_axis('std', 'axis', axis)
    keepdims = _checks.to_bool('std', 'keepdims', keepdims)
    return _axiswise.reduce('std', _std_kernels, x, axis, keepdims, None, {})


# --- sum (spec/ops/sum.yaml)

_sum_kernels = _axiswise.ReductionKernels('keras_numba.kernels.sum', 'sum', 200000, ('contract', 'reassoc'))


def sum(x, axis=None, keepdims=False):
    """Sum of the values in a tensor, alongside the specified axis.

    `axis` is None (all axes), an int (negative counts from the end) or a list
    of ints. Integers accumulate in their own dtype and wrap on overflow, as in
    TensorFlow (NumPy would widen to int64). The sum over no elements is 0.

    Args:
        x: A tensor or variable.
        axis: An integer, a list of integers, or None (all axes).
        keepdims: Whether to keep the reduced axes with length 1.

    Returns:
        A tensor with the sum of elements of `x`, in the dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)
        TypeError: keepdims that is not a bool

    Examples:
        >>> x = np.array([[1.0, 2.0], [3.0, 4.0]], dtype="float32")
        >>> K.sum(x)
        array(10., dtype=float32)
        >>> K.sum(x, axis=0)
        array([4., 6.], dtype=float32)
        >>> K.sum(x, axis=-1, keepdims=True)
        array([[3.],
               [7.]], dtype=float32)
        >>> K.sum(np.array([100, 100], dtype="int8"))
        array(-56, dtype=int8)
    """
    if _graph.active and _graph.any_symbolic((x, axis, keepdims)):
        return _graph.apply('sum', sum, (), {'x': x, 'axis': axis, 'keepdims': keepdims}, _gradients.grad_sum)
    (x,), dtype_T = _dtypes.resolve('sum', ('x',), (x,), _NUMERIC)
    axis = _checks.to_axis('sum', 'axis', axis)
    keepdims = _checks.to_bool('sum', 'keepdims', keepdims)
    return _axiswise.reduce('sum', _sum_kernels, x, axis, keepdims, None, {})


# --- var (spec/ops/var.yaml)

_var_kernels = _axiswise.ReductionKernels('keras_numba.kernels.var', 'var', 200000, ('contract', 'reassoc'))


def var(x, axis=None, keepdims=False):
    """Variance of a tensor, alongside the specified axis.

    The population variance (divides by N), computed in two passes (mean, then
    squared deviations) for accuracy. Floating tensors only, as in TensorFlow.
    `axis` is None (all axes), an int (negative counts from the end) or a list of ints.

    Args:
        x: A tensor or variable.
        axis: An integer, a list of integers, or None (all axes).
        keepdims: Whether to keep the reduced axes with length 1.

    Returns:
        The reduced tensor.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)
        TypeError: keepdims that is not a bool

    Examples:
        >>> K.var(np.array([[1.0, 2.0], [3.0, 4.0]], dtype="float32"))
        array(1.25, dtype=float32)
        >>> K.var(np.array([[1.0, 2.0], [3.0, 4.0]]), axis=0)
        array([1., 1.])
    """
    if _graph.active and _graph.any_symbolic((x, axis, keepdims)):
        return _graph.apply('var', var, (), {'x': x, 'axis': axis, 'keepdims': keepdims}, _gradients.grad_var)
    (x,), dtype_T = _dtypes.resolve('var', ('x',), (x,), _FLOATING)
    axis = _checks.to_axis('var', 'axis', axis)
    keepdims = _checks.to_bool('var', 'keepdims', keepdims)
    return _axiswise.reduce('var', _var_kernels, x, axis, keepdims, None, {})
