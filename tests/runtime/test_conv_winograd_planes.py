"""The stride-1 Winograd paths (conv._conv_winograd: F(2x2, 3x3); conv._conv_winograd3d: per
depth plane) with their padded component planes (winograd.planes: one spare row between planes)
and transforms as one product with G (x) G, against an independent float64 reference (one
`np.einsum` per window tap over the zero-padded input).

Chunks of one image, a few images with a shorter last chunk, and the whole batch; odd and
even sizes, 'same' and 'valid', both data formats, depth windows 1-5, float16/32/64.
2-D problems are pinned to F(2x2, 3x3) here (many sizes would take F(4x4, 3x3), which
tests/runtime/test_winograd.py covers with its own tolerance).
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from keras_numba._runtime import conv, winograd

RNG = np.random.default_rng(37)


@pytest.fixture(autouse=True)
def _f2_only(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(winograd, "beats_f2", lambda out_sizes: False)


def _reference(x, w, padding):  # type: ignore[no-untyped-def]
    """Correlation (N, *S, C) * (*K, C, F) at stride 1 in float64, TensorFlow padding."""
    d = x.ndim - 2
    x, w = x.astype(np.float64), w.astype(np.float64)
    outs, pads = [], [(0, 0)]
    for i in range(d):
        n, k = x.shape[1 + i], w.shape[i]
        if padding == "same":
            total = k - 1
            pads.append((total // 2, total - total // 2))
            outs.append(n)
        else:
            pads.append((0, 0))
            outs.append(max(n - k + 1, 0))
    xp = np.pad(x, pads + [(0, 0)])
    y = np.zeros((x.shape[0], *outs, w.shape[-1]))
    for tap in itertools.product(*(range(k) for k in w.shape[:d])):
        sl = tuple(slice(t, t + o) for t, o in zip(tap, outs))
        y += np.einsum("n...c,cf->n...f", xp[(slice(None), *sl)], w[tap])
    return y


def _tol(dtype, ref):  # type: ignore[no-untyped-def]
    scale = max(float(np.abs(ref).max(initial=0.0)), 1.0)
    return scale * {np.dtype("float16"): 4e-3, np.dtype("float32"): 2e-6, np.dtype("float64"): 1e-13}[np.dtype(dtype)]


def _run(x, w, padding, first):  # type: ignore[no-untyped-def]
    d = x.ndim - 2
    fn = conv.conv2d if d == 2 else conv.conv3d
    fmt = "channels_first" if first else "channels_last"
    xin = np.ascontiguousarray(np.moveaxis(x, -1, 1)) if first else x
    y = fn(xin, w, padding=padding, data_format=fmt)
    return np.moveaxis(y, 1, -1) if first else y


@pytest.mark.parametrize("chunk_bytes", [1, 1 << 17, 1 << 30])
@pytest.mark.parametrize("size,padding", [((9, 7), "same"), ((8, 10), "valid"), ((5, 5), "same"), ((3, 4), "valid")])
def test_conv2d_chunks(chunk_bytes, size, padding, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(conv, "_WINO_CHUNK_BYTES", chunk_bytes)
    x = RNG.standard_normal((5, *size, 16))
    w = RNG.standard_normal((3, 3, 16, 17))
    g = conv._Geometry(size, (3, 3), (1, 1), (1, 1), padding)
    assert conv._winograd_pays(g, 16, 17)
    ref = _reference(x, w, padding)
    np.testing.assert_allclose(_run(x, w, padding, False), ref, rtol=0, atol=_tol(np.float64, ref))


@pytest.mark.parametrize("chunk_bytes", [1, 1 << 18, 1 << 30])
@pytest.mark.parametrize("kd", [1, 2, 3, 5])
@pytest.mark.parametrize("size,padding", [((5, 7, 6), "same"), ((6, 6, 9), "valid")])
def test_conv3d_chunks_and_depth_windows(chunk_bytes, kd, size, padding, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(conv, "_WINO3D_CHUNK_BYTES", chunk_bytes)
    x = RNG.standard_normal((3, *size, 16))
    w = RNG.standard_normal((kd, 3, 3, 16, 18))
    g = conv._Geometry(size, (kd, 3, 3), (1, 1, 1), (1, 1, 1), padding)
    assert conv._winograd3d_pays(g, 16, 18)
    ref = _reference(x, w, padding)
    np.testing.assert_allclose(_run(x, w, padding, False), ref, rtol=0, atol=_tol(np.float64, ref))


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
@pytest.mark.parametrize("first", [False, True])
@pytest.mark.parametrize("d", [2, 3])
def test_dtypes_and_formats(dtype, first, d) -> None:  # type: ignore[no-untyped-def]
    size = (7, 6) if d == 2 else (4, 7, 5)
    x = RNG.standard_normal((2, *size, 16)).astype(dtype)
    w = RNG.standard_normal((*(3,) * d, 16, 16)).astype(dtype)
    y = _run(x, w, "same", first)
    ref = _reference(x, w, "same")
    assert y.dtype == np.dtype(dtype) and y.shape == ref.shape
    np.testing.assert_allclose(y.astype(np.float64), ref, rtol=0, atol=_tol(dtype, ref))


@pytest.mark.parametrize("d", [2, 3])
def test_bench_like_sizes(d) -> None:  # type: ignore[no-untyped-def]
    """Large enough for the parallel transforms, channels a multiple of 16 (4 KB-aligned planes without the spare row)."""
    size = (16, 16) if d == 2 else (6, 8, 8)
    x = RNG.standard_normal((4, *size, 32)).astype(np.float32)
    w = RNG.standard_normal((*(3,) * d, 32, 32)).astype(np.float32)
    ref = _reference(x, w, "same")
    np.testing.assert_allclose(_run(x, w, "same", False), ref, rtol=0, atol=_tol(np.float32, ref))


@pytest.mark.parametrize("d", [2, 3])
def test_empty_batch(d) -> None:  # type: ignore[no-untyped-def]
    x = np.ones((0, *(6,) * d, 16), np.float32)
    w = np.ones((*(3,) * d, 16, 16), np.float32)
    assert _run(x, w, "same", False).shape == (0, *(6,) * d, 16)


def test_kernel_transform_matches_g_w_gt() -> None:
    """(G (x) G) @ w equals G w G^T per channel pair, and the transposed kernel's G w^T G^T."""
    w = RNG.standard_normal((3, 3, 5, 7))
    u = conv._winograd_kernel(w, np.dtype(np.float64)).reshape(4, 4, 5, 7)
    ref = np.einsum("ia,jb,abcf->ijcf", conv._WINO_G, conv._WINO_G, w)
    np.testing.assert_allclose(u, ref, rtol=1e-13, atol=1e-13)
    ut = conv._winograd_t_kernel(w, np.dtype(np.float64)).reshape(5, 5, 7, 5)
    reft = np.einsum("ia,jb,abcf->ijfc", conv._WINT_G, conv._WINT_G, w)
    np.testing.assert_allclose(ut, reft, rtol=1e-13, atol=1e-13)
