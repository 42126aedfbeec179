# @generated from spec/ops/elu.yaml, spec/ops/hard_sigmoid.yaml, spec/ops/relu.yaml, spec/ops/sigmoid.yaml, spec/ops/softplus.yaml, spec/ops/softsign.yaml by codegen/templates/module.py.j2 — do not edit
"""Activations: Fused activation functions.

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
_FLOATING = _dtype_table.CLASSES['floating']


# --- elu (spec/ops/elu.yaml)

_elu_kernels = _KernelSet('keras_numba.kernels.elu', 'elu', 1, ('float64',), ('contract',), 20000)


def elu(x, alpha=1.0):
    """Exponential linear unit.

    `x` where `x > 0`, `alpha * (exp(x) - 1)` elsewhere, fused into one pass.
    Never overflows: the exponential is only taken of non-positive values.

    Args:
        x: Input tensor.
        alpha: Scale of the negative section.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)
        TypeError: alpha that is not a float

    Examples:
        >>> K.elu(np.array([-1.0, 0.0, 2.0], dtype="float32"))
        array([-0.63212055,  0.        ,  2.        ], dtype=float32)
        >>> K.elu(np.array([-1.0, 3.0]), alpha=0.5)
        array([-0.31606028,  3.        ])
    """
    if _graph.active and _graph.any_symbolic((x, alpha)):
        return _graph.apply('elu', elu, (), {'x': x, 'alpha': alpha}, _gradients.grad_elu)
    (x,), dtype_T = _dtypes.resolve('elu', ('x',), (x,), _FLOATING)
    alpha = _checks.to_float('elu', 'alpha', alpha)
    return _elementwise.run('elu', ('x',), _elu_kernels, [x], (alpha,), dtype_T, dtype_T)


# --- hard_sigmoid (spec/ops/hard_sigmoid.yaml)

_hard_sigmoid_kernels = _KernelSet('keras_numba.kernels.hard_sigmoid', 'hard_sigmoid', 1, (), ('contract',), 200000)


def hard_sigmoid(x):
    """Segment-wise linear approximation of the sigmoid.

    `clip(0.2 * x + 0.5, 0, 1)`: 0 for `x < -2.5`, 1 for `x > 2.5`, linear in between.
    NaN propagates.

    Args:
        x: Input tensor.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)

    Examples:
        >>> K.hard_sigmoid(np.array([-3.0, -1.0, 0.0, 1.0, 3.0], dtype="float32"))
        array([0. , 0.3, 0.5, 0.7, 1. ], dtype=float32)
        >>> K.hard_sigmoid(np.array([-np.inf, np.nan, np.inf]))
        array([ 0., nan,  1.])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('hard_sigmoid', hard_sigmoid, (), {'x': x}, _gradients.grad_hard_sigmoid)
    (x,), dtype_T = _dtypes.resolve('hard_sigmoid', ('x',), (x,), _FLOATING)
    return _elementwise.run('hard_sigmoid', ('x',), _hard_sigmoid_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(hard_sigmoid, _hard_sigmoid_kernels, _FLOATING)


# --- relu (spec/ops/relu.yaml)

_relu_kernels = _KernelSet('keras_numba.kernels.relu', 'relu', 1, ('float64', 'float64', 'float64'), ('contract',), 200000)


def relu(x, alpha=0.0, max_value=None, threshold=0.0):
    """Rectified linear unit, with optional leak, saturation and threshold.

    With the defaults, `max(x, 0)`. Otherwise, exactly as tf_keras:
    `f(x) = max_value` for `x >= max_value`, `f(x) = x` for `threshold < x < max_value`,
    `f(x) = alpha * (x - threshold)` otherwise; all three parameters are fused into one pass.
    More precisely the steps are: keep `x` where `x > threshold` (else 0), clip the result to
    `[0, max_value]` when `max_value` is given, then subtract `alpha * max(threshold - x, 0)`.
    So with a negative `threshold`, values in `(threshold, 0]` pass through unchanged unless a
    `max_value` is given, which clips them to 0. NaN propagates.

    Args:
        x: Input tensor.
        alpha: Slope of the negative section (below `threshold`).
        max_value: Saturation value (upper bound of the positive section); `None` for none.
        threshold: Values at or below it are damped to 0 (before the `alpha` part is added).

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)
        TypeError: alpha that is not a float
        TypeError: max_value that is not a float
        TypeError: threshold that is not a float

    Examples:
        >>> x = np.array([-3.0, -0.5, 0.5, 2.0, 8.0], dtype="float32")
        >>> K.relu(x)
        array([0. , 0. , 0.5, 2. , 8. ], dtype=float32)
        >>> K.relu(x, alpha=0.1)
        array([-0.3 , -0.05,  0.5 ,  2.  ,  8.  ], dtype=float32)
        >>> K.relu(x, max_value=6.0)
        array([0. , 0. , 0.5, 2. , 6. ], dtype=float32)
        >>> K.relu(x, threshold=1.0)
        array([0., 0., 0., 2., 8.], dtype=float32)
        >>> K.relu(x, threshold=-1.0)
        array([ 0. , -0.5,  0.5,  2. ,  8. ], dtype=float32)
        >>> K.relu(x, max_value=6.0, threshold=-1.0)
        array([0. , 0. , 0.5, 2. , 6. ], dtype=float32)
        >>> K.relu(x, alpha=0.5, max_value=6.0, threshold=1.0)
        array([-2.  , -0.75, -0.25,  2.  ,  6.  ], dtype=float32)
        >>> K.relu(np.array([np.nan, -np.inf, np.inf]), alpha=0.1, threshold=1.0)
        array([ nan, -inf,  inf])
    """
    if _graph.active and _graph.any_symbolic((x, alpha, max_value, threshold)):
        return _graph.apply('relu', relu, (), {'x': x, 'alpha': alpha, 'max_value': max_value, 'threshold': threshold}, _gradients.grad_relu)
    (x,), dtype_T = _dtypes.resolve('relu', ('x',), (x,), _FLOATING)
    alpha = _checks.to_float('relu', 'alpha', alpha)
    max_value = float('nan') if max_value is None else _checks.to_float('relu', 'max_value', max_value)
    threshold = _checks.to_float('relu', 'threshold', threshold)
    return _elementwise.run('relu', ('x',), _relu_kernels, [x], (alpha, max_value, threshold), dtype_T, dtype_T)


_graph.register_monotone(relu, 'x', {'alpha': 0.0, 'max_value': None, 'threshold': 0.0})


# --- sigmoid (spec/ops/sigmoid.yaml)

_sigmoid_kernels = _KernelSet('keras_numba.kernels.sigmoid', 'sigmoid', 1, (), ('contract',), 20000)


def sigmoid(x):
    """Elementwise logistic sigmoid, `1 / (1 + exp(-x))`.

    Computed without overflow for any `x`: `sigmoid(-inf)` is 0, `sigmoid(inf)` is 1, large
    negative inputs give tiny positive values (not 0 before the true result underflows), and
    NaN propagates.

    Args:
        x: Input tensor.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)

    Examples:
        >>> K.sigmoid(np.array([-2.0, 0.0, 2.0], dtype="float32"))
        array([0.11920292, 0.5       , 0.880797  ], dtype=float32)
        >>> K.sigmoid(np.array([-100.0, 100.0, -np.inf, np.inf, np.nan]))
        array([3.72007598e-44, 1.00000000e+00, 0.00000000e+00, 1.00000000e+00,
                          nan])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('sigmoid', sigmoid, (), {'x': x}, _gradients.grad_sigmoid)
    (x,), dtype_T = _dtypes.resolve('sigmoid', ('x',), (x,), _FLOATING)
    return _elementwise.run('sigmoid', ('x',), _sigmoid_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(sigmoid, _sigmoid_kernels, _FLOATING)


# --- softplus (spec/ops/softplus.yaml)

_softplus_kernels = _KernelSet('keras_numba.kernels.softplus', 'softplus', 1, (), ('contract',), 20000)


def softplus(x):
    """Softplus activation, `log(1 + exp(x))`.

    Computed as `log1p(exp(-|x|)) + max(x, 0)`, which never overflows: `softplus(x)` is `x`
    (to working precision) for large positive `x` and `exp(x)` for large negative `x`;
    `softplus(inf)` is `inf`, `softplus(-inf)` is 0, and NaN propagates.

    Args:
        x: Input tensor.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)

    Examples:
        >>> K.softplus(np.array([-2.0, 0.0, 2.0], dtype="float32"))
        array([0.126928 , 0.6931472, 2.126928 ], dtype=float32)
        >>> K.softplus(np.array([1000.0, -1000.0, 30.0], dtype="float32"))
        array([1000.,    0.,   30.], dtype=float32)
        >>> K.softplus(np.array([-np.inf, np.inf, np.nan]))
        array([ 0., inf, nan])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('softplus', softplus, (), {'x': x}, _gradients.grad_softplus)
    (x,), dtype_T = _dtypes.resolve('softplus', ('x',), (x,), _FLOATING)
    return _elementwise.run('softplus', ('x',), _softplus_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(softplus, _softplus_kernels, _FLOATING)


# --- softsign (spec/ops/softsign.yaml)

_softsign_kernels = _KernelSet('keras_numba.kernels.softsign', 'softsign', 1, (), ('contract',), 200000)


def softsign(x):
    """Softsign activation, `x / (1 + |x|)`.

    Smooth, odd and bounded in `(-1, 1)`. `softsign(±inf)` is `±1` and NaN propagates.

    Args:
        x: Input tensor.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)

    Examples:
        >>> K.softsign(np.array([-3.0, 0.0, 1.0, 1e30], dtype="float32"))
        array([-0.75,  0.  ,  0.5 ,  1.  ], dtype=float32)
        >>> K.softsign(np.array([-np.inf, np.nan, np.inf]))
        array([-1., nan,  1.])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('softsign', softsign, (), {'x': x}, _gradients.grad_softsign)
    (x,), dtype_T = _dtypes.resolve('softsign', ('x',), (x,), _FLOATING)
    return _elementwise.run('softsign', ('x',), _softsign_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(softsign, _softsign_kernels, _FLOATING)
