"""The shapes of gradient graphs: how autodiff sums contributions (autodiff._total) and the fused gradient nodes."""

from __future__ import annotations

import collections

import numpy as np

import keras_numba as K
from keras_numba._runtime import control_flow, graph, program
from tests.support import harness as H


def _backward_ops(grad, loss):
    """The ops of the nodes computing `grad` that the forward pass (to `loss`) does not have."""
    forward = {id(n) for n in program.Program([loss]).nodes}
    return collections.Counter(n.op for n in program.Program([grad]).nodes if id(n) not in forward)


def test_slices_of_one_matrix_get_one_scatter_and_the_right_gradient():
    z = K.placeholder((None, 8))
    parts = [z[:, :2], z[:, 2:5], z[:, 5:], z[:, 1:3]]  # the last overlaps the first two
    loss = sum(K.sum(p * float(i + 1)) for i, p in enumerate(parts))
    (g,) = K.gradients(loss, [z])
    ops = _backward_ops(g, loss)
    assert ops["scatter_many"] == 1 and ops["scatter_like"] == 0 and ops["add"] == 0
    got = K.function([z], [g])([np.zeros((3, 8))])[0]
    want = np.array([1, 1, 2, 2, 2, 3, 3, 3], float) + np.array([0, 4, 4, 0, 0, 0, 0, 0], float)
    np.testing.assert_array_equal(got, np.tile(want, (3, 1)))
    (gg,) = K.gradients(K.sum(g * z), [z])  # scatter_many is differentiable again
    np.testing.assert_array_equal(K.function([z], [gg])([np.zeros((3, 8))])[0], np.tile(want, (3, 1)))


def test_a_value_used_many_times_gets_one_add_n():
    w = K.variable(np.array([1.0, 2.0]))
    x = K.placeholder((2,))
    loss = K.sum(sum(x * w * float(k) for k in range(1, 6)))
    (g,) = K.gradients(loss, [w])
    ops = _backward_ops(g, loss)
    assert ops["add_n"] == 1 and ops["add"] == 0
    np.testing.assert_allclose(K.function([x], [g])([np.array([3.0, -1.0])])[0], 15.0 * np.array([3.0, -1.0]))


def test_add_n_and_scatter_many_on_arrays():
    a, b, c = np.ones((2, 3), "float32"), np.full((2, 3), 2.0, "float32"), np.full((1, 3), 4.0, "float32")
    total = graph.add_n(a, b, c)  # the last broadcasts: a new array, not an in-place add
    assert total.dtype == np.float32
    np.testing.assert_array_equal(total, np.full((2, 3), 7.0))
    np.testing.assert_array_equal(graph.add_n(a, b), a + b)
    out = graph.scatter_many(np.zeros((2, 4)), (np.s_[:, :2], np.s_[:, 1:]), np.ones((2, 2)), np.ones((2, 3)))
    np.testing.assert_array_equal(out, [[1, 2, 1, 1], [1, 2, 1, 1]])


def test_select_rows_keeps_masked_rows_and_routes_gradients():
    mask = np.array([True, False, True])
    new, old = np.arange(6.0).reshape(3, 2), -np.ones((3, 2))
    np.testing.assert_array_equal(control_flow.select_rows(mask, new, old), [[0, 1], [-1, -1], [4, 5]])
    np.testing.assert_array_equal(control_flow.select_rows(mask, np.ones((3, 2, 2), "float32"), 0.0)[1], 0.0)
    n, o = K.placeholder((3, 2)), K.placeholder((3, 2))
    gn, go = K.gradients(K.sum(control_flow.select_rows(mask, n, o) * 3.0), [n, o])
    got_n, got_o = K.function([n, o], [gn, go])([new, old])
    np.testing.assert_array_equal(got_n, [[3, 3], [0, 0], [3, 3]])
    np.testing.assert_array_equal(got_o, [[0, 0], [3, 3], [0, 0]])


def test_split_rows_routes_both_ways_and_differentiates_again():
    mask = np.array([True, False])
    g = np.array([[1.0, np.inf], [np.nan, 2.0]])
    to_new, to_old = control_flow.split_rows(mask, g)
    np.testing.assert_array_equal(to_new, [[1.0, np.inf], [0.0, 0.0]])  # no inf - inf: NaN stays in its row
    np.testing.assert_array_equal(to_old, [[0.0, 0.0], [np.nan, 2.0]])
    x = K.placeholder((2, 2))
    a, b = control_flow.split_rows(mask, x)
    (gx,) = K.gradients(K.sum(a * 2.0 + b * 5.0), [x])
    np.testing.assert_array_equal(K.function([x], [gx])([np.ones((2, 2))])[0], [[2.0, 2.0], [5.0, 5.0]])
    (ga,) = K.gradients(K.sum(a * 3.0), [x])  # only one output used
    np.testing.assert_array_equal(K.function([x], [ga])([np.ones((2, 2))])[0], [[3.0, 3.0], [0.0, 0.0]])


def test_dot_gradients_are_one_node_each_and_differentiate_again():
    rng = np.random.default_rng(3)
    xv, wv = rng.normal(size=(4, 3)), rng.normal(size=(3, 5))
    x, w = K.placeholder((None, 3)), K.variable(wv)
    loss = K.sum(K.square(K.dot(x, w)))
    gx, gw = K.gradients(loss, [x, w])
    ops = _backward_ops(gx, loss) + _backward_ops(gw, loss)
    assert ops["transpose"] == 0 and ops["matmul_nt"] == 1 and ops["matmul_tn"] == 1
    got_x, got_w = K.function([x], [gx, gw])([xv])
    np.testing.assert_allclose(got_x, 2 * (xv @ wv) @ wv.T, rtol=1e-5)  # float32
    np.testing.assert_allclose(got_w, 2 * xv.T @ (xv @ wv), rtol=1e-5)
    # second order: d/dw of sum(gx * c) and d/dx of sum(gw * c), against central differences
    cx, cw = rng.normal(size=(4, 3)), rng.normal(size=(3, 5))
    (hw,) = K.gradients(K.sum(gx * K.constant(cx)), [w])
    (hx,) = K.gradients(K.sum(gw * K.constant(cw)), [x])
    got_hw, got_hx = K.function([x], [hw, hx])([xv])
    numeric_hw = H.central_difference(lambda v: np.sum(2 * (xv @ v) @ v.T * cx), wv)
    numeric_hx = H.central_difference(lambda v: np.sum(2 * v.T @ (v @ wv) * cw), xv)
    np.testing.assert_allclose(got_hw, numeric_hw, rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(got_hx, numeric_hx, rtol=1e-4, atol=1e-4)


def test_a_weight_used_at_every_step_gets_one_stacked_product():
    rng = np.random.default_rng(4)
    w0 = rng.normal(size=(3, 2))
    w = K.variable(w0)
    xs = [K.placeholder((None, 3)) for _ in range(4)]
    loss = K.sum(sum(K.square(K.dot(x, w)) * float(k + 1) for k, x in enumerate(xs)))
    (g,) = K.gradients(loss, [w])
    ops = _backward_ops(g, loss)
    assert ops["matmul_tn_sum"] == 1 and ops["matmul_tn"] == 0 and ops["add_n"] == 0
    values = [rng.normal(size=(5, 3)) for _ in xs]
    want = sum(2.0 * (k + 1) * v.T @ (v @ w0) for k, v in enumerate(values))
    np.testing.assert_allclose(K.function(xs, [g])(values)[0], want, rtol=1e-5)
    # and again: d/dw of sum(g * c), against central differences
    c = rng.normal(size=(3, 2))
    (h,) = K.gradients(K.sum(g * K.constant(c)), [w])

    def first(v):
        return np.sum(sum(2.0 * (k + 1) * x.T @ (x @ v) for k, x in enumerate(values)) * c)

    np.testing.assert_allclose(K.function(xs, [h])(values)[0], H.central_difference(first, w0), rtol=1e-4, atol=1e-4)


def test_bias_gradient_is_one_node_in_both_formats_and_differentiates_again():
    rng = np.random.default_rng(5)
    xv = rng.normal(size=(2, 3, 4))
    for data_format, bias_shape in [("channels_last", (4,)), ("channels_first", (3,)), ("channels_last", (3, 4))]:
        x, b = K.placeholder((None, 3, 4)), K.variable(rng.normal(size=bias_shape))
        loss = K.sum(K.square(K.bias_add(x, b, data_format=data_format)))
        (g,) = K.gradients(loss, [b])
        ops = _backward_ops(g, loss)
        assert ops["sum_to_bias"] == 1 and ops["sum"] == 0
        layout = {"(4,)": (1, 1, 4), "(3,)": (1, 3, 1), "(3, 4)": (1, 3, 4)}[str(bias_shape)]
        bv = K.get_value(b)
        full = xv + bv.reshape(layout)
        want = (2 * full).sum(axis=tuple(i for i, d in enumerate(layout) if d == 1)).reshape(bias_shape)
        np.testing.assert_allclose(K.function([x], [g])([xv])[0], want, rtol=1e-5)
        c = rng.normal(size=bias_shape)
        (h,) = K.gradients(K.sum(g * K.constant(c)), [x])  # d/dx of sum(2 * sum_axes(x + b) * c)
        np.testing.assert_allclose(K.function([x], [h])([xv])[0], np.broadcast_to(2 * c.reshape(layout), xv.shape), rtol=1e-6)


def test_select_rows_broadcasts_like_where_when_shapes_differ():
    mask = np.array([True, False, True])
    one_row = np.array([[7.0, 8.0]])
    np.testing.assert_array_equal(control_flow.select_rows(mask, np.zeros((3, 2)), one_row), [[0, 0], [7, 8], [0, 0]])
    np.testing.assert_array_equal(control_flow.select_rows(mask, one_row, np.zeros((3, 2))), [[7, 8], [0, 0], [7, 8]])
    ints = control_flow.select_rows(mask, np.ones((3, 2), "int32"), np.zeros((3, 2), "float32"))
    assert ints.dtype == np.result_type(np.int32, np.float32)  # as np.where
    np.testing.assert_array_equal(ints, [[1, 1], [0, 0], [1, 1]])
