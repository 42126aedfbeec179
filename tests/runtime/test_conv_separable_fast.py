"""`conv._separable_forward` (the depthwise kernel, then one pointwise BLAS product) against an
independent float64 reference: the depthwise stage as one `np.einsum` per window tap over the
zero-padded input, then the pointwise stage as one `np.einsum`.

Covers odd sizes, strides, dilation, 'valid'/'same', both data formats, depth multipliers
> 1, 1-D and 2-D, odd batch sizes, the bench shape, empty inputs (also zero channels) and
float16 / float32 / float64 inputs.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from keras_numba._runtime import conv
from tests.support.conv_reference import tf_padding

RNG = np.random.default_rng(23)


def _reference(x, dw, pw, strides, dilations, padding, first):  # type: ignore[no-untyped-def]
    """y of a separable correlation in float64, TensorFlow padding ('same': odd pad at the end)."""
    d = x.ndim - 2
    x = np.moveaxis(x, 1, -1) if first else x
    x, dw, pw = x.astype(np.float64), dw.astype(np.float64), pw.astype(np.float64)
    outs, pads = tf_padding(x.shape[1: 1 + d], dw.shape[:d], strides, dilations, padding)
    xp = np.pad(x, [(0, 0), *pads, (0, 0)])
    c, m = dw.shape[-2], dw.shape[-1]
    z = np.zeros((x.shape[0], *outs, c, m))
    for tap in itertools.product(*(range(k) for k in dw.shape[:d])):
        sl = tuple(slice(t * r, t * r + (o - 1) * s + 1, s) for t, r, o, s in zip(tap, dilations, outs, strides))
        z += np.einsum("n...c,cm->n...cm", xp[(slice(None), *sl)], dw[tap])
    z = z.reshape(*z.shape[:-2], c * m)
    y = np.einsum("n...k,kf->n...f", z, pw.reshape(pw.shape[-2], pw.shape[-1]))
    return np.moveaxis(y, -1, 1) if first else y


def _tolerance(dtype: np.dtype, ref: np.ndarray) -> float:
    scale = max(float(np.abs(ref).max(initial=0.0)), 1.0)
    return scale * {np.dtype("float16"): 4e-3, np.dtype("float32"): 2e-5, np.dtype("float64"): 1e-12}[np.dtype(dtype)]


def _check(d, batch, sizes, c, m, f, k_sizes, strides, dilations, padding, first, dtype):  # type: ignore[no-untyped-def]
    shape = (batch, c, *sizes) if first else (batch, *sizes, c)
    x = RNG.standard_normal(shape).astype(dtype)
    dw = RNG.standard_normal((*k_sizes, c, m)).astype(dtype)
    pw = RNG.standard_normal(((1,) * d) + (c * m, f)).astype(dtype)
    fmt = "channels_first" if first else "channels_last"
    fn = conv.separable_conv2d if d == 2 else conv.separable_conv1d
    s = strides if d == 2 else strides[0]
    r = dilations if d == 2 else dilations[0]
    y = fn(x, dw, pw, strides=s, padding=padding, data_format=fmt, dilation_rate=r)
    ref = _reference(x, dw, pw, strides, dilations, padding, first)
    assert y.dtype == np.dtype(dtype)
    assert y.shape == ref.shape
    np.testing.assert_allclose(y.astype(np.float64), ref, rtol=0, atol=_tolerance(dtype, ref))


CASES_2D = [
    # (sizes, c, m, f, k_sizes, strides, dilations)
    ((7, 9), 3, 1, 5, (3, 3), (1, 1), (1, 1)),
    ((8, 5), 4, 2, 3, (3, 2), (2, 1), (1, 1)),
    ((9, 11), 5, 3, 7, (2, 3), (1, 1), (2, 3)),
    ((6, 7), 16, 1, 8, (5, 5), (2, 3), (1, 1)),
    ((3, 4), 2, 1, 2, (5, 5), (1, 1), (1, 1)),  # window larger than the image
]


@pytest.mark.parametrize("case", CASES_2D)
@pytest.mark.parametrize("padding", ["valid", "same"])
@pytest.mark.parametrize("first", [False, True])
def test_separable_conv2d_matches_einsum(case, padding, first) -> None:  # type: ignore[no-untyped-def]
    sizes, c, m, f, k, s, r = case
    _check(2, 5, sizes, c, m, f, k, s, r, padding, first, np.float32)


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
@pytest.mark.parametrize("first", [False, True])
def test_dtypes(dtype, first) -> None:  # type: ignore[no-untyped-def]
    _check(2, 4, (5, 7), 3, 2, 4, (3, 3), (1, 2), (1, 1), "same", first, dtype)


@pytest.mark.parametrize("padding", ["valid", "same"])
@pytest.mark.parametrize("first", [False, True])
@pytest.mark.parametrize("strides,dilations", [((1,), (1,)), ((2,), (1,)), ((1,), (3,))])
def test_separable_conv1d_matches_einsum(padding, first, strides, dilations) -> None:  # type: ignore[no-untyped-def]
    _check(1, 5, (13,), 3, 2, 5, (3,), strides, dilations, padding, first, np.float32)


def test_bench_shape() -> None:
    """The bench shape (with an odd batch)."""
    _check(2, 9, (32, 32), 64, 1, 64, (3, 3), (1, 1), (1, 1), "same", False, np.float32)


@pytest.mark.parametrize("shape", [(0, 5, 5, 3), (2, 0, 5, 3), (2, 5, 5, 0)])
def test_empty(shape) -> None:  # type: ignore[no-untyped-def]
    x = np.ones(shape, np.float32)
    c = shape[-1]
    y = conv.separable_conv2d(x, np.ones((3, 3, c, 2), np.float32), np.ones((1, 1, 2 * c, 3), np.float32), padding="same", data_format="channels_last")
    ref = _reference(x, np.ones((3, 3, c, 2)), np.ones((1, 1, 2 * c, 3)), (1, 1), (1, 1), "same", False)
    assert y.shape == ref.shape
    np.testing.assert_array_equal(y, ref)
