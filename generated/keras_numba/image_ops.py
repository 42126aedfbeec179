# @generated from spec/ops/bias_add.yaml, spec/ops/resize_images.yaml, spec/ops/resize_volumes.yaml, spec/ops/spatial_2d_padding.yaml, spec/ops/spatial_3d_padding.yaml, spec/ops/temporal_padding.yaml by codegen/templates/module.py.j2 — do not edit
"""Bias, padding and resizing: Bias addition, zero padding and resizing of sequences, images and volumes.

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
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES
_ALL = _dtype_table.CLASSES['all']
_NUMERIC = _dtype_table.CLASSES['numeric']


# --- bias_add (spec/ops/bias_add.yaml)


def bias_add(x, bias, data_format=None):
    """Adds a bias to a tensor along its channel axis.

    With a 1-D `bias`, adds `bias[c]` to channel `c`: the last axis of `x` for `'channels_last'`,
    axis 1 for `'channels_first'` (`None` means `image_data_format()`); its length must equal the
    number of channels. A `bias` of rank `ndim(x) - 1` (a per-position bias, as in locally
    connected layers) is given in `(..., channels)` order and, exactly as tf_keras does,
    *reshaped* (not transposed) to `(1, ...)` for `'channels_last'` and to `(1, channels, ...)`
    for `'channels_first'`; it may have size-1 axes that broadcast, but never enlarges `x`.

    Args:
        x: Tensor of rank >= 2 (batch first).
        bias: Tensor of rank 1, or of rank `ndim(x) - 1`.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.

    Returns:
        A tensor of the shape of `x`, in the common dtype of `x` and `bias`.

    Raises:
        TypeError: x, bias of a dtype not in the `numeric` class (see Dtypes)
        ValueError: tensor arguments whose shapes do not broadcast
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.zeros((2, 2, 3), dtype="float32")
        >>> K.bias_add(x, np.array([1.0, 2.0, 3.0], dtype="float32"))[0]
        array([[1., 2., 3.],
               [1., 2., 3.]], dtype=float32)
        >>> K.bias_add(x, np.array([1.0, 2.0], dtype="float32"), data_format="channels_first")[0]
        array([[1., 1., 1.],
               [2., 2., 2.]], dtype=float32)
        >>> K.bias_add(np.zeros((1, 3, 2), dtype="float32"), np.arange(6, dtype="float32").reshape(2, 3), "channels_first")
        array([[[0., 1.],
                [2., 3.],
                [4., 5.]]], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, bias, data_format)):
        return _graph.apply('bias_add', bias_add, (), {'x': x, 'bias': bias, 'data_format': data_format}, _gradients.grad_bias_add, folds_bias=('x', 'bias', ('data_format',)))
    (x, bias), dtype_T = _dtypes.resolve('bias_add', ('x', 'bias'), (x, bias), _NUMERIC)
    data_format = None if data_format is None else _checks.choice('bias_add', 'data_format', data_format, ('channels_first', 'channels_last'))
    return _array_ops.bias_add(x, bias, data_format)


# --- resize_images (spec/ops/resize_images.yaml)


def resize_images(x, height_factor, width_factor, data_format, interpolation='nearest'):
    """Enlarges a batch of images by integer factors.

    Resizes the rows and columns of a 4D tensor (axes 1 and 2 for `'channels_last'`, 2 and 3
    for `'channels_first'`; `None` means `image_data_format()`) to `height_factor` and
    `width_factor` times their size, with `tf.image.resize` semantics (half-pixel centres):

    - `'nearest'` repeats every pixel (one broadcast copy) and keeps the dtype of `x`;
    - `'area'` equals `'nearest'` for integer enlargement (each output pixel lies inside one input pixel);
    - `'bilinear'`, `'bicubic'` (Keys, a = -0.5), `'mitchellcubic'`, `'gaussian'`, `'lanczos3'`
      and `'lanczos5'` sample output pixel `o` at input position `(o + 0.5) / factor - 0.5` with
      the filter's weights over the input pixels within its radius, renormalised at the borders,
      as TensorFlow does; one compiled pass per resized axis. `'gaussian'` and `'mitchellcubic'`
      are not interpolating: they smooth even an axis with factor 1.

    Interpolated results are floating: a floating `x` keeps its dtype (float16 computes in
    float32), integer and bool images give float32.

    Args:
        x: Tensor of rank 4.
        height_factor: Positive integer factor for the rows.
        width_factor: Positive integer factor for the columns.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.
        interpolation: The resampling filter (see above).

    Returns:
        A tensor with its spatial axes enlarged; the dtype of `x` for 'nearest', else floating (see above).

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        TypeError: height_factor that is not a int
        TypeError: width_factor that is not a int
        ValueError: data_format not one of 'channels_first', 'channels_last'
        ValueError: interpolation not one of 'area', 'bicubic', 'bilinear', 'gaussian', 'lanczos3', 'lanczos5', 'mitchellcubic', 'nearest'

    Examples:
        >>> x = np.array([[[[1.0], [2.0]], [[3.0], [4.0]]]], dtype="float32")
        >>> K.resize_images(x, 2, 2, "channels_last")[0, :, :, 0]
        array([[1., 1., 2., 2.],
               [1., 1., 2., 2.],
               [3., 3., 4., 4.],
               [3., 3., 4., 4.]], dtype=float32)
        >>> K.resize_images(x, 2, 2, "channels_last", interpolation="bilinear")[0, :, :, 0]
        array([[1.  , 1.25, 1.75, 2.  ],
               [1.5 , 1.75, 2.25, 2.5 ],
               [2.5 , 2.75, 3.25, 3.5 ],
               [3.  , 3.25, 3.75, 4.  ]], dtype=float32)
        >>> K.resize_images(np.ones((1, 3, 2, 2), dtype="uint8"), 1, 3, "channels_first").shape
        (1, 3, 2, 6)
    """
    if _graph.active and _graph.any_symbolic((x, height_factor, width_factor, data_format, interpolation)):
        return _graph.apply('resize_images', resize_images, (), {'x': x, 'height_factor': height_factor, 'width_factor': width_factor, 'data_format': data_format, 'interpolation': interpolation}, _gradients.grad_resize_images)
    (x,), dtype_T = _dtypes.resolve('resize_images', ('x',), (x,), _ALL)
    height_factor = _checks.to_int('resize_images', 'height_factor', height_factor)
    width_factor = _checks.to_int('resize_images', 'width_factor', width_factor)
    data_format = None if data_format is None else _checks.choice('resize_images', 'data_format', data_format, ('channels_first', 'channels_last'))
    interpolation = _checks.choice('resize_images', 'interpolation', interpolation, ('area', 'bicubic', 'bilinear', 'gaussian', 'lanczos3', 'lanczos5', 'mitchellcubic', 'nearest'))
    return _array_ops.resize_images(x, height_factor, width_factor, data_format, interpolation)


# --- resize_volumes (spec/ops/resize_volumes.yaml)


def resize_volumes(x, depth_factor, height_factor, width_factor, data_format):
    """Enlarges a batch of volumes by repeating each voxel.

    Repeats every voxel `depth_factor`, `height_factor` and `width_factor` times along the three
    spatial axes of a 5D tensor (axes 1-3 for `'channels_last'`, 2-4 for `'channels_first'`;
    `None` means `image_data_format()`): nearest-neighbour upsampling, as `repeat_elements` along
    each axis in tf_keras, written as one broadcast copy. Keeps the dtype of `x`.

    Args:
        x: Tensor of rank 5.
        depth_factor: Positive integer factor for the depth axis.
        height_factor: Positive integer factor for the rows.
        width_factor: Positive integer factor for the columns.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.

    Returns:
        A tensor of the dtype of `x` with its spatial axes enlarged.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        TypeError: depth_factor that is not a int
        TypeError: height_factor that is not a int
        TypeError: width_factor that is not a int
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.arange(2, dtype="float32").reshape(1, 1, 1, 2, 1)
        >>> K.resize_volumes(x, 1, 2, 2, "channels_last")[0, 0, :, :, 0]
        array([[0., 0., 1., 1.],
               [0., 0., 1., 1.]], dtype=float32)
        >>> K.resize_volumes(np.ones((2, 3, 1, 2, 2), dtype="int32"), 2, 1, 3, "channels_first").shape
        (2, 3, 2, 2, 6)
    """
    if _graph.active and _graph.any_symbolic((x, depth_factor, height_factor, width_factor, data_format)):
        return _graph.apply('resize_volumes', resize_volumes, (), {'x': x, 'depth_factor': depth_factor, 'height_factor': height_factor, 'width_factor': width_factor, 'data_format': data_format}, _gradients.grad_resize_volumes)
    (x,), dtype_T = _dtypes.resolve('resize_volumes', ('x',), (x,), _ALL)
    depth_factor = _checks.to_int('resize_volumes', 'depth_factor', depth_factor)
    height_factor = _checks.to_int('resize_volumes', 'height_factor', height_factor)
    width_factor = _checks.to_int('resize_volumes', 'width_factor', width_factor)
    data_format = None if data_format is None else _checks.choice('resize_volumes', 'data_format', data_format, ('channels_first', 'channels_last'))
    return _array_ops.resize_volumes(x, depth_factor, height_factor, width_factor, data_format)


# --- spatial_2d_padding (spec/ops/spatial_2d_padding.yaml)


def spatial_2d_padding(x, padding=((1, 1), (1, 1)), data_format=None):
    """Pads the two spatial axes of a 4D tensor with zeros.

    `padding = ((top, bottom), (left, right))` zeros are added to the rows and columns: axes 1
    and 2 for `'channels_last'`, axes 2 and 3 for `'channels_first'` (`None` means
    `image_data_format()`). Each pair may also be one int (both sides), and `padding` one int
    (everywhere). Written as one copy into a zeroed result.

    Args:
        x: Tensor of rank 4.
        padding: Two pairs of non-negative ints `((top, bottom), (left, right))`; an int stands for a pair.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.

    Returns:
        A tensor of the dtype of `x` with its spatial axes padded.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.ones((1, 2, 2, 1), dtype="float32")
        >>> K.spatial_2d_padding(x)[0, :, :, 0]
        array([[0., 0., 0., 0.],
               [0., 1., 1., 0.],
               [0., 1., 1., 0.],
               [0., 0., 0., 0.]], dtype=float32)
        >>> K.spatial_2d_padding(x, ((1, 0), (0, 2))).shape
        (1, 3, 4, 1)
        >>> K.spatial_2d_padding(np.ones((1, 1, 2, 2), dtype="int32"), ((0, 1), (1, 0)), "channels_first")[0, 0]
        array([[0, 1, 1],
               [0, 1, 1],
               [0, 0, 0]], dtype=int32)
    """
    if _graph.active and _graph.any_symbolic((x, padding, data_format)):
        return _graph.apply('spatial_2d_padding', spatial_2d_padding, (), {'x': x, 'padding': padding, 'data_format': data_format}, _gradients.grad_spatial_2d_padding)
    (x,), dtype_T = _dtypes.resolve('spatial_2d_padding', ('x',), (x,), _ALL)
    data_format = None if data_format is None else _checks.choice('spatial_2d_padding', 'data_format', data_format, ('channels_first', 'channels_last'))
    return _array_ops.spatial_2d_padding(x, padding, data_format)


# --- spatial_3d_padding (spec/ops/spatial_3d_padding.yaml)


def spatial_3d_padding(x, padding=((1, 1), (1, 1), (1, 1)), data_format=None):
    """Pads the three spatial axes of a 5D tensor with zeros.

    `padding = ((d0, d1), (h0, h1), (w0, w1))` zeros are added along depth, height and width:
    axes 1-3 for `'channels_last'`, axes 2-4 for `'channels_first'` (`None` means
    `image_data_format()`). Each pair may also be one int (both sides), and `padding` one int
    (everywhere). Written as one copy into a zeroed result.

    Args:
        x: Tensor of rank 5.
        padding: Three pairs of non-negative ints; an int stands for a pair.
        data_format: 'channels_first', 'channels_last', or None for `image_data_format()`.

    Returns:
        A tensor of the dtype of `x` with its spatial axes padded.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)
        ValueError: data_format not one of 'channels_first', 'channels_last'

    Examples:
        >>> x = np.ones((1, 1, 1, 1, 1), dtype="float32")
        >>> K.spatial_3d_padding(x).shape
        (1, 3, 3, 3, 1)
        >>> K.spatial_3d_padding(x, ((1, 0), (0, 1), (2, 0)), "channels_first")[0, 0]
        array([[[0., 0., 0.],
                [0., 0., 0.]],
        <BLANKLINE>
               [[0., 0., 1.],
                [0., 0., 0.]]], dtype=float32)
    """
    if _graph.active and _graph.any_symbolic((x, padding, data_format)):
        return _graph.apply('spatial_3d_padding', spatial_3d_padding, (), {'x': x, 'padding': padding, 'data_format': data_format}, _gradients.grad_spatial_3d_padding)
    (x,), dtype_T = _dtypes.resolve('spatial_3d_padding', ('x',), (x,), _ALL)
    data_format = None if data_format is None else _checks.choice('spatial_3d_padding', 'data_format', data_format, ('channels_first', 'channels_last'))
    return _array_ops.spatial_3d_padding(x, padding, data_format)


# --- temporal_padding (spec/ops/temporal_padding.yaml)


def temporal_padding(x, padding=(1, 1)):
    """Pads the middle axis of a 3D tensor with zeros.

    For `x` of shape `(batch, steps, features)`, adds `padding[0]` zero steps before and
    `padding[1]` after: the result has shape `(batch, padding[0] + steps + padding[1], features)`.
    An int pads both ends equally. Written as one copy into a zeroed result.

    Args:
        x: Tensor of rank 3 `(batch, steps, features)`.
        padding: A pair of non-negative ints `(before, after)`, or one int for both.

    Returns:
        A tensor of the dtype of `x` with axis 1 padded.

    Raises:
        TypeError: x of a dtype not in the `all` class (see Dtypes)

    Examples:
        >>> x = np.array([[[1.0], [2.0]]], dtype="float32")
        >>> K.temporal_padding(x)[0, :, 0]
        array([0., 1., 2., 0.], dtype=float32)
        >>> K.temporal_padding(x, (0, 2)).shape
        (1, 4, 1)
    """
    if _graph.active and _graph.any_symbolic((x, padding)):
        return _graph.apply('temporal_padding', temporal_padding, (), {'x': x, 'padding': padding}, _gradients.grad_temporal_padding)
    (x,), dtype_T = _dtypes.resolve('temporal_padding', ('x',), (x,), _ALL)
    return _array_ops.temporal_padding(x, padding)
