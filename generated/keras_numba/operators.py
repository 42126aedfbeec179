# @generated from spec/ops/add.yaml, spec/ops/divide.yaml, spec/ops/floor_divide.yaml, spec/ops/logical_and.yaml, spec/ops/logical_not.yaml, spec/ops/logical_or.yaml, spec/ops/mod.yaml, spec/ops/multiply.yaml, spec/ops/negative.yaml, spec/ops/power.yaml, spec/ops/relu_grad.yaml, spec/ops/sigmoid_grad.yaml, spec/ops/subtract.yaml, spec/ops/tanh_grad.yaml, spec/ops/where.yaml by codegen/templates/module.py.j2 — do not edit
"""Tensor operators: What Python operators (+ - * / // % ** @, unary -, comparisons, indexing) mean on variables and symbolic tensors; internal functions, reached as keras_numba.operators.<name>.

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
_BOOL = _dtype_table.CLASSES['bool']
_FLOATING = _dtype_table.CLASSES['floating']
_NUMERIC = _dtype_table.CLASSES['numeric']


# --- add (spec/ops/add.yaml)

_add_kernels = _KernelSet('keras_numba.kernels.add', 'add', 2, (), ('contract',), 100000)


def add(x, y):
    """Elementwise sum, `x + y` (the `+` operator).

    Broadcasts `x` against `y`; a Python number takes the dtype of the tensor operand (`x_float32 + 1` stays float32).
    Integer overflow wraps, as in NumPy and TensorFlow. Bool tensors are a TypeError, as in TensorFlow.

    Args:
        x: Tensor or variable (left operand).
        y: Tensor or variable (right operand).

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.add(np.array([1.0, 2.0], dtype="float32"), 0.5)
        array([1.5, 2.5], dtype=float32)
        >>> K.add(np.array([[1], [2]], dtype="int32"), np.array([10, 20], dtype="int32"))
        array([[11, 21],
               [12, 22]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('add', add, (), {'x': x, 'y': y}, _gradients.grad_add)
    (x, y), dtype_T = _dtypes.resolve('add', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('add', ('x', 'y'), _add_kernels, [x, y], (), dtype_T, dtype_T)


_elementwise.register_fusable(add, _add_kernels, _NUMERIC)


# --- divide (spec/ops/divide.yaml)

_divide_kernels = _KernelSet('keras_numba.kernels.divide', 'divide', 2, (), ('contract',), 200000)


def divide(x, y):
    """Elementwise true division, `x / y` (the `/` operator).

    Broadcasts `x` against `y`; a Python number takes the dtype of the tensor operand. Floating
    tensors divide in their dtype (IEEE: `x / 0.0` is `±inf`, `0 / 0` NaN). Integer tensors give a
    floating result, as TensorFlow's `truediv`: float32 for 8- and 16-bit integers, float64 for
    32- and 64-bit ones (`int32 / int32 -> float64`); integer division by zero is then `±inf` or
    NaN, never an error.

    Args:
        x: Tensor or variable (the dividend).
        y: Tensor or variable (the divisor).

    Returns:
        A tensor of the broadcast shape, in the common floating dtype (see above for integers).

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: shapes do not broadcast

    Examples:
        >>> K.divide(np.array([1.0, -3.0, 1.0], dtype="float32"), np.array([4.0, 2.0, 0.0], dtype="float32"))
        array([ 0.25, -1.5 ,   inf], dtype=float32)
        >>> K.divide(np.array([7, -7], dtype="int32"), 2)
        array([ 3.5, -3.5])
        >>> K.divide(np.array([7, 1], dtype="int8"), np.array([2, 0], dtype="int8"))
        array([3.5, inf], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('divide', divide, (), {'x': x, 'y': y}, _gradients.grad_divide)
    (x, y), dtype_T = _dtypes.resolve('divide', ('x', 'y'), (x, y), _NUMERIC)
    if not (all(len(set(s[-i] for s in (x.shape, y.shape) if len(s) >= i) - {1}) <= 1 for i in range(1, 1 + max(x.ndim, y.ndim)))):
        raise ValueError('keras_numba.divide: shapes do not broadcast')
    with np.errstate(all="ignore"):  # like TensorFlow (and the Numba kernels): inf/NaN results, no warnings
        return np.asarray(np.true_divide(x, y) if x.dtype.kind == 'f' else np.true_divide(x, y, dtype=np.float32 if x.dtype.itemsize <= 2 else np.float64))


_elementwise.register_fusable(divide, _divide_kernels, _NUMERIC)


# --- floor_divide (spec/ops/floor_divide.yaml)

_floor_divide_kernels = _KernelSet('keras_numba.kernels.floor_divide', 'floor_divide', 2, (), ('contract',), 100000)


def floor_divide(x, y):
    """Elementwise floor division, `x // y` (the `//` operator).

    Broadcasts `x` against `y`; a Python number takes the dtype of the tensor operand (`x_float32 + 1` stays float32).
    Rounds the quotient toward negative infinity, as Python and TensorFlow (`-7 // 2 == -4`).
    Floats follow NumPy's `floor_divide`: `x // 0.0` is `inf`/`-inf` for `x != 0` and NaN for
    `0 // 0`. Integer division by zero does not fail: it gives 0 (NumPy's result; TensorFlow
    raises "Integer division by zero"). The most negative integer divided by -1 wraps to itself.

    Args:
        x: Tensor or variable (left operand).
        y: Tensor or variable (right operand).

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.floor_divide(np.array([7, -7, 7, -7], dtype="int32"), np.array([2, 2, -2, -2], dtype="int32"))
        array([ 3, -4, -4,  3], dtype=int32)
        >>> K.floor_divide(np.array([7.5, -7.5, 1.0], dtype="float32"), np.array([2.0, 2.0, 0.0], dtype="float32"))
        array([ 3., -4., inf], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('floor_divide', floor_divide, (), {'x': x, 'y': y}, None)
    (x, y), dtype_T = _dtypes.resolve('floor_divide', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('floor_divide', ('x', 'y'), _floor_divide_kernels, [x, y], (), dtype_T, dtype_T)


_elementwise.register_fusable(floor_divide, _floor_divide_kernels, _NUMERIC)


# --- logical_and (spec/ops/logical_and.yaml)

_logical_and_kernels = _KernelSet('keras_numba.kernels.logical_and', 'logical_and', 2, (), ('contract',), 100000)


def logical_and(x, y):
    """Elementwise logical AND of bool tensors, `x & y` on bool tensors.

    Broadcasts `x` against `y`. Both must be bool tensors (or Python bools), as TensorFlow's `logical_and`.

    Args:
        x: Tensor or variable (left operand).
        y: Tensor or variable (right operand).

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, y of a dtype not in the `bool` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.logical_and(np.array([True, True, False]), np.array([True, False, False]))
        array([ True, False, False])
        >>> K.logical_and(np.array([[True], [False]]), True)
        array([[ True],
               [False]])
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('logical_and', logical_and, (), {'x': x, 'y': y}, None)
    (x, y), dtype_T = _dtypes.resolve('logical_and', ('x', 'y'), (x, y), _BOOL)
    return _elementwise.run('logical_and', ('x', 'y'), _logical_and_kernels, [x, y], (), dtype_T, np.dtype('bool'))


# --- logical_not (spec/ops/logical_not.yaml)

_logical_not_kernels = _KernelSet('keras_numba.kernels.logical_not', 'logical_not', 1, (), ('contract',), 100000)


def logical_not(x):
    """Elementwise logical NOT of a bool tensor, `~x` on bool tensors.

    `x` must be a bool tensor (or a Python bool), as TensorFlow's `logical_not`.

    Args:
        x: Bool tensor or variable.

    Returns:
        A bool tensor of the shape of `x`.

    Raises:
        TypeError: x of a dtype not in the `bool` class (see Dtypes)

    Examples:
        >>> K.logical_not(np.array([True, False]))
        array([False,  True])
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('logical_not', logical_not, (), {'x': x}, None)
    (x,), dtype_bool = _dtypes.resolve('logical_not', ('x',), (x,), _BOOL)
    return _elementwise.run('logical_not', ('x',), _logical_not_kernels, [x], (), dtype_bool, np.dtype('bool'))


_elementwise.register_fusable(logical_not, _logical_not_kernels, _BOOL)


# --- logical_or (spec/ops/logical_or.yaml)

_logical_or_kernels = _KernelSet('keras_numba.kernels.logical_or', 'logical_or', 2, (), ('contract',), 100000)


def logical_or(x, y):
    """Elementwise logical OR of bool tensors, `x | y` on bool tensors.

    Broadcasts `x` against `y`. Both must be bool tensors (or Python bools), as TensorFlow's `logical_or`.

    Args:
        x: Tensor or variable (left operand).
        y: Tensor or variable (right operand).

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, y of a dtype not in the `bool` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.logical_or(np.array([True, True, False]), np.array([True, False, False]))
        array([ True,  True, False])
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('logical_or', logical_or, (), {'x': x, 'y': y}, None)
    (x, y), dtype_T = _dtypes.resolve('logical_or', ('x', 'y'), (x, y), _BOOL)
    return _elementwise.run('logical_or', ('x', 'y'), _logical_or_kernels, [x, y], (), dtype_T, np.dtype('bool'))


# --- mod (spec/ops/mod.yaml)

_mod_kernels = _KernelSet('keras_numba.kernels.mod', 'mod', 2, (), ('contract',), 100000)


def mod(x, y):
    """Elementwise floor remainder, `x % y` (the `%` operator).

    Broadcasts `x` against `y`; a Python number takes the dtype of the tensor operand (`x_float32 + 1` stays float32).
    The result has the sign of `y` (Python and TensorFlow's `floormod`): `-7 % 2 == 1`,
    `7 % -2 == -1`, and `x == (x // y) * y + x % y`. Floats follow NumPy's `remainder`
    (`x % 0.0` is NaN, `x % inf` is `x` for `x >= 0`). Integer remainder by zero does not fail: it
    gives 0 (NumPy's result; TensorFlow raises "Integer division by zero").

    Args:
        x: Tensor or variable (left operand).
        y: Tensor or variable (right operand).

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.mod(np.array([7, -7, 7, -7], dtype="int32"), np.array([2, 2, -2, -2], dtype="int32"))
        array([ 1,  1, -1, -1], dtype=int32)
        >>> K.mod(np.array([7.5, -7.5], dtype="float32"), np.array([-2.0, 2.0], dtype="float32"))
        array([-0.5,  0.5], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('mod', mod, (), {'x': x, 'y': y}, _gradients.grad_mod)
    (x, y), dtype_T = _dtypes.resolve('mod', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('mod', ('x', 'y'), _mod_kernels, [x, y], (), dtype_T, dtype_T)


_elementwise.register_fusable(mod, _mod_kernels, _NUMERIC)


# --- multiply (spec/ops/multiply.yaml)

_multiply_kernels = _KernelSet('keras_numba.kernels.multiply', 'multiply', 2, (), ('contract',), 100000)


def multiply(x, y):
    """Elementwise product, `x * y` (the `*` operator).

    Broadcasts `x` against `y`; a Python number takes the dtype of the tensor operand (`x_float32 + 1` stays float32).
    Integer overflow wraps, as in NumPy and TensorFlow.

    Args:
        x: Tensor or variable (left operand).
        y: Tensor or variable (right operand).

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.multiply(np.array([1.5, -2.0], dtype="float32"), 2)
        array([ 3., -4.], dtype=float32)
        >>> K.multiply(np.array([[1], [2]], dtype="int16"), np.array([3, 4], dtype="int16"))
        array([[3, 4],
               [6, 8]], dtype=int16)
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('multiply', multiply, (), {'x': x, 'y': y}, _gradients.grad_multiply)
    (x, y), dtype_T = _dtypes.resolve('multiply', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('multiply', ('x', 'y'), _multiply_kernels, [x, y], (), dtype_T, dtype_T)


_elementwise.register_fusable(multiply, _multiply_kernels, _NUMERIC)


# --- negative (spec/ops/negative.yaml)

_negative_kernels = _KernelSet('keras_numba.kernels.negative', 'negative', 1, (), ('contract',), 100000)


def negative(x):
    """Elementwise negation, `-x` (the unary `-` operator).

    `-x` in the dtype of `x`. Signed integer overflow wraps (`-(-128) == -128` in int8), and
    unsigned integers wrap modulo 2**bits, as in NumPy (TensorFlow refuses unsigned and bool
    tensors; bool is a TypeError here too). `-0.0` and `0.0` swap, NaN stays NaN.

    Args:
        x: Tensor or variable.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)

    Examples:
        >>> K.negative(np.array([1.5, -2.0, 0.0], dtype="float32"))
        array([-1.5,  2. , -0. ], dtype=float32)
        >>> K.negative(np.array([-128, 5], dtype="int8"))
        array([-128,   -5], dtype=int8)
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('negative', negative, (), {'x': x}, _gradients.grad_negative)
    (x,), dtype_T = _dtypes.resolve('negative', ('x',), (x,), _NUMERIC)
    return _elementwise.run('negative', ('x',), _negative_kernels, [x], (), dtype_T, dtype_T)


_elementwise.register_fusable(negative, _negative_kernels, _NUMERIC)


# --- power (spec/ops/power.yaml)


def power(x, y):
    """Elementwise exponentiation, `x ** y` (the `**` operator).

    Broadcasts `x` against `y`; a Python number takes the dtype of the tensor operand.
    Floating point follows C `pow`, as NumPy: `0 ** negative` is `inf`, a negative base to a
    non-integer power is NaN, `x ** 0` is 1 (even for NaN) and `1 ** y` is 1. Integer bases take
    integer powers computed exactly in the dtype (wrapping on overflow); a negative integer
    exponent of an integer base is a ValueError (TensorFlow: "Integers to negative integer powers
    are not allowed").

    Args:
        x: Tensor or variable (the base).
        y: Tensor or variable (the exponent).

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: shapes do not broadcast
        ValueError: y must be non-negative when x is an integer tensor (integers to negative integer powers are not allowed)

    Examples:
        >>> K.power(np.array([4.0, 2.0, 0.0], dtype="float32"), np.array([0.5, 3.0, 2.0], dtype="float32"))
        array([2., 8., 0.], dtype=float32)
        >>> K.power(np.array([-3, 2], dtype="int32"), 3)
        array([-27,   8], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('power', power, (), {'x': x, 'y': y}, _gradients.grad_power)
    (x, y), dtype_T = _dtypes.resolve('power', ('x', 'y'), (x, y), _NUMERIC)
    if not (all(len(set(s[-i] for s in (x.shape, y.shape) if len(s) >= i) - {1}) <= 1 for i in range(1, 1 + max(x.ndim, y.ndim)))):
        raise ValueError('keras_numba.power: shapes do not broadcast')
    if not (x.dtype.kind not in 'iu' or not (y < 0).any()):
        raise ValueError(('keras_numba.power: y must be non-negative when x is an integer tensor (integers to negative '
 'integer powers are not allowed)'))
    with np.errstate(all="ignore"):  # like TensorFlow (and the Numba kernels): inf/NaN results, no warnings
        return np.asarray(np.power(x, y))


# --- relu_grad (spec/ops/relu_grad.yaml)

_relu_grad_kernels = _KernelSet('keras_numba.kernels.relu_grad', 'relu_grad', 2, ('float64', 'float64', 'float64'), ('contract',), 200000)


def relu_grad(dy, x, alpha=0.0, max_value=None, threshold=0.0):
    """The gradient of `relu` with respect to `x`, in one fused pass.

    `dy` times the slope of `relu(x, alpha, max_value, threshold)`: 1 where `x > threshold`
    (and, when `max_value` is given, `0 < x < max_value`), plus `alpha` where `x < threshold`;
    0 elsewhere, including at the kinks and where `x` is NaN. It is what `relu`'s derivative
    formula calls: written with `where`, the same slope took ten passes over the data and as many
    temporaries, the most expensive part of a Keras CNN's backward pass.

    Args:
        dy: The gradient of relu's result.
        x: relu's input.
        alpha: relu's `alpha`.
        max_value: relu's `max_value` (`None` for none).
        threshold: relu's `threshold`.

    Returns:
        A tensor of the broadcast shape of `dy` and `x`.

    Raises:
        TypeError: dy, x of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        TypeError: alpha that is not a float
        TypeError: max_value that is not a float
        TypeError: threshold that is not a float

    Examples:
        >>> x = np.array([-2.0, 0.0, 0.5, 3.0], dtype="float32")
        >>> K.relu_grad(np.ones(4, dtype="float32"), x)
        array([0., 0., 1., 1.], dtype=float32)
        >>> K.relu_grad(np.ones(4, dtype="float32"), x, alpha=0.1, max_value=1.0)
        array([0.1, 0. , 1. , 0. ], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((dy, x, alpha, max_value, threshold)):
        return _graph.apply('relu_grad', relu_grad, (), {'dy': dy, 'x': x, 'alpha': alpha, 'max_value': max_value, 'threshold': threshold}, _gradients.grad_relu_grad)
    (dy, x), dtype_T = _dtypes.resolve('relu_grad', ('dy', 'x'), (dy, x), _FLOATING)
    alpha = _checks.to_float('relu_grad', 'alpha', alpha)
    max_value = float('nan') if max_value is None else _checks.to_float('relu_grad', 'max_value', max_value)
    threshold = _checks.to_float('relu_grad', 'threshold', threshold)
    return _elementwise.run('relu_grad', ('dy', 'x'), _relu_grad_kernels, [dy, x], (alpha, max_value, threshold), dtype_T, dtype_T)


# --- sigmoid_grad (spec/ops/sigmoid_grad.yaml)

_sigmoid_grad_kernels = _KernelSet('keras_numba.kernels.sigmoid_grad', 'sigmoid_grad', 2, (), ('contract',), 200000)


def sigmoid_grad(dy, y):
    """The gradient of `sigmoid` from its result, `dy * y * (1 - y)`, in one fused pass.

    `y` is `sigmoid(x)`; the derivative `y * (1 - y)` needs only the result, so the backward
    pass keeps no copy of `x`. It is what `sigmoid`'s derivative formula calls: written with
    `multiply` and `subtract` the same product took three graph nodes and two temporaries, and a
    Keras LSTM runs it three times per time step.

    Args:
        dy: The gradient of sigmoid's result.
        y: sigmoid's result.

    Returns:
        A tensor of the broadcast shape of `dy` and `y`.

    Raises:
        TypeError: dy, y of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> y = np.array([0.0, 0.25, 0.5, 1.0], dtype="float32")
        >>> K.sigmoid_grad(np.ones(4, dtype="float32"), y)
        array([0.    , 0.1875, 0.25  , 0.    ], dtype=float32)
        >>> K.sigmoid_grad(np.array([2.0, -1.0]), np.array([0.5, 0.5]))
        array([ 0.5 , -0.25])
    """
    if _graph.active and _graph.any_symbolic((dy, y)):
        return _graph.apply('sigmoid_grad', sigmoid_grad, (), {'dy': dy, 'y': y}, _gradients.grad_sigmoid_grad)
    (dy, y), dtype_T = _dtypes.resolve('sigmoid_grad', ('dy', 'y'), (dy, y), _FLOATING)
    return _elementwise.run('sigmoid_grad', ('dy', 'y'), _sigmoid_grad_kernels, [dy, y], (), dtype_T, dtype_T)


_elementwise.register_fusable(sigmoid_grad, _sigmoid_grad_kernels, _FLOATING)


# --- subtract (spec/ops/subtract.yaml)

_subtract_kernels = _KernelSet('keras_numba.kernels.subtract', 'subtract', 2, (), ('contract',), 100000)


def subtract(x, y):
    """Elementwise difference, `x - y` (the binary `-` operator).

    Broadcasts `x` against `y`; a Python number takes the dtype of the tensor operand (`x_float32 + 1` stays float32).
    Integer overflow wraps (unsigned results below 0 wrap around), as in NumPy.

    Args:
        x: Tensor or variable (left operand).
        y: Tensor or variable (right operand).

    Returns:
        A tensor of the broadcast shape, in the common dtype.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> K.subtract(np.array([1.0, 2.0], dtype="float32"), np.array([0.5, 4.0], dtype="float32"))
        array([ 0.5, -2. ], dtype=float32)
        >>> K.subtract(3, np.array([1, 2, 3], dtype="int64"))
        array([2, 1, 0])
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('subtract', subtract, (), {'x': x, 'y': y}, _gradients.grad_subtract)
    (x, y), dtype_T = _dtypes.resolve('subtract', ('x', 'y'), (x, y), _NUMERIC)
    return _elementwise.run('subtract', ('x', 'y'), _subtract_kernels, [x, y], (), dtype_T, dtype_T)


_elementwise.register_fusable(subtract, _subtract_kernels, _NUMERIC)


# --- tanh_grad (spec/ops/tanh_grad.yaml)

_tanh_grad_kernels = _KernelSet('keras_numba.kernels.tanh_grad', 'tanh_grad', 2, (), ('contract',), 200000)


def tanh_grad(dy, y):
    """The gradient of `tanh` from its result, `dy * (1 - y * y)`, in one fused pass.

    `y` is `tanh(x)`; the derivative `1 - y**2` needs only the result. It is what `tanh`'s
    derivative formula calls: written with `square`, `subtract` and `multiply` it took three
    graph nodes and two temporaries, and a Keras LSTM runs it twice per time step.

    Args:
        dy: The gradient of tanh's result.
        y: tanh's result.

    Returns:
        A tensor of the broadcast shape of `dy` and `y`.

    Raises:
        TypeError: dy, y of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> y = np.array([-1.0, 0.0, 0.5, 1.0], dtype="float32")
        >>> K.tanh_grad(np.ones(4, dtype="float32"), y)
        array([0.  , 1.  , 0.75, 0.  ], dtype=float32)
        >>> K.tanh_grad(np.array([2.0, -1.0]), np.array([0.5, -0.5]))
        array([ 1.5 , -0.75])
    """
    if _graph.active and _graph.any_symbolic((dy, y)):
        return _graph.apply('tanh_grad', tanh_grad, (), {'dy': dy, 'y': y}, _gradients.grad_tanh_grad)
    (dy, y), dtype_T = _dtypes.resolve('tanh_grad', ('dy', 'y'), (dy, y), _FLOATING)
    return _elementwise.run('tanh_grad', ('dy', 'y'), _tanh_grad_kernels, [dy, y], (), dtype_T, dtype_T)


_elementwise.register_fusable(tanh_grad, _tanh_grad_kernels, _FLOATING)


# --- where (spec/ops/where.yaml)


def where(condition, x, y):
    """Elementwise selection, `x` where `condition` is true and `y` elsewhere.

    Broadcasts `condition`, `x` and `y` against each other (as TensorFlow's `where_v2` and
    NumPy's `where`). `x` and `y` share a dtype (a Python number takes the other's). `condition`
    is normally a bool tensor; a numeric one counts non-zero as true (NaN included), as NumPy.

    Args:
        condition: Bool tensor (numeric tensors count non-zero as true).
        x: Values where `condition` is true.
        y: Values where `condition` is false.

    Returns:
        A tensor of the broadcast shape of the three inputs, in the common dtype of `x` and `y`.

    Raises:
        TypeError: condition of a dtype not in the `all` class (see Dtypes)
        TypeError: x, y of a dtype not in the `all` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: shapes do not broadcast

    Examples:
        >>> K.where(np.array([True, False, True]), np.array([1.0, 2.0, 3.0], dtype="float32"), 0.0)
        array([1., 0., 3.], dtype=float32)
        >>> K.where(np.array([[True], [False]]), np.array([1, 2], dtype="int32"), np.array([-1, -2], dtype="int32"))
        array([[ 1,  2],
               [-1, -2]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((condition, x, y)):
        return _graph.apply('where', where, (), {'condition': condition, 'x': x, 'y': y}, _gradients.grad_where)
    (condition,), dtype_C = _dtypes.resolve('where', ('condition',), (condition,), _ALL)
    (x, y), dtype_T = _dtypes.resolve('where', ('x', 'y'), (x, y), _ALL)
    if not (condition.shape == x.shape == y.shape or all(len(set(s[-i] for s in (condition.shape, x.shape, y.shape) if len(s) >= i) - {1}) <= 1 for i in range(1, 1 + max(condition.ndim, x.ndim, y.ndim)))):
        raise ValueError('keras_numba.where: shapes do not broadcast')
    with np.errstate(all="ignore"):  # like TensorFlow (and the Numba kernels): inf/NaN results, no warnings
        return np.asarray(np.where(condition, x, y))
