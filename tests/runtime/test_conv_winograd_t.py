"""The stride-2 3x3 transposed Winograd (conv._conv_transpose_winograd) against a float64 scatter.

It serves conv2d_transpose and the strided input gradient of conv2d; the reference here
adds every tap's product where it lands, one output position at a time (no shared code).
"""

from __future__ import annotations

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import conv

RNG = np.random.default_rng(11)


def _scatter_reference(gy: np.ndarray, w: np.ndarray, g: conv._Geometry) -> np.ndarray:
    """dx (N, H, W, C) float64: dx[n, i*s + a - p] += gy[n, i] @ w[a].T over all taps and windows."""
    (h, wd), (sh, sw), (ph, pw) = g.in_sizes, g.strides, g.pad_before
    dx = np.zeros((gy.shape[0], h, wd, w.shape[-2]))
    gy, w = gy.astype(np.float64), w.astype(np.float64)
    for a in range(3):
        for b in range(3):
            for oi in range(gy.shape[1]):
                for oj in range(gy.shape[2]):
                    i, j = oi * sh + a - ph, oj * sw + b - pw
                    if 0 <= i < h and 0 <= j < wd:
                        dx[:, i, j] += gy[:, oi, oj] @ w[a, b].T
    return dx


# (dx height, width, padding): even and odd sizes, both pads of 'same', 'valid' with an unread last row
CASES = [(32, 32, "same"), (31, 33, "same"), (17, 20, "valid"), (34, 16, "valid"), (16, 19, "same"), (18, 17, "valid")]


@pytest.mark.parametrize("h,w,padding", CASES)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_matches_scatter(h, w, padding, dtype):
    g = conv._Geometry((h, w), (3, 3), (2, 2), (1, 1), padding)
    c, f = 17, 20
    assert conv._winograd_t_pays(g, c, f)
    gy = RNG.standard_normal((3, *g.out_sizes, f)).astype(dtype)
    kernel = RNG.standard_normal((3, 3, c, f)).astype(dtype)
    got = conv._conv_nd_grad_input(gy, kernel, g, np.dtype(dtype))
    assert got.dtype == dtype and got.shape == (3, h, w, c)
    tol = 2e-5 if dtype == np.float32 else 1e-12
    np.testing.assert_allclose(got, _scatter_reference(gy, kernel, g), rtol=tol, atol=tol * 10)


@pytest.mark.parametrize("chunk_bytes", [1, 1 << 16, 1 << 30])
def test_chunks_and_a_partial_last_chunk(chunk_bytes, monkeypatch):
    """One image per chunk, a few per chunk with a shorter last one, and the whole batch at once."""
    monkeypatch.setattr(conv, "_WINT_CHUNK_BYTES", chunk_bytes)
    g = conv._Geometry((16, 18), (3, 3), (2, 2), (1, 1), "same")
    gy = RNG.standard_normal((7, *g.out_sizes, 16))
    kernel = RNG.standard_normal((3, 3, 16, 16))
    got = conv._conv_nd_grad_input(gy, kernel, g, np.dtype(np.float64))
    np.testing.assert_allclose(got, _scatter_reference(gy, kernel, g), rtol=1e-12, atol=1e-11)


@pytest.mark.parametrize("data_format", ["channels_last", "channels_first"])
def test_public_conv2d_transpose_is_the_adjoint_of_conv2d(data_format):
    """<conv2d(x), y> = <x, conv2d_transpose(y)> and conv2d_grad_input(y) = conv2d_transpose(y)."""
    x_shape = (4, 32, 33, 24) if data_format == "channels_last" else (4, 24, 32, 33)
    x = RNG.standard_normal(x_shape)
    kernel = RNG.standard_normal((3, 3, 24, 40))
    y = K.conv2d(x, kernel, strides=(2, 2), padding="same", data_format=data_format)
    gy = RNG.standard_normal(y.shape)
    dx = K.conv2d_transpose(gy, kernel, x.shape, strides=(2, 2), padding="same", data_format=data_format)
    np.testing.assert_allclose(np.sum(dx * x), np.sum(gy * y), rtol=1e-11)
    gx = conv.conv2d_grad_input(gy, x, kernel, (2, 2), "same", data_format)
    np.testing.assert_allclose(gx, dx, rtol=1e-12, atol=1e-12)


def test_float16_and_read_only_inputs():
    g = conv._Geometry((20, 20), (3, 3), (2, 2), (1, 1), "same")
    gy = RNG.standard_normal((2, *g.out_sizes, 16)).astype(np.float16)
    kernel = RNG.standard_normal((3, 3, 16, 16)).astype(np.float16)
    gy.flags.writeable = False
    out = K.conv2d_transpose(gy, kernel, (2, 20, 20, 16), strides=(2, 2), padding="same", data_format="channels_last")
    assert out.dtype == np.float16
    np.testing.assert_allclose(out.astype(np.float64), _scatter_reference(gy, kernel, g), rtol=2e-2, atol=5e-2)


def test_route():
    """The Winograd runs for 3x3 windows at strides 2 with >= 16 channels and outputs >= 16 wide, and only there."""
    pays = conv._winograd_t_pays
    assert pays(conv._Geometry((32, 32), (3, 3), (2, 2), (1, 1), "same"), 64, 64)
    assert not pays(conv._Geometry((32, 32), (3, 3), (2, 2), (1, 1), "same"), 8, 64)  # thin products
    assert not pays(conv._Geometry((14, 14), (3, 3), (2, 2), (1, 1), "same"), 64, 64)  # small images
    assert not pays(conv._Geometry((32, 32), (3, 3), (1, 1), (1, 1), "same"), 64, 64)
    assert not pays(conv._Geometry((32, 32), (5, 5), (2, 2), (1, 1), "same"), 64, 64)
    assert not pays(conv._Geometry((32, 32), (3, 3), (2, 1), (1, 1), "same"), 64, 64)
