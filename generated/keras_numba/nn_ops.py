# @generated from spec/ops/batch_normalization.yaml, spec/ops/normalize_batch_in_training.yaml, spec/ops/pool2d.yaml, spec/ops/pool3d.yaml by codegen/templates/module.py.j2 — do not edit
"""Pooling and normalisation: Max and average pooling, batch normalisation.

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
from keras_numba._runtime import normalization as _normalization
from keras_numba._runtime import pooling as _pooling
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES
_FLOATING = _dtype_table.CLASSES['floating']


# --- batch_normalization (spec/ops/batch_normalization.yaml)


def batch_normalization(x, mean, var, beta, gamma, axis=-1, epsilon=0.001):
    """Normalises a tensor with given mean and variance, then scales and shifts it.

    `(x - mean) / sqrt(var + epsilon) * gamma + beta`, as `tf.nn.batch_normalization`.
    A rank-1 `mean`, `var`, `beta` or `gamma` runs along `axis` of `x` (its length is the size
    of that axis, or 1); any other rank broadcasts against `x` as NumPy does (e.g. a full-rank
    `(1, C, 1, 1)` mean for channels-first images) and may not enlarge `x`. `beta=None` means no
    shift, `gamma=None` no scale.

    One fused pass: `scale = gamma / sqrt(var + epsilon)` is formed per channel, then
    `(x - mean) * scale + beta` per element (vectorised over channels, rows in threads on large
    tensors), whatever the channel axis. float16 computes in float32.

    Args:
        x: Input tensor.
        mean: Mean (rank 1 along `axis`, or broadcastable to `x`).
        var: Variance, like `mean`.
        beta: Offset, like `mean`, or None.
        gamma: Scale, like `mean`, or None.
        axis: The axis rank-1 parameters run along (usually the features axis).
        epsilon: Added to the variance.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x, mean, var, beta, gamma of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        TypeError: axis that is not a int
        TypeError: epsilon that is not a float

    Examples:
        >>> x = np.array([[1.0, 2.0], [3.0, 6.0]], dtype="float32")
        >>> K.batch_normalization(x, np.array([2.0, 4.0], dtype="float32"), np.array([1.0, 4.0], dtype="float32"), None, None, epsilon=0.0)
        array([[-1., -1.],
               [ 1.,  1.]], dtype=float32)
        >>> K.batch_normalization(x, np.array([2.0, 4.0], dtype="float32"), np.array([1.0, 4.0], dtype="float32"), np.array([1.0, 1.0], dtype="float32"), np.array([2.0, 2.0], dtype="float32"), axis=0, epsilon=0.0)
        array([[-1.,  1.],
               [ 0.,  3.]], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, mean, var, beta, gamma, axis, epsilon)):
        return _graph.apply('batch_normalization', batch_normalization, (), {'x': x, 'mean': mean, 'var': var, 'beta': beta, 'gamma': gamma, 'axis': axis, 'epsilon': epsilon}, _gradients.grad_batch_normalization)
    beta = 0.0 if beta is None else beta
    gamma = 1.0 if gamma is None else gamma
    (x, mean, var, beta, gamma), dtype_T = _dtypes.resolve('batch_normalization', ('x', 'mean', 'var', 'beta', 'gamma'), (x, mean, var, beta, gamma), _FLOATING)
    axis = _checks.to_int('batch_normalization', 'axis', axis)
    epsilon = _checks.to_float('batch_normalization', 'epsilon', epsilon)
    return _normalization.batch_normalization(x, mean, var, beta, gamma, axis, epsilon)


# --- normalize_batch_in_training (spec/ops/normalize_batch_in_training.yaml)


def normalize_batch_in_training(x, gamma, beta, reduction_axes, epsilon=0.001):
    """Computes the batch mean and variance, and normalises the batch with them.

    Returns `(normed, mean, var)`: `mean` and `var` are the moments of `x` over
    `reduction_axes`, shaped as the kept axes of `x` (in order), and
    `normed = (x - mean) / sqrt(var + epsilon) * gamma + beta` with the biased (population)
    variance. `gamma` and `beta` hold one entry per kept position (any shape of that size, e.g.
    `(C,)`), or one entry, or are None.

    The returned `var` is exactly the one tf_keras returns on CPU: for a 4-D `x` with
    `reduction_axes` exactly `[0, 1, 2]` tf_keras runs `fused_batch_norm`, whose variance output
    is the unbiased one (`n / (n - 1)` times the population variance, unchanged when `n = 1`);
    every other case (including `[0, 2, 3]` on CPU) returns the population variance.

    One fused Numba kernel when the kept axes are consecutive (channels last or first): two
    exact moment passes accumulated in float64 (mean, then mean squared deviation, as
    `tf.nn.moments`; channels-last float32 takes both moments in one pass of float64 sums shifted
    by the first row) and the normalisation pass, rows or channels in parallel; NumPy otherwise.
    float16 computes in float32.

    Args:
        x: Input tensor.
        gamma: Scale, one entry per kept position, or None.
        beta: Offset, one entry per kept position, or None.
        reduction_axes: The axes to compute the moments over (e.g. `[0, 1, 2]` for NHWC images).
        epsilon: Added to the variance.

    Returns:
        A tuple `(normed, mean, var)`; `normed` like `x`, `mean` and `var` shaped as the kept axes; all of the dtype of `x`.

    Raises:
        TypeError: x, gamma, beta of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        TypeError: epsilon that is not a float

    Examples:
        >>> x = np.array([[1.0, 2.0], [3.0, 6.0]], dtype="float32")
        >>> normed, mean, var = K.normalize_batch_in_training(x, None, None, [0], epsilon=0.0)
        >>> normed
        array([[-1., -1.],
               [ 1.,  1.]], dtype=float32)
        >>> mean, var
        (array([2., 4.], dtype=float32), array([1., 4.], dtype=float32))
        >>> x4 = np.arange(8, dtype="float32").reshape(2, 2, 1, 2)
        >>> K.normalize_batch_in_training(x4, None, None, [0, 1, 2])[2]
        array([6.6666665, 6.6666665], dtype=float32)
        >>> [a.shape for a in K.normalize_batch_in_training(np.ones((2, 3, 4)), np.ones(12), None, [0])]
        [(2, 3, 4), (3, 4), (3, 4)]
    """
    if _graph.active and _graph.any_symbolic((x, gamma, beta, reduction_axes, epsilon)):
        return _graph.apply('normalize_batch_in_training', normalize_batch_in_training, (), {'x': x, 'gamma': gamma, 'beta': beta, 'reduction_axes': reduction_axes, 'epsilon': epsilon}, _gradients.grad_normalize_batch_in_training)
    gamma = 1.0 if gamma is None else gamma
    beta = 0.0 if beta is None else beta
    (x, gamma, beta), dtype_T = _dtypes.resolve('normalize_batch_in_training', ('x', 'gamma', 'beta'), (x, gamma, beta), _FLOATING)
    reduction_axes = _checks.to_ints('normalize_batch_in_training', 'reduction_axes', reduction_axes)
    epsilon = _checks.to_float('normalize_batch_in_training', 'epsilon', epsilon)
    return _normalization.normalize_batch_in_training(x, gamma, beta, reduction_axes, epsilon)


# --- pool2d (spec/ops/pool2d.yaml)


def pool2d(x, pool_size, strides=(1, 1), padding='valid', data_format=None, pool_mode='max'):
    """2-D max or average pooling.

    Slides a `pool_size` window with steps `strides` over the rows and columns of a 4-D tensor
    (axes 1 and 2 for `'channels_last'`, 2 and 3 for `'channels_first'`; `None` means
    `image_data_format()`) and keeps each window's maximum (`pool_mode='max'`) or mean
    (`'avg'`), per image and channel, as `tf.nn.max_pool` / `tf.nn.avg_pool`:

    - `'valid'`: windows lie inside the input, `(size - window) // stride + 1` of them;
    - `'same'`: `ceil(size / stride)` windows over an input padded by
      `max((out - 1) * stride + window - size, 0)` cells, half before and the odd one after;
      average pooling divides by the number of real (non-padded) cells of each window.

    One compiled pass (threads over output rows) on the channels-last layout, channel loop
    innermost; a `'channels_first'` tensor is pooled as its `(N * C, H, W, 1)` view, without a
    transpose. float16 computes in float32.

    Args:
        x: Tensor of rank 4.
        pool_size: Two positive ints, the window's rows and columns.
        strides: Two positive ints, the steps between windows.
        padding: 'valid' or 'same' (see above).
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.
        pool_mode: 'max' or 'avg'.

    Returns:
        A 4-D tensor of the dtype of `x`, with the pooled spatial sizes.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)
        ValueError: padding not one of 'valid', 'same'
        ValueError: data_format not one of 'channels_first', 'channels_last'
        ValueError: pool_mode not one of 'max', 'avg'

    Examples:
        >>> x = np.arange(16, dtype="float32").reshape(1, 4, 4, 1)
        >>> K.pool2d(x, (2, 2), strides=(2, 2), data_format="channels_last")[0, :, :, 0]
        array([[ 5.,  7.],
               [13., 15.]], dtype=float32)
        >>> K.pool2d(x, (2, 2), strides=(2, 2), data_format="channels_last", pool_mode="avg")[0, :, :, 0]
        array([[ 2.5,  4.5],
               [10.5, 12.5]], dtype=float32)
        >>> K.pool2d(x, (3, 3), strides=(2, 2), padding="same", data_format="channels_last", pool_mode="avg")[0, :, :, 0]
        array([[ 5. ,  6.5],
               [11. , 12.5]], dtype=float32)
        >>> K.pool2d(np.ones((2, 3, 5, 7)), (2, 2), padding="same", data_format="channels_first").shape
        (2, 3, 5, 7)
    """
    if _graph.active and _graph.any_symbolic((x, pool_size, strides, padding, data_format, pool_mode)):
        return _graph.apply('pool2d', pool2d, (), {'x': x, 'pool_size': pool_size, 'strides': strides, 'padding': padding, 'data_format': data_format, 'pool_mode': pool_mode}, _gradients.grad_pool2d, hoists=('x', {'pool_mode': 'max'}))
    (x,), dtype_T = _dtypes.resolve('pool2d', ('x',), (x,), _FLOATING)
    pool_size = _checks.to_ints('pool2d', 'pool_size', pool_size)
    strides = _checks.to_ints('pool2d', 'strides', strides)
    padding = _checks.choice('pool2d', 'padding', padding, ('valid', 'same'))
    data_format = None if data_format is None else _checks.choice('pool2d', 'data_format', data_format, ('channels_first', 'channels_last'))
    pool_mode = _checks.choice('pool2d', 'pool_mode', pool_mode, ('max', 'avg'))
    return _pooling.pool2d(x, pool_size, strides, padding, data_format, pool_mode)


# --- pool3d (spec/ops/pool3d.yaml)


def pool3d(x, pool_size, strides=(1, 1, 1), padding='valid', data_format=None, pool_mode='max'):
    """3-D max or average pooling.

    Slides a `pool_size` window with steps `strides` over the three spatial axes of a 5-D tensor
    (axes 1-3 for `'channels_last'`, 2-4 for `'channels_first'`; `None` means
    `image_data_format()`) and keeps each window's maximum (`pool_mode='max'`) or mean
    (`'avg'`), per image and channel, as `tf.nn.max_pool3d` / `tf.nn.avg_pool3d`:

    - `'valid'`: windows lie inside the input, `(size - window) // stride + 1` of them;
    - `'same'`: `ceil(size / stride)` windows over an input padded by
      `max((out - 1) * stride + window - size, 0)` cells, half before and the odd one after;
      average pooling divides by the number of real (non-padded) cells of each window.

    One compiled pass (threads over output rows) on the channels-last layout, channel loop
    innermost; a `'channels_first'` tensor is pooled as its `(N * C, D, H, W, 1)` view, without a
    transpose. float16 computes in float32.

    Args:
        x: Tensor of rank 5.
        pool_size: Three positive ints, the window's size along each spatial axis.
        strides: Three positive ints, the steps between windows.
        padding: 'valid' or 'same' (see above).
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.
        pool_mode: 'max' or 'avg'.

    Returns:
        A 5-D tensor of the dtype of `x`, with the pooled spatial sizes.

    Raises:
        TypeError: x of a dtype not in the `floating` class (see Dtypes)
        ValueError: padding not one of 'valid', 'same'
        ValueError: data_format not one of 'channels_first', 'channels_last'
        ValueError: pool_mode not one of 'max', 'avg'

    Examples:
        >>> x = np.arange(8, dtype="float32").reshape(1, 2, 2, 2, 1)
        >>> K.pool3d(x, (2, 2, 2), data_format="channels_last")[:, :, :, :, 0]
        array([[[[7.]]]], dtype=float32)
        >>> K.pool3d(x, (2, 2, 2), data_format="channels_last", pool_mode="avg")[:, :, :, :, 0]
        array([[[[3.5]]]], dtype=float32)
        >>> K.pool3d(np.ones((2, 3, 4, 5, 6)), (2, 2, 2), (2, 2, 2), "same", "channels_first").shape
        (2, 3, 2, 3, 3)
    """
    if _graph.active and _graph.any_symbolic((x, pool_size, strides, padding, data_format, pool_mode)):
        return _graph.apply('pool3d', pool3d, (), {'x': x, 'pool_size': pool_size, 'strides': strides, 'padding': padding, 'data_format': data_format, 'pool_mode': pool_mode}, _gradients.grad_pool3d, hoists=('x', {'pool_mode': 'max'}))
    (x,), dtype_T = _dtypes.resolve('pool3d', ('x',), (x,), _FLOATING)
    pool_size = _checks.to_ints('pool3d', 'pool_size', pool_size)
    strides = _checks.to_ints('pool3d', 'strides', strides)
    padding = _checks.choice('pool3d', 'padding', padding, ('valid', 'same'))
    data_format = None if data_format is None else _checks.choice('pool3d', 'data_format', data_format, ('channels_first', 'channels_last'))
    pool_mode = _checks.choice('pool3d', 'pool_mode', pool_mode, ('max', 'avg'))
    return _pooling.pool3d(x, pool_size, strides, padding, data_format, pool_mode)
