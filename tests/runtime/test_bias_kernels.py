"""The bias kernels of runtime/bias.py: `bias_add`'s one-pass add and the bias gradient's sum.

Checked against independent NumPy (np.add with a reshaped bias, np.sum in float64) for both
data formats, a bias of rank ndim - 1, float32/float64, NaN/inf, sizes on each side of the
kernel and parallel thresholds, non-contiguous inputs (NumPy's path) and other dtypes.
"""

from __future__ import annotations

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import bias, derivatives

SHAPES = [(2, 5, 7, 3), (64, 11, 11, 64), (64, 26, 26, 32), (4, 9, 130), (300, 128)]


def _layout(shape, first):  # type: ignore[no-untyped-def]
    out = [1] * len(shape)
    out[1 if first else len(shape) - 1] = shape[1 if first else -1]
    return tuple(out)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("data_format", ["channels_last", "channels_first"])
def test_bias_add_matches_numpy(shape, dtype, data_format):
    rng = np.random.default_rng(0)
    x = rng.standard_normal(shape).astype(dtype)
    x.reshape(-1)[::97] = np.inf
    x.reshape(-1)[::89] = np.nan
    layout = _layout(shape, data_format == "channels_first")
    b = rng.standard_normal(max(layout)).astype(dtype)
    b[0] = -np.inf  # inf + -inf is NaN
    got = K.bias_add(x, b, data_format)
    with np.errstate(invalid="ignore"):
        want = x + b.reshape(layout)
    assert got.dtype == want.dtype and got.shape == want.shape
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("data_format", ["channels_last", "channels_first"])
def test_bias_add_non_contiguous_and_mixed_dtypes_use_numpy(data_format):
    rng = np.random.default_rng(1)
    x = rng.standard_normal((8, 20, 20, 40))[:, :, ::2, :32]
    layout = _layout(x.shape, data_format == "channels_first")
    b = rng.standard_normal(max(layout))
    np.testing.assert_array_equal(K.bias_add(x, b, data_format), x + b.reshape(layout))
    x32 = np.ascontiguousarray(x, dtype=np.float32)
    b16 = b.astype(np.float16)
    got = K.bias_add(x32, b16, data_format)
    np.testing.assert_array_equal(got, x32 + b16.reshape(layout))


# the last two leave rows after the last whole block (serial, and per part on two threads)
@pytest.mark.parametrize("shape", SHAPES + [(7, 13, 5, 10), (3, 333, 335, 3)])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("first", [False, True])
def test_sum_to_bias_matches_float64_sum(shape, dtype, first):
    rng = np.random.default_rng(2)
    g = rng.standard_normal(shape).astype(dtype)
    layout = _layout(shape, first)
    axes = tuple(i for i, d in enumerate(layout) if d == 1)
    b = np.zeros(max(layout), dtype)
    got = derivatives._sum_to_bias(g, b, axes, layout)
    want = g.astype(np.float64).sum(axis=axes)
    assert got.dtype == g.dtype and got.shape == b.shape
    np.testing.assert_allclose(got, want, rtol=1e-6 if dtype == "float32" else 1e-12, atol=1e-6)


def test_sum_to_bias_rank_minus_one_bias_and_special_values():
    rng = np.random.default_rng(3)
    g = rng.standard_normal((64, 9, 10, 8)).astype(np.float32)
    b = np.zeros((9, 10, 8), np.float32)  # a bias of rank ndim - 1: summed over the batch only
    got = derivatives._sum_to_bias(g, b, (0,), (1, 9, 10, 8))
    np.testing.assert_allclose(got, g.astype(np.float64).sum(axis=0), rtol=1e-6, atol=1e-6)
    g[3, 2, 1, 0] = np.nan
    g[5, 0, 0, 1] = np.inf
    g[6, 0, 0, 2], g[7, 0, 0, 2] = np.inf, -np.inf
    got = bias.sum_to_bias(g, (0, 1, 2))
    with np.errstate(invalid="ignore"):
        want = g.astype(np.float64).sum(axis=(0, 1, 2))
    assert np.isnan(got[0]) and got[1] == np.inf and np.isnan(got[2])
    np.testing.assert_allclose(got[3:], want[3:], rtol=1e-6, atol=1e-5)


def test_sum_to_bias_declines_what_it_does_not_handle():
    g = np.ones((64, 8, 8, 4), np.float32)
    assert bias.sum_to_bias(g[:, ::2], (0, 1, 2)) is None  # non-contiguous
    assert bias.sum_to_bias(g.astype(np.float16), (0, 1, 2)) is None
    assert bias.sum_to_bias(g[:1, :2], (0, 1, 2)) is None  # small
    assert bias.sum_to_bias(g, (1, 2)) is None  # not a bias layout
    got = derivatives._sum_to_bias(g.astype(np.float16), np.zeros(4, np.float16), (0, 1, 2), (1, 1, 1, 4))
    np.testing.assert_array_equal(got, np.full(4, 4096, np.float16))
