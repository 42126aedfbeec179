"""Forward pooling through the 2x2 fast path of `pooling._max_row_py` and the generic loops.

A 2x2 max window reads its two input rows as flat runs; windows clipped by 'same' padding
and every other geometry take the generic loop. Checked against an independent NumPy
reference (plain loops over windows) for odd sizes, 'same'/'valid', strides other than the
pool size, both data formats, NaN/-inf, float16/32/64, non-contiguous inputs and both the
serial and the prange variant (sizes on each side of `_PARALLEL_MIN`).
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


def _reference(x, pool_size, strides, padding, first, mode):  # type: ignore[no-untyped-def]
    """Max (NaN skipped, -inf when only NaN) or mean of the real cells of each window, in float64."""
    v = np.moveaxis(x, 1, -1) if first else x
    v = v.astype(np.float64)
    sizes = v.shape[1:-1]
    starts = [_starts(n, k, s, padding) for n, k, s in zip(sizes, pool_size, strides)]
    out = np.empty((v.shape[0],) + tuple(len(s) for s in starts) + (v.shape[-1],))
    for idx in itertools.product(*(range(len(st)) for st in starts)):
        window = tuple(slice(max(st[i], 0), min(st[i] + k, n)) for i, st, k, n in zip(idx, starts, pool_size, sizes))
        cells = v[(slice(None),) + window + (slice(None),)].reshape(v.shape[0], -1, v.shape[-1])
        if mode == "avg":
            out[(slice(None),) + idx + (slice(None),)] = cells.mean(axis=1)
        else:
            masked = np.where(np.isnan(cells), -np.inf, cells)
            out[(slice(None),) + idx + (slice(None),)] = masked.max(axis=1)
    return np.moveaxis(out, -1, 1) if first else out


GEOMETRIES = [
    ((2, 2), (2, 2), "valid"),
    ((2, 2), (2, 2), "same"),
    ((2, 2), (1, 1), "valid"),
    ((2, 2), (1, 1), "same"),
    ((2, 2), (3, 3), "valid"),
    ((2, 2), (3, 2), "same"),
    ((2, 2), (2, 3), "same"),
    ((3, 3), (2, 2), "same"),
    ((2, 3), (2, 2), "valid"),
    ((1, 2), (1, 2), "same"),
]


@pytest.mark.parametrize("pool_size,strides,padding", GEOMETRIES)
@pytest.mark.parametrize("data_format", ["channels_last", "channels_first"])
@pytest.mark.parametrize("mode", ["max", "avg"])
def test_pool2d_matches_reference(pool_size, strides, padding, data_format, mode):
    rng = np.random.default_rng(1)
    for hw, c in [((7, 9), 3), ((6, 5), 16), ((5, 8), 33)]:
        shape = (2, c) + hw if data_format == "channels_first" else (2,) + hw + (c,)
        x = rng.standard_normal(shape).astype(np.float32)
        got = K.pool2d(x, pool_size, strides, padding, data_format, mode)
        want = _reference(x, pool_size, strides, padding, data_format == "channels_first", mode)
        assert got.dtype == x.dtype
        if mode == "max":
            np.testing.assert_array_equal(got, want.astype(np.float32))
        else:
            np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("data_format", ["channels_last", "channels_first"])
def test_max_pool_nan_inf_ties_and_dtypes(dtype, data_format):
    rng = np.random.default_rng(2)
    # large enough for the prange variant (>= _PARALLEL_MIN output elements)
    for shape in [(3, 9, 11, 20), (4, 66, 66, 33)]:
        x = rng.integers(-3, 4, size=shape).astype(dtype)  # many ties
        flat = x.reshape(-1)
        flat[rng.random(flat.size) < 0.1] = np.nan
        flat[rng.random(flat.size) < 0.05] = -np.inf
        flat[rng.random(flat.size) < 0.02] = np.inf
        x[0, :2, :2, :] = np.nan  # windows of only NaN give -inf
        if data_format == "channels_first":
            x = np.ascontiguousarray(np.moveaxis(x, -1, 1))
        for padding in ("valid", "same"):
            got = K.pool2d(x, (2, 2), (2, 2), padding, data_format, "max")
            want = _reference(x, (2, 2), (2, 2), padding, data_format == "channels_first", "max")
            assert got.dtype == x.dtype
            np.testing.assert_array_equal(got, want.astype(dtype))


def test_pool2d_non_contiguous_and_parallel_variants_agree():
    rng = np.random.default_rng(3)
    base = rng.standard_normal((64, 27, 26, 64)).astype(np.float32)
    x = base[:, 1:, :, ::2]  # a non-contiguous (64, 26, 26, 32) view, above the parallel threshold
    got = K.pool2d(x, (2, 2), (2, 2), "valid", "channels_last", "max")
    want = _reference(x[:4], (2, 2), (2, 2), "valid", False, "max")
    np.testing.assert_array_equal(got[:4], want.astype(np.float32))
    serial = np.empty_like(got)
    view = np.ascontiguousarray(x).reshape((64, 1, 26, 26, 32))
    pooling._loop("_max_pool", False)(view, serial.reshape((64, 1, 13, 13, 32)), 1, 2, 2, 1, 2, 2, 0, 0, 0)
    np.testing.assert_array_equal(got, serial)


def test_odd_valid_size_drops_last_row_and_column():
    x = np.arange(2 * 11 * 11 * 64, dtype=np.float64).reshape(2, 11, 11, 64)
    got = K.pool2d(x, (2, 2), (2, 2), "valid", "channels_last", "max")
    assert got.shape == (2, 5, 5, 64)
    np.testing.assert_array_equal(got, x[:, 1:10:2, 1:10:2, :])


def _grad_2x2_reference(g, x):  # type: ignore[no-untyped-def]
    """Gradient of 2x2/2 'valid' max pooling, channels last: each window's output gradient to
    its first cell (row-major) holding the NaN-skipping maximum; nothing for all-NaN windows."""
    n, h, w, c = x.shape
    oh, ow = h // 2, w // 2
    cells = x[:, : 2 * oh, : 2 * ow].reshape(n, oh, 2, ow, 2, c).transpose(0, 1, 3, 5, 2, 4).reshape(n, oh, ow, c, 4)
    cells = np.where(np.isnan(cells), -np.inf, cells).astype(np.float64)
    first = np.argmax(cells == cells.max(axis=-1, keepdims=True), axis=-1)
    routed = np.zeros(cells.shape)
    np.put_along_axis(routed, first[..., None], g[..., None].astype(np.float64), axis=-1)
    routed[np.isnan(x[:, : 2 * oh, : 2 * ow]).reshape(n, oh, 2, ow, 2, c).all(axis=(2, 4))] = 0
    out = np.zeros(x.shape)
    out[:, : 2 * oh, : 2 * ow] = routed.reshape(n, oh, ow, c, 2, 2).transpose(0, 1, 4, 2, 5, 3).reshape(n, 2 * oh, 2 * ow, c)
    return out


@pytest.mark.parametrize("shape", [(64, 11, 11, 64), (64, 26, 26, 32), (3, 7, 9, 5)])
def test_max_pool_grad_odd_valid_sizes_zero_the_dropped_cells(shape):
    # The fused gradient writes gx without a zeros pass: the last row/column an odd 'valid'
    # size drops must still be zeroed. A freed block of ones makes np.empty return garbage.
    rng = np.random.default_rng(4)
    x = rng.integers(-2, 3, size=shape).astype(np.float32)  # ties
    x.reshape(-1)[rng.random(x.size) < 0.05] = np.nan
    y = K.pool2d(x, (2, 2), (2, 2), "valid", "channels_last", "max")
    g = rng.integers(1, 9, size=y.shape).astype(np.float32)
    np.ones(x.shape, np.float32)  # freed at once: non-zero memory for the gradient's np.empty
    got = pooling.pool2d_grad(g, x, y, (2, 2), (2, 2), "valid", "channels_last", "max")
    np.testing.assert_array_equal(got, _grad_2x2_reference(g, x))
