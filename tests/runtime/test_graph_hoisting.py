"""Max pooling of relu in a graph is built as relu of the max pooling (spec `monotone` / `hoists_monotone`).

The rewrite must not change a value or a gradient: each test computes the same
expression eagerly (pool of relu, in that order) and compares bit for bit, on
data full of ties (small integers) and of windows whose values are all <= 0.
"""

from __future__ import annotations

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import program


def _ops(t):
    return [n.op for n in program.Program([t]).nodes]


def _tied_data(shape, seed=0):
    """Small integers (many ties inside windows, many windows of only values <= 0), and exact zeros."""
    return np.random.default_rng(seed).integers(-3, 3, shape).astype("float32")


POOLS = {
    "pool2d": (lambda t, **kw: K.pool2d(t, (2, 2), strides=(2, 2), **kw), (2, 6, 7, 3)),
    "pool2d_same_overlapping": (lambda t, **kw: K.pool2d(t, (3, 3), strides=(2, 2), padding="same", **kw), (2, 7, 6, 3)),
    "pool2d_channels_first": (lambda t, **kw: K.pool2d(t, (2, 2), strides=(2, 2), data_format="channels_first", **kw), (2, 3, 6, 6)),
    "pool3d": (lambda t, **kw: K.pool3d(t, (2, 2, 2), strides=(2, 2, 2), **kw), (2, 4, 5, 4, 2)),
}


@pytest.mark.parametrize("case", sorted(POOLS))
def test_max_pool_of_relu_is_relu_of_max_pool_with_the_same_values_and_gradient(case):
    pool, shape = POOLS[case]
    z = _tied_data(shape)
    zp = K.placeholder(shape)
    hidden = K.relu(zp)
    out = pool(hidden)
    assert _ops(out)[-2:] == [case.split("_")[0], "relu"]  # pooled first, then the map
    assert out.shape == pool(K.relu(z)).shape
    upstream = np.random.default_rng(1).standard_normal(out.shape).astype("float32")
    (g,) = K.gradients(K.sum(out * upstream), [zp])
    got, got_g = K.function([zp], [out, g])([z])

    want = pool(K.relu(z))
    np.testing.assert_array_equal(got, want)
    # the gradient of pool(relu(z)) computed in the original order, from the spec's own gradient functions
    pooled_grad = _unhoisted_gradient(pool, z, upstream)
    np.testing.assert_array_equal(got_g, pooled_grad)


def _unhoisted_gradient(pool, z, upstream):
    """d sum(pool(relu(z)) * upstream) / dz with the pooling taken of a relu that is not a graph node."""
    h = K.relu(z)
    hp = K.placeholder(z.shape)
    out = pool(hp)  # hp is a placeholder: nothing to hoist
    assert _ops(out)[-1] != "relu"
    (gh,) = K.gradients(K.sum(out * upstream), [hp])
    grad_h = K.function([hp], [gh])([h])[0]
    return np.where(z > 0, grad_h, 0.0).astype("float32")  # relu_grad with the defaults


@pytest.mark.parametrize(
    "relu_kwargs",
    [{"alpha": 0.1}, {"max_value": 6.0}, {"threshold": -1.0}, {"threshold": 0.5}],
)
def test_relu_with_other_attributes_is_not_hoisted(relu_kwargs):
    zp = K.placeholder((1, 4, 4, 2))
    out = K.pool2d(K.relu(zp, **relu_kwargs), (2, 2), strides=(2, 2))
    assert _ops(out)[-1] == "pool2d"
    z = _tied_data((1, 4, 4, 2), seed=3)
    np.testing.assert_array_equal(K.function([zp], [out])([z])[0], K.pool2d(K.relu(z, **relu_kwargs), (2, 2), strides=(2, 2)))


def test_average_pooling_and_other_maps_are_not_hoisted():
    zp = K.placeholder((1, 4, 4, 2))
    assert _ops(K.pool2d(K.relu(zp), (2, 2), strides=(2, 2), pool_mode="avg"))[-1] == "pool2d"
    assert _ops(K.pool2d(K.sigmoid(zp), (2, 2), strides=(2, 2)))[-1] == "pool2d"
    assert _ops(K.pool2d(zp, (2, 2), strides=(2, 2)))[-1] == "pool2d"


def test_a_relu_read_elsewhere_still_gets_its_own_gradient():
    shape = (2, 4, 4, 3)
    z = _tied_data(shape, seed=5)
    zp = K.placeholder(shape)
    hidden = K.relu(zp)
    out = K.pool2d(hidden, (2, 2), strides=(2, 2))
    loss = K.sum(out) + K.sum(hidden * 0.5)  # the full relu is used too
    (g,) = K.gradients(loss, [zp])
    got_loss, got_g = K.function([zp], [loss, g])([z])
    assert got_loss == pytest.approx(float(K.sum(K.pool2d(K.relu(z), (2, 2), strides=(2, 2))) + 0.5 * np.maximum(z, 0).sum()))
    routed = _unhoisted_gradient(lambda t: K.pool2d(t, (2, 2), strides=(2, 2)), z, np.ones((2, 2, 2, 3), "float32"))
    np.testing.assert_array_equal(got_g, routed + np.where(z > 0, 0.5, 0.0).astype("float32"))


def test_the_one_difference_a_window_of_only_nan():
    z = np.full((1, 2, 2, 1), np.nan, "float32")
    zp = K.placeholder(z.shape)
    got = K.function([zp], [K.pool2d(K.relu(zp), (2, 2), strides=(2, 2))])([z])[0]
    assert K.pool2d(K.relu(z), (2, 2), strides=(2, 2))[0, 0, 0, 0] == -np.inf  # eager: pooling of NaN only
    assert got[0, 0, 0, 0] == 0.0  # graph: relu(-inf), as documented in graph._hoisted
