# @generated from spec/ops/batch_flatten.yaml, spec/ops/concatenate.yaml, spec/ops/count_params.yaml, spec/ops/dtype.yaml, spec/ops/expand_dims.yaml, spec/ops/flatten.yaml, spec/ops/int_shape.yaml, spec/ops/ndim.yaml, spec/ops/permute_dimensions.yaml, spec/ops/repeat.yaml, spec/ops/repeat_elements.yaml, spec/ops/reshape.yaml, spec/ops/reverse.yaml, spec/ops/shape.yaml, spec/ops/size.yaml, spec/ops/squeeze.yaml, spec/ops/stack.yaml, spec/ops/tile.yaml, spec/ops/transpose.yaml by codegen/templates/module.py.j2 — do not edit
"""Shapes, joining and reordering: Reshaping, transposing, joining, repeating and reversing tensors, and reading their shape.

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
from keras_numba._runtime import array_ops as _array_ops
from keras_numba._runtime import shape_ops as _shape_ops
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES
_ALL = _dtype_table.CLASSES['all']


# --- batch_flatten (spec/ops/batch_flatten.yaml)


def batch_flatten(x):
    """Turn a nD tensor into a 2D tensor with same 0th dimension.

    Shape `(batch, d1, d2, ...)` becomes `(batch, d1 * d2 * ...)`; a 1-D tensor becomes
    `(batch, 1)` and a scalar `(1, 1)`, as in tf_keras. A zero-size batch or feature axis is kept.

    Args:
        x: Tensor or variable.

    Returns:
        A 2-D tensor.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> K.batch_flatten(np.zeros((2, 3, 4), dtype="float32")).shape
        (2, 12)
        >>> K.batch_flatten(np.array([[[1, 2]], [[3, 4]]], dtype="int32"))
        array([[1, 2],
               [3, 4]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('batch_flatten', batch_flatten, (), {'x': x}, _gradients.grad_batch_flatten)
    (x,), dtype_T = _dtypes.resolve('batch_flatten', ('x',), (x,), _ALL)
    return _shape_ops.batch_flatten(x)


# --- concatenate (spec/ops/concatenate.yaml)


def concatenate(tensors, axis=-1):
    """Concatenates a list of tensors alongside the specified axis.

    The tensors must have the same rank (at least 1) and equal sizes on every axis but `axis`;
    otherwise ValueError naming `tensors`. An `axis` out of `[-rank, rank)` raises IndexError.
    Tensors of different dtypes are promoted to a common dtype (Python lists and numbers take
    the dtype of the arrays).

    Args:
        tensors: List (or tuple) of tensors to concatenate.
        axis: Concatenation axis (negative counts from the end).

    Returns:
        A new tensor.

    Raises:
        TypeError: tensors of a dtype not in the `all` class (see Dtypes)
        TypeError: axis that is not a int

    Examples:
        >>> a = np.array([[1, 2], [3, 4]], dtype="int32")
        >>> K.concatenate([a, np.array([[5], [6]], dtype="int32")])
        array([[1, 2, 5],
               [3, 4, 6]], dtype=int32)
        >>> K.concatenate([a, a], axis=0)
        array([[1, 2],
               [3, 4],
               [1, 2],
               [3, 4]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((tensors, axis)):
        return _graph.apply('concatenate', concatenate, (), {'tensors': tensors, 'axis': axis}, _gradients.grad_concatenate)
    tensors, dtype_T = _dtypes.resolve_list('concatenate', 'tensors', tensors, _ALL)
    axis = _checks.to_int('concatenate', 'axis', axis)
    return _shape_ops.concatenate(tensors, axis)


# --- count_params (spec/ops/count_params.yaml)


def count_params(x):
    """Returns the static number of elements in a variable or tensor.

    Args:
        x: Tensor or variable.

    Returns:
        The number of elements of `x`, a Python int (1 for a scalar).

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> K.count_params(np.zeros((2, 3), dtype="float32"))
        6
        >>> K.count_params(np.float32(1.0))
        1
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _shape_ops.static_count_params(x)
    (x,), dtype_T = _dtypes.resolve('count_params', ('x',), (x,), _ALL)
    return _shape_ops.count_params(x)


# --- dtype (spec/ops/dtype.yaml)


def dtype(x):
    """Returns the dtype of a Keras tensor or variable, as a string.

    The NumPy name of the dtype of `x` (`'float32'`, `'int64'`, `'bool'`, ...). A Python float
    or list of floats is a `floatx()` tensor and Python ints are int32, as in every function.

    Args:
        x: Tensor or variable.

    Returns:
        The dtype name, a string.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> K.dtype(np.zeros((2, 3), dtype="float32"))
        'float32'
        >>> K.dtype(np.array([1, 2], dtype="int64"))
        'int64'
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _shape_ops.static_dtype(x)
    (x,), dtype_T = _dtypes.resolve('dtype', ('x',), (x,), _ALL)
    return _shape_ops.dtype(x)


# --- expand_dims (spec/ops/expand_dims.yaml)


def expand_dims(x, axis=-1):
    """Adds a 1-sized dimension at index `axis`.

    The result has rank `ndim(x) + 1` and a size-1 axis at position `axis` of the result
    (`-1`, the default, appends it). `axis` must lie in `[-ndim(x) - 1, ndim(x)]`; otherwise
    IndexError naming `axis`.

    Args:
        x: Tensor or variable.
        axis: Position of the new axis in the result.

    Returns:
        A tensor with one more dimension than `x`, same values.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        TypeError: axis that is not a int

    Examples:
        >>> K.expand_dims(np.array([1.0, 2.0], dtype="float32"))
        array([[1.],
               [2.]], dtype=float32)
        >>> K.expand_dims(np.zeros((2, 3), dtype="float32"), 0).shape
        (1, 2, 3)
        >>> K.expand_dims(np.zeros((2, 3), dtype="float32"), -2).shape
        (2, 1, 3)
    """
    if _graph.active and _graph.any_symbolic((x, axis)):
        return _graph.apply('expand_dims', expand_dims, (), {'x': x, 'axis': axis}, _gradients.grad_expand_dims)
    (x,), dtype_T = _dtypes.resolve('expand_dims', ('x',), (x,), _ALL)
    axis = _checks.to_int('expand_dims', 'axis', axis)
    return _shape_ops.expand_dims(x, axis)


# --- flatten (spec/ops/flatten.yaml)


def flatten(x):
    """Flatten a tensor.

    The elements of `x` in row-major order as a 1-D tensor (a scalar becomes a 1-element tensor).

    Args:
        x: Tensor or variable.

    Returns:
        A 1-D tensor with the elements of `x`.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> K.flatten(np.array([[1, 2], [3, 4]], dtype="int32"))
        array([1, 2, 3, 4], dtype=int32)
        >>> K.flatten(np.float32(7.0))
        array([7.], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('flatten', flatten, (), {'x': x}, _gradients.grad_flatten)
    (x,), dtype_T = _dtypes.resolve('flatten', ('x',), (x,), _ALL)
    return _shape_ops.flatten(x)


# --- int_shape (spec/ops/int_shape.yaml)


def int_shape(x):
    """Returns the shape of tensor or variable as a tuple of int or None entries.

    The shape of `x` as a tuple of Python ints (`()` for a scalar). Eager tensors have every size
    known, so no entry is None.

    Args:
        x: Tensor or variable.

    Returns:
        A tuple of ints.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> K.int_shape(np.zeros((2, 3), dtype="float32"))
        (2, 3)
        >>> K.int_shape(np.float32(1.0))
        ()
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _shape_ops.static_int_shape(x)
    (x,), dtype_T = _dtypes.resolve('int_shape', ('x',), (x,), _ALL)
    return _shape_ops.int_shape(x)


# --- ndim (spec/ops/ndim.yaml)


def ndim(x):
    """Returns the number of axes in a tensor, as an integer.

    Args:
        x: Tensor or variable.

    Returns:
        The rank of `x`, a Python int.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> K.ndim(np.zeros((2, 3, 4), dtype="float32"))
        3
        >>> K.ndim(np.float32(1.0))
        0
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _shape_ops.static_ndim(x)
    (x,), dtype_T = _dtypes.resolve('ndim', ('x',), (x,), _ALL)
    return _shape_ops.ndim(x)


# --- permute_dimensions (spec/ops/permute_dimensions.yaml)


def permute_dimensions(x, pattern):
    """Permutes axes in a tensor.

    Axis `i` of the result is axis `pattern[i]` of `x`. `pattern` holds every axis of `x` once;
    negative entries count from the end. Raises ValueError naming `pattern` otherwise.

    Args:
        x: Tensor or variable.
        pattern: A permutation of the axes of `x`, e.g. `(0, 2, 1)`.

    Returns:
        A tensor with the axes of `x` reordered.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> x = np.arange(6, dtype="int32").reshape(1, 2, 3)
        >>> K.permute_dimensions(x, (2, 0, 1)).shape
        (3, 1, 2)
        >>> K.permute_dimensions(x, (0, 2, 1))
        array([[[0, 3],
                [1, 4],
                [2, 5]]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, pattern)):
        return _graph.apply('permute_dimensions', permute_dimensions, (), {'x': x, 'pattern': pattern}, _gradients.grad_permute_dimensions)
    (x,), dtype_T = _dtypes.resolve('permute_dimensions', ('x',), (x,), _ALL)
    pattern = _checks.to_ints('permute_dimensions', 'pattern', pattern)
    return _shape_ops.permute_dimensions(x, pattern)


# --- repeat (spec/ops/repeat.yaml)


def repeat(x, n):
    """Repeats a 2D tensor.

    A tensor of shape `(batch, dim)` becomes `(batch, n, dim)`: each row of `x` repeated `n`
    times. Raises ValueError naming `x` when it is not 2-D and naming `n` when it is negative.

    Args:
        x: A 2-D tensor `(batch, dim)`.
        n: Number of repetitions (>= 0).

    Returns:
        A new 3-D tensor of shape `(batch, n, dim)`.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        TypeError: n that is not a int

    Examples:
        >>> K.repeat(np.array([[1, 2], [3, 4]], dtype="int32"), 2)
        array([[[1, 2],
                [1, 2]],
        <BLANKLINE>
               [[3, 4],
                [3, 4]]], dtype=int32)
        >>> K.repeat(np.zeros((4, 3), dtype="float32"), 5).shape
        (4, 5, 3)
    """
    if _graph.active and _graph.any_symbolic((x, n)):
        return _graph.apply('repeat', repeat, (), {'x': x, 'n': n}, _gradients.grad_repeat)
    (x,), dtype_T = _dtypes.resolve('repeat', ('x',), (x,), _ALL)
    n = _checks.to_int('repeat', 'n', n)
    return _shape_ops.repeat(x, n)


# --- repeat_elements (spec/ops/repeat_elements.yaml)


def repeat_elements(x, rep, axis):
    """Repeats the elements of a tensor along an axis, like `np.repeat`.

    Each slice of `x` along `axis` is repeated `rep` times in place: shape `(s1, s2)` with
    `axis=1` becomes `(s1, s2 * rep)`. `rep = 0` gives an empty axis. Raises ValueError naming
    `rep` when it is negative and IndexError naming `axis` when it is out of range.

    Args:
        x: Tensor or variable.
        rep: Number of repetitions (>= 0).
        axis: Axis along which to repeat (negative counts from the end).

    Returns:
        A new tensor.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        TypeError: rep that is not a int
        TypeError: axis that is not a int

    Examples:
        >>> x = np.array([[1, 2], [3, 4]], dtype="int32")
        >>> K.repeat_elements(x, 2, axis=1)
        array([[1, 1, 2, 2],
               [3, 3, 4, 4]], dtype=int32)
        >>> K.repeat_elements(x, 3, axis=0)
        array([[1, 2],
               [1, 2],
               [1, 2],
               [3, 4],
               [3, 4],
               [3, 4]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, rep, axis)):
        return _graph.apply('repeat_elements', repeat_elements, (), {'x': x, 'rep': rep, 'axis': axis}, _gradients.grad_repeat_elements)
    (x,), dtype_T = _dtypes.resolve('repeat_elements', ('x',), (x,), _ALL)
    rep = _checks.to_int('repeat_elements', 'rep', rep)
    axis = _checks.to_int('repeat_elements', 'axis', axis)
    return _shape_ops.repeat_elements(x, rep, axis)


# --- reshape (spec/ops/reshape.yaml)


def reshape(x, shape):
    """Reshapes a tensor to the specified shape.

    The elements of `x` in row-major order, in a tensor of shape `shape`. One size may be -1 and is
    then inferred from the others. Raises ValueError naming `shape` when it has more than one -1, a
    size below -1, or a number of elements different from that of `x`.

    Args:
        x: Tensor or variable.
        shape: Target shape (a sequence of ints, an int, or a 1-D integer tensor such as `K.shape(y)`).

    Returns:
        A tensor of shape `shape` with the dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> K.reshape(np.arange(6, dtype="int32"), (2, 3))
        array([[0, 1, 2],
               [3, 4, 5]], dtype=int32)
        >>> K.reshape(np.arange(6.0, dtype="float32"), (-1, 2))
        array([[0., 1.],
               [2., 3.],
               [4., 5.]], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, shape)):
        return _graph.apply('reshape', reshape, (), {'x': x, 'shape': shape}, _gradients.grad_reshape)
    (x,), dtype_T = _dtypes.resolve('reshape', ('x',), (x,), _ALL)
    shape = _checks.to_shape('reshape', 'shape', shape)
    return _shape_ops.reshape(x, shape)


# --- reverse (spec/ops/reverse.yaml)


def reverse(x, axes):
    """Reverse a tensor along the specified axes.

    `axes` is an int or a sequence of distinct axes (negative counts from the end); None reverses
    every axis. Raises IndexError naming `axes` for an axis out of range and ValueError when an
    axis is named twice.

    Args:
        x: Tensor or variable.
        axes: The axes to reverse.

    Returns:
        A tensor of the shape of `x`.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> x = np.array([[1, 2, 3], [4, 5, 6]], dtype="int32")
        >>> K.reverse(x, 0)
        array([[4, 5, 6],
               [1, 2, 3]], dtype=int32)
        >>> K.reverse(x, [0, 1])
        array([[6, 5, 4],
               [3, 2, 1]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, axes)):
        return _graph.apply('reverse', reverse, (), {'x': x, 'axes': axes}, _gradients.grad_reverse)
    (x,), dtype_T = _dtypes.resolve('reverse', ('x',), (x,), _ALL)
    axes = _checks.to_axis('reverse', 'axes', axes)
    return _shape_ops.reverse(x, axes)


# --- shape (spec/ops/shape.yaml)


def shape(x):
    """Returns the symbolic shape of a tensor or variable.

    The shape of `x` as a 1-D int32 tensor (empty for a scalar), as `tf.shape`: usable as a
    tensor, e.g. as the `shape` of `reshape`. Use `int_shape` for a tuple of Python ints.

    Args:
        x: Tensor or variable.

    Returns:
        A 1-D int32 tensor of length `ndim(x)`.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> K.shape(np.zeros((2, 3), dtype="float32"))
        array([2, 3], dtype=int32)
        >>> K.shape(np.float32(1.0))
        array([], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('shape', shape, (), {'x': x}, None)
    (x,), dtype_T = _dtypes.resolve('shape', ('x',), (x,), _ALL)
    return _shape_ops.shape(x)


# --- size (spec/ops/size.yaml)


def size(x, name=None):
    """Returns the size of a tensor.

    The number of elements of `x` (the product of its dimensions; 1 for a scalar, 0 when any
    dimension is 0) as an int32 scalar, as `tf.size`. On a placeholder, symbolic tensor or
    variable it is a symbolic int32 scalar computed when the graph runs, so it follows the fed
    batch size (Keras 2's metrics and losses count values with it). A tensor with more elements
    than an int32 holds is a ValueError rather than a wrapped count.

    Args:
        x: Tensor or variable.
        name: Ignored.

    Returns:
        A 0-d int32 tensor.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        TypeError: name that is not a str

    Examples:
        >>> K.size(np.array([[1, 2], [3, 4]]))
        array(4, dtype=int32)
        >>> K.size(np.float32(7.0))
        array(1, dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, name)):
        return _graph.apply('size', size, (), {'x': x, 'name': name}, None)
    (x,), dtype_T = _dtypes.resolve('size', ('x',), (x,), _ALL)
    name = None if name is None else _checks.to_str('size', 'name', name)
    return _array_ops.tensor_size(x, name)


# --- squeeze (spec/ops/squeeze.yaml)


def squeeze(x, axis):
    """Removes a 1-dimension from the tensor at index `axis`.

    `axis` (negative counts from the end) must name an axis of `x` of size 1: IndexError naming
    `axis` when it is out of range, ValueError when that axis has another size.

    Args:
        x: Tensor or variable.
        axis: The size-1 axis to remove.

    Returns:
        A tensor with one dimension fewer than `x`, same values.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        TypeError: axis that is not a int

    Examples:
        >>> K.squeeze(np.array([[1.0], [2.0]], dtype="float32"), -1)
        array([1., 2.], dtype=float32)
        >>> K.squeeze(np.zeros((2, 1, 3), dtype="float32"), 1).shape
        (2, 3)
    """
    if _graph.active and _graph.any_symbolic((x, axis)):
        return _graph.apply('squeeze', squeeze, (), {'x': x, 'axis': axis}, _gradients.grad_squeeze)
    (x,), dtype_T = _dtypes.resolve('squeeze', ('x',), (x,), _ALL)
    axis = _checks.to_int('squeeze', 'axis', axis)
    return _shape_ops.squeeze(x, axis)


# --- stack (spec/ops/stack.yaml)


def stack(x, axis=0):
    """Stacks a list of rank `R` tensors into a rank `R+1` tensor.

    The tensors must have equal shapes (ValueError naming `x` otherwise); they are joined along a
    new axis at position `axis` of the result, which must lie in `[-R - 1, R]` (IndexError
    otherwise). Tensors of different dtypes are promoted to a common dtype.

    Args:
        x: List (or tuple) of tensors of one shape.
        axis: Position of the new axis in the result.

    Returns:
        A new tensor of rank `R + 1`.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        TypeError: axis that is not a int

    Examples:
        >>> a = np.array([1, 2], dtype="int32")
        >>> K.stack([a, a + 2])
        array([[1, 2],
               [3, 4]], dtype=int32)
        >>> K.stack([a, a + 2], axis=-1)
        array([[1, 3],
               [2, 4]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, axis)):
        return _graph.apply('stack', stack, (), {'x': x, 'axis': axis}, _gradients.grad_stack)
    x, dtype_T = _dtypes.resolve_list('stack', 'x', x, _ALL)
    axis = _checks.to_int('stack', 'axis', axis)
    return _shape_ops.stack(x, axis)


# --- tile (spec/ops/tile.yaml)


def tile(x, n):
    """Creates a tensor by tiling `x` by `n`.

    Axis `i` of `x` is repeated `n[i]` times as a whole. `n` is an int or a sequence with one
    non-negative count per axis; a shorter `n` applies to the last axes (the leading axes are
    repeated once), as `np.tile`. Raises ValueError naming `n` for a negative count or for more
    counts than `x` has axes.

    Args:
        x: Tensor or variable.
        n: Repetitions, an int or a sequence of ints (at most one per axis).

    Returns:
        A new tensor of the rank of `x`, with shape `x.shape[i] * n[i]`.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> x = np.array([[1, 2], [3, 4]], dtype="int32")
        >>> K.tile(x, (2, 1))
        array([[1, 2],
               [3, 4],
               [1, 2],
               [3, 4]], dtype=int32)
        >>> K.tile(x, 2)
        array([[1, 2, 1, 2],
               [3, 4, 3, 4]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, n)):
        return _graph.apply('tile', tile, (), {'x': x, 'n': n}, _gradients.grad_tile)
    (x,), dtype_T = _dtypes.resolve('tile', ('x',), (x,), _ALL)
    n = _checks.to_ints('tile', 'n', n)
    return _shape_ops.tile(x, n)


# --- transpose (spec/ops/transpose.yaml)


def transpose(x):
    """Transposes a tensor and returns it.

    Reverses the order of all axes (a matrix is transposed; a tensor of shape `(a, b, c)` becomes
    `(c, b, a)`), as `tf.compat.v1.transpose` without `perm`. Use `permute_dimensions` for any
    other order.

    Args:
        x: Tensor or variable.

    Returns:
        A tensor with the axes of `x` in reverse order.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> K.transpose(np.array([[1, 2, 3], [4, 5, 6]], dtype="int32"))
        array([[1, 4],
               [2, 5],
               [3, 6]], dtype=int32)
        >>> K.transpose(np.zeros((2, 3, 4), dtype="float32")).shape
        (4, 3, 2)
    """
    if _graph.active and _graph.any_symbolic((x,)):
        return _graph.apply('transpose', transpose, (), {'x': x}, _gradients.grad_transpose)
    (x,), dtype_T = _dtypes.resolve('transpose', ('x',), (x,), _ALL)
    return _shape_ops.transpose(x)
