"""How autodiff sums the gradient contributions of one value (runtime/autodiff._total)."""

from __future__ import annotations

import collections

import numpy as np

import keras_numba as K
from keras_numba._runtime import control_flow, graph, program


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
    out = graph.scatter_many(np.zeros((2, 4)), [np.ones((2, 2)), np.ones((2, 3))], (np.s_[:, :2], np.s_[:, 1:]))
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
