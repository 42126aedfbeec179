# @generated from spec/ops/abs.yaml, spec/ops/cos.yaml, spec/ops/exp.yaml, spec/ops/log.yaml, spec/ops/pow.yaml, spec/ops/round.yaml, spec/ops/sign.yaml, spec/ops/sin.yaml, spec/ops/sqrt.yaml, spec/ops/square.yaml, spec/ops/tanh.yaml by codegen/templates/module.py.j2 — do not edit
"""Elementwise math: Elementwise arithmetic and transcendental functions.

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
_NUMERIC = _dtype_table.CLASSES['numeric']


# --- abs (spec/ops/abs.yaml)

_abs_kernels = _KernelSet('keras_numba.kernels.abs', 'abs', 1, (), ('contract',), 200000)


def abs(x):
    """Elementwise absolute value.

    `|x|` in the dtype of `x`. Unsigned integers are returned unchanged, NaN stays NaN
    and `-0.0` gives `0.0`.

    Args:
        x: Tensor or variable.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)

    Examples:
        >>> K.abs(np.array([-1.5, 0.0, 2.0], dtype="float32"))
        array([1.5, 0. , 2. ], dtype=float32)
        >>> K.abs(np.array([-128, -3, 5], dtype="int8"))
        array([-128,    3,    5], dtype=int8)
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('abs', abs, (), {'x': x}, _gradients.grad_abs)
    (x,), dtype_T = _dtypes.resolve('abs', ('x',), (x,), _NUMERIC)
    return _elementwise.run('abs', ('x',), _abs_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(abs, _abs_kernels, _NUMERIC)


# --- cos (spec/ops/cos.yaml)


def cos(x):
    """Elementwise cosine.

    `cos(x)` of `x` in radians. `±inf` and NaN give NaN.

    Args:
        x: Tensor or variable (radians).

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)

    Examples:
        >>> K.cos(np.array([0.0, 0.5, np.pi, -3.0], dtype="float32"))
        array([ 1.        ,  0.87758255, -1.        , -0.9899925 ], dtype=float32)
        >>> K.cos(np.array([1.0, np.nan]))
        array([0.54030231,        nan])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('cos', cos, (), {'x': x}, _gradients.grad_cos)
    (x,), dtype_T = _dtypes.resolve('cos', ('x',), (x,), _FLOATING)
    with np.errstate(all="ignore"):  # like TensorFlow (and the Numba kernels): inf/NaN results, no warnings
        return np.asarray(np.cos(x))


# --- exp (spec/ops/exp.yaml)

_exp_kernels = _KernelSet('keras_numba.kernels.exp', 'exp', 1, (), ('contract',), 20000)


def exp(x):
    """Elementwise exponential.

    `e ** x`. Overflows to `+inf` (above about 88.72 in float32, 709.78 in float64),
    `exp(-inf) == 0`, NaN stays NaN.

    Args:
        x: Tensor or variable.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)

    Examples:
        >>> K.exp(np.array([-1.0, 0.0, 1.0, 10.0], dtype="float32"))
        array([3.6787942e-01, 1.0000000e+00, 2.7182820e+00, 2.2026467e+04],
              dtype=float32)
        >>> K.exp(np.array([-np.inf, 1.0, np.nan]))
        array([0.        , 2.71828183,        nan])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('exp', exp, (), {'x': x}, _gradients.grad_exp)
    (x,), dtype_T = _dtypes.resolve('exp', ('x',), (x,), _FLOATING)
    return _elementwise.run('exp', ('x',), _exp_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(exp, _exp_kernels, _FLOATING)


# --- log (spec/ops/log.yaml)

_log_kernels = _KernelSet('keras_numba.kernels.log', 'log', 1, (), ('contract',), 20000)


def log(x):
    """Elementwise natural logarithm.

    `ln(x)`. `log(0) == -inf` (also for `-0.0`), the log of a negative number
    (including `-inf`) is NaN, `log(inf) == inf`, NaN stays NaN.

    Args:
        x: Tensor or variable.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)

    Examples:
        >>> K.log(np.array([1.0, np.e, 10.0, 0.5], dtype="float32"))
        array([ 0.       ,  1.       ,  2.3025851, -0.6931472], dtype=float32)
        >>> K.log(np.array([2.0, np.inf, np.nan]))
        array([0.69314718,        inf,        nan])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('log', log, (), {'x': x}, _gradients.grad_log)
    (x,), dtype_T = _dtypes.resolve('log', ('x',), (x,), _FLOATING)
    return _elementwise.run('log', ('x',), _log_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(log, _log_kernels, _FLOATING)


# --- pow (spec/ops/pow.yaml)


def pow(x, a):
    """Elementwise exponentiation, `x ** a`.

    `a` is a Python number or a tensor broadcast against `x`. A Python number takes
    the dtype of `x` (`pow(x_float32, 2)` stays float32).
    Floating point follows C `pow`, as NumPy: `0 ** negative` is `inf`, a negative
    base to a non-integer power is NaN, `x ** 0` is 1 (even for NaN) and `1 ** a` is 1.
    Integer bases take integer powers computed exactly in the input dtype (wrapping on
    overflow); negative integer exponents of integer bases are an error.

    Args:
        x: Tensor or variable (the base).
        a: Python number or tensor (the exponent).

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, a of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: a must be non-negative when x is an integer tensor (integers to negative integer powers are not allowed)

    Examples:
        >>> K.pow(np.array([4.0, 2.0, 0.0, 1.5], dtype="float32"), 0.5)
        array([2.       , 1.4142135, 0.       , 1.2247449], dtype=float32)
        >>> K.pow(np.array([2.0, -2.0, 10.0]), np.array([-1.0, 3.0, 0.5]))
        array([ 0.5       , -8.        ,  3.16227766])
        >>> K.pow(np.array([-3, 2, 5], dtype="int32"), 3)
        array([-27,   8, 125], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, a)):
        return _graph.apply('pow', pow, (), {'x': x, 'a': a}, _gradients.grad_pow)
    (x, a), dtype_T = _dtypes.resolve('pow', ('x', 'a'), (x, a), _NUMERIC)
    if not (x.dtype.kind not in 'iu' or not (a < 0).any()):
        raise ValueError(('keras_numba.pow: a must be non-negative when x is an integer tensor (integers to negative '
 'integer powers are not allowed)'))
    with np.errstate(all="ignore"):  # like TensorFlow (and the Numba kernels): inf/NaN results, no warnings
        return np.asarray(np.power(x, a))


# --- round (spec/ops/round.yaml)

_round_kernels = _KernelSet('keras_numba.kernels.round', 'round', 1, (), ('contract',), 200000)


def round(x):
    """Elementwise rounding to the nearest integer, half to even.

    Rounds to the nearest integer; ties go to the even neighbour ("banker's rounding",
    as `tf.round`), so `0.5 -> 0`, `1.5 -> 2`, `2.5 -> 2`, `-0.5 -> -0`.
    The result keeps the dtype of `x`; integer inputs are returned unchanged and
    ±inf and NaN pass through.

    Args:
        x: Tensor or variable.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)

    Examples:
        >>> K.round(np.array([0.5, 1.5, 2.5, -0.5, -1.7], dtype="float32"))
        array([ 0.,  2.,  2., -0., -2.], dtype=float32)
        >>> K.round(np.array([0.49999999999999994, 3.5, -2.5]))
        array([ 0.,  4., -2.])
        >>> K.round(np.array([-3, 7], dtype="int64"))
        array([-3,  7])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('round', round, (), {'x': x}, None)
    (x,), dtype_T = _dtypes.resolve('round', ('x',), (x,), _NUMERIC)
    return _elementwise.run('round', ('x',), _round_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(round, _round_kernels, _NUMERIC)


# --- sign (spec/ops/sign.yaml)

_sign_kernels = _KernelSet('keras_numba.kernels.sign', 'sign', 1, (), ('contract',), 200000)


def sign(x):
    """Elementwise sign.

    -1 where `x < 0`, 0 where `x == 0`, 1 where `x > 0`, in the dtype of `x`.
    The sign of NaN is NaN; the sign of `-0.0` is `0.0`.

    Args:
        x: Tensor or variable.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)

    Examples:
        >>> K.sign(np.array([-2.5, 0.0, 3.0, np.nan], dtype="float32"))
        array([-1.,  0.,  1., nan], dtype=float32)
        >>> K.sign(np.array([-7, 0, 4], dtype="int32"))
        array([-1,  0,  1], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('sign', sign, (), {'x': x}, None)
    (x,), dtype_T = _dtypes.resolve('sign', ('x',), (x,), _NUMERIC)
    return _elementwise.run('sign', ('x',), _sign_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(sign, _sign_kernels, _NUMERIC)


# --- sin (spec/ops/sin.yaml)


def sin(x):
    """Elementwise sine.

    `sin(x)` of `x` in radians. `±inf` and NaN give NaN.

    Args:
        x: Tensor or variable (radians).

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)

    Examples:
        >>> K.sin(np.array([0.0, 0.5, np.pi / 2, -3.0], dtype="float32"))
        array([ 0.        ,  0.47942555,  1.        , -0.14112   ], dtype=float32)
        >>> K.sin(np.array([1.0, np.nan]))
        array([0.84147098,        nan])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('sin', sin, (), {'x': x}, _gradients.grad_sin)
    (x,), dtype_T = _dtypes.resolve('sin', ('x',), (x,), _FLOATING)
    with np.errstate(all="ignore"):  # like TensorFlow (and the Numba kernels): inf/NaN results, no warnings
        return np.asarray(np.sin(x))


# --- sqrt (spec/ops/sqrt.yaml)

_sqrt_kernels = _KernelSet('keras_numba.kernels.sqrt', 'sqrt', 1, (), ('contract',), 200000)


def sqrt(x):
    """Elementwise square root, with negative inputs clipped to 0.

    `sqrt(maximum(x, 0))`, as tf_keras: negative inputs (including `-inf`) give 0
    instead of NaN. NaN stays NaN and `+inf` gives `+inf`.

    Args:
        x: Tensor or variable.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)

    Examples:
        >>> K.sqrt(np.array([4.0, 2.0, 0.0, -1.0], dtype="float32"))
        array([2.       , 1.4142135, 0.       , 0.       ], dtype=float32)
        >>> K.sqrt(np.array([2.0, -9.0, np.nan]))
        array([1.41421356, 0.        ,        nan])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('sqrt', sqrt, (), {'x': x}, _gradients.grad_sqrt)
    (x,), dtype_T = _dtypes.resolve('sqrt', ('x',), (x,), _FLOATING)
    return _elementwise.run('sqrt', ('x',), _sqrt_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(sqrt, _sqrt_kernels, _FLOATING)


# --- square (spec/ops/square.yaml)

_square_kernels = _KernelSet('keras_numba.kernels.square', 'square', 1, (), ('contract',), 200000)


def square(x):
    """Elementwise square.

    `x * x` in the dtype of `x`.

    Args:
        x: Tensor or variable.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)

    Examples:
        >>> K.square(np.array([-1.5, 0.0, 3.0], dtype="float32"))
        array([2.25, 0.  , 9.  ], dtype=float32)
        >>> K.square(np.array([-3, 12], dtype="int8"))
        array([   9, -112], dtype=int8)
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('square', square, (), {'x': x}, _gradients.grad_square)
    (x,), dtype_T = _dtypes.resolve('square', ('x',), (x,), _NUMERIC)
    return _elementwise.run('square', ('x',), _square_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(square, _square_kernels, _NUMERIC)


# --- tanh (spec/ops/tanh.yaml)


def tanh(x):
    """Elementwise hyperbolic tangent.

    `tanh(x)`, in (-1, 1); saturates to ±1 for large `|x|` and at `±inf`. NaN stays NaN.

    Args:
        x: Tensor or variable.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)

    Examples:
        >>> K.tanh(np.array([-2.0, 0.0, 1.0, 20.0], dtype="float32"))
        array([-0.9640276,  0.       ,  0.7615942,  1.       ], dtype=float32)
        >>> K.tanh(np.array([1.0, -np.inf, np.nan]))
        array([ 0.76159416, -1.        ,         nan])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('tanh', tanh, (), {'x': x}, _gradients.grad_tanh)
    (x,), dtype_T = _dtypes.resolve('tanh', ('x',), (x,), _FLOATING)
    with np.errstate(all="ignore"):  # like TensorFlow (and the Numba kernels): inf/NaN results, no warnings
        return np.asarray(np.tanh(x))
