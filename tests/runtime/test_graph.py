"""Graphs, variables, function, gradients, learning phase and control flow (runtime behaviour)."""

from __future__ import annotations

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import config
from tests.support import harness as H


@pytest.fixture(autouse=True)
def _float64():
    config.set_floatx("float64")
    K.clear_session()
    yield
    K.clear_session()


fd_grad = H.central_difference


def test_ops_on_variables_are_lazy_and_see_updates():
    v = K.variable(np.array([1.0, 2.0]))
    y = K.sum(v * 3)
    assert K.eval(y) == 9.0
    K.set_value(v, [2.0, 2.0])
    assert K.eval(y) == 12.0
    assert float(np.asarray(y)) == 12.0


def test_operators_and_numpy_interop():
    v = K.variable(np.array([1.0, -2.0]))
    expr = (np.array([1.0, 1.0]) + v) * 2 - v / 2 + (-v) ** 2 + abs(v)
    np.testing.assert_allclose(K.eval(expr), (np.array([1.0, 1.0]) + [1, -2]) * 2 - np.array([1, -2]) / 2 + np.array([1, 4]) + [1, 2])
    np.testing.assert_array_equal(K.eval(v > 0), [True, False])
    np.testing.assert_allclose(K.eval(v[1:]), [-2.0])
    np.testing.assert_allclose(np.asarray(v), [1.0, -2.0])


def test_function_applies_updates_after_outputs_from_pre_update_values():
    x = K.placeholder((None,))
    a, b = K.variable(1.0), K.variable(10.0)
    f = K.function([x], [a + b + K.sum(x)], updates=[K.update(a, b + K.sum(x)), K.update(b, a * K.mean(x))])
    assert f([np.ones(2)])[0] == 13.0
    assert K.get_value(a) == 12.0 and K.get_value(b) == 1.0  # b took a's pre-update value


def test_failed_update_changes_nothing():
    x = K.placeholder((2,))
    a, b = K.variable(np.zeros(2)), K.variable(np.zeros(3))
    f = K.function([x], [x], updates=[(a, x), (b, K.concatenate([x, x]))])  # b's new value has the wrong shape
    with pytest.raises(ValueError, match="does not match variable"):
        f([np.ones(2)])
    np.testing.assert_array_equal(K.get_value(a), np.zeros(2))
    with pytest.raises(ValueError):
        K.batch_set_value([(a, np.ones(2)), (b, np.ones(2))])
    np.testing.assert_array_equal(K.get_value(a), np.zeros(2))


def test_constraint_applies_after_updates():
    v = K.variable(np.array([-1.0, 2.0]), constraint=lambda w: np.maximum(w, 0))
    K.set_value(v, [-3.0, 4.0])
    np.testing.assert_array_equal(K.get_value(v), [0.0, 4.0])
    K.update_add(v, -10.0)
    np.testing.assert_array_equal(K.get_value(v), [0.0, 0.0])


def test_function_compiles_once_and_prunes():
    x = K.placeholder((2,))
    used = K.exp(x)
    _unused = K.log(x) * 5
    f = K.function([x], [used])
    assert [n.op for n in f.program.nodes] == ["exp"]


def test_gradients_of_a_small_mlp_match_finite_differences():
    rng = np.random.default_rng(0)
    xv, yv = rng.normal(size=(5, 3)), rng.normal(size=(5, 2))
    x, y = K.placeholder((None, 3)), K.placeholder((None, 2))
    W1, b1 = K.variable(rng.normal(size=(3, 4))), K.variable(np.zeros(4))
    W2 = K.variable(rng.normal(size=(4, 2)))
    out = K.softmax(K.dot(K.tanh(K.dot(x, W1) + b1), W2))
    loss = K.mean(K.categorical_crossentropy(y, out)) if hasattr(K, "categorical_crossentropy") else K.mean(K.square(out - y))
    grads = K.gradients(loss, [W1, b1, W2])
    values = K.function([x, y], grads)([xv, yv])
    f = K.function([x, y], [loss])
    for var, g in zip([W1, b1, W2], values):
        base = K.get_value(var)

        def at(w, var=var):
            K.set_value(var, w)
            return float(f([xv, yv])[0])

        numeric = fd_grad(at, base.copy())
        K.set_value(var, base)
        np.testing.assert_allclose(g, numeric, rtol=1e-5, atol=1e-7)


def test_unconnected_variable_gives_none_and_stop_gradient_blocks():
    a, b = K.variable(np.ones(2)), K.variable(np.ones(2))
    assert K.gradients(K.sum(a * 2), [a, b])[1] is None
    assert K.gradients(K.sum(K.stop_gradient(a) * 2), [a]) == [None]


@pytest.mark.parametrize("family", ["elementwise", "reduction", "dot"])
def test_second_order(family):
    rng = np.random.default_rng(1)
    w0 = rng.normal(size=(3, 3))
    w = K.variable(w0)
    if family == "elementwise":
        loss = K.sum(K.exp(w) * K.sin(w))
    elif family == "reduction":
        loss = K.sum(K.square(K.mean(w, axis=0))) + K.max(K.sum(w * w, axis=1))
    else:
        loss = K.sum(K.square(K.dot(w, w)))
    (g,) = K.gradients(loss, [w])
    (h,) = K.gradients(K.sum(g * g), [w])
    first = K.function([], [K.sum(g * g)])

    def at(v):
        K.set_value(w, v)
        return float(first([])[0])

    numeric = fd_grad(at, w0.copy(), h=1e-5)
    K.set_value(w, w0)
    np.testing.assert_allclose(K.eval(h), numeric, rtol=1e-4, atol=1e-6)


def test_learning_phase_is_fed_and_defaults_to_test():
    x = K.placeholder((2,))
    y = K.in_train_phase(x * 2, x * 0)
    f = K.function([x, K.learning_phase()], [y])
    np.testing.assert_array_equal(f([np.ones(2), 1])[0], [2.0, 2.0])
    np.testing.assert_array_equal(f([np.ones(2), 0])[0], [0.0, 0.0])
    np.testing.assert_array_equal(K.function([x], [y])([np.ones(2)])[0], [0.0, 0.0])
    with K.learning_phase_scope(1):
        np.testing.assert_array_equal(K.eval(K.in_train_phase(np.ones(1), np.zeros(1))), [1.0])


def test_gradient_flows_through_selected_switch_branch():
    w = K.variable(np.array([1.0, 2.0]))
    lp = K.learning_phase()
    loss = K.sum(K.switch(lp, w * 3, w * 5))
    (g,) = K.gradients(loss, [w])
    f = K.function([lp], [g])
    np.testing.assert_array_equal(f([1])[0], [3.0, 3.0])
    np.testing.assert_array_equal(f([0])[0], [5.0, 5.0])


def _simple_rnn(x, W, U, mask=None, go_backwards=False):
    def step(x_t, states):
        h = K.tanh(K.dot(x_t, W) + K.dot(states[0], U))
        return h, [h]

    h0 = K.zeros_like(K.sum(x, axis=1)[:, :1]) * 0 if False else None
    return K.rnn(step, x, [np.zeros((2, 3))], mask=mask, go_backwards=go_backwards)


@pytest.mark.parametrize("go_backwards", [False, True])
def test_rnn_symbolic_equals_eager_and_backpropagates_through_time(go_backwards):
    rng = np.random.default_rng(2)
    xv = rng.normal(size=(2, 4, 2))
    mask = np.array([[True, True, False, True], [True, False, True, True]])
    W0, U0 = rng.normal(size=(2, 3)), rng.normal(size=(3, 3)) * 0.5
    eager = _simple_rnn(xv, W0, U0, mask, go_backwards)
    x = K.placeholder((2, 4, 2))
    W, U = K.variable(W0), K.variable(U0)
    last, outs, states = _simple_rnn(x, W, U, mask, go_backwards)
    f = K.function([x], [last, outs, states[0]])
    for got, want in zip(f([xv]), [eager[0], eager[1], eager[2][0]]):
        np.testing.assert_allclose(got, want, rtol=1e-12)
    loss = K.sum(outs * outs)
    (gU,) = K.gradients(loss, [U])
    g = K.function([x], [gU])([xv])[0]
    numeric = fd_grad(lambda u: float(np.sum(_simple_rnn(xv, W0, u, mask, go_backwards)[1] ** 2)), U0.copy())
    np.testing.assert_allclose(g, numeric, rtol=1e-5, atol=1e-7)


def test_map_fn_and_folds_symbolic():
    x = K.placeholder((3, 2))
    xv = np.arange(6.0).reshape(3, 2)
    f = K.function([x], [K.map_fn(lambda r: K.sum(r * r), x), K.foldl(lambda a, e: a + e, x), K.foldr(lambda a, e: a * 2 + e, x)])
    m, l, r = f([xv])
    np.testing.assert_allclose(m, [1.0, 13.0, 41.0])
    np.testing.assert_allclose(l, [6.0, 9.0])
    np.testing.assert_allclose(r, (xv[2] * 2 + xv[1]) * 2 + xv[0])


def test_print_tensor_prints_when_evaluated(capsys):
    x = K.placeholder((2,))
    y = K.print_tensor(x * 2, message="value:")
    assert capsys.readouterr().out == ""
    K.function([x], [y])([np.array([1.0, 2.0])])
    assert capsys.readouterr().out == "value: [2. 4.]\n"


def test_name_scope_and_uids():
    with K.name_scope("outer"), K.name_scope("inner"):
        t = K.exp(K.placeholder((1,)))
        v = K.variable(1.0)
    assert t.name == "outer/inner/exp:0"
    assert v.name.startswith("outer/inner/Variable")
    assert K.get_uid("a") == 1 and K.get_uid("a") == 2
    K.clear_session()
    assert K.get_uid("a") == 1


def test_symbolic_shapes_and_errors_at_build_time():
    x = K.placeholder((None, 4, 6))
    assert K.int_shape(K.reshape(x, (-1, 24))) == (None, 24)
    assert K.int_shape(K.permute_dimensions(x, (2, 0, 1))) == (6, None, 4)
    assert K.int_shape(K.batch_flatten(x)) == (None, 24)
    with pytest.raises(ValueError, match="keras_numba.permute_dimensions"):
        K.permute_dimensions(x, (0, 1))
    with pytest.raises(TypeError, match="truth value of symbolic tensor"):
        bool(x)


def test_eval_needs_feeds():
    x = K.placeholder((2,), name="needed")
    with pytest.raises(ValueError, match="placeholder 'needed' must be fed"):
        K.eval(K.exp(x))


def test_unknown_dims_that_must_match_a_known_dim_take_it():
    # Keras 2 builds targets as placeholder(ndim=2): (None, None) against an output (None, 3).
    target = K.placeholder(ndim=2)
    output = K.placeholder((None, 3))
    loss = K.categorical_crossentropy(target, output)
    assert K.int_shape(loss) == (None,)
    assert K.int_shape(K.square(output - target)) == (None, 3)
    y = np.eye(3, dtype="float32")[[0, 2]]
    p = np.full((2, 3), 1 / 3, dtype="float32")
    got = K.function([target, output], [loss])([y, p])[0]
    np.testing.assert_allclose(got, np.log(3.0), rtol=1e-6)
    (g,) = K.gradients(K.sum(loss), [output])
    assert K.int_shape(g) == (None, 3)


def test_incompatible_known_dims_still_fail_at_build_time():
    with pytest.raises(ValueError, match="categorical_crossentropy: target and output must have the same shape"):
        K.categorical_crossentropy(K.placeholder((None, 2)), K.placeholder((None, 3)))


def test_gradients_come_in_the_dtype_of_their_input():
    # categorical_crossentropy's rule computes in float64; the gradient must not stay float64
    target = K.placeholder((None, 3))
    output = K.placeholder((None, 3))
    w = K.variable(np.ones((3, 3)), dtype="float32")
    loss = K.mean(K.categorical_crossentropy(target, K.softmax(K.dot(output, w))))
    (g,) = K.gradients(loss, [w])
    assert g.dtype == np.float32
    value = K.function([target, output], [g])([np.eye(3, dtype="float32"), np.eye(3, dtype="float32")])[0]
    assert value.dtype == np.float32


def test_tile_and_padding_gradients_with_an_unknown_batch_axis():
    # Keras' recurrent layers tile masks and states of shape (None, 1) / (None, units)
    x = K.placeholder((None, 2))
    loss = K.sum(K.tile(x, [1, 3]) * K.constant(np.arange(6.0)))
    (g,) = K.gradients(loss, [x])
    assert K.int_shape(g) == (None, 2)
    got = K.function([x], [g])([np.ones((4, 2))])[0]
    np.testing.assert_allclose(got, np.tile([[0 + 2 + 4, 1 + 3 + 5]], (4, 1)))
    (gg,) = K.gradients(K.sum(g * x), [x])  # second order through the value-level untile
    np.testing.assert_allclose(K.function([x], [gg])([np.ones((4, 2))])[0], got)
    seq = K.placeholder((None, None, 3))
    (gp,) = K.gradients(K.sum(K.temporal_padding(seq, (1, 2)) ** 2), [seq])
    value = np.arange(24.0).reshape(2, 4, 3)
    np.testing.assert_allclose(K.function([seq], [gp])([value])[0], 2 * value)


def test_unknown_batch_against_a_concrete_array_takes_its_size():
    x = K.placeholder((None, 3))
    y = x * np.ones((5, 3))
    assert K.int_shape(y) == (5, 3)
    np.testing.assert_array_equal(K.function([x], [y])([np.full((5, 3), 2.0)])[0], np.full((5, 3), 2.0))


def test_shape_values_stand_in_consistently_while_building():
    # Keras 2's Reshape layer: K.reshape(x, (K.shape(x)[0],) + target_shape)
    x = K.placeholder((None, 4))
    y = K.reshape(x, (K.shape(x)[0], 2, 2))
    assert K.int_shape(y) == (None, 2, 2)
    np.testing.assert_array_equal(K.function([x], [y])([np.arange(12.0).reshape(3, 4)])[0], np.arange(12.0).reshape(3, 2, 2))
    # TimeDistributed: fold time into the batch, apply, unfold; stand-ins keep the folded size
    seq = K.placeholder((None, 10, 4))
    folded = K.reshape(seq, (-1, 4))
    unfolded = K.reshape(K.dot(folded, K.constant(np.ones((4, 2)))), (-1, 10, 2))
    assert K.int_shape(unfolded) == (None, 10, 2)


def test_sparse_targets_of_unknown_shape():
    target = K.placeholder(ndim=2)  # Keras 2 makes (None, None) targets, here (batch, 1) labels
    output = K.placeholder((None, 3))
    loss = K.sparse_categorical_crossentropy(target, output)
    assert K.int_shape(loss) == (None,)
    got = K.function([target, output], [loss])([np.array([[0], [2]]), np.full((2, 3), 1 / 3)])[0]
    np.testing.assert_allclose(got, np.log(3.0), rtol=1e-6)
