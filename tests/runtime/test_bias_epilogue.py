"""bias_add of a convolution in a graph is one node of the conv's biased form (spec `bias_epilogue` / `folds_bias`).

Keras' Conv layers build `bias_add(conv(x, kernel), bias)`. The graph builds that pair as
one node (`conv.conv*d_biased`), which adds the bias inside the convolution, and whose
gradient rule makes one node for the kernel and bias gradients. Each test checks the
folded graph against the plain functions: values against eager `bias_add(conv(...))`,
gradients against a graph that adds the bias by a broadcast `+` (nothing to fold), on
every route the convolutions take (Winograd F(4x4), F(2x2), F(4), 3-D Winograd, planar
columns, 1x1, im2col, chunked), both data formats and the float dtypes.
"""

from __future__ import annotations

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import conv, program

CONVS = {1: K.conv1d, 2: K.conv2d, 3: K.conv3d}

# name: (x shape channels-last, kernel shape, keyword arguments)
CASES = {
    "winograd_f4": ((3, 13, 13, 16), (3, 3, 16, 24), {}),
    "winograd_f4_same": ((2, 12, 12, 16), (3, 3, 16, 16), {"padding": "same"}),
    "winograd_f2": ((3, 8, 8, 16), (3, 3, 16, 16), {}),
    "winograd_f2_same": ((2, 9, 10, 16), (3, 3, 16, 16), {"padding": "same"}),
    "planar_grey": ((4, 12, 11, 1), (3, 3, 1, 8), {}),
    "planar_rgb_strided": ((2, 11, 12, 3), (3, 3, 3, 5), {"strides": (2, 2), "padding": "same"}),
    "one_by_one": ((2, 5, 6, 7), (1, 1, 7, 4), {}),
    "im2col": ((2, 9, 8, 6), (5, 5, 6, 3), {"padding": "same"}),
    "dilated": ((2, 11, 10, 4), (3, 3, 4, 6), {"dilation_rate": (2, 2)}),
    "conv1d_winograd": ((3, 17, 16), (3, 16, 16), {"padding": "same"}),
    "conv1d_causal": ((2, 9, 3), (3, 3, 4), {"padding": "causal"}),
    "conv1d_im2col": ((2, 12, 8), (5, 8, 6), {}),
    "conv3d_winograd": ((2, 4, 7, 7, 16), (2, 3, 3, 16, 16), {}),
    "conv3d_planar": ((2, 5, 6, 6, 1), (3, 3, 3, 1, 4), {"padding": "same"}),
}


def _problem(case, data_format, dtype, seed=0):
    shape, kshape, kwargs = CASES[case]
    rng = np.random.default_rng(seed)
    x = rng.standard_normal(shape).astype(dtype)
    if data_format == "channels_first":
        x = np.ascontiguousarray(np.moveaxis(x, -1, 1))
    kernel = (rng.standard_normal(kshape) / np.sqrt(np.prod(kshape[:-1]))).astype(dtype)
    bias = rng.standard_normal(kshape[-1]).astype(dtype)
    return x, kernel, bias, CONVS[len(kshape) - 2], {**kwargs, "data_format": data_format}


def _tolerance(dtype):
    return {"float16": 2e-2, "float32": 2e-5, "float64": 1e-12}[np.dtype(dtype).name]


def _close(got, want, dtype):
    scale = max(float(np.abs(want.astype(np.float64)).max()), 1.0)
    np.testing.assert_allclose(got.astype(np.float64), want.astype(np.float64), rtol=0, atol=_tolerance(dtype) * scale)


def _bias_shape(nd, data_format):
    return (1, -1) + (1,) * (nd - 2) if data_format == "channels_first" else (1,) * (nd - 1) + (-1,)


@pytest.mark.parametrize("data_format", ["channels_last", "channels_first"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_folded_conv_bias_gives_the_values_and_gradients_of_the_plain_pair(case, data_format):
    dtype = "float32"
    x, kernel, bias, fn, kw = _problem(case, data_format, dtype)
    xp, kv, bv = K.placeholder(x.shape, dtype=dtype), K.variable(kernel), K.variable(bias)
    out = K.bias_add(fn(xp, kv, **kw), bv, data_format=data_format)
    assert out.node.fn.__name__.endswith("_biased")
    assert [n.op for n in program.Program([out]).nodes].count("bias_add") == 0
    upstream = np.random.default_rng(1).standard_normal(out.shape).astype(dtype)
    grads = K.gradients(K.sum(out * upstream), [xp, kv, bv])
    got = K.function([xp], [out, *grads])([x])

    want = K.bias_add(fn(x, kernel, **kw), bias, data_format=data_format)
    _close(got[0], want, dtype)
    plain = fn(xp, kv, **kw) + K.reshape(bv, _bias_shape(x.ndim, data_format))  # a broadcast add: nothing folds
    assert not plain.node.fn.__name__.endswith("_biased")
    want_grads = K.function([xp], K.gradients(K.sum(plain * upstream), [xp, kv, bv]))([x])
    for g, w in zip(got[1:], want_grads):
        assert g.shape == w.shape and g.dtype == w.dtype
        _close(g, w, dtype)


@pytest.mark.parametrize("dtype", ["float16", "float64"])
@pytest.mark.parametrize("case", ["winograd_f4", "planar_grey", "im2col", "conv1d_winograd"])
def test_folded_conv_bias_keeps_the_dtype(case, dtype):
    x, kernel, bias, fn, kw = _problem(case, "channels_last", dtype)
    xp, kv, bv = K.placeholder(x.shape, dtype=dtype), K.variable(kernel, dtype=dtype), K.variable(bias, dtype=dtype)
    out = K.bias_add(fn(xp, kv, **kw), bv, data_format="channels_last")
    assert out.node.fn.__name__.endswith("_biased") and out.dtype == np.dtype(dtype)
    dk, db = K.gradients(K.sum(out), [kv, bv])
    got, got_dk, got_db = K.function([xp], [out, dk, db])([x])
    assert got.dtype == got_dk.dtype == got_db.dtype == np.dtype(dtype)
    _close(got, K.bias_add(fn(x, kernel, **kw), bias), dtype)
    # d sum / d bias is the count of output positions per channel
    np.testing.assert_allclose(got_db.astype(np.float64), np.full(bias.shape, got[..., 0].size), rtol=_tolerance(dtype))


def test_bias_gradient_is_exact_on_integers():
    """The bias gradient read off Winograd's transformed gradient (block sums) and off the planar
    columns' row of ones is the plain column sum: exact on small integers."""
    rng = np.random.default_rng(3)
    for case in ("winograd_f4", "winograd_f2", "planar_grey", "conv1d_winograd"):
        x, kernel, bias, fn, kw = _problem(case, "channels_last", "float32")
        gy = rng.integers(-4, 5, fn(x, kernel, **kw).shape).astype("float32")
        name = fn.__name__
        dk, db = getattr(conv, f"{name}_grad_kernel_bias")(gy, x, kernel, bias, **kw)
        np.testing.assert_array_equal(db, gy.reshape(-1, gy.shape[-1]).sum(axis=0))
        np.testing.assert_allclose(dk, getattr(conv, f"{name}_grad_kernel")(gy, x, kernel, **kw), rtol=1e-5, atol=1e-4)


def test_folded_gradient_passes_a_finite_difference_check():
    x, kernel, bias, fn, kw = _problem("winograd_f4", "channels_last", "float64")
    x, kernel, bias = x[:1, :8, :8], kernel[..., :16], bias[:16]
    bv = K.variable(bias, dtype="float64")
    xp, kv = K.placeholder(x.shape, dtype="float64"), K.variable(kernel, dtype="float64")
    out = K.bias_add(fn(xp, kv, **kw), bv, data_format="channels_last")
    assert out.node.fn.__name__.endswith("_biased")
    upstream = np.random.default_rng(2).standard_normal(out.shape)
    (db,) = K.function([xp], K.gradients(K.sum(out * upstream), [bv]))([x])

    def loss(b):
        return float(np.sum(K.bias_add(fn(x, kernel, **kw), b) * upstream))

    eps = 1e-6
    numeric = np.array([(loss(bias + eps * e) - loss(bias - eps * e)) / (2 * eps) for e in np.eye(bias.size)])
    np.testing.assert_allclose(db, numeric, rtol=1e-6, atol=1e-6)


def _folds(x_format, bias_format, bias=None, dtype="float32"):
    xp = K.placeholder((2, 8, 8, 3), dtype="float32")
    kv = K.variable(np.ones((3, 3, 3, 4), "float32"))
    bv = bias if bias is not None else K.variable(np.zeros(4, dtype), dtype=dtype)
    out = K.bias_add(K.conv2d(xp, kv, data_format=x_format), bv, data_format=bias_format)
    return out.node.fn.__name__.endswith("_biased")


def test_fold_needs_the_same_data_format_a_rank1_bias_and_one_dtype():
    assert _folds("channels_last", "channels_last")
    assert _folds(None, None)
    assert not _folds("channels_last", None)  # None follows the config when run: not the same constant
    assert not _folds("channels_last", "channels_last", bias=K.variable(np.zeros((6, 6, 4), "float32")))
    assert not _folds("channels_last", "channels_last", dtype="float64")


def test_a_convolution_read_elsewhere_keeps_its_node_and_both_results_are_right():
    x, kernel, bias, fn, kw = _problem("planar_grey", "channels_last", "float32")
    xp, kv, bv = K.placeholder(x.shape), K.variable(kernel), K.variable(bias)
    raw = fn(xp, kv)
    out = K.bias_add(raw, bv)
    got_raw, got_out = K.function([xp], [raw, out])([x])
    _close(got_raw, fn(x, kernel), "float32")
    _close(got_out, K.bias_add(fn(x, kernel), bias), "float32")


def test_a_bias_of_the_wrong_length_is_reported_by_bias_add():
    xp = K.placeholder((2, 8, 8, 3))
    kv = K.variable(np.ones((3, 3, 3, 4), "float32"))
    with pytest.raises(ValueError, match="bias_add: bias has 5 values but x has 4 channels"):
        K.bias_add(K.conv2d(xp, kv), K.variable(np.zeros(5, "float32")))


def test_biased_forms_follow_bias_add_for_other_biases_and_empty_problems():
    rng = np.random.default_rng(4)
    x, kernel = rng.standard_normal((2, 6, 6, 3)).astype("float32"), rng.standard_normal((3, 3, 3, 4)).astype("float32")
    # another dtype: bias_add's promotion; another rank: its layout rules; another length: its error
    b64 = rng.standard_normal(4)
    np.testing.assert_array_equal(conv.conv2d_biased(x, kernel, b64), K.bias_add(K.conv2d(x, kernel), b64))
    b3 = rng.standard_normal((4, 4, 4)).astype("float32")
    np.testing.assert_array_equal(conv.conv2d_biased(x, kernel, b3), K.bias_add(K.conv2d(x, kernel), b3))
    gy = rng.standard_normal((2, 4, 4, 4)).astype("float32")
    _, db3 = conv.conv2d_grad_kernel_bias(gy, x, kernel, b3)  # bias_add's layout: summed over the batch
    np.testing.assert_allclose(db3, gy.sum(axis=0), rtol=1e-6, atol=1e-6)
    with pytest.raises(ValueError, match="bias_add"):
        conv.conv2d_biased(x, kernel, np.zeros(3, "float32"))
    # no images, no input channels: the bias alone (and a zero gradient for it)
    empty = conv.conv2d_biased(x[:0], kernel, np.ones(4, "float32"))
    assert empty.shape == (0, 4, 4, 4)
    no_channels = conv.conv2d_biased(x[..., :0], kernel[:, :, :0], np.arange(4, dtype="float32"))
    np.testing.assert_array_equal(no_channels, np.broadcast_to(np.arange(4, dtype="float32"), (2, 4, 4, 4)))
    dk, db = conv.conv2d_grad_kernel_bias(np.ones((0, 4, 4, 4), "float32"), x[:0], kernel, np.ones(4, "float32"))
    assert dk.shape == kernel.shape and not dk.any() and db.shape == (4,) and not db.any()
