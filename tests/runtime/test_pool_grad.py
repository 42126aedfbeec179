"""Pooling gradients with non-overlapping windows (window <= stride): the fused one-pass kernels.

`pooling._pool_grad` routes these shapes to `_max_grad_rows` / `_avg_grad_rows` (one output
row per job writes every input cell it owns, with a 2x2 fast path for max pooling); the
overlapping ones keep the per-image scatter. Checked against tf_keras 2.21 values and an
independent NumPy loop, for ties, NaN/-inf, odd sizes, 'same' padding, gaps between windows
(stride > window), both data formats, 3-D pooling, float16/32/64 and the prange variant.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import pooling


def _starts(n: int, k: int, s: int, padding: str) -> list[int]:
    if padding == "same":
        o = -(-n // s)
        before = max((o - 1) * s + k - n, 0) // 2
    else:
        o, before = (n - k) // s + 1, 0
    return [i * s - before for i in range(o)]


def _reference_grad(g, x, pool_size, strides, padding, first, mode):  # type: ignore[no-untyped-def]
    """Gradient of max/avg pooling, channels-last after moving axes; plain loops over windows."""
    v = np.moveaxis(x, 1, -1) if first else x
    gv = np.moveaxis(g, 1, -1) if first else g
    v, gv = v.astype(np.float64), gv.astype(np.float64)
    sizes = v.shape[1:-1]
    starts = [_starts(n, k, s, padding) for n, k, s in zip(sizes, pool_size, strides)]
    out = np.zeros(v.shape)
    for idx in itertools.product(*(range(len(st)) for st in starts)):
        ranges = [range(max(st[i], 0), min(st[i] + k, n)) for i, st, k, n in zip(idx, starts, pool_size, sizes)]
        cells = list(itertools.product(*ranges))
        for b in range(v.shape[0]):
            for c in range(v.shape[-1]):
                src = gv[(b, *idx, c)]
                if mode == "avg":
                    for cell in cells:
                        out[(b, *cell, c)] += src / len(cells)
                    continue
                vals = [v[(b, *cell, c)] for cell in cells]
                finite = [u for u in vals if not np.isnan(u)]
                if not finite:
                    continue
                m = max(finite)
                out[(b, *cells[vals.index(m)], c)] += src  # the first cell holding the maximum
    out = np.moveaxis(out, -1, 1) if first else out
    return out


def _run(x, pool_size, strides, padding, data_format, mode, rng):  # type: ignore[no-untyped-def]
    pool = K.pool2d if x.ndim == 4 else K.pool3d
    grad_fn = pooling.pool2d_grad if x.ndim == 4 else pooling.pool3d_grad
    y = pool(x, pool_size, strides, padding, data_format, mode)
    g = rng.integers(1, 9, size=y.shape).astype(x.dtype)  # distinct-ish weights show where each went
    got = grad_fn(g, x, y, pool_size, strides, padding, data_format, mode)
    want = _reference_grad(g, x, pool_size, strides, padding, data_format == "channels_first", mode)
    assert got.shape == x.shape and got.dtype == x.dtype
    return got, want


def test_non_overlapping_max_gradient_matches_tensorflow_ties():
    x = np.array([[1, 3, 3, 2, 0], [3, 0, 1, 3, 2], [2, 2, 2, 2, 5], [0, 0, -1, 0, 5], [7, 7, 7, 7, 7]], np.float32).reshape(1, 5, 5, 1)
    expected = {  # tf_keras 2.21: tf.nn.max_pool2d gradient with output gradients 1, 2, 3, ... (row-major)
        ("valid", (2, 2), (2, 2)): [[0, 1, 2, 0, 0], [0, 0, 0, 0, 0], [3, 0, 4, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
        ("valid", (2, 3), (2, 3)): [[0, 1, 0, 0, 0], [0, 0, 0, 0, 0], [2, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
        ("valid", (3, 3), (3, 3)): [[0, 1, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
        ("same", (2, 2), (2, 2)): [[0, 1, 2, 0, 0], [0, 0, 0, 0, 3], [4, 0, 5, 0, 6], [0, 0, 0, 0, 0], [7, 0, 8, 0, 9]],
        ("same", (2, 3), (2, 3)): [[0, 1, 0, 0, 0], [0, 0, 0, 2, 0], [3, 0, 0, 0, 4], [0, 0, 0, 0, 0], [5, 0, 0, 6, 0]],
        ("same", (3, 3), (3, 3)): [[0, 1, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 2], [0, 0, 0, 0, 0], [3, 0, 0, 4, 0]],
    }
    for (padding, k, s), want in expected.items():
        y = K.pool2d(x, k, s, padding, "channels_last", "max")
        g = np.arange(1, y.size + 1, dtype=np.float32).reshape(y.shape)
        got = pooling.pool2d_grad(g, x, y, k, s, padding, "channels_last", "max")
        np.testing.assert_array_equal(got[0, :, :, 0], want, err_msg=f"{padding} {k} {s}")


@pytest.mark.parametrize("mode", ["max", "avg"])
@pytest.mark.parametrize("data_format", ["channels_last", "channels_first"])
@pytest.mark.parametrize(
    "shape, pool_size, strides, padding",
    [
        ((2, 6, 8, 5), (2, 2), (2, 2), "valid"),
        ((2, 7, 9, 3), (2, 2), (2, 2), "valid"),  # odd sizes: a last row/column no window reads
        ((2, 7, 9, 3), (2, 2), (2, 2), "same"),  # clipped windows at the end
        ((1, 9, 10, 4), (2, 2), (3, 3), "valid"),  # gaps between windows
        ((1, 9, 10, 4), (2, 2), (3, 4), "same"),  # gaps and padding before
        ((2, 7, 7, 3), (3, 3), (3, 3), "same"),  # generic windows
        ((2, 5, 8, 3), (1, 2), (1, 2), "valid"),
        ((2, 6, 6, 2), (2, 1), (3, 2), "same"),
    ],
)
def test_non_overlapping_gradient_matches_reference(shape, pool_size, strides, padding, data_format, mode):
    rng = np.random.default_rng(3)
    x = rng.integers(-2, 3, size=shape).astype(np.float32)  # many ties
    x = np.moveaxis(x, -1, 1).copy() if data_format == "channels_first" else x
    got, want = _run(x, pool_size, strides, padding, data_format, mode, rng)
    np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_max_gradient_nan_and_inf_windows(dtype):
    x = np.array(
        [[np.nan, np.nan, 1.0, np.nan, -np.inf, np.nan],
         [np.nan, np.nan, np.nan, 1.0, np.nan, np.nan],
         [-np.inf, -np.inf, 0.0, 0.0, np.inf, np.inf],
         [-np.inf, -np.inf, -0.0, 0.0, np.inf, 1.0]], dtype=dtype).reshape(1, 4, 6, 1)
    x = np.repeat(x, 3, axis=-1)  # several channels: the vectorised loop
    y = K.pool2d(x, (2, 2), (2, 2), "valid", "channels_last", "max")
    g = np.arange(1, y.size + 1, dtype=dtype).reshape(y.shape)
    got = pooling.pool2d_grad(g, x, y, (2, 2), (2, 2), "valid", "channels_last", "max")
    want = _reference_grad(g, x, (2, 2), (2, 2), "valid", False, "max")
    np.testing.assert_array_equal(got, want)
    # all-NaN window: nothing; NaN + 1: the 1; NaN + -inf: the -inf; -inf ties: the first; 0 == -0: the first
    np.testing.assert_array_equal(got[0, :, :, 0], [[0, 0, 4, 0, 7, 0], [0, 0, 0, 0, 0, 0], [10, 0, 13, 0, 16, 0], [0, 0, 0, 0, 0, 0]])


@pytest.mark.parametrize("mode", ["max", "avg"])
def test_pool3d_non_overlapping_gradient(mode):
    rng = np.random.default_rng(4)
    x = rng.integers(-2, 3, size=(2, 5, 4, 6, 3)).astype(np.float64)
    for padding in ("valid", "same"):
        got, want = _run(x, (2, 2, 2), (2, 2, 2), padding, "channels_last", mode, rng)
        np.testing.assert_allclose(got, want, rtol=1e-12)


@pytest.mark.parametrize("mode", ["max", "avg"])
def test_parallel_non_overlapping_gradient_matches_reference(mode):
    rng = np.random.default_rng(5)
    x = np.maximum(rng.normal(size=(8, 26, 26, 32)), 0).astype(np.float32)  # relu output: ties at 0
    x[:, ::3, ::2, :] = 0
    y = K.pool2d(x, (2, 2), (2, 2), "valid", "channels_last", mode)
    g = rng.normal(size=y.shape).astype(np.float32)
    got = pooling.pool2d_grad(g, x, y, (2, 2), (2, 2), "valid", "channels_last", mode)  # 173k cells: prange
    # vectorised reference for 2x2 stride 2: the first of the four cells equal to the maximum
    cells = np.stack([x[:, 0::2, 0::2], x[:, 0::2, 1::2], x[:, 1::2, 0::2], x[:, 1::2, 1::2]])
    if mode == "max":
        first = np.argmax(cells == cells.max(axis=0), axis=0)
        parts = [np.where(first == i, g, 0) for i in range(4)]
    else:
        parts = [g / 4] * 4
    want = np.zeros_like(x)
    want[:, 0::2, 0::2], want[:, 0::2, 1::2], want[:, 1::2, 0::2], want[:, 1::2, 1::2] = parts
    np.testing.assert_allclose(got, want, rtol=1e-6)


def test_fused_path_is_taken_only_without_overlap():
    plan = pooling._Plan("pool2d", 2, (1, 6, 6, 1), (2, 2), (2, 2), "valid", "channels_last", "max")
    assert plan.tiles()
    plan = pooling._Plan("pool2d", 2, (1, 6, 6, 1), (3, 3), (2, 2), "valid", "channels_last", "max")
    assert not plan.tiles()
