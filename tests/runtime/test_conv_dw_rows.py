"""The 3x3 depthwise forward's multi-row passes (conv_kernels._dw3_rows: four, two or one
output rows per pass) against an independent float64 reference (one `np.einsum` per tap
over the zero-padded input).

Heights cover every split of a job's four rows (a four-row pass, two-row passes next to
the padding, single rows at the edges and after the last group), widths cover the edge
columns and partial blocks, and row strides / row dilations > 1 take the single-row path.
Both data formats, float16/32/64, empty inputs and inputs large enough for the parallel
loop.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from keras_numba._runtime import conv
from tests.support.conv_reference import tf_padding

RNG = np.random.default_rng(31)


def _reference(x, k, strides, dilations, padding):  # type: ignore[no-untyped-def]
    """Depthwise correlation (N, H, W, C) * (KH, KW, C, 1) in float64, TensorFlow padding."""
    x, k = x.astype(np.float64), k.astype(np.float64)
    outs, pads = tf_padding(x.shape[1: 1 + 2], k.shape[:2], strides, dilations, padding)
    xp = np.pad(x, [(0, 0), *pads, (0, 0)])
    y = np.zeros((x.shape[0], *outs, x.shape[-1]))
    for a, b in itertools.product(range(k.shape[0]), range(k.shape[1])):
        rows = slice(a * dilations[0], a * dilations[0] + (outs[0] - 1) * strides[0] + 1, strides[0])
        cols = slice(b * dilations[1], b * dilations[1] + (outs[1] - 1) * strides[1] + 1, strides[1])
        y += np.einsum("nhwc,c->nhwc", xp[:, rows, cols], k[a, b, :, 0])
    return y


def _check(shape, strides=(1, 1), dilations=(1, 1), padding="same", first=False, dtype=np.float32):  # type: ignore[no-untyped-def]
    x = RNG.standard_normal(shape).astype(dtype)
    k = RNG.standard_normal((3, 3, shape[-1], 1)).astype(dtype)
    xin = np.ascontiguousarray(np.moveaxis(x, -1, 1)) if first else x
    fmt = "channels_first" if first else "channels_last"
    y = conv.depthwise_conv2d(xin, k, strides=strides, padding=padding, data_format=fmt, dilation_rate=dilations)
    ref = _reference(x, k, strides, dilations, padding)
    if first:
        ref = np.moveaxis(ref, -1, 1)
    assert y.dtype == np.dtype(dtype) and y.shape == ref.shape
    tol = {np.dtype("float16"): 4e-3, np.dtype("float32"): 2e-5, np.dtype("float64"): 1e-12}[np.dtype(dtype)]
    np.testing.assert_allclose(y.astype(np.float64), ref, rtol=0, atol=tol * max(float(np.abs(ref).max(initial=0.0)), 1.0))


@pytest.mark.parametrize("height", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 17])
@pytest.mark.parametrize("padding", ["same", "valid"])
def test_every_row_split(height, padding) -> None:  # type: ignore[no-untyped-def]
    _check((2, height, 6, 5), padding=padding)  # 'valid' below 3 rows: no output rows


@pytest.mark.parametrize("width", [1, 2, 3, 4, 9, 11])
def test_edge_columns_and_partial_blocks(width) -> None:  # type: ignore[no-untyped-def]
    _check((1, 9, width, 3))


@pytest.mark.parametrize("strides,dilations", [((2, 1), (1, 1)), ((1, 1), (2, 1)), ((1, 1), (1, 2)), ((1, 1), (2, 2))])
@pytest.mark.parametrize("padding", ["same", "valid"])
def test_row_strides_and_dilations(strides, dilations, padding) -> None:  # type: ignore[no-untyped-def]
    _check((2, 11, 10, 4), strides=strides, dilations=dilations, padding=padding)


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
@pytest.mark.parametrize("first", [False, True])
def test_dtypes_and_formats(dtype, first) -> None:  # type: ignore[no-untyped-def]
    _check((3, 10, 7, 6), first=first, dtype=dtype)


@pytest.mark.parametrize("padding", ["same", "valid"])
def test_parallel_sizes(padding) -> None:  # type: ignore[no-untyped-def]
    """Large enough for the prange loop, with channels spanning several vector blocks."""
    _check((3, 21, 19, 64), padding=padding)


@pytest.mark.parametrize("shape", [(0, 8, 8, 3), (2, 0, 8, 3), (2, 8, 8, 0)])
def test_empty(shape) -> None:  # type: ignore[no-untyped-def]
    x = np.ones(shape, np.float32)
    y = conv.depthwise_conv2d(x, np.ones((3, 3, shape[-1], 1), np.float32), padding="same", data_format="channels_last")
    ref = _reference(x, np.ones((3, 3, shape[-1], 1)), (1, 1), (1, 1), "same")
    assert y.shape == ref.shape
    np.testing.assert_array_equal(y, ref)
