"""Winograd F(4x4, 3x3) (runtime/winograd.py) against a float64 tap-by-tap correlation.

It serves 3x3 stride-1 correlations with >= 16 channels in and out whose output
sizes suit 4x4 tiles: conv2d's forward and its stride-1 input gradient when that
is a correlation. The reference pads and sums the nine shifted products itself.
"""

from __future__ import annotations

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import conv, winograd

RNG = np.random.default_rng(23)


def _reference(x: np.ndarray, w: np.ndarray, pad: tuple[int, int], out_hw: tuple[int, int]) -> np.ndarray:
    """(N, OH, OW, F) float64: sum over taps (a, b) of x_padded[:, a + i, b + j] @ w[a, b]."""
    (oh, ow), (ph, pw) = out_hw, pad
    h, wd = x.shape[1:3]
    xp = np.zeros((x.shape[0], max(oh + 2, ph + h), max(ow + 2, pw + wd), x.shape[3]))
    xp[:, ph: ph + h, pw: pw + wd] = x
    out = np.zeros((x.shape[0], oh, ow, w.shape[-1]))
    for a in range(3):
        for b in range(3):
            out += xp[:, a: a + oh, b: b + ow] @ w[a, b].astype(np.float64)
    return out


def _tolerance(dtype: type) -> float:
    # float32: 36 products of transformed values with coefficients up to 8 (A^T) and 5 (B^T)
    return 5e-5 if dtype == np.float32 else 1e-12


# (height, width, padding): tiles that fit, outputs cut at the right / bottom edge, one tile
CASES = [(13, 13, "valid"), (32, 32, "same"), (11, 14, "same"), (9, 20, "valid"), (7, 7, "same"), (30, 17, "valid")]


@pytest.mark.parametrize("h,w,padding", CASES)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_forward_matches_reference(h, w, padding, dtype):
    c, f = 16, 24
    g = conv._Geometry((h, w), (3, 3), (1, 1), (1, 1), padding)
    assert conv._winograd_pays(g, c, f) and winograd.beats_f2(g.out_sizes)
    x = RNG.standard_normal((3, h, w, c)).astype(dtype)
    kernel = RNG.standard_normal((3, 3, c, f)).astype(dtype)
    got = K.conv2d(x, kernel, padding=padding, data_format="channels_last")
    assert got.dtype == dtype and got.shape == (3, *g.out_sizes, f)
    want = _reference(x.astype(np.float64), kernel, g.pad_before, g.out_sizes)
    tol = _tolerance(dtype)
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol * np.abs(want).max())


def test_channels_first_and_non_contiguous_input():
    base = RNG.standard_normal((2, 40, 15, 15)).astype(np.float32)
    x_cf = base[:, ::-2]  # (2, 20, 15, 15) channels_first, every other channel, reversed: a strided view
    kernel = RNG.standard_normal((3, 3, 20, 16)).astype(np.float32)
    got = K.conv2d(x_cf, kernel, padding="same", data_format="channels_first")
    x_cl = np.moveaxis(x_cf.astype(np.float64), 1, -1)
    want = np.moveaxis(_reference(x_cl, kernel, (1, 1), (15, 15)), -1, 1)
    np.testing.assert_allclose(got, want, rtol=5e-5, atol=5e-5 * np.abs(want).max())


def test_float16_computes_in_float32():
    x = RNG.standard_normal((2, 12, 12, 16)).astype(np.float16)
    kernel = (RNG.standard_normal((3, 3, 16, 16)) / 4).astype(np.float16)
    got = K.conv2d(x, kernel, data_format="channels_last")
    assert got.dtype == np.float16
    want = _reference(x.astype(np.float64), kernel.astype(np.float64), (0, 0), (10, 10))
    np.testing.assert_allclose(got.astype(np.float64), want, rtol=2e-3, atol=2e-3 * np.abs(want).max())


@pytest.mark.parametrize("chunk_bytes", [1, 1 << 16, 1 << 30])
def test_chunks_and_a_partial_last_chunk(chunk_bytes, monkeypatch):
    """One image per chunk, a few per chunk with a shorter last one, and the whole batch at once."""
    monkeypatch.setattr(winograd, "_CHUNK_BYTES", chunk_bytes)
    x = RNG.standard_normal((7, 10, 9, 16))
    kernel = RNG.standard_normal((3, 3, 16, 16))
    got = K.conv2d(x, kernel, padding="same", data_format="channels_last")
    want = _reference(x, kernel, (1, 1), (10, 9))
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-11)


def test_input_gradient_as_a_correlation():
    """More input than output channels: the stride-1 input gradient is a full correlation through here."""
    c, f = 32, 16
    g = conv._Geometry((11, 11), (3, 3), (1, 1), (1, 1), "valid")
    assert not conv._col2im_pays(g, c, f) and winograd.beats_f2((11, 11))
    gy = RNG.standard_normal((2, 9, 9, f)).astype(np.float32)
    kernel = RNG.standard_normal((3, 3, c, f)).astype(np.float32)
    got = conv._conv_nd_grad_input(gy, kernel, g, np.dtype(np.float32))
    flipped = np.swapaxes(kernel[::-1, ::-1], -1, -2).astype(np.float64)
    want = _reference(gy.astype(np.float64), flipped, (2, 2), (11, 11))
    np.testing.assert_allclose(got, want, rtol=5e-5, atol=5e-5 * np.abs(want).max())


def test_kernel_transform_reproduces_the_kernel():
    """A one-hot input picks out single kernel taps: checks G and the (row, column) layout of U."""
    kernel = RNG.standard_normal((3, 3, 16, 16))
    x = np.zeros((1, 3, 3, 16))
    x[0, 0, 2, 5] = 1.0  # padded by one ('same'), it sits at (1, 3): output (i, j) reads it at tap (1 - i, 3 - j)
    got = K.conv2d(x, kernel, padding="same", data_format="channels_last")
    for i, j in [(0, 1), (0, 2), (1, 1), (1, 2)]:
        np.testing.assert_allclose(got[0, i, j], kernel[1 - i, 3 - j, 5], rtol=1e-12, atol=1e-13)
    np.testing.assert_allclose(got[0, :, 0], 0, atol=1e-13)


@pytest.mark.parametrize(
    "out_hw,expected",
    [((11, 11), True), ((32, 32), True), ((7, 7), True), ((5, 5), False), ((6, 6), False), ((2, 2), False), ((1, 40), False)],
)
def test_beats_f2(out_hw, expected):
    """F(4x4) only where it saves at least a fifth of F(2x2)'s products."""
    assert winograd.beats_f2(out_hw) is expected


def _gradients_reference(x: np.ndarray, w: np.ndarray, gy: np.ndarray, pad: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """(dw, dx) float64 of y = correlate(x padded by `pad`, w): each tap's products, by hand."""
    (ph, pw), (oh, ow) = pad, gy.shape[1:3]
    h, wd = x.shape[1:3]
    xp = np.zeros((x.shape[0], max(oh + 2, ph + h), max(ow + 2, pw + wd), x.shape[3]))
    xp[:, ph: ph + h, pw: pw + wd] = x
    dw, dxp = np.zeros(w.shape), np.zeros(xp.shape)
    for a in range(3):
        for b in range(3):
            dw[a, b] = np.einsum("nijc,nijf->cf", xp[:, a: a + oh, b: b + ow], gy)
            dxp[:, a: a + oh, b: b + ow] += gy @ w[a, b].T
    return dw, dxp[:, ph: ph + h, pw: pw + wd]


@pytest.mark.parametrize("h,w,padding", CASES)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_gradients_match_reference(h, w, padding, dtype):
    """conv2d_grad_kernel always, conv2d_grad_input when c < f (the adjoint of F(4x4, 3x3))."""
    c, f = 16, 24
    g = conv._Geometry((h, w), (3, 3), (1, 1), (1, 1), padding)
    x = RNG.standard_normal((3, h, w, c)).astype(dtype)
    kernel = RNG.standard_normal((3, 3, c, f)).astype(dtype)
    gy = RNG.standard_normal((3, *g.out_sizes, f)).astype(dtype)
    want_dw, want_dx = _gradients_reference(x.astype(np.float64), kernel.astype(np.float64), gy.astype(np.float64), g.pad_before)
    dw = conv.conv2d_grad_kernel(gy, x, kernel, (1, 1), padding, "channels_last")
    dx = conv.conv2d_grad_input(gy, x, kernel, (1, 1), padding, "channels_last")
    assert dw.dtype == dtype and dw.shape == kernel.shape and dx.dtype == dtype and dx.shape == x.shape
    tol = _tolerance(dtype)
    np.testing.assert_allclose(dw, want_dw, rtol=tol, atol=tol * np.abs(want_dw).max())
    np.testing.assert_allclose(dx, want_dx, rtol=tol, atol=tol * np.abs(want_dx).max())


@pytest.mark.parametrize("chunk_bytes", [1, 1 << 16, 1 << 30])
def test_gradient_chunks(chunk_bytes, monkeypatch):
    """The kernel gradient sums its chunks' products; the input gradient fills each chunk's images."""
    monkeypatch.setattr(winograd, "_CHUNK_BYTES", chunk_bytes)
    x = RNG.standard_normal((7, 11, 10, 16))
    kernel = RNG.standard_normal((3, 3, 16, 20))
    gy = RNG.standard_normal((7, 9, 8, 20))
    want_dw, want_dx = _gradients_reference(x, kernel, gy, (0, 0))
    np.testing.assert_allclose(winograd.kernel_gradient(x, gy, (0, 0), np.dtype(np.float64)), want_dw, rtol=1e-11, atol=1e-10)
    np.testing.assert_allclose(winograd.input_gradient(gy, kernel, (11, 10), (0, 0), np.dtype(np.float64)), want_dx, rtol=1e-11, atol=1e-10)


def test_gradients_channels_first_float16_and_strided():
    x = RNG.standard_normal((2, 32, 12, 12)).astype(np.float16)[:, ::2]  # (2, 16, 12, 12), strided
    kernel = (RNG.standard_normal((3, 3, 16, 32)) / 4).astype(np.float16)
    gy = RNG.standard_normal((2, 32, 12, 12)).astype(np.float16)
    dw = conv.conv2d_grad_kernel(gy, x, kernel, (1, 1), "same", "channels_first")
    dx = conv.conv2d_grad_input(gy, x, kernel, (1, 1), "same", "channels_first")
    assert dw.dtype == np.float16 and dx.dtype == np.float16 and dx.shape == x.shape
    want_dw, want_dx = _gradients_reference(
        np.moveaxis(x.astype(np.float64), 1, -1), kernel.astype(np.float64), np.moveaxis(gy.astype(np.float64), 1, -1), (1, 1))
    np.testing.assert_allclose(dw.astype(np.float64), want_dw, rtol=3e-3, atol=3e-3 * np.abs(want_dw).max())
    np.testing.assert_allclose(np.moveaxis(dx.astype(np.float64), 1, -1), want_dx, rtol=3e-3, atol=3e-3 * np.abs(want_dx).max())


def test_gradients_of_an_empty_batch():
    x = np.zeros((0, 9, 9, 16), np.float32)
    kernel = RNG.standard_normal((3, 3, 16, 32)).astype(np.float32)
    gy = np.zeros((0, 7, 7, 32), np.float32)
    assert np.array_equal(conv.conv2d_grad_kernel(gy, x, kernel, (1, 1), "valid", "channels_last"), np.zeros((3, 3, 16, 32)))
    assert conv.conv2d_grad_input(gy, x, kernel, (1, 1), "valid", "channels_last").shape == (0, 9, 9, 16)


def _reference_1d(x: np.ndarray, w: np.ndarray, pad: int, out_len: int) -> np.ndarray:
    xp = np.zeros((x.shape[0], max(out_len + 2, pad + x.shape[1]), x.shape[2]))
    xp[:, pad: pad + x.shape[1]] = x
    return sum(xp[:, a: a + out_len] @ w[a].astype(np.float64) for a in range(3))


@pytest.mark.parametrize("length,padding,pad", [(17, "same", 1), (16, "valid", 0), (5, "causal", 2), (1024, "same", 1), (3, "valid", 0), (9, "causal", 2)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_conv1d_f4(length, padding, pad, dtype):
    c, f = 16, 20
    g = conv._Geometry((length,), (3,), (1,), (1,), padding)
    assert conv._winograd1d_pays(g, c, f) and g.pad_before == (pad,)
    x = RNG.standard_normal((3, length, c)).astype(dtype)
    kernel = RNG.standard_normal((3, c, f)).astype(dtype)
    got = K.conv1d(x, kernel, padding=padding, data_format="channels_last")
    want = _reference_1d(x.astype(np.float64), kernel, pad, g.out_sizes[0])
    assert got.dtype == dtype and got.shape == want.shape
    tol = _tolerance(dtype)
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol * np.abs(want).max())


@pytest.mark.parametrize("chunk_bytes", [1, 1 << 14, 1 << 30])
def test_conv1d_f4_chunks_channels_first_and_strided(chunk_bytes, monkeypatch):
    monkeypatch.setattr(winograd, "_CHUNK_BYTES", chunk_bytes)
    x = RNG.standard_normal((5, 32, 23))[:, ::2]  # (5, 16, 23) channels_first, strided
    kernel = RNG.standard_normal((3, 16, 16))
    got = K.conv1d(x, kernel, padding="same", data_format="channels_first")
    want = np.moveaxis(_reference_1d(np.moveaxis(x, 1, -1), kernel, 1, 23), -1, 1)
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-11)


def test_conv1d_f4_float16_and_empty_batch():
    x = RNG.standard_normal((2, 12, 16)).astype(np.float16)
    kernel = (RNG.standard_normal((3, 16, 16)) / 4).astype(np.float16)
    got = K.conv1d(x, kernel, data_format="channels_last")
    assert got.dtype == np.float16
    want = _reference_1d(x.astype(np.float64), kernel.astype(np.float64), 0, 10)
    np.testing.assert_allclose(got.astype(np.float64), want, rtol=2e-3, atol=2e-3 * np.abs(want).max())
    assert K.conv1d(np.zeros((0, 12, 16), np.float32), kernel.astype(np.float32)).shape == (0, 10, 16)
