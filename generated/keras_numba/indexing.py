# @generated from spec/ops/gather.yaml, spec/ops/one_hot.yaml by codegen/templates/module.py.j2 — do not edit
"""Indexing and linear algebra: Gathering, one-hot encoding, top-k membership, cumulative sums and products, dot products.

Public wrappers: each validates and converts its arguments (errors name the
function and the argument), then runs its kernel. Kernels compile lazily on
first call; importing this module compiles nothing.
"""

import numpy as np

from keras_numba import _dtype_table
from keras_numba._runtime import checks as _checks
from keras_numba._runtime import dtypes as _dtypes
from keras_numba._runtime import array_ops as _array_ops
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES
_ALL = _dtype_table.CLASSES['all']
_INTEGER = _dtype_table.CLASSES['integer']


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
        TypeError: reference with a dtype outside all
        TypeError: indices with a dtype outside integer
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
    (reference,), dtype_T = _dtypes.resolve('gather', ('reference',), (reference,), _ALL)
    (indices,), dtype_I = _dtypes.resolve('gather', ('indices',), (indices,), _INTEGER)
    return _array_ops.gather(reference, indices)


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
        TypeError: indices with a dtype outside all
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
    (indices,), dtype_I = _dtypes.resolve('one_hot', ('indices',), (indices,), _ALL)
    num_classes = _checks.to_int('one_hot', 'num_classes', num_classes)
    return _array_ops.one_hot(indices, num_classes)
