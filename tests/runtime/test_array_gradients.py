"""Gradients of the array family at points the generated finite-difference tests do not draw."""

import numpy as np

import keras_numba as K
from keras_numba._runtime import array_ops
from tests.support import harness as H


_numeric = H.central_difference


def test_cumprod_gradient_is_exact_at_zeros():
    # the product is a polynomial in each entry, so central differences are exact enough at 0
    x = np.array([[2.0, 0.0, 3.0, 0.0, -1.5], [0.0, 1.5, 2.0, -1.0, 0.5]])
    g = np.random.default_rng(0).normal(size=x.shape)
    for axis in (0, 1, -1):
        got = array_ops.cumprod_grad(g, x, axis)
        assert np.all(np.isfinite(got))
        np.testing.assert_allclose(got, _numeric(lambda v: np.sum(g * np.cumprod(v, axis=axis)), x), rtol=1e-6, atol=1e-8)


def test_cumprod_gradient_through_k_gradients_at_zeros():
    x = np.array([1.0, 0.0, 2.0, 3.0])
    p = K.placeholder(shape=(4,), dtype="float64")
    (dx,) = K.function([p], K.gradients(K.sum(K.cumprod(p)), [p]))([x])
    np.testing.assert_allclose(dx, [1.0, 1.0 + 2.0 + 6.0, 0.0, 0.0])


def test_second_order_through_tile_and_batch_dot():
    x = np.array([[1.0, -2.0], [0.5, 3.0]])
    p = K.placeholder(shape=(2, 2), dtype="float64")
    loss = K.sum(K.square(K.tile(p, (2, 3))))  # 6 copies: d/dx = 12 x, d2/dx2 = 12
    (g,) = K.gradients(loss, [p])
    (h,) = K.gradients(K.sum(g), [p])
    np.testing.assert_allclose(K.function([p], [h])([x])[0], np.full((2, 2), 12.0))
    q = K.placeholder(shape=(2, 3, 4), dtype="float64")
    r = K.placeholder(shape=(2, 4, 5), dtype="float64")
    (gq,) = K.gradients(K.sum(K.square(K.batch_dot(q, r))), [q])
    (hq,) = K.gradients(K.sum(gq), [q])
    rng = np.random.default_rng(1)
    xq, xr = rng.normal(size=(2, 3, 4)), rng.normal(size=(2, 4, 5))
    # dL/dq_bik = 2 sum_j (qr)_bij r_bkj; its sum over (i, k) differentiates to 2 sum_j r_blj sum_k r_bkj
    per_l = 2 * np.einsum("blj,bj->bl", xr, xr.sum(axis=1))
    expected = np.broadcast_to(per_l[:, None, :], (2, 3, 4))
    got = K.function([q, r], [hq])([xq, xr])[0]
    np.testing.assert_allclose(got, expected, rtol=1e-10)


def test_gradients_with_an_unknown_batch_size():
    rng = np.random.default_rng(2)
    x = rng.normal(size=(3, 2, 4))
    p = K.placeholder(shape=(None, 2, 4), dtype="float64")
    cases = [
        (lambda t: K.tile(t, (1, 2, 3)), lambda v: np.tile(v, (1, 2, 3))),
        (lambda t: K.repeat_elements(t, 3, 2), lambda v: np.repeat(v, 3, axis=2)),
        (lambda t: K.temporal_padding(t, (1, 2)), lambda v: np.pad(v, [(0, 0), (1, 2), (0, 0)])),
        (lambda t: K.batch_dot(t, t, axes=(2, 2)), lambda v: np.einsum("bij,bkj->bik", v, v)),
    ]
    for op, reference in cases:
        (dx,) = K.function([p], K.gradients(K.sum(K.square(op(p))), [p]))([x])
        np.testing.assert_allclose(dx, _numeric(lambda v: np.sum(reference(v) ** 2), x), rtol=1e-6, atol=1e-8)
