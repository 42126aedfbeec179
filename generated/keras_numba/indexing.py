# @generated from spec/ops/batch_dot.yaml, spec/ops/cumprod.yaml, spec/ops/cumsum.yaml, spec/ops/dot.yaml, spec/ops/gather.yaml, spec/ops/in_top_k.yaml, spec/ops/one_hot.yaml, spec/ops/slice.yaml by codegen/templates/module.py.j2 — do not edit
"""Indexing and linear algebra: Gathering, one-hot encoding, top-k membership, cumulative sums and products, dot products.

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
from keras_numba._runtime import sparse as _sparse
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES
_ALL = _dtype_table.CLASSES['all']
_INTEGER = _dtype_table.CLASSES['integer']
_NUMERIC = _dtype_table.CLASSES['numeric']


# --- batch_dot (spec/ops/batch_dot.yaml)


def batch_dot(x, y, axes=None):
    """Batchwise dot product.

    For each batch entry `b`, contracts axis `axes[0]` of `x[b]` with axis `axes[1]` of `y[b]`.
    `axes` is an int (the same axis of both), a pair, or None: the last axis of `x` with the last
    axis of a 2-D `y`, or with the second-to-last axis of a higher-rank `y` (a batch of matrix
    products). Negative axes count from the end; neither may be the batch axis 0.

    The result's shape is `x`'s shape without the contracted axis followed by `y`'s shape without
    the batch and contracted axes, with Keras' rules for rank 2: two rank-2 inputs give
    `(batch, 1)`, e.g. `(32, 20) . (32, 20)` with `axes=1` -> `(32, 1)`, and
    `(32, 20, 1) . (32, 30, 20)` with `axes=(1, 2)` -> `(32, 1, 30)`. Runs as one batched BLAS
    matrix product on reshaped views. float16 multiplies in float32 and rounds once.

    Args:
        x: Tensor of rank >= 2 (batch first).
        y: Tensor of rank >= 2 with the same batch size.
        axes: None, an int, or a pair of ints (the axes of `x` and `y` to contract).

    Returns:
        A tensor of rank >= 2 in the common dtype, shaped as described above.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> x = np.ones((32, 20), dtype="float32")
        >>> K.batch_dot(x, x, axes=1).shape
        (32, 1)
        >>> K.batch_dot(np.ones((32, 20, 1), dtype="float32"), np.ones((32, 30, 20), dtype="float32"), axes=(1, 2)).shape
        (32, 1, 30)
        >>> x = np.array([[1.0, 2.0], [3.0, 4.0]], dtype="float32")
        >>> y = np.array([[5.0, 6.0], [7.0, 8.0]], dtype="float32")
        >>> K.batch_dot(x, y, axes=1)
        array([[17.],
               [53.]], dtype=float32)
        >>> K.batch_dot(np.ones((2, 3, 4), dtype="float32"), np.ones((2, 4, 5), dtype="float32")).shape
        (2, 3, 5)
    """
    if _graph.active and _graph.any_symbolic((x, y, axes)):
        return _graph.apply('batch_dot', batch_dot, (), {'x': x, 'y': y, 'axes': axes}, _gradients.grad_batch_dot)
    (x, y), dtype_T = _dtypes.resolve('batch_dot', ('x', 'y'), (x, y), _NUMERIC)
    axes = _checks.to_axis('batch_dot', 'axes', axes)
    return _array_ops.batch_dot(x, y, axes)


# --- cumprod (spec/ops/cumprod.yaml)


def cumprod(x, axis=0):
    """Cumulative product of the values of a tensor along an axis.

    `result[..., i, ...] = x[..., 0, ...] * ... * x[..., i, ...]` along `axis` (negative axes
    count from the end), in the dtype of `x`: integer products wrap around on overflow as in
    TensorFlow (NumPy's `cumprod` would widen small integers to int64). float16 accumulates in
    float32 and rounds each result once.

    Args:
        x: Tensor of rank >= 1.
        axis: The axis to accumulate along.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)
        TypeError: axis that is not a int

    Examples:
        >>> K.cumprod(np.array([[1, 2], [3, 4]], dtype="int32"))
        array([[1, 2],
               [3, 8]], dtype=int32)
        >>> K.cumprod(np.array([[1.0, 2.0, 3.0]], dtype="float32"), axis=1)
        array([[1., 2., 6.]], dtype=float32)
        >>> K.cumprod(np.array([100, 100], dtype="int8"))
        array([100,  16], dtype=int8)
    """
    if _graph.active and _graph.any_symbolic((x, axis)):
        return _graph.apply('cumprod', cumprod, (), {'x': x, 'axis': axis}, _gradients.grad_cumprod)
    (x,), dtype_T = _dtypes.resolve('cumprod', ('x',), (x,), _NUMERIC)
    axis = _checks.to_int('cumprod', 'axis', axis)
    return _array_ops.cumprod(x, axis)


# --- cumsum (spec/ops/cumsum.yaml)


def cumsum(x, axis=0):
    """Cumulative sum of the values of a tensor along an axis.

    `result[..., i, ...] = x[..., 0, ...] + ... + x[..., i, ...]` along `axis` (negative axes
    count from the end), in the dtype of `x`: integer sums wrap around on overflow as in
    TensorFlow (NumPy's `cumsum` would widen small integers to int64). float16 accumulates in
    float32 and rounds each result once.

    Args:
        x: Tensor of rank >= 1.
        axis: The axis to accumulate along.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x of a dtype not in the `numeric` class (see Dtypes)
        TypeError: axis that is not a int

    Examples:
        >>> K.cumsum(np.array([[1, 2], [3, 4]], dtype="int32"))
        array([[1, 2],
               [4, 6]], dtype=int32)
        >>> K.cumsum(np.array([[1.0, 2.0, 3.0]], dtype="float32"), axis=-1)
        array([[1., 3., 6.]], dtype=float32)
        >>> K.cumsum(np.array([200, 100], dtype="uint8"))
        array([200,  44], dtype=uint8)
    """
    if _graph.active and _graph.any_symbolic((x, axis)):
        return _graph.apply('cumsum', cumsum, (), {'x': x, 'axis': axis}, _gradients.grad_cumsum)
    (x,), dtype_T = _dtypes.resolve('cumsum', ('x',), (x,), _NUMERIC)
    axis = _checks.to_int('cumsum', 'axis', axis)
    return _array_ops.cumsum(x, axis)


# --- dot (spec/ops/dot.yaml)


def dot(x, y):
    """Dot product of two tensors (`numpy.dot` semantics).

    A sparse tensor (or a scipy.sparse matrix) as either operand of a 2-D product runs a
    compressed-row loop over its stored values instead (`sparse.dot`).

    A sum product over the last axis of `x` and the second-to-last axis of `y` (its only axis
    when `y` is 1-D): shapes `(2, 3) . (3, 4) -> (2, 4)`, `(32, 28, 3) . (3, 4) -> (32, 28, 4)`,
    `(2, 3) . (4, 3, 5) -> (2, 4, 5)`. The result has shape `x.shape[:-1] + y.shape[:-2] +
    y.shape[-1:]`. Runs as one BLAS matrix product on reshaped views (`y`'s contracted axis is
    moved first when `y` has rank > 2). float16 multiplies in float32 and rounds once.

    Args:
        x: Tensor of rank >= 1.
        y: Tensor of rank >= 1.

    Returns:
        A tensor of shape `x.shape[:-1] + y.shape[:-2] + y.shape[-1:]`, in the common dtype.

    Raises:
        TypeError: x, y of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype="float32")
        >>> K.dot(x, np.ones((3, 2), dtype="float32"))
        array([[ 6.,  6.],
               [15., 15.]], dtype=float32)
        >>> K.dot(x, np.ones((4, 3, 5), dtype="float32")).shape
        (2, 4, 5)
        >>> K.dot(np.ones((32, 28, 3), dtype="float32"), np.ones((3, 4), dtype="float32")).shape
        (32, 28, 4)
        >>> K.dot(np.array([1, 2, 3], dtype="int32"), np.array([[1], [1], [1]], dtype="int32"))
        array([6], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, y)):
        return _graph.apply('dot', dot, (), {'x': x, 'y': y}, _gradients.grad_dot)
    if _sparse.any_sparse((x, y)):
        return _sparse.dot(x, y)
    (x, y), dtype_T = _dtypes.resolve('dot', ('x', 'y'), (x, y), _NUMERIC)
    return _array_ops.dot(x, y)


# --- gather (spec/ops/gather.yaml)


def gather(reference, indices):
    """Retrieves the entries of `reference` at `indices` along its first axis.

    `result[i, ...] = reference[indices[i], ...]` for an index tensor of any shape: the result has
    shape `indices.shape + reference.shape[1:]` and the dtype of `reference`. Every index must lie
    in `[0, reference.shape[0])`; anything else (a negative index included) is an `IndexError`
    naming `indices`, never a wrapped or clipped read. Runs as one `np.take`.

    Args:
        reference: Tensor of rank >= 1 to read from.
        indices: Integer tensor of indices into the first axis of `reference`.

    Returns:
        A tensor of shape `indices.shape + reference.shape[1:]` with the dtype of `reference`.

    Raises:
        TypeError: reference of a dtype not in the `all` class (see Dtypes)
        TypeError: indices of a dtype not in the `integer` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast

    Examples:
        >>> ref = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype="float32")
        >>> K.gather(ref, np.array([1, 0, 1]))
        array([[4., 5., 6.],
               [1., 2., 3.],
               [4., 5., 6.]], dtype=float32)
        >>> K.gather(ref, np.array([[1], [0]])).shape
        (2, 1, 3)
        >>> K.gather(np.array([10, 20, 30], dtype="int64"), 2)
        array(30)
    """
    if _graph.active and _graph.any_symbolic((reference, indices)):
        return _graph.apply('gather', gather, (), {'reference': reference, 'indices': indices}, _gradients.grad_gather)
    (reference,), dtype_T = _dtypes.resolve('gather', ('reference',), (reference,), _ALL)
    (indices,), dtype_I = _dtypes.resolve('gather', ('indices',), (indices,), _INTEGER)
    return _array_ops.gather(reference, indices)


# --- in_top_k (spec/ops/in_top_k.yaml)


def in_top_k(predictions, targets, k):
    """Whether each target is among the top `k` predictions of its row.

    As `tf.math.in_top_k`: `result[i]` is True when fewer than `k` entries of
    `predictions[i]` are strictly greater than `predictions[i, targets[i]]`, so ties with the
    target's value count in its favour (every tied class is "in the top k"). A row is False when
    its target lies outside `[0, classes)` or when the row holds a NaN or an infinity anywhere
    (TensorFlow cannot rank it); `k <= 0` gives False and `k >= classes` True for finite rows.

    Args:
        predictions: Tensor of shape `(batch, classes)`.
        targets: Integer tensor of shape `(batch,)`, the class index of each row.
        k: Number of top elements to consider.

    Returns:
        A bool tensor of shape `(batch,)`.

    Raises:
        TypeError: predictions of a dtype not in the `numeric` class (see Dtypes)
        TypeError: targets of a dtype not in the `integer` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        TypeError: k that is not a int

    Examples:
        >>> p = np.array([[0.1, 0.5, 0.4], [0.3, 0.3, 0.4]], dtype="float32")
        >>> K.in_top_k(p, np.array([2, 0]), 1)
        array([False, False])
        >>> K.in_top_k(p, np.array([2, 0]), 2)
        array([ True,  True])
        >>> K.in_top_k(np.array([[1.0, np.nan, 0.0]]), np.array([0]), 3)
        array([False])
    """
    if _graph.active and _graph.any_symbolic((predictions, targets, k)):
        return _graph.apply('in_top_k', in_top_k, (), {'predictions': predictions, 'targets': targets, 'k': k}, None)
    (predictions,), dtype_T = _dtypes.resolve('in_top_k', ('predictions',), (predictions,), _NUMERIC)
    (targets,), dtype_I = _dtypes.resolve('in_top_k', ('targets',), (targets,), _INTEGER)
    k = _checks.to_int('in_top_k', 'k', k)
    return _array_ops.in_top_k(predictions, targets, k)


# --- one_hot (spec/ops/one_hot.yaml)


def one_hot(indices, num_classes):
    """One-hot encoding of a tensor of class indices.

    Adds a last axis of size `num_classes`: `result[..., c]` is 1 where `indices == c`, else 0.
    The result is always float32, whatever `floatx()` is (as `tf.one_hot` in tf_keras).
    An index outside `[0, num_classes)` (negative ones included) gives a row of zeros.
    As tf_keras does with NumPy inputs, floating indices are truncated toward zero first
    (so -0.5 selects class 0, NaN and inf select nothing) and booleans count as 0 and 1.
    One pass of a compiled loop writes the ones into a zeroed result.

    Args:
        indices: Tensor of class indices, of any shape.
        num_classes: Number of classes (the size of the new last axis), >= 0.

    Returns:
        A float32 tensor of shape `indices.shape + (num_classes,)`.

    Raises:
        TypeError: indices of a dtype not in the `all` class (see Dtypes)
        TypeError: num_classes that is not a int

    Examples:
        >>> K.one_hot(np.array([0, 2, 1]), 3)
        array([[1., 0., 0.],
               [0., 0., 1.],
               [0., 1., 0.]], dtype=float32)
        >>> K.one_hot(np.array([[3, -1]], dtype="int64"), 3)
        array([[[0., 0., 0.],
                [0., 0., 0.]]], dtype=float32)
        >>> K.one_hot(np.array([1.7, -0.5, np.nan]), 2)
        array([[0., 1.],
               [1., 0.],
               [0., 0.]], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((indices, num_classes)):
        return _graph.apply('one_hot', one_hot, (), {'indices': indices, 'num_classes': num_classes}, None)
    (indices,), dtype_I = _dtypes.resolve('one_hot', ('indices',), (indices,), _ALL)
    num_classes = _checks.to_int('one_hot', 'num_classes', num_classes)
    return _array_ops.one_hot(indices, num_classes)


# --- slice (spec/ops/slice.yaml)


def slice(x, start, size):
    """Extracts a slice from a tensor.

    `x[start[0] : start[0] + size[0], ..., start[-1] : start[-1] + size[-1]]`, as `tf.slice`:
    `start` and `size` hold one int per axis of `x` (a 1-D tensor may take plain ints); a size
    of -1 means "to the end of the axis". Every `start[i]` must lie in `[0, x.shape[i]]` and every
    other size in `[0, x.shape[i] - start[i]]`; anything else is a ValueError naming the entry
    (TensorFlow's InvalidArgumentError), never a clipped or wrapped slice. The result is a new
    array, not a view of `x`.

    On a placeholder, symbolic tensor or variable the result is symbolic, with the static shape
    known from `start`/`size` (unknown where it depends on an unknown dimension); entries are
    checked against the known dimensions while the graph is built and against the fed ones when
    it runs. `start` and `size` may themselves be 1-D integer tensors (then only the rank of the
    result is known until it runs).

    Args:
        x: Input tensor.
        start: Integer list/tuple or 1-D integer tensor of start indices, one per axis.
        size: Integer list/tuple or 1-D integer tensor of slice lengths (-1 = to the end), one per axis.

    Returns:
        A tensor of the rank and dtype of `x` with the sliced shape.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> x = np.arange(12, dtype="float32").reshape(3, 4)
        >>> K.slice(x, [1, 1], [2, 2])
        array([[ 5.,  6.],
               [ 9., 10.]], dtype=float32)
        >>> K.slice(x, [0, 2], [-1, 1])
        array([[ 2.],
               [ 6.],
               [10.]], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, start, size)):
        return _array_ops.slice_symbolic(x, start, size)
    (x,), dtype_T = _dtypes.resolve('slice', ('x',), (x,), _ALL)
    start = _checks.to_shape('slice', 'start', start)
    size = _checks.to_shape('slice', 'size', size)
    return _array_ops.slice_tensor(x, start, size)
