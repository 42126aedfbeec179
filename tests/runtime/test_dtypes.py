"""The dtype rules every wrapper applies to its tensor arguments."""

from __future__ import annotations

import numpy as np
import pytest

import keras_numba as K


def test_python_scalars_never_upcast_a_float32_array():
    x = np.array([1.0, -2.0], dtype=np.float32)
    assert K.maximum(x, 0.5).dtype == np.float32
    assert K.maximum(0, x).dtype == np.float32
    assert K.greater(x, 1e300).tolist() == [False, False]


def test_lists_are_weak_too():
    x = np.array([1.0, -2.0], dtype=np.float32)
    assert K.maximum(x, [0.0, 0.0]).dtype == np.float32


def test_arrays_of_different_dtypes_promote():
    assert K.maximum(np.float32([1]), np.float64([2])).dtype == np.float64
    assert K.maximum(np.int8([1]), np.int32([2])).dtype == np.int32


def test_python_numbers_alone_follow_floatx_and_int32():
    assert K.maximum(1.0, 2.0).dtype == np.float32
    assert K.maximum(1, 2).dtype == np.int32
    K.set_floatx("float64")
    assert K.maximum(1.0, 2.0).dtype == np.float64
    assert K.cast_to_floatx([1]).dtype == np.float64


def test_float16_computes_in_float32_and_returns_float16():
    x = np.array([1.0, 2049.0, -3.5], dtype=np.float16)
    out = K.maximum(x, np.float16(2.0))
    assert out.dtype == np.float16
    np.testing.assert_array_equal(out, np.maximum(x, np.float16(2.0)))


@pytest.mark.parametrize(
    "make",
    [
        lambda a: a,
        lambda a: np.asfortranarray(a),
        lambda a: a.T,
        lambda a: a[:, ::2],
        lambda a: a[::-1],
        lambda a: np.broadcast_to(a[:1], a.shape),
    ],
)
def test_any_memory_layout(make):
    base = np.arange(24, dtype=np.float64).reshape(4, 6) - 10
    x = make(base)
    np.testing.assert_array_equal(K.maximum(x, 0.0), np.maximum(x, 0.0))
    np.testing.assert_array_equal(K.greater(x, x.T[: x.shape[1]].T if x.shape == x.T.shape else x), np.greater(x, x))


def test_bad_inputs_name_the_function_and_argument():
    with pytest.raises(TypeError, match="keras_numba.maximum: y must have dtype"):
        K.maximum(np.ones(2), np.array(["a", "b"]))
    with pytest.raises(TypeError, match="keras_numba.maximum: x must be a tensor or a number"):
        K.maximum(object(), 1.0)
    with pytest.raises(ValueError, match=r"keras_numba.maximum: shapes do not broadcast: x\(2, 3\) and y\(4,\)"):
        K.maximum(np.ones((2, 3)), np.ones(4))
    with pytest.raises(ValueError, match="keras_numba.maximum: x cannot be read"):
        K.maximum([[1.0], [2.0, 3.0]], 1.0)
    with pytest.raises(TypeError, match="keras_numba.cast: dtype must be a dtype name"):
        K.cast(np.ones(2), "float8")


def test_inputs_are_not_modified():
    x = np.array([-1.0, 2.0])
    K.maximum(x, 0.0)
    assert x.tolist() == [-1.0, 2.0]
