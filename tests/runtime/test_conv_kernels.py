"""Convolution and batch-moment kernels beyond the generated tests.

The generated tests stay small, so they run only the serial loops; the inputs
here are large enough for the prange variants. Expected values come from
plain NumPy formulas or from the serial path, never from the kernel itself.
"""

from __future__ import annotations

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import conv, normalization

RNG = np.random.default_rng(7)


def _depthwise_numpy(x, w, s, pad):  # type: ignore[no-untyped-def]
    """Per-channel correlation of channels-last x with w (kh, kw, C, M), TF 'same'/'valid' padding."""
    n, h, wd, c = x.shape
    kh, kw, _, m = w.shape
    if pad == "same":
        oh, ow = -(-h // s), -(-wd // s)
        th, tw = max((oh - 1) * s + kh - h, 0), max((ow - 1) * s + kw - wd, 0)
        xp = np.pad(x, [(0, 0), (th // 2, th - th // 2), (tw // 2, tw - tw // 2), (0, 0)])
    else:
        oh, ow = (h - kh) // s + 1, (wd - kw) // s + 1
        xp = x
    out = np.zeros((n, oh, ow, c, m))
    for a in range(kh):
        for b in range(kw):
            out += xp[:, a: a + (oh - 1) * s + 1: s, b: b + (ow - 1) * s + 1: s, :, None] * w[a, b]
    return out.reshape(n, oh, ow, c * m)


@pytest.mark.parametrize("strides,padding,mult", [(1, "same", 1), (2, "same", 2), (1, "valid", 3)])
def test_parallel_depthwise_matches_numpy(strides, padding, mult):
    x = RNG.standard_normal((4, 20, 18, 64))
    w = RNG.standard_normal((3, 3, 64, mult))
    y = K.depthwise_conv2d(x, w, strides=strides, padding=padding, data_format="channels_last")
    np.testing.assert_allclose(y, _depthwise_numpy(x, w, strides, padding), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("strides,mult", [(1, 1), (2, 2)])
def test_parallel_depthwise_gradients_are_adjoint(strides, mult):
    """<dy, conv(x)> = <grad_input(dy), x> and = <grad_kernel(dy), w> (the forward is checked above)."""
    x = RNG.standard_normal((4, 20, 18, 64))
    w = RNG.standard_normal((3, 3, 64, mult))
    y = K.depthwise_conv2d(x, w, strides=strides, padding="same", data_format="channels_last")
    gy = RNG.standard_normal(y.shape)
    gx = conv.depthwise_conv2d_grad_input(gy, x, w, strides, "same", "channels_last")
    gw = conv.depthwise_conv2d_grad_kernel(gy, x, w, strides, "same", "channels_last")
    total = np.sum(gy * y)
    np.testing.assert_allclose(np.sum(gx * x), total, rtol=1e-10)
    np.testing.assert_allclose(np.sum(gw * w), total, rtol=1e-10)


def test_large_separable_matches_depthwise_then_pointwise():
    x = RNG.standard_normal((40, 16, 16, 32)).astype(np.float32)
    dw = RNG.standard_normal((3, 3, 32, 2)).astype(np.float32)
    pw = RNG.standard_normal((1, 1, 64, 48)).astype(np.float32)
    y = K.separable_conv2d(x, dw, pw, padding="same", data_format="channels_last")
    want = _depthwise_numpy(x.astype(np.float64), dw.astype(np.float64), 1, "same") @ pw[0, 0].astype(np.float64)
    np.testing.assert_allclose(y, want, rtol=1e-4, atol=1e-3)


def test_parallel_transposed_convolution_is_the_adjoint_of_conv2d():
    x = RNG.standard_normal((6, 16, 16, 24))
    k = RNG.standard_normal((3, 3, 24, 40))
    y = K.conv2d(x, k, strides=2, padding="same", data_format="channels_last")
    gy = RNG.standard_normal(y.shape)
    gx = K.conv2d_transpose(gy, k, x.shape, strides=2, padding="same", data_format="channels_last")
    np.testing.assert_allclose(np.sum(gx * x), np.sum(gy * y), rtol=1e-10)


def test_parallel_conv3d_transpose_is_the_adjoint_of_conv3d():
    x = RNG.standard_normal((3, 12, 10, 14, 8))  # dx has 40320 elements: the prange gather
    k = RNG.standard_normal((3, 2, 3, 8, 6))
    y = K.conv3d(x, k, strides=(2, 1, 2), padding="valid", data_format="channels_last")
    gy = RNG.standard_normal(y.shape)
    gx = K.conv3d_transpose(gy, k, x.shape, strides=(2, 1, 2), padding="valid", data_format="channels_last")
    np.testing.assert_allclose(np.sum(gx * x), np.sum(gy * y), rtol=1e-10)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("axes", [[0, 1, 2], [0, 2, 3]])
def test_parallel_batch_moments_match_numpy(dtype, axes):
    x = (3.0 + 2.0 * RNG.standard_normal((8, 16, 24, 32))).astype(dtype)
    kept = [a for a in range(4) if a not in axes][0]
    gamma = RNG.standard_normal(x.shape[kept]).astype(dtype)
    beta = RNG.standard_normal(x.shape[kept]).astype(dtype)
    normed, mean, var = K.normalize_batch_in_training(x, gamma, beta, axes, epsilon=1e-3)
    x64 = x.astype(np.float64)
    m = x64.mean(axis=tuple(axes), keepdims=True)
    v = x64.var(axis=tuple(axes), keepdims=True)
    shape = [1, 1, 1, 1]
    shape[kept] = -1
    want = (x64 - m) / np.sqrt(v + 1e-3) * gamma.astype(np.float64).reshape(shape) + beta.astype(np.float64).reshape(shape)
    tol = 1e-5 if dtype == "float32" else 1e-12
    np.testing.assert_allclose(normed, want, rtol=tol, atol=tol)
    np.testing.assert_allclose(mean, m.reshape(-1), rtol=tol, atol=tol)
    n = x.size // x.shape[kept]
    factor = n / (n - 1) if axes == [0, 1, 2] else 1.0  # tf_keras' fused_batch_norm reports the unbiased one
    np.testing.assert_allclose(var, v.reshape(-1) * factor, rtol=tol)


def test_moments_of_shifted_float32_data_stay_exact():
    """One-pass float32 moments: a large mean, a tiny spread and an outlying first row."""
    x = (1e4 + 1e-2 * RNG.standard_normal((4096, 64))).astype(np.float32)
    x[0] += 5.0
    _, mean, var = normalization.normalize_batch_in_training(x, np.float32(1.0), np.float32(0.0), [0], 1e-3)
    x64 = x.astype(np.float64)
    np.testing.assert_allclose(var, x64.var(axis=0), rtol=1e-6)
    np.testing.assert_allclose(mean, x64.mean(axis=0), rtol=1e-7)


def test_read_only_and_channels_first_inputs():
    x = RNG.standard_normal((4, 64, 20, 18)).astype(np.float32)
    w = RNG.standard_normal((3, 3, 64, 1)).astype(np.float32)
    pw = RNG.standard_normal((1, 1, 64, 8)).astype(np.float32)
    want = K.separable_conv2d(x, w, pw, padding="same", data_format="channels_first")
    for a in (x, w, pw):
        a.setflags(write=False)
    np.testing.assert_array_equal(K.separable_conv2d(x, w, pw, padding="same", data_format="channels_first"), want)
    gy = np.ones(want.shape, np.float32)
    gy.setflags(write=False)
    assert conv.separable_conv2d_grad_input(gy, x, w, pw, 1, "same", "channels_first").shape == x.shape
    assert conv.separable_conv2d_grad_depthwise(gy, x, w, pw, 1, "same", "channels_first").shape == w.shape
    cl = np.moveaxis(x, 1, -1)  # a non-contiguous channels-last view
    np.testing.assert_allclose(K.depthwise_conv2d(cl, w, padding="same", data_format="channels_last"),
                               _depthwise_numpy(np.asarray(cl, np.float64), w.astype(np.float64), 1, "same"), rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("channels", [(2, 5), (5, 2), (3, 3)])  # c < f takes col2im, the others the correlation
@pytest.mark.parametrize("padding", ["valid", "same"])
def test_stride_one_input_gradient_is_the_adjoint_either_route(channels, padding):
    from keras_numba._runtime import conv

    c, f = channels
    rng = np.random.default_rng(7)
    x = rng.standard_normal((2, 6, 5, c))
    w = rng.standard_normal((3, 3, c, f))
    gy = rng.standard_normal(conv.conv2d(x, w, padding=padding).shape)
    gx = conv.conv2d_grad_input(gy, x, w, padding=padding)
    # <conv(x), gy> == <x, conv^T(gy)> for every x: the input gradient is the adjoint
    np.testing.assert_allclose(np.sum(conv.conv2d(x, w, padding=padding) * gy), np.sum(x * gx), rtol=1e-10)
