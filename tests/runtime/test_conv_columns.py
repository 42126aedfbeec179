"""The two ways dense convolutions build their columns, against a plain NumPy correlation.

- planar columns (`conv._planar_pays`: taps * in_channels <= 27, e.g. a CNN's first layer):
  one transposed im2col copy per chunk, products with a transposed operand;
- row columns (NumPy copies of the strided window view): wider problems,
  chunk by chunk;
- Winograd F(2x2, 3x3) (`conv._winograd_pays`: 3x3, stride 1, no dilation, >= 16 channels
  in and out), also the stride-1 input gradient when it is a correlation.

Each is run over strides, dilations, 'valid'/'same'/'causal' padding, 1-D/2-D/3-D, both data
formats, several chunks (chunk sizes shrunk with monkeypatch) and Keras-CNN-sized inputs, for the
forward correlation and the kernel gradient (whose adjoint identity ties it to the forward).
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from keras_numba._runtime import conv

RNG = np.random.default_rng(11)


def _correlate(x, w, strides, dilations, padding):  # type: ignore[no-untyped-def]
    """y (N, *O, F) of channels-last x with w (*K, C, F), TensorFlow padding, in float64."""
    d = x.ndim - 2
    x = x.astype(np.float64)
    pads, outs = [], []
    for n, k, s, r in zip(x.shape[1:-1], w.shape[:d], strides, dilations):
        dk = (k - 1) * r + 1
        if padding == "same":
            o = -(-n // s)
            total = max((o - 1) * s + dk - n, 0)
            pads.append((total // 2, total - total // 2))
        elif padding == "causal":
            o = -(-n // s)
            pads.append((dk - 1, 0))
        else:
            o = (n - dk) // s + 1
            pads.append((0, 0))
        outs.append(o)
    xp = np.pad(x, [(0, 0), *pads, (0, 0)])
    y = np.zeros((x.shape[0], *outs, w.shape[-1]))
    for tap in itertools.product(*(range(k) for k in w.shape[:d])):
        sl = tuple(slice(t * r, t * r + (o - 1) * s + 1, s) for t, r, o, s in zip(tap, dilations, outs, strides))
        y += xp[(slice(None), *sl, slice(None))] @ w[tap].astype(np.float64)
    return y


def _kernel_grad(x, gy, k_shape, strides, dilations, padding):  # type: ignore[no-untyped-def]
    """dw of y = _correlate(x, w): for each tap, sum over windows of x^T gy (float64)."""
    d = x.ndim - 2
    dw = np.zeros(k_shape)
    for tap in itertools.product(*(range(k) for k in k_shape[:d])):
        for c in range(k_shape[-2]):
            unit = np.zeros(k_shape[:d] + (k_shape[-2], 1))
            unit[(*tap, c, 0)] = 1.0
            col = _correlate(x, unit, strides, dilations, padding)[..., 0]  # the windows' (tap, c) values
            dw[(*tap, c)] = np.tensordot(col, gy.astype(np.float64), axes=(tuple(range(col.ndim)), tuple(range(col.ndim))))
    return dw


_FN = {1: ("conv1d", conv.conv1d, conv.conv1d_grad_kernel), 2: ("conv2d", conv.conv2d, conv.conv2d_grad_kernel), 3: ("conv3d", conv.conv3d, conv.conv3d_grad_kernel)}

CASES = [
    # (x shape channels-last, kernel shape, strides, dilation, padding)
    ((3, 9, 8, 1), (3, 3, 1, 5), 1, 1, "valid"),  # planar: grey image
    ((3, 9, 8, 3), (3, 3, 3, 4), 1, 1, "same"),  # planar: RGB, width 27
    ((2, 9, 10, 2), (3, 2, 2, 3), (2, 3), 1, "same"),  # planar: strides
    ((2, 11, 9, 1), (3, 3, 1, 2), 1, (2, 3), "same"),  # planar: dilation
    ((2, 11, 9, 1), (5, 5, 1, 2), 1, 1, "valid"),  # 25 taps: planar
    ((3, 9, 8, 4), (3, 3, 4, 5), 1, 1, "valid"),  # width 36: row columns
    ((2, 9, 10, 6), (3, 2, 6, 3), (2, 3), 1, "same"),  # row columns: strides, padding
    ((2, 11, 9, 5), (3, 3, 5, 2), 1, (2, 3), "same"),  # row columns: dilation
    ((2, 2, 3, 8), (3, 3, 8, 2), 1, 1, "same"),  # windows wider than the input
    ((3, 13, 2), (3, 2, 4), 1, 2, "causal"),  # 1-D planar, causal
    ((3, 13, 12), (3, 12, 4), 2, 1, "same"),  # 1-D row columns
    ((2, 5, 4, 6, 1), (2, 3, 2, 1, 3), 1, 1, "same"),  # 3-D planar
    ((2, 5, 4, 6, 3), (2, 3, 2, 3, 3), (1, 2, 1), 1, "valid"),  # 3-D row columns
    ((2, 7, 9, 16), (3, 3, 16, 16), 1, 1, "valid"),  # Winograd: odd output sizes
    ((2, 8, 6, 16), (3, 3, 16, 17), 1, 1, "same"),  # Winograd: even sizes, padding
    ((3, 5, 5, 20), (3, 3, 20, 16), 1, 1, "same"),
    ((1, 3, 3, 16), (3, 3, 16, 16), 1, 1, "valid"),  # Winograd: a single output
    ((2, 2, 1, 16), (3, 3, 16, 16), 1, 1, "same"),  # Winograd: windows wider than the input
]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("shape, k_shape, strides, dilation, padding", CASES)
def test_columns_forward_and_kernel_gradient(shape, k_shape, strides, dilation, padding, dtype, monkeypatch):
    d = len(shape) - 2
    name, fwd, grad_kernel = _FN[d]
    s = (strides,) * d if isinstance(strides, int) else strides
    r = (dilation,) * d if isinstance(dilation, int) else dilation
    x = RNG.standard_normal(shape).astype(dtype)
    w = RNG.standard_normal(k_shape).astype(dtype)
    want = _correlate(x, w, s, r, padding)
    gy = RNG.standard_normal(want.shape).astype(dtype)
    want_dw = _kernel_grad(x, gy, k_shape, s, r, padding)
    tol = 1e-4 if dtype == "float32" else 1e-11
    for chunk in (None, 1):  # the default chunks, and one image (or one row) per chunk
        if chunk is not None:
            monkeypatch.setattr(conv, "_CHUNK_BYTES", chunk)
            monkeypatch.setattr(conv, "_COLS_CHUNK_BYTES", chunk)
            monkeypatch.setattr(conv, "_WINO_CHUNK_BYTES", chunk)
        y = fwd(x, w, strides, padding, "channels_last", dilation)
        assert y.shape == want.shape and y.dtype == np.dtype(dtype)
        np.testing.assert_allclose(y, want, rtol=tol, atol=tol)
        dw = grad_kernel(gy, x, w, strides, padding, "channels_last", dilation)
        assert dw.shape == w.shape and dw.dtype == np.dtype(dtype)
        np.testing.assert_allclose(dw, want_dw, rtol=tol, atol=tol * 10)


@pytest.mark.parametrize("c", [1, 3, 32])
def test_columns_channels_first(c):
    x = RNG.standard_normal((2, c, 7, 9))
    w = RNG.standard_normal((3, 3, c, 4))
    want = _correlate(np.moveaxis(x, 1, -1), w, (2, 1), (1, 1), "same")
    y = conv.conv2d(x, w, (2, 1), "same", "channels_first")
    np.testing.assert_allclose(y, np.moveaxis(want, -1, 1), rtol=1e-11, atol=1e-11)
    gy = RNG.standard_normal(y.shape)
    dw = conv.conv2d_grad_kernel(gy, x, w, (2, 1), "same", "channels_first")
    np.testing.assert_allclose(dw, _kernel_grad(np.moveaxis(x, 1, -1), np.moveaxis(gy, 1, -1), w.shape, (2, 1), (1, 1), "same"), rtol=1e-10, atol=1e-10)


@pytest.mark.parametrize("c", [1, 16])
def test_parallel_columns_match_numpy(c):
    """A Keras CNN's layer shapes (16 images): both routes at full size."""
    x = RNG.standard_normal((16, 28, 28, c)).astype(np.float32)
    w = RNG.standard_normal((3, 3, c, 32)).astype(np.float32)
    y = conv.conv2d(x, w, 1, "same", "channels_last")
    want = _correlate(x, w, (1, 1), (1, 1), "same")
    # c = 16 runs Winograd F(4x4, 3x3): float32 rounding of a few 1e-6 of the largest output
    np.testing.assert_allclose(y, want, rtol=1e-4, atol=1e-5 * np.abs(want).max())
    gy = RNG.standard_normal(y.shape).astype(np.float32)
    dw = conv.conv2d_grad_kernel(gy, x, w, 1, "same", "channels_last")
    # adjoint: <gy, conv(x, w)> is linear in w, so <dw, w> equals it
    np.testing.assert_allclose(np.sum(dw.astype(np.float64) * w), np.sum(gy.astype(np.float64) * y), rtol=1e-4)


def _input_grad(gy, w, in_shape, padding):  # type: ignore[no-untyped-def]
    """dx of a stride-1 2-D correlation: every window's gy @ w[tap]^T added where the tap read (float64)."""
    kh, kw = w.shape[:2]
    oh, ow = gy.shape[1:3]
    ph = max(oh - 1 + kh - in_shape[1], 0) // 2 if padding == "same" else 0
    pw = max(ow - 1 + kw - in_shape[2], 0) // 2 if padding == "same" else 0
    dxp = np.zeros((in_shape[0], in_shape[1] + kh + oh, in_shape[2] + kw + ow, in_shape[3]))
    for a in range(kh):
        for b in range(kw):
            dxp[:, a: a + oh, b: b + ow] += gy.astype(np.float64) @ w[a, b].T.astype(np.float64)
    return dxp[:, ph: ph + in_shape[1], pw: pw + in_shape[2]]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("shape, f, padding", [((2, 7, 9, 16), 16, "valid"), ((2, 8, 5, 24), 16, "same"), ((2, 1, 2, 16), 16, "same")])
def test_winograd_input_gradient(shape, f, padding, dtype):
    """Stride 1 with in_channels >= out_channels: the input gradient is a correlation (Winograd)."""
    x = RNG.standard_normal(shape).astype(dtype)
    w = RNG.standard_normal((3, 3, shape[-1], f)).astype(dtype)
    y = conv.conv2d(x, w, 1, padding, "channels_last")
    gy = RNG.standard_normal(y.shape).astype(dtype)
    dx = conv.conv2d_grad_input(gy, x, w, 1, padding, "channels_last")
    tol = 1e-4 if dtype == "float32" else 1e-11
    np.testing.assert_allclose(dx, _input_grad(gy, w, shape, padding), rtol=tol, atol=tol)


@pytest.mark.parametrize("step", [1, 2, 3])
def test_winograd_partial_last_chunk(step, monkeypatch):
    """5 images in chunks of `step`: the last chunk is shorter (its buffers must stay contiguous)."""
    x = RNG.standard_normal((5, 6, 7, 16)).astype(np.float32)
    w = RNG.standard_normal((3, 3, 16, 24)).astype(np.float32)
    tiles = 3 * 3  # 'same': 6x7 outputs in 2x2 tiles
    monkeypatch.setattr(conv, "_WINO_CHUNK_BYTES", 16 * tiles * (16 + 24) * 4 * step)
    y = conv.conv2d(x, w, 1, "same", "channels_last")
    want = _correlate(x, w, (1, 1), (1, 1), "same")
    # c = 16 runs Winograd F(4x4, 3x3): float32 rounding of a few 1e-6 of the largest output
    np.testing.assert_allclose(y, want, rtol=1e-4, atol=1e-5 * np.abs(want).max())
    gy = RNG.standard_normal((5, 6, 7, 16)).astype(np.float32)
    w2 = RNG.standard_normal((3, 3, 24, 16)).astype(np.float32)  # input gradient of 24 -> 16: a correlation
    dx = conv.conv2d_grad_input(gy, np.zeros((5, 6, 7, 24), np.float32), w2, 1, "same", "channels_last")
    np.testing.assert_allclose(dx, _input_grad(gy, w2, (5, 6, 7, 24), "same"), rtol=1e-4, atol=1e-4)


def test_routes():
    g = conv._Geometry((28, 28), (3, 3), (1, 1), (1, 1), "valid")
    assert conv._planar_pays(g, 1) and conv._planar_pays(g, 3) and not conv._planar_pays(g, 4)
    assert conv._winograd_pays(g, 16, 16) and not conv._winograd_pays(g, 8, 64)
    assert not conv._winograd_pays(conv._Geometry((28, 28), (3, 3), (2, 2), (1, 1), "same"), 64, 64)
    assert not conv._winograd_pays(conv._Geometry((28, 28), (3, 3), (1, 1), (2, 2), "same"), 64, 64)
    assert not conv._winograd_pays(conv._Geometry((28, 28), (5, 5), (1, 1), (1, 1), "same"), 64, 64)


@pytest.mark.parametrize(
    "shape, window, strides, dilation, padding",
    [
        ((2, 9, 8, 5), (3, 3), 1, 1, "same"),  # depth multiplier 1, column stride 1: the flat loop
        ((2, 9, 8, 3), (3, 4), (2, 1), 1, "valid"),  # row stride 2 still takes it
        ((2, 9, 11, 4), (2, 3), 1, (2, 3), "same"),  # dilation
        ((1, 2, 3, 6), (3, 3), 1, 1, "same"),  # windows wider than the input
        ((2, 7, 9, 4), (3, 3), (1, 2), 1, "same"),  # column stride 2: the general loop
        ((16, 24, 24, 32), (3, 3), 1, 1, "same"),  # large: prange
        # windows 3 wide: three taps per pass over blocks of output columns (_dw3_row_py)
        ((2, 9, 8, 5), (1, 3), 1, 1, "valid"),
        ((1, 7, 9, 3), (5, 3), (2, 1), 1, "same"),  # taller window, row stride 2, batch 1
        ((2, 6, 13, 4), (3, 3), 1, (2, 3), "same"),  # column dilation 3: interior of 7 columns
        ((2, 9, 10, 8), (3, 3), (2, 1), 1, "same"),  # 3x3, row stride 2: nine taps per pass
        ((2, 10, 10, 8), (3, 3), (3, 1), (1, 1), "valid"),  # 3x3, row stride 3, every row inside
        ((2, 11, 9, 8), (3, 3), 1, (3, 1), "same"),  # 3x3, row dilation 3
        ((2, 5, 6, 4), (3, 3), 1, (1, 3), "same"),  # dilated window wider than the row: no interior
        ((1, 4, 2, 3), (3, 3), 1, 1, "same"),  # two columns: edges only
        ((1, 3, 5, 2), (3, 3), 1, 1, "valid"),  # 'valid': interior only
        ((2, 6, 21, 64), (3, 3), 1, 1, "same"),  # 21 columns: blocks of 8, 8 and 3 (with edges)
        ((2, 6, 300, 1), (3, 3), 1, 1, "valid"),  # one channel: blocks of 512 columns, cut at 298
        ((8, 20, 20, 64), (3, 3), 1, 1, "valid"),  # large: prange
    ],
)
def test_depthwise_multiplier_one_matches_per_channel_correlation(shape, window, strides, dilation, padding):
    x = RNG.standard_normal(shape)
    w = RNG.standard_normal((*window, shape[-1], 1))
    s = (strides,) * 2 if isinstance(strides, int) else strides
    r = (dilation,) * 2 if isinstance(dilation, int) else dilation
    want = np.concatenate([_correlate(x[..., c: c + 1], w[..., c: c + 1, :], s, r, padding) for c in range(shape[-1])], axis=-1)
    y = conv.depthwise_conv2d(x, w, strides, padding, "channels_last", dilation)
    np.testing.assert_allclose(y, want, rtol=1e-11, atol=1e-11)
    y1 = conv.separable_conv1d(x[:, 0], w[0], np.eye(shape[-1])[None], s[1], padding, "channels_last", r[1])  # 1-D: height 1
    want1 = np.concatenate([_correlate(x[:, 0, :, c: c + 1], w[0, :, c: c + 1, :], s[1:], r[1:], padding) for c in range(shape[-1])], axis=-1)
    np.testing.assert_allclose(y1, want1, rtol=1e-11, atol=1e-11)


@pytest.mark.parametrize("data_format", ["channels_last", "channels_first"])
def test_depthwise_three_wide_float32_and_channels_first(data_format):
    """The 3-wide loop in float32 with channels_first input, against the float64 per-channel correlation."""
    x = RNG.standard_normal((3, 11, 17, 16)).astype(np.float32)
    w = RNG.standard_normal((3, 3, 16, 1)).astype(np.float32)
    want = np.concatenate([_correlate(x[..., c: c + 1], w[..., c: c + 1, :], (1, 1), (1, 1), "same") for c in range(16)], axis=-1)
    xi = np.ascontiguousarray(x.transpose(0, 3, 1, 2)) if data_format == "channels_first" else x
    y = conv.depthwise_conv2d(xi, w, (1, 1), "same", data_format, (1, 1))
    if data_format == "channels_first":
        y = y.transpose(0, 2, 3, 1)
    assert y.dtype == np.float32
    np.testing.assert_allclose(y, want, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize(
    "shape, window, padding, filters",
    [
        ((2, 5, 6, 7, 16), (3, 3, 3), "same", 18),  # odd height/width: tiles cut at the edges
        ((1, 4, 5, 4, 16), (1, 3, 3), "valid", 16),  # one depth tap, batch 1
        ((2, 6, 9, 8, 17), (2, 3, 3), "same", 20),  # even depth window: extra pad at the end
        ((1, 3, 3, 3, 16), (5, 3, 3), "same", 16),  # depth window deeper than the input
        ((3, 7, 4, 5, 16), (3, 3, 3), "valid", 24),
        ((1, 2, 2, 2, 16), (3, 3, 3), "valid", 16),  # no output: not this route
    ],
)
def test_conv3d_winograd_matches_correlation(shape, window, padding, filters):
    x = RNG.standard_normal(shape)
    w = RNG.standard_normal((*window, shape[-1], filters))
    g = conv._Geometry(shape[1:-1], window, (1, 1, 1), (1, 1, 1), padding)
    assert conv._winograd3d_pays(g, shape[-1], filters) == all(o > 0 for o in g.out_sizes)
    y = conv.conv3d(x, w, (1, 1, 1), padding, "channels_last", (1, 1, 1))
    np.testing.assert_allclose(y, _correlate(x, w, (1, 1, 1), (1, 1, 1), padding), rtol=1e-11, atol=1e-11)


# one image of (5, 7, 6, 16) -> 32 channels takes 16 * 12 tiles * (7 * 16 + 2 * 5 * 32) * 4 bytes
@pytest.mark.parametrize("data_format, chunk_bytes", [("channels_last", 1), ("channels_first", 2 * 331776), ("channels_last", 2 * 331776)])
def test_conv3d_winograd_float32_channels_first_and_chunks(data_format, chunk_bytes, monkeypatch):
    """float32, channels_first, and image chunks (one image each; two, then a shorter last one)."""
    monkeypatch.setattr(conv, "_WINO3D_CHUNK_BYTES", chunk_bytes)
    x = RNG.standard_normal((3, 5, 7, 6, 16)).astype(np.float32)
    w = RNG.standard_normal((3, 3, 3, 16, 32)).astype(np.float32)
    want = _correlate(x, w, (1, 1, 1), (1, 1, 1), "same")
    xi = np.ascontiguousarray(np.moveaxis(x, -1, 1)) if data_format == "channels_first" else x
    y = conv.conv3d(xi, w, (1, 1, 1), "same", data_format, (1, 1, 1))
    if data_format == "channels_first":
        y = np.moveaxis(y, 1, -1)
    assert y.dtype == np.float32
    np.testing.assert_allclose(y, want, rtol=2e-4, atol=2e-4)


def test_conv3d_winograd_input_gradient_is_the_adjoint():
    """The stride-1 input gradient with c >= f is the flipped correlation, also by this route."""
    x = RNG.standard_normal((2, 5, 6, 7, 24))
    w = RNG.standard_normal((3, 3, 3, 24, 16))
    y = conv.conv3d(x, w, (1, 1, 1), "same", "channels_last", (1, 1, 1))
    gy = RNG.standard_normal(y.shape)
    gx = conv.conv3d_grad_input(gy, x, w, (1, 1, 1), "same", "channels_last", (1, 1, 1))
    np.testing.assert_allclose(np.sum(gx * x), np.sum(gy * y), rtol=1e-10)


def test_conv3d_winograd_route():
    assert conv._winograd3d_pays(conv._Geometry((8, 8, 8), (3, 3, 3), (1, 1, 1), (1, 1, 1), "same"), 16, 16)
    assert not conv._winograd3d_pays(conv._Geometry((8, 8, 8), (3, 3, 3), (2, 2, 2), (1, 1, 1), "same"), 16, 16)
    assert not conv._winograd3d_pays(conv._Geometry((8, 8, 8), (3, 3, 3), (1, 1, 1), (1, 2, 1), "same"), 16, 16)
    assert not conv._winograd3d_pays(conv._Geometry((8, 8, 8), (3, 5, 3), (1, 1, 1), (1, 1, 1), "same"), 16, 16)
    assert not conv._winograd3d_pays(conv._Geometry((8, 8, 8), (3, 3, 3), (1, 1, 1), (1, 1, 1), "same"), 8, 16)
