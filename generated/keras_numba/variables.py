# @generated from spec/ops/batch_get_value.yaml, spec/ops/batch_set_value.yaml, spec/ops/eval.yaml, spec/ops/get_value.yaml, spec/ops/is_variable.yaml, spec/ops/moving_average_update.yaml, spec/ops/random_normal_variable.yaml, spec/ops/random_uniform_variable.yaml, spec/ops/set_value.yaml, spec/ops/update.yaml, spec/ops/update_add.yaml, spec/ops/update_sub.yaml, spec/ops/variable.yaml by codegen/templates/module.py.j2 — do not edit
"""Variables: Creating, reading and updating variables.

Public wrappers: each validates and converts its arguments (errors name the
function and the argument), then runs its kernel. Kernels compile lazily on
first call; importing this module compiles nothing.
"""

import numpy as np

from keras_numba import _dtype_table
from keras_numba._runtime import checks as _checks
from keras_numba._runtime import dtypes as _dtypes
from keras_numba._runtime import session as _session
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES
_ALL = _dtype_table.CLASSES['all']
_FLOATING = _dtype_table.CLASSES['floating']


# --- batch_get_value (spec/ops/batch_get_value.yaml)


def batch_get_value(tensors):
    """Returns the values of several variables or tensors.

    A list of NumPy arrays, one per element of `tensors`, evaluated together (shared subgraphs once).

    Args:
        tensors: A list of variables or tensors.

    Returns:
        A list of NumPy arrays.

    Examples:
        >>> a, b = K.variable(1.0), K.variable(np.array([2.0, 3.0]))
        >>> K.batch_get_value([a, b * 2])
        [array(1., dtype=float32), array([4., 6.], dtype=float32)]
        >>> K.batch_get_value([])
        []
    """
    return _session.batch_get_value(tensors)


# --- batch_set_value (spec/ops/batch_set_value.yaml)


def batch_set_value(tuples):
    """Sets the values of many variables at once.

    Every `(variable, value)` pair is validated first (shape, dtype, constraint); only then are all
    assigned, so one bad pair changes no variable.

    Args:
        tuples: A list of `(variable, value)` pairs.

    Returns:
        None.

    Examples:
        >>> a, b = K.variable(0.0), K.variable(np.zeros(2))
        >>> K.batch_set_value([(a, 1.0), (b, [2.0, 3.0])])
        >>> K.batch_get_value([a, b])
        [array(1., dtype=float32), array([2., 3.], dtype=float32)]
    """
    return _session.batch_set_value(tuples)


# --- eval (spec/ops/eval.yaml)


def eval(x):
    """Evaluates the value of a variable or tensor.

    The value of `x` as a NumPy array: a variable's current value (a copy), a symbolic tensor computed
    from the variables' current values. Tensors that need an unfed placeholder are a ValueError naming it.

    Args:
        x: A tensor or variable.

    Returns:
        A NumPy array.

    Examples:
        >>> v = K.variable(np.array([1.0, 2.0]))
        >>> K.eval(K.square(v) + 1.0)
        array([2., 5.], dtype=float32)
        >>> K.eval(np.array([1, 2]))
        array([1, 2])
    """
    return _session.eval(x)


# --- get_value (spec/ops/get_value.yaml)


def get_value(x):
    """Returns the value of a variable.

    A copy of the variable's value as a NumPy array (also accepts tensors, which are evaluated).

    Args:
        x: A variable (or tensor).

    Returns:
        A NumPy array.

    Examples:
        >>> K.get_value(K.variable([[1, 2]], dtype="int64"))
        array([[1, 2]])
    """
    return _session.get_value(x)


# --- is_variable (spec/ops/is_variable.yaml)


def is_variable(x):
    """Returns whether `x` is a variable.

    True for variables made by `variable` (and the functions built on it, such as `zeros` with a
    name, `random_normal_variable`); False for anything else: arrays, placeholders, symbolic
    tensors (even those computed from a variable), numbers, None. One `isinstance` check: Keras 2
    calls it on every attribute a layer sets, so it never looks into graphs.

    Args:
        x: Any value.

    Returns:
        A Python bool.

    Examples:
        >>> K.is_variable(K.variable(np.ones(2)))
        True
        >>> K.is_variable(np.ones(2))
        False
    """
    return _session.is_variable(x)


# --- moving_average_update (spec/ops/moving_average_update.yaml)


def moving_average_update(x, value, momentum):
    """Computes the moving average of a variable.

    `x := x * momentum + value * (1 - momentum)` (the update batch normalisation uses for its moving
    statistics), applied at once or returned as a pending `Update` like `update`.

    Args:
        x: A variable.
        value: A tensor of the shape of `x`.
        momentum: The moving average momentum.

    Returns:
        The variable, or a pending `Update`.

    Examples:
        >>> v = K.variable(np.array([1.0, 2.0]))
        >>> _ = K.moving_average_update(v, np.array([3.0, 4.0]), 0.75)
        >>> K.get_value(v)
        array([1.5, 2.5], dtype=float32)
    """
    return _session.moving_average_update(x, value, momentum)


# --- random_normal_variable (spec/ops/random_normal_variable.yaml)


def random_normal_variable(shape, mean, scale, dtype=None, name=None, seed=None):
    """Instantiates a variable with values drawn from a normal distribution.

    A variable of `shape` with normal values of mean `mean` and standard deviation `scale` (NumPy's
    PCG64 generator; a `seed` gives the same values in every process).

    Args:
        shape: The variable's shape.
        mean: Mean of the distribution.
        scale: Standard deviation (>= 0).
        dtype: floatx() when None.
        name: Optional name.
        seed: Optional seed.

    Returns:
        A variable.

    Raises:
        TypeError: mean that is not a float
        TypeError: scale that is not a float
        TypeError: dtype that is not a known dtype name
        TypeError: name that is not a str
        TypeError: seed that is not a int

    Examples:
        >>> v = K.random_normal_variable((2, 3), 0.0, 1.0, seed=1)
        >>> K.int_shape(v), K.dtype(v)
        ((2, 3), 'float32')
        >>> bool(np.all(K.get_value(v) == K.get_value(K.random_normal_variable((2, 3), 0.0, 1.0, seed=1))))
        True
    """
    mean = _checks.to_float('random_normal_variable', 'mean', mean)
    scale = _checks.to_float('random_normal_variable', 'scale', scale)
    dtype = None if dtype is None else _dtypes.normalize('random_normal_variable', 'dtype', dtype, _ALIASES, _FLOATING)
    name = None if name is None else _checks.to_str('random_normal_variable', 'name', name)
    seed = None if seed is None else _checks.to_int('random_normal_variable', 'seed', seed)
    return _session.random_normal_variable(shape, mean, scale, dtype, name, seed)


# --- random_uniform_variable (spec/ops/random_uniform_variable.yaml)


def random_uniform_variable(shape, low, high, dtype=None, name=None, seed=None):
    """Instantiates a variable with values drawn from a uniform distribution.

    A variable of `shape` with values uniform in `[low, high)` (NumPy's PCG64 generator; a `seed` gives
    the same values in every process).

    Args:
        shape: The variable's shape.
        low: Lower bound.
        high: Upper bound (>= low).
        dtype: floatx() when None.
        name: Optional name.
        seed: Optional seed.

    Returns:
        A variable.

    Raises:
        TypeError: low that is not a float
        TypeError: high that is not a float
        TypeError: dtype that is not a known dtype name
        TypeError: name that is not a str
        TypeError: seed that is not a int

    Examples:
        >>> v = K.random_uniform_variable((1000,), -1.0, 2.0, seed=3)
        >>> bool(K.get_value(v).min() >= -1.0 and K.get_value(v).max() < 2.0), K.dtype(v)
        (True, 'float32')
    """
    low = _checks.to_float('random_uniform_variable', 'low', low)
    high = _checks.to_float('random_uniform_variable', 'high', high)
    dtype = None if dtype is None else _dtypes.normalize('random_uniform_variable', 'dtype', dtype, _ALIASES, _FLOATING)
    name = None if name is None else _checks.to_str('random_uniform_variable', 'name', name)
    seed = None if seed is None else _checks.to_int('random_uniform_variable', 'seed', seed)
    return _session.random_uniform_variable(shape, low, high, dtype, name, seed)


# --- set_value (spec/ops/set_value.yaml)


def set_value(x, value):
    """Sets the value of a variable, from a NumPy array.

    Replaces the variable's value with `value` cast to its dtype, then applies its constraint. The shape
    must match and the dtype must be castable (a float into an int variable is refused); on any error
    the variable keeps its value.

    Args:
        x: The variable.
        value: The new value (array-like, or a tensor without placeholders).

    Returns:
        None.

    Examples:
        >>> v = K.variable(np.zeros(2))
        >>> K.set_value(v, [1.0, 2.0])
        >>> K.get_value(v)
        array([1., 2.], dtype=float32)
    """
    return _session.set_value(x, value)


# --- update (spec/ops/update.yaml)


def update(x, new_x):
    """Updates the value of `x` to `new_x`.

    When `new_x` can be computed now (arrays, or tensors built on variables only) the variable is
    updated at once and returned, as tf_keras does eagerly. When `new_x` depends on placeholders, an
    `Update` is returned instead: pass it to `function(..., updates=[...])`, which applies it after
    computing its outputs on every call (graph-mode semantics, how training loops are written). The
    new value is validated (shape, dtype) before anything changes; the variable's constraint is applied.

    Args:
        x: A variable.
        new_x: Its new value (tensor, array or number).

    Returns:
        The variable, or a pending `Update` for `function`.

    Examples:
        >>> v = K.variable(np.array([1.0, 2.0]))
        >>> _ = K.update(v, v * 10)
        >>> K.get_value(v)
        array([10., 20.], dtype=float32)
        >>> x = K.placeholder((2,))
        >>> u = K.update(v, v + x)
        >>> f = K.function([x], [v * 1], updates=[u])
        >>> f([np.array([1.0, 1.0])]), K.get_value(v)
        ([array([10., 20.], dtype=float32)], array([11., 21.], dtype=float32))
    """
    return _session.update(x, new_x)


# --- update_add (spec/ops/update_add.yaml)


def update_add(x, increment):
    """Updates the value of `x` by adding `increment`.

    `update(x, x + increment)`: applied at once when the increment is known, a pending `Update` for
    `function` when it depends on placeholders.

    Args:
        x: A variable.
        increment: Tensor, array or number broadcastable to `x`.

    Returns:
        The variable, or a pending `Update`.

    Examples:
        >>> v = K.variable(np.array([1.0, 2.0]))
        >>> _ = K.update_add(v, 1.5)
        >>> K.get_value(v)
        array([2.5, 3.5], dtype=float32)
    """
    return _session.update_add(x, increment)


# --- update_sub (spec/ops/update_sub.yaml)


def update_sub(x, decrement):
    """Updates the value of `x` by subtracting `decrement`.

    `update(x, x - decrement)`: applied at once when the decrement is known, a pending `Update` for
    `function` when it depends on placeholders.

    Args:
        x: A variable.
        decrement: Tensor, array or number broadcastable to `x`.

    Returns:
        The variable, or a pending `Update`.

    Examples:
        >>> v = K.variable(np.array([1.0, 2.0]))
        >>> _ = K.update_sub(v, np.array([1.0, 0.5]))
        >>> K.get_value(v)
        array([0. , 1.5], dtype=float32)
    """
    return _session.update_sub(x, decrement)


# --- variable (spec/ops/variable.yaml)


def variable(value, dtype=None, name=None, constraint=None):
    """Instantiates a variable and returns it.

    A `Variable` holding a copy of `value` converted to `dtype` (`floatx()` when None). Every backend
    function accepts it where a tensor is accepted; functions of variables are symbolic tensors that read
    the variable's value when evaluated (as in TensorFlow's graph mode), so graphs built on variables see
    later updates. `np.asarray(v)` gives its value. `constraint` (a callable) is applied to every new
    value assigned by `set_value`, `update`, ... and by `function` updates. A symbolic `value` (an
    initializer built from backend functions) is evaluated first.

    Args:
        value: Initial value (array-like, or a symbolic tensor without placeholders).
        dtype: The variable's dtype; `floatx()` when None.
        name: Its name; a unique `Variable_<n>` when None.
        constraint: Optional projection applied after every update.

    Returns:
        A `keras_numba` Variable.

    Raises:
        TypeError: dtype that is not a known dtype name
        TypeError: name that is not a str

    Examples:
        >>> v = K.variable(np.array([[1.0, 2.0], [3.0, 4.0]]), name="w")
        >>> v.name, v.dtype.name, K.int_shape(v)
        ('w', 'float32', (2, 2))
        >>> K.eval(v * 2)
        array([[2., 4.],
               [6., 8.]], dtype=float32)
        >>> np.asarray(K.variable(3, dtype="int32"))
        array(3, dtype=int32)
    """
    dtype = None if dtype is None else _dtypes.normalize('variable', 'dtype', dtype, _ALIASES, _ALL)
    name = None if name is None else _checks.to_str('variable', 'name', name)
    constraint = None if constraint is None else _checks.to_callable('variable', 'constraint', constraint)
    return _session.variable(value, dtype, name, constraint)
