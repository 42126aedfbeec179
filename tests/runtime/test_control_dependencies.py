"""control_dependencies in the graph runtime: what runs first, what reads which value, how often.

The uses that matter are Keras 2's: a metric's `update_state` returns pending
updates, its `result()` is made inside `control_dependencies(updates)` (and
wrapped in `identity`), and the train function lists the same updates in
`updates`. The metric must report the state including the current batch, and
the updates must be applied exactly once per call.
"""

from __future__ import annotations

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import graph, program


def _mean_metric() -> tuple[object, object, object, object]:
    """Keras 2.3.1's `Mean` metric, written with the backend calls it makes."""
    total = K.variable(0.0, name="total")
    count = K.variable(0.0, name="count")
    values = K.placeholder((None,), name="values")
    update_ops = [K.update_add(total, K.sum(values)), K.update_add(count, K.cast(K.size(values), "float32"))]
    with K.control_dependencies(update_ops):
        result = K.identity(total / count)
    return total, count, values, (update_ops, result)


def test_metric_result_includes_the_current_batch_and_updates_apply_once() -> None:
    total, count, values, (update_ops, result) = _mean_metric()
    step = K.function([values], [result], updates=update_ops)
    assert step([np.array([1.0, 2.0, 3.0])])[0] == pytest.approx(2.0)  # not 0/0: the update ran first
    assert step([np.array([5.0])])[0] == pytest.approx(2.75)  # (6 + 5) / 4
    assert K.get_value(total) == pytest.approx(11.0)  # once per call, although also in `updates`
    assert K.get_value(count) == pytest.approx(4.0)


def test_control_updates_apply_without_being_listed_in_updates() -> None:
    total, count, values, (_, result) = _mean_metric()
    run = K.function([values], result)
    assert run([np.array([4.0, 6.0])]) == pytest.approx(5.0)
    assert run([np.array([2.0])]) == pytest.approx(4.0)
    assert K.get_value(count) == pytest.approx(3.0)


def test_nodes_made_outside_the_block_read_the_values_the_run_started_with() -> None:
    v = K.variable(np.array([1.0, 2.0]))
    x = K.placeholder((2,))
    up = K.update(v, x)
    outside_before = K.identity(v)
    with K.control_dependencies(up):
        inside = K.identity(v)
    outside_after = v * 1.0  # made after the block, but not in it
    run = K.function([x], [outside_before, inside, outside_after])
    got = run([np.array([7.0, 8.0])])
    np.testing.assert_array_equal(got[0], [1.0, 2.0])
    np.testing.assert_array_equal(got[1], [7.0, 8.0])
    np.testing.assert_array_equal(got[2], [1.0, 2.0])
    np.testing.assert_array_equal(K.get_value(v), [7.0, 8.0])


def test_a_control_tensor_is_computed_first_even_when_nothing_else_needs_it(capsys: pytest.CaptureFixture[str]) -> None:
    x = K.placeholder((2,))
    first = K.print_tensor(x, message="first")
    with K.control_dependencies([first]):
        second = K.print_tensor(x * 2.0, message="second")
    np.testing.assert_array_equal(K.function([x], second)([np.array([1.0, 2.0])]), [2.0, 4.0])
    out = capsys.readouterr().out
    assert out.index("first") < out.index("second")
    ordered = program.Program([second])
    assert ordered.nodes.index(first.node) < ordered.nodes.index(second.node)


def test_blocks_nest_and_none_clears() -> None:
    x = K.placeholder((2,))
    a, b = K.exp(x), K.log(x)
    with K.control_dependencies([a]):
        only_a = K.identity(x)
        with K.control_dependencies(b):
            both = K.identity(x)
            with K.control_dependencies(None):
                neither = K.identity(x)
        again_a = K.identity(x)
    after = K.identity(x)
    assert only_a.node.control == (a,) and again_a.node.control == (a,)
    assert both.node.control == (a, b)
    assert neither.node.control == () and after.node.control == ()
    assert graph._control == []


def test_the_stack_unwinds_on_an_exception() -> None:
    x = K.placeholder((2,))
    with pytest.raises(RuntimeError):
        with K.control_dependencies([K.exp(x)]):
            raise RuntimeError("boom")
    assert graph._control == []
    assert K.identity(x).node.control == ()


def test_eager_values_make_a_no_op_block() -> None:
    v = K.variable(np.array([1.0]))
    applied = K.update_add(v, 1.0)  # no placeholder involved: applied now, returns the variable
    assert applied is v
    with K.control_dependencies([applied, np.ones(2)]):
        assert graph._control == []
        np.testing.assert_array_equal(K.exp(np.zeros(2)), [1.0, 1.0])


def test_a_pending_update_needs_its_feeds_when_evaluated() -> None:
    v = K.variable(0.0)
    x = K.placeholder(())
    with K.control_dependencies([K.update_add(v, x)]):
        y = K.identity(v)
    with pytest.raises(ValueError, match="must be fed"):
        K.eval(y)
    assert K.get_value(v) == 0.0


def test_a_failing_control_update_names_the_function_and_leaves_the_variable() -> None:
    v = K.variable(np.zeros(2))
    x = K.placeholder((None,))
    with K.control_dependencies([K.update(v, x)]):
        y = K.identity(v)
    with pytest.raises(ValueError, match="function: value of shape"):
        K.function([x], y)([np.ones(3)])
    np.testing.assert_array_equal(K.get_value(v), [0.0, 0.0])


def test_gradients_of_nodes_in_a_block() -> None:
    w = K.variable(np.array([1.0, 2.0]))
    x = K.placeholder((2,))
    with K.control_dependencies([K.update_add(w, x)]):
        loss = K.sum(K.identity(w) * 3.0)
    (g,) = K.gradients(loss, [w])
    np.testing.assert_array_equal(K.function([x], g)([np.zeros(2)]), [3.0, 3.0])
