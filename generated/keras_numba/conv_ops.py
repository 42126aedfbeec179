# @generated from spec/ops/conv1d.yaml, spec/ops/conv2d.yaml, spec/ops/conv2d_transpose.yaml, spec/ops/conv3d.yaml, spec/ops/conv3d_transpose.yaml, spec/ops/depthwise_conv2d.yaml, spec/ops/local_conv1d.yaml, spec/ops/local_conv2d.yaml, spec/ops/separable_conv1d.yaml, spec/ops/separable_conv2d.yaml by codegen/templates/module.py.j2 — do not edit
"""Convolutions: 1-D, 2-D and 3-D convolutions, transposed, separable and locally-connected convolutions.

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
from keras_numba._runtime import conv as _conv
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES
_FLOATING = _dtype_table.CLASSES['floating']


# --- conv1d (spec/ops/conv1d.yaml)


def conv1d(x, kernel, strides=1, padding='valid', data_format=None, dilation_rate=1):
    """1D convolution (cross-correlation) of a batch of sequences with a kernel.

    `y[n, t, f] = sum over (a, c) of x[n, t*s + a*d - before, c] * kernel[a, c, f]` for a
    channels-last `x` of shape `(batch, steps, in_channels)` and a Keras kernel of shape
    `(kernel_size, in_channels, out_channels)`; a channels-first `x` `(batch, in_channels,
    steps)` gives a channels-first result (`data_format=None` means `image_data_format()`).

    Padding follows TensorFlow: `'valid'` reads only whole windows, `'same'` gives
    `ceil(steps / s)` positions with the odd extra zero at the end, `'causal'` pads
    `dilation_rate * (kernel_size - 1)` zeros at the start only (output `t` never sees input
    after `t`). Strides > 1 cannot be combined with dilation > 1 (as in TensorFlow).

    Runs on the shared N-d convolution kernels of `conv2d` (im2col chunks fed to BLAS);
    float16 computes in float32.

    Args:
        x: Tensor of rank 3.
        kernel: Kernel of rank 3, `(kernel_size, in_channels, out_channels)`.
        strides: Stride (an int or a 1-tuple, positive).
        padding: 'valid', 'same' or 'causal'.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.
        dilation_rate: Dilation (an int or a 1-tuple, positive).

    Returns:
        A tensor of rank 3 in the layout and dtype of `x`, with `out_channels` channels.

    Raises:
        TypeError: x, kernel of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: padding not one of 'valid', 'same', 'causal'
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.arange(6, dtype="float32").reshape(1, 6, 1)
        >>> k = np.array([1.0, 10.0], dtype="float32").reshape(2, 1, 1)
        >>> K.conv1d(x, k, data_format="channels_last")[0, :, 0]
        array([10., 21., 32., 43., 54.], dtype=float32)
        >>> K.conv1d(x, k, padding="same", data_format="channels_last")[0, :, 0]
        array([10., 21., 32., 43., 54.,  5.], dtype=float32)
        >>> K.conv1d(x, k, padding="causal", data_format="channels_last")[0, :, 0]
        array([ 0., 10., 21., 32., 43., 54.], dtype=float32)
        >>> K.conv1d(x, k, padding="causal", dilation_rate=2, data_format="channels_last")[0, :, 0]
        array([ 0., 10., 20., 31., 42., 53.], dtype=float32)
        >>> K.conv1d(x, k, strides=2, padding="same", data_format="channels_last")[0, :, 0]
        array([10., 32., 54.], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, kernel, strides, padding, data_format, dilation_rate)):
        return _graph.apply('conv1d', conv1d, (), {'x': x, 'kernel': kernel, 'strides': strides, 'padding': padding, 'data_format': data_format, 'dilation_rate': dilation_rate}, _gradients.grad_conv1d)
    (x, kernel), dtype_T = _dtypes.resolve('conv1d', ('x', 'kernel'), (x, kernel), _FLOATING)
    strides = _checks.to_ints('conv1d', 'strides', strides)
    padding = _checks.choice('conv1d', 'padding', padding, ('valid', 'same', 'causal'))
    data_format = None if data_format is None else _checks.choice('conv1d', 'data_format', data_format, ('channels_first', 'channels_last'))
    dilation_rate = _checks.to_ints('conv1d', 'dilation_rate', dilation_rate)
    return _conv.conv1d(x, kernel, strides, padding, data_format, dilation_rate)


_graph.register_bias_epilogue(conv1d, _conv.conv1d_biased)


# --- conv2d (spec/ops/conv2d.yaml)


def conv2d(x, kernel, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1)):
    """2D convolution (cross-correlation) of a batch of images with a kernel.

    `y[n, i, j, f] = sum over (a, b, c) of x[n, i*sh + a*dh - top, j*sw + b*dw - left, c] * kernel[a, b, c, f]`
    for a channels-last `x` of shape `(batch, rows, cols, in_channels)` and a Keras kernel of
    shape `(kernel_rows, kernel_cols, in_channels, out_channels)`; a channels-first `x`
    `(batch, in_channels, rows, cols)` gives a channels-first result (`data_format=None` means
    `image_data_format()`).

    Padding follows TensorFlow: `'valid'` reads only whole windows (`(n - dk) // s + 1`
    positions, `dk = (k - 1) * dilation + 1`); `'same'` gives `ceil(n / s)` positions and pads
    `max((out - 1) * s + dk - n, 0)` zeros, half before and the odd one after. `strides` and
    `dilation_rate` are an int or one int per spatial axis; strides > 1 cannot be combined with
    dilation > 1 (as in TensorFlow).

    Runs channels-last on one BLAS matrix product per chunk of output rows (im2col columns
    built chunk by chunk so they stay in cache); with few input channels (window size times
    channels <= 27) the columns are built transposed, one shifted input plane per row; 3x3
    windows at stride 1 with at least 16 input and output channels use Winograd F(4x4, 3x3)
    (4x fewer multiplications) or, on outputs too small to tile in 4x4 blocks, F(2x2, 3x3)
    (2.25x); results differ by float32 rounding. float16 computes in float32.

    Args:
        x: Tensor of rank 4.
        kernel: Kernel of rank 4, `(kernel_rows, kernel_cols, in_channels, out_channels)`.
        strides: Stride per spatial axis (an int or 2 ints, positive).
        padding: 'valid' or 'same'.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.
        dilation_rate: Dilation per spatial axis (an int or 2 ints, positive).

    Returns:
        A tensor of rank 4 in the layout and dtype of `x`, with `out_channels` channels.

    Raises:
        TypeError: x, kernel of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: padding not one of 'valid', 'same'
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.arange(16, dtype="float32").reshape(1, 4, 4, 1)
        >>> k = np.ones((2, 2, 1, 1), dtype="float32")
        >>> K.conv2d(x, k, data_format="channels_last")[0, :, :, 0]
        array([[10., 14., 18.],
               [26., 30., 34.],
               [42., 46., 50.]], dtype=float32)
        >>> K.conv2d(x, k, padding="same", strides=2, data_format="channels_last")[0, :, :, 0]
        array([[10., 18.],
               [42., 50.]], dtype=float32)
        >>> K.conv2d(x, k, padding="same", data_format="channels_last", dilation_rate=2)[0, :, :, 0]
        array([[ 5., 10., 12.,  6.],
               [10., 20., 24., 12.],
               [18., 36., 40., 20.],
               [ 9., 18., 20., 10.]], dtype=float32)
        >>> K.conv2d(np.ones((2, 3, 8, 8), dtype="float32"), np.ones((3, 3, 3, 5), dtype="float32"), padding="same", data_format="channels_first").shape
        (2, 5, 8, 8)
    """
    if _graph.active and _graph.any_symbolic((x, kernel, strides, padding, data_format, dilation_rate)):
        return _graph.apply('conv2d', conv2d, (), {'x': x, 'kernel': kernel, 'strides': strides, 'padding': padding, 'data_format': data_format, 'dilation_rate': dilation_rate}, _gradients.grad_conv2d)
    (x, kernel), dtype_T = _dtypes.resolve('conv2d', ('x', 'kernel'), (x, kernel), _FLOATING)
    strides = _checks.to_ints('conv2d', 'strides', strides)
    padding = _checks.choice('conv2d', 'padding', padding, ('valid', 'same'))
    data_format = None if data_format is None else _checks.choice('conv2d', 'data_format', data_format, ('channels_first', 'channels_last'))
    dilation_rate = _checks.to_ints('conv2d', 'dilation_rate', dilation_rate)
    return _conv.conv2d(x, kernel, strides, padding, data_format, dilation_rate)


_graph.register_bias_epilogue(conv2d, _conv.conv2d_biased)


# --- conv2d_transpose (spec/ops/conv2d_transpose.yaml)


def conv2d_transpose(x, kernel, output_shape, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1)):
    """2D transposed convolution ("deconvolution"), the input gradient of `conv2d`.

    The adjoint of `conv2d`: every input pixel `x[n, i, j, :]` adds `x[n, i, j, :] @ kernel[a, b].T`
    at output position `(i*sh + a*dh - top, j*sw + b*dw - left)`, where `(top, left)` is the
    padding `conv2d` would use on an input of shape `output_shape` (so `conv2d_transpose(x, k,
    y.shape)` is the gradient of `conv2d(y, k)` with respect to `y`). The kernel has Keras'
    transposed layout `(kernel_rows, kernel_cols, out_channels, in_channels)`.

    `output_shape` is the full result shape in `data_format` order; a `conv2d` of that shape
    with these strides, padding and dilation must give the spatial size of `x` (with strides
    s there are s valid choices per axis). Its batch may be None or -1 (the batch of `x`), and
    here any other entry may be None too: the channel count then comes from the kernel and a
    spatial size from Keras' `Conv2DTranspose` rule (`n * s + max(dk - s, 0)` for 'valid',
    `n * s` for 'same', `dk = (k - 1) * dilation + 1`).

    Runs channels-last: at stride 1 a correlation with the flipped kernel (BLAS over im2col
    chunks), else one `x @ kernel^T` BLAS product per chunk of images whose window columns a
    parallel Numba gather adds up where they land (no zero-inserted input); float16 computes in
    float32.

    Args:
        x: Tensor of rank 4.
        kernel: Kernel of rank 4, `(kernel_rows, kernel_cols, out_channels, in_channels)`.
        output_shape: The result's shape, 4 ints in `data_format` order (None or -1 batch; None sizes inferred).
        strides: Stride per spatial axis (an int or 2 ints, positive).
        padding: 'valid' or 'same'.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.
        dilation_rate: Dilation per spatial axis (an int or 2 ints, positive).

    Returns:
        A tensor of shape `output_shape` in the dtype of `x`.

    Raises:
        TypeError: x, kernel of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: padding not one of 'valid', 'same'
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.arange(4, dtype="float32").reshape(1, 2, 2, 1)
        >>> k = np.ones((2, 2, 1, 1), dtype="float32")
        >>> K.conv2d_transpose(x, k, (1, 4, 4, 1), strides=(2, 2), data_format="channels_last")[0, :, :, 0]
        array([[0., 0., 1., 1.],
               [0., 0., 1., 1.],
               [2., 2., 3., 3.],
               [2., 2., 3., 3.]], dtype=float32)
        >>> K.conv2d_transpose(x, k, (None, 3, 3, 1), data_format="channels_last")[0, :, :, 0]
        array([[0., 1., 1.],
               [2., 6., 4.],
               [2., 5., 3.]], dtype=float32)
        >>> K.conv2d_transpose(np.ones((2, 3, 4, 5), dtype="float32"), np.ones((3, 3, 6, 3), dtype="float32"), (-1, 6, 8, 10), strides=2, padding="same", data_format="channels_first").shape
        (2, 6, 8, 10)
    """
    if _graph.active and _graph.any_symbolic((x, kernel, output_shape, strides, padding, data_format, dilation_rate)):
        return _graph.apply('conv2d_transpose', conv2d_transpose, (), {'x': x, 'kernel': kernel, 'output_shape': output_shape, 'strides': strides, 'padding': padding, 'data_format': data_format, 'dilation_rate': dilation_rate}, _gradients.grad_conv2d_transpose)
    (x, kernel), dtype_T = _dtypes.resolve('conv2d_transpose', ('x', 'kernel'), (x, kernel), _FLOATING)
    strides = _checks.to_ints('conv2d_transpose', 'strides', strides)
    padding = _checks.choice('conv2d_transpose', 'padding', padding, ('valid', 'same'))
    data_format = None if data_format is None else _checks.choice('conv2d_transpose', 'data_format', data_format, ('channels_first', 'channels_last'))
    dilation_rate = _checks.to_ints('conv2d_transpose', 'dilation_rate', dilation_rate)
    return _conv.conv2d_transpose(x, kernel, output_shape, strides, padding, data_format, dilation_rate)


# --- conv3d (spec/ops/conv3d.yaml)


def conv3d(x, kernel, strides=(1, 1, 1), padding='valid', data_format=None, dilation_rate=(1, 1, 1)):
    """3D convolution (cross-correlation) of a batch of volumes with a kernel.

    `y[n, i, j, l, f] = sum over (a, b, e, c) of x[n, i*s0 + a*d0 - p0, j*s1 + b*d1 - p1, l*s2 + e*d2 - p2, c] * kernel[a, b, e, c, f]`
    for a channels-last `x` of shape `(batch, dim1, dim2, dim3, in_channels)` and a Keras
    kernel `(k1, k2, k3, in_channels, out_channels)`; a channels-first `x` gives a
    channels-first result (`data_format=None` means `image_data_format()`). Padding, strides
    and dilation as in `conv2d` (TensorFlow's 'same' arithmetic; strides > 1 cannot be
    combined with dilation > 1).

    Runs on the shared N-d convolution kernels of `conv2d` (im2col chunks fed to BLAS);
    float16 computes in float32.

    Args:
        x: Tensor of rank 5.
        kernel: Kernel of rank 5, `(k1, k2, k3, in_channels, out_channels)`.
        strides: Stride per spatial axis (an int or 3 ints, positive).
        padding: 'valid' or 'same'.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.
        dilation_rate: Dilation per spatial axis (an int or 3 ints, positive).

    Returns:
        A tensor of rank 5 in the layout and dtype of `x`, with `out_channels` channels.

    Raises:
        TypeError: x, kernel of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: padding not one of 'valid', 'same'
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.arange(27, dtype="float32").reshape(1, 3, 3, 3, 1)
        >>> k = np.ones((2, 2, 2, 1, 1), dtype="float32")
        >>> K.conv3d(x, k, data_format="channels_last")[0, :, :, :, 0]
        array([[[ 52.,  60.],
                [ 76.,  84.]],
        <BLANKLINE>
               [[124., 132.],
                [148., 156.]]], dtype=float32)
        >>> K.conv3d(x, k, padding="same", strides=2, data_format="channels_last")[0, :, :, :, 0]
        array([[[52., 32.],
                [44., 25.]],
        <BLANKLINE>
               [[80., 43.],
                [49., 26.]]], dtype=float32)
        >>> K.conv3d(np.ones((2, 3, 4, 4, 4), dtype="float32"), np.ones((3, 3, 3, 3, 5), dtype="float32"), padding="same", data_format="channels_first").shape
        (2, 5, 4, 4, 4)
    """
    if _graph.active and _graph.any_symbolic((x, kernel, strides, padding, data_format, dilation_rate)):
        return _graph.apply('conv3d', conv3d, (), {'x': x, 'kernel': kernel, 'strides': strides, 'padding': padding, 'data_format': data_format, 'dilation_rate': dilation_rate}, _gradients.grad_conv3d)
    (x, kernel), dtype_T = _dtypes.resolve('conv3d', ('x', 'kernel'), (x, kernel), _FLOATING)
    strides = _checks.to_ints('conv3d', 'strides', strides)
    padding = _checks.choice('conv3d', 'padding', padding, ('valid', 'same'))
    data_format = None if data_format is None else _checks.choice('conv3d', 'data_format', data_format, ('channels_first', 'channels_last'))
    dilation_rate = _checks.to_ints('conv3d', 'dilation_rate', dilation_rate)
    return _conv.conv3d(x, kernel, strides, padding, data_format, dilation_rate)


_graph.register_bias_epilogue(conv3d, _conv.conv3d_biased)


# --- conv3d_transpose (spec/ops/conv3d_transpose.yaml)


def conv3d_transpose(x, kernel, output_shape, strides=(1, 1, 1), padding='valid', data_format=None):
    """3D transposed convolution ("deconvolution"), the input gradient of `conv3d`.

    The adjoint of `conv3d`: every input voxel `x[n, i, j, l, :]` adds `x[n, i, j, l, :] @
    kernel[a, b, c].T` at output position `(i*sd + a - front, j*sh + b - top, l*sw + c - left)`,
    where `(front, top, left)` is the padding `conv3d` would use on an input of shape
    `output_shape` (so `conv3d_transpose(x, k, y.shape)` is the gradient of `conv3d(y, k)`
    with respect to `y`). The kernel has TensorFlow's transposed layout
    `(depth, rows, cols, out_channels, in_channels)`.

    `output_shape` is the full result shape in `data_format` order and is validated as in
    `conv2d_transpose`: a `conv3d` of that shape with these strides and padding must give
    the spatial size of `x`. Its batch may be None or -1 (the batch of `x`); here any other
    entry may be None too (channels from the kernel, a spatial size from Keras'
    `Conv3DTranspose` rule `n * s + max(k - s, 0)` for 'valid', `n * s` for 'same').

    Runs channels-last on the shared convolution machinery of `conv2d_transpose`; float16
    computes in float32.

    Args:
        x: Tensor of rank 5.
        kernel: Kernel of rank 5, `(depth, rows, cols, out_channels, in_channels)`.
        output_shape: The result's shape, 5 ints in `data_format` order (None or -1 batch; None sizes inferred).
        strides: Stride per spatial axis (an int or 3 ints, positive).
        padding: 'valid' or 'same'.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.

    Returns:
        A tensor of shape `output_shape` in the dtype of `x`.

    Raises:
        TypeError: x, kernel of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: padding not one of 'valid', 'same'
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.arange(8, dtype="float32").reshape(1, 2, 2, 2, 1)
        >>> k = np.ones((2, 2, 2, 1, 1), dtype="float32")
        >>> K.conv3d_transpose(x, k, (1, 4, 4, 4, 1), strides=(2, 2, 2), data_format="channels_last")[0, :, :, 0, 0]
        array([[0., 0., 2., 2.],
               [0., 0., 2., 2.],
               [4., 4., 6., 6.],
               [4., 4., 6., 6.]], dtype=float32)
        >>> K.conv3d_transpose(x, k, (None, 3, 3, 3, 1), data_format="channels_last")[0, 1, :, :, 0]
        array([[ 4., 10.,  6.],
               [12., 28., 16.],
               [ 8., 18., 10.]], dtype=float32)
        >>> K.conv3d_transpose(np.ones((2, 3, 2, 4, 5), dtype="float32"), np.ones((3, 3, 3, 6, 3), dtype="float32"), (-1, 6, 4, 8, 10), strides=2, padding="same", data_format="channels_first").shape
        (2, 6, 4, 8, 10)
    """
    if _graph.active and _graph.any_symbolic((x, kernel, output_shape, strides, padding, data_format)):
        return _graph.apply('conv3d_transpose', conv3d_transpose, (), {'x': x, 'kernel': kernel, 'output_shape': output_shape, 'strides': strides, 'padding': padding, 'data_format': data_format}, _gradients.grad_conv3d_transpose)
    (x, kernel), dtype_T = _dtypes.resolve('conv3d_transpose', ('x', 'kernel'), (x, kernel), _FLOATING)
    strides = _checks.to_ints('conv3d_transpose', 'strides', strides)
    padding = _checks.choice('conv3d_transpose', 'padding', padding, ('valid', 'same'))
    data_format = None if data_format is None else _checks.choice('conv3d_transpose', 'data_format', data_format, ('channels_first', 'channels_last'))
    return _conv.conv3d_transpose(x, kernel, output_shape, strides, padding, data_format)


# --- depthwise_conv2d (spec/ops/depthwise_conv2d.yaml)


def depthwise_conv2d(x, depthwise_kernel, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1)):
    """2D depthwise convolution (every input channel convolved on its own).

    Every input channel `c` is correlated on its own with `depthwise_kernel[:, :, c, m]` for
    each of the `depth_multiplier` values of `m`, giving output channel `c * multiplier + m`
    (TensorFlow's channel order):
    `y[n, i, j, c*M + m] = sum over (a, b) of x[n, i*sh + a*dh - top, j*sw + b*dw - left, c] * k[a, b, c, m]`.
    Strides, padding (TensorFlow's `'same'`: the odd extra pad at the end) and dilation are
    those of `conv2d`. `data_format=None` means `image_data_format()`.

    A tap that falls on the padding adds nothing (as in TensorFlow: an infinite weight there
    gives no NaN).

    Runs channels-last in a Numba kernel (parallel over images and output rows, the channel
    loop innermost and contiguous); float16 computes in float32.

    Args:
        x: Tensor of rank 4.
        depthwise_kernel: Kernel of rank 4, `(kernel_rows, kernel_cols, in_channels, depth_multiplier)`.
        strides: Stride per spatial axis (an int or 2 ints, positive).
        padding: 'valid' or 'same'.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.
        dilation_rate: Dilation per spatial axis (an int or 2 ints, positive).

    Returns:
        A tensor of rank 4 in the layout and dtype of `x`, with `in_channels * depth_multiplier` channels.

    Raises:
        TypeError: x, depthwise_kernel of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: padding not one of 'valid', 'same'
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.arange(18, dtype="float32").reshape(1, 3, 3, 2)
        >>> k = np.ones((2, 2, 2, 1), dtype="float32")
        >>> K.depthwise_conv2d(x, k, data_format="channels_last")[0, :, :, 1]
        array([[20., 28.],
               [44., 52.]], dtype=float32)
        >>> k2 = np.stack([np.ones((2, 2, 2)), -np.ones((2, 2, 2))], axis=-1).astype("float32")
        >>> K.depthwise_conv2d(x, k2, data_format="channels_last")[0, 0, 0]
        array([ 16., -16.,  20., -20.], dtype=float32)
        >>> K.depthwise_conv2d(np.ones((2, 3, 8, 8), dtype="float32"), np.ones((3, 3, 3, 2), dtype="float32"), strides=2, padding="same", data_format="channels_first").shape
        (2, 6, 4, 4)
    """
    if _graph.active and _graph.any_symbolic((x, depthwise_kernel, strides, padding, data_format, dilation_rate)):
        return _graph.apply('depthwise_conv2d', depthwise_conv2d, (), {'x': x, 'depthwise_kernel': depthwise_kernel, 'strides': strides, 'padding': padding, 'data_format': data_format, 'dilation_rate': dilation_rate}, _gradients.grad_depthwise_conv2d)
    (x, depthwise_kernel), dtype_T = _dtypes.resolve('depthwise_conv2d', ('x', 'depthwise_kernel'), (x, depthwise_kernel), _FLOATING)
    strides = _checks.to_ints('depthwise_conv2d', 'strides', strides)
    padding = _checks.choice('depthwise_conv2d', 'padding', padding, ('valid', 'same'))
    data_format = None if data_format is None else _checks.choice('depthwise_conv2d', 'data_format', data_format, ('channels_first', 'channels_last'))
    dilation_rate = _checks.to_ints('depthwise_conv2d', 'dilation_rate', dilation_rate)
    return _conv.depthwise_conv2d(x, depthwise_kernel, strides, padding, data_format, dilation_rate)


# --- local_conv1d (spec/ops/local_conv1d.yaml)


def local_conv1d(inputs, kernel, kernel_size, strides, data_format=None):
    """1D convolution with unshared weights (a locally connected layer).

    Each output position has its own weights (no sharing): output position `p` (row-major
    over the output positions) computes `patch(p) @ kernel[p]`, where `patch(p)` is the
    window of `kernel_size` input positions starting at `p * strides`, flattened in the order
    tf_keras uses: `(window..., channels)` for `'channels_last'`, `(channels, window...)` for
    `'channels_first'` (`data_format=None` means `image_data_format()`). No padding.

    Runs as one batched BLAS product over the positions (`(positions, batch, features) @
    (positions, features, filters)`) on patches gathered once; float16 computes in float32.

    The number of output steps is `kernel.shape[0]`; its windows must fit in the input.

    Args:
        inputs: Tensor of rank 3, `(batch, steps, channels)` or `(batch, channels, steps)`.
        kernel: Unshared weights `(output_steps, kernel_size * channels, filters)`.
        kernel_size: Window length (an int or a 1-tuple, positive).
        strides: Stride (an int or a 1-tuple, positive).
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.

    Returns:
        A tensor of rank 3, `(batch, output_steps, filters)` (channels-last) or `(batch, filters, output_steps)`, in the dtype of `inputs`.

    Raises:
        TypeError: inputs, kernel of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.arange(5, dtype="float32").reshape(1, 5, 1)
        >>> k = np.array([[1.0, 1.0], [1.0, -1.0]], dtype="float32").reshape(2, 2, 1)
        >>> K.local_conv1d(x, k, 2, 2, data_format="channels_last")[0, :, 0]
        array([ 1., -1.], dtype=float32)
        >>> K.local_conv1d(np.ones((4, 3, 10), dtype="float32"), np.ones((4, 9, 6), dtype="float32"), (3,), (2,), data_format="channels_first").shape
        (4, 6, 4)
    """
    if _graph.active and _graph.any_symbolic((inputs, kernel, kernel_size, strides, data_format)):
        return _graph.apply('local_conv1d', local_conv1d, (), {'inputs': inputs, 'kernel': kernel, 'kernel_size': kernel_size, 'strides': strides, 'data_format': data_format}, _gradients.grad_local_conv1d)
    (inputs, kernel), dtype_T = _dtypes.resolve('local_conv1d', ('inputs', 'kernel'), (inputs, kernel), _FLOATING)
    kernel_size = _checks.to_ints('local_conv1d', 'kernel_size', kernel_size)
    strides = _checks.to_ints('local_conv1d', 'strides', strides)
    data_format = None if data_format is None else _checks.choice('local_conv1d', 'data_format', data_format, ('channels_first', 'channels_last'))
    return _conv.local_conv1d(inputs, kernel, kernel_size, strides, data_format)


# --- local_conv2d (spec/ops/local_conv2d.yaml)


def local_conv2d(inputs, kernel, kernel_size, strides, output_shape, data_format=None):
    """2D convolution with unshared weights (a locally connected layer).

    Each output position has its own weights (no sharing): output position `p` (row-major
    over the output positions) computes `patch(p) @ kernel[p]`, where `patch(p)` is the
    window of `kernel_size` input positions starting at `p * strides`, flattened in the order
    tf_keras uses: `(window..., channels)` for `'channels_last'`, `(channels, window...)` for
    `'channels_first'` (`data_format=None` means `image_data_format()`). No padding.

    Runs as one batched BLAS product over the positions (`(positions, batch, features) @
    (positions, features, filters)`) on patches gathered once; float16 computes in float32.

    `output_shape = (output_rows, output_cols)`; `kernel.shape[0]` must be their product and
    every window must fit in the input.

    Args:
        inputs: Tensor of rank 4, `(batch, rows, cols, channels)` or `(batch, channels, rows, cols)`.
        kernel: Unshared weights `(output_rows * output_cols, kernel_rows * kernel_cols * channels, filters)`.
        kernel_size: Window size (an int or 2 ints, positive).
        strides: Strides (an int or 2 ints, positive).
        output_shape: `(output_rows, output_cols)`.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.

    Returns:
        A tensor of rank 4, `(batch, output_rows, output_cols, filters)` (channels-last) or `(batch, filters, output_rows, output_cols)`, in the dtype of `inputs`.

    Raises:
        TypeError: inputs, kernel of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.arange(9, dtype="float32").reshape(1, 3, 3, 1)
        >>> k = np.stack([np.ones(4), np.zeros(4), -np.ones(4), np.arange(4.0)]).astype("float32").reshape(4, 4, 1)
        >>> K.local_conv2d(x, k, (2, 2), (1, 1), (2, 2), data_format="channels_last")[0, :, :, 0]
        array([[  8.,   0.],
               [-20.,  43.]], dtype=float32)
        >>> K.local_conv2d(np.ones((2, 3, 6, 6), dtype="float32"), np.ones((9, 12, 5), dtype="float32"), 2, 2, (3, 3), data_format="channels_first").shape
        (2, 5, 3, 3)
    """
    if _graph.active and _graph.any_symbolic((inputs, kernel, kernel_size, strides, output_shape, data_format)):
        return _graph.apply('local_conv2d', local_conv2d, (), {'inputs': inputs, 'kernel': kernel, 'kernel_size': kernel_size, 'strides': strides, 'output_shape': output_shape, 'data_format': data_format}, _gradients.grad_local_conv2d)
    (inputs, kernel), dtype_T = _dtypes.resolve('local_conv2d', ('inputs', 'kernel'), (inputs, kernel), _FLOATING)
    kernel_size = _checks.to_ints('local_conv2d', 'kernel_size', kernel_size)
    strides = _checks.to_ints('local_conv2d', 'strides', strides)
    output_shape = _checks.to_ints('local_conv2d', 'output_shape', output_shape)
    data_format = None if data_format is None else _checks.choice('local_conv2d', 'data_format', data_format, ('channels_first', 'channels_last'))
    return _conv.local_conv2d(inputs, kernel, kernel_size, strides, output_shape, data_format)


# --- separable_conv1d (spec/ops/separable_conv1d.yaml)


def separable_conv1d(x, depthwise_kernel, pointwise_kernel, strides=1, padding='valid', data_format=None, dilation_rate=1):
    """1D depthwise-separable convolution (a depthwise convolution followed by a 1x1 one).

    The 1-D form of `separable_conv2d`: every input channel `c` of a sequence is correlated
    on its own with `depthwise_kernel[:, c, m]` for each of the `depth_multiplier` values of
    `m` (intermediate channel `c * multiplier + m`), with the strides, padding and dilation
    of `conv1d`; then `pointwise_kernel` of shape `(1, in_channels * multiplier,
    out_channels)` mixes the intermediate channels. `data_format=None` means
    `image_data_format()`. As in Keras' TensorFlow backend, padding is 'valid' or 'same'
    (no 'causal').

    The depthwise stage runs in the Numba depthwise kernel, the pointwise stage is one BLAS
    product; float16 computes in float32.

    Args:
        x: Tensor of rank 3, `(batch, steps, channels)` or `(batch, channels, steps)`.
        depthwise_kernel: Kernel of rank 3, `(kernel_size, in_channels, depth_multiplier)`.
        pointwise_kernel: Kernel of rank 3, `(1, in_channels * depth_multiplier, out_channels)`.
        strides: Stride (an int or a 1-tuple, positive).
        padding: 'valid' or 'same'.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.
        dilation_rate: Dilation (an int or a 1-tuple, positive).

    Returns:
        A tensor of rank 3 in the layout and dtype of `x`, with `out_channels` channels.

    Raises:
        TypeError: x, depthwise_kernel, pointwise_kernel of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: padding not one of 'valid', 'same'
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.arange(10, dtype="float32").reshape(1, 5, 2)
        >>> dw = np.ones((2, 2, 1), dtype="float32")
        >>> pw = np.array([1.0, -1.0], dtype="float32").reshape(1, 2, 1)
        >>> K.separable_conv1d(x, dw, pw, data_format="channels_last")[0, :, 0]
        array([-2., -2., -2., -2.], dtype=float32)
        >>> K.separable_conv1d(x, dw, np.ones((1, 2, 1), dtype="float32"), padding="same", data_format="channels_last")[0, :, 0]
        array([ 6., 14., 22., 30., 17.], dtype=float32)
        >>> K.separable_conv1d(np.ones((2, 3, 8), dtype="float32"), np.ones((3, 3, 2), dtype="float32"), np.ones((1, 6, 4), dtype="float32"), strides=2, padding="same", data_format="channels_first").shape
        (2, 4, 4)
    """
    if _graph.active and _graph.any_symbolic((x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)):
        return _graph.apply('separable_conv1d', separable_conv1d, (), {'x': x, 'depthwise_kernel': depthwise_kernel, 'pointwise_kernel': pointwise_kernel, 'strides': strides, 'padding': padding, 'data_format': data_format, 'dilation_rate': dilation_rate}, _gradients.grad_separable_conv1d)
    (x, depthwise_kernel, pointwise_kernel), dtype_T = _dtypes.resolve('separable_conv1d', ('x', 'depthwise_kernel', 'pointwise_kernel'), (x, depthwise_kernel, pointwise_kernel), _FLOATING)
    strides = _checks.to_ints('separable_conv1d', 'strides', strides)
    padding = _checks.choice('separable_conv1d', 'padding', padding, ('valid', 'same'))
    data_format = None if data_format is None else _checks.choice('separable_conv1d', 'data_format', data_format, ('channels_first', 'channels_last'))
    dilation_rate = _checks.to_ints('separable_conv1d', 'dilation_rate', dilation_rate)
    return _conv.separable_conv1d(x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)


# --- separable_conv2d (spec/ops/separable_conv2d.yaml)


def separable_conv2d(x, depthwise_kernel, pointwise_kernel, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1)):
    """2D depthwise-separable convolution (a depthwise convolution followed by a 1x1 one).

    First every input channel `c` is convolved on its own with `depthwise_kernel[:, :, c, m]`
    for each of the `depth_multiplier` values of `m` (intermediate channel `c * multiplier + m`),
    with the strides, padding and dilation of `conv2d`; then a 1x1 convolution mixes the
    `in_channels * multiplier` intermediate channels with `pointwise_kernel` of shape
    `(1, 1, in_channels * multiplier, out_channels)`. `data_format=None` means
    `image_data_format()`.

    The depthwise stage runs in a Numba kernel (parallel over output rows, channels innermost;
    a tap on the padding adds nothing, as in TensorFlow); the pointwise stage is one BLAS
    product.
    float16 computes in float32.

    Args:
        x: Tensor of rank 4.
        depthwise_kernel: Kernel of rank 4, `(kernel_rows, kernel_cols, in_channels, depth_multiplier)`.
        pointwise_kernel: Kernel of rank 4, `(1, 1, in_channels * depth_multiplier, out_channels)`.
        strides: Stride per spatial axis (an int or 2 ints, positive).
        padding: 'valid' or 'same'.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.
        dilation_rate: Dilation per spatial axis (an int or 2 ints, positive).

    Returns:
        A tensor of rank 4 in the layout and dtype of `x`, with `out_channels` channels.

    Raises:
        TypeError: x, depthwise_kernel, pointwise_kernel of a dtype not in the `floating` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: padding not one of 'valid', 'same'
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.arange(18, dtype="float32").reshape(1, 3, 3, 2)
        >>> dw = np.ones((2, 2, 2, 1), dtype="float32")
        >>> pw = np.array([1.0, -1.0], dtype="float32").reshape(1, 1, 2, 1)
        >>> K.separable_conv2d(x, dw, pw, data_format="channels_last")[0, :, :, 0]
        array([[-4., -4.],
               [-4., -4.]], dtype=float32)
        >>> K.separable_conv2d(x, dw, np.ones((1, 1, 2, 1), dtype="float32"), padding="same", data_format="channels_last")[0, :, :, 0]
        array([[ 36.,  52.,  30.],
               [ 84., 100.,  54.],
               [ 54.,  62.,  33.]], dtype=float32)
        >>> K.separable_conv2d(np.ones((2, 3, 8, 8), dtype="float32"), np.ones((3, 3, 3, 2), dtype="float32"), np.ones((1, 1, 6, 4), dtype="float32"), strides=2, padding="same", data_format="channels_first").shape
        (2, 4, 4, 4)
    """
    if _graph.active and _graph.any_symbolic((x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)):
        return _graph.apply('separable_conv2d', separable_conv2d, (), {'x': x, 'depthwise_kernel': depthwise_kernel, 'pointwise_kernel': pointwise_kernel, 'strides': strides, 'padding': padding, 'data_format': data_format, 'dilation_rate': dilation_rate}, _gradients.grad_separable_conv2d)
    (x, depthwise_kernel, pointwise_kernel), dtype_T = _dtypes.resolve('separable_conv2d', ('x', 'depthwise_kernel', 'pointwise_kernel'), (x, depthwise_kernel, pointwise_kernel), _FLOATING)
    strides = _checks.to_ints('separable_conv2d', 'strides', strides)
    padding = _checks.choice('separable_conv2d', 'padding', padding, ('valid', 'same'))
    data_format = None if data_format is None else _checks.choice('separable_conv2d', 'data_format', data_format, ('channels_first', 'channels_last'))
    dilation_rate = _checks.to_ints('separable_conv2d', 'dilation_rate', dilation_rate)
    return _conv.separable_conv2d(x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)
