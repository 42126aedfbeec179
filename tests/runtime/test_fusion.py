"""fusion: chains of elementwise graph nodes run as one generated loop, with the unfused results."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import fusion, program


@pytest.fixture(autouse=True)
def fuse_on_first_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fusion, "PROFILE_RUN", 1)
    monkeypatch.delenv("KERAS_NUMBA_FUSION", raising=False)


def _fused_steps(p: program.Program) -> list[fusion.FusedStep]:
    assert p._compiled is not None
    return [s for s in p._compiled[0] if s.arity == fusion.FUSED]


def _lstm_cell(z: list, c_prev):  # type: ignore[no-untyped-def]
    i, f, g, o = K.sigmoid(z[0]), K.sigmoid(z[1]), K.softsign(z[2]), K.sigmoid(z[3])
    c = f * c_prev + i * g
    return o * K.softsign(c), c


def _lstm_cell_np(z: list, c_prev):  # type: ignore[no-untyped-def]
    sig = lambda v: 1 / (1 + np.exp(-v))  # noqa: E731
    soft = lambda v: v / (1 + np.abs(v))  # noqa: E731
    c = sig(z[1]) * c_prev + sig(z[0]) * soft(z[2])
    return sig(z[3]) * soft(c), c


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_a_cell_runs_as_one_loop_with_the_unfused_results(dtype: str) -> None:
    rng = np.random.default_rng(0)
    zs = [K.placeholder((None, 5), dtype=dtype) for _ in range(4)]
    c_prev = K.placeholder((None, 5), dtype=dtype)
    h, c = _lstm_cell(zs, c_prev)
    p = program.Program([h, c])
    vals = [rng.standard_normal((7, 5)).astype(dtype) for _ in range(5)]
    feeds = {id(v): a for v, a in zip([*zs, c_prev], vals)}
    first = p.run(feeds)  # the profiling run: unfused
    fused = _fused_steps(p)
    assert len(fused) == 1 and len(fused[0].members) == 9
    again = p.run(feeds)
    want = _lstm_cell_np(vals[:4], vals[4])
    tol = 1e-6 if dtype == "float32" else 1e-13
    for got, ref, unfused in zip(again, want, first):
        assert got.dtype == np.dtype(dtype) and got.shape == (7, 5)
        np.testing.assert_allclose(got, ref, rtol=tol, atol=tol)
        np.testing.assert_allclose(got, unfused, rtol=tol, atol=tol)


def test_strided_and_higher_rank_inputs() -> None:
    x = K.placeholder((None, 3, 4))
    y = K.placeholder((None, 3, 4))
    out = K.sigmoid(x) * y - 2.0 * y
    p = program.Program([out])
    base = np.arange(2 * 3 * 8, dtype="float32").reshape(2, 3, 8) / 10
    xs, ys = base[:, :, ::2], base[:, :, 1::2]  # non-contiguous views
    p.run({id(x): xs, id(y): ys})
    assert len(_fused_steps(p)) == 1
    got = p.run({id(x): xs, id(y): ys})[0]
    np.testing.assert_allclose(got, 1 / (1 + np.exp(-xs)) * ys - 2 * ys, rtol=1e-6)
    transposed = np.ascontiguousarray(base[:, :, :4]).transpose(0, 1, 2)[:, ::-1]
    got = p.run({id(x): transposed, id(y): transposed})[0]
    np.testing.assert_allclose(got, 1 / (1 + np.exp(-transposed)) * transposed - 2 * transposed, rtol=1e-6)


@pytest.mark.parametrize("shape", [(), (0, 4), (5,), (1, 1)])
def test_empty_scalar_and_vector_shapes(shape: tuple) -> None:
    x = K.placeholder(shape)
    out = K.square(x + 1.0) * x
    p = program.Program([out])
    xv = np.full(shape, 1.5, "float32")
    p.run({id(x): xv})
    got = p.run({id(x): xv})[0]
    assert got.shape == shape and got.dtype == np.float32
    np.testing.assert_allclose(got, np.square(xv + 1) * xv, rtol=1e-6)


def test_other_shapes_or_dtypes_fall_back_to_the_members() -> None:
    x = K.placeholder((None, None))
    y = K.placeholder((None, None))
    out = K.exp(x) * y + x
    p = program.Program([out])
    xv = np.ones((3, 4), "float32")
    p.run({id(x): xv, id(y): xv})
    assert len(_fused_steps(p)) == 1
    row = np.arange(4, dtype="float32")  # broadcasting: not one shape
    np.testing.assert_allclose(p.run({id(x): xv, id(y): row})[0], np.exp(xv) * row + xv, rtol=1e-6)
    ints = np.ones((3, 4), "int32")  # exp of int32 is a TypeError in the wrapper, and stays one
    with pytest.raises(TypeError, match="keras_numba.exp"):
        p.run({id(x): ints, id(y): ints})
    wide = np.ones((3, 4), "float64")  # another float dtype: the loop compiles for it
    got = p.run({id(x): wide, id(y): wide})[0]
    assert got.dtype == np.float64
    np.testing.assert_allclose(got, np.exp(wide) + 1.0, rtol=1e-13)


def test_a_node_reading_the_group_through_an_outside_node_does_not_join_it() -> None:
    x = K.placeholder((None, 4))
    a = K.sigmoid(x) * 2.0  # group 1
    b = K.softmax(a)  # not fusable, reads group 1
    c = a * b + a  # reads group 1 and b: joining group 1 would be a cycle
    p = program.Program([c])
    xv = np.linspace(-2, 2, 8, dtype="float32").reshape(2, 4)
    p.run({id(x): xv})
    groups = _fused_steps(p)
    assert len(groups) == 2
    av = 2 / (1 + np.exp(-xv))
    bv = np.exp(av) / np.exp(av).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(p.run({id(x): xv})[0], av * bv + av, rtol=1e-6)


def test_exported_values_and_targets_inside_a_group() -> None:
    x = K.placeholder((None, 3))
    a = x * 3.0
    b = a + 1.0
    c = b * b
    p = program.Program([c, a])  # `a` is a target and a member
    xv = np.ones((2, 3), "float32")
    p.run({id(x): xv})
    (step,) = _fused_steps(p)
    assert step.loop.exports == [id(a), id(c)]  # `b` stays inside the loop
    c_val, a_val = p.run({id(x): xv})
    np.testing.assert_array_equal(c_val, np.full((2, 3), 16.0))
    np.testing.assert_array_equal(a_val, np.full((2, 3), 3.0))


def test_gradients_fuse_and_match_the_unfused_program() -> None:
    x = K.placeholder((None, 6))
    w = K.variable(np.linspace(-1, 1, 6).astype("float32"))
    loss = K.sum(K.tanh(K.sigmoid(x * w) * x) * w)
    (gw,) = K.gradients(loss, [w])
    f = K.function([x], [gw])
    xv = np.random.default_rng(1).standard_normal((5, 6)).astype("float32")
    unfused = f([xv])[0]
    fused = f([xv])[0]
    assert _fused_steps(f.program)
    np.testing.assert_allclose(fused, unfused, rtol=1e-5, atol=1e-6)


def test_fusion_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KERAS_NUMBA_FUSION", "0")
    x = K.placeholder((None, 3))
    p = program.Program([K.sigmoid(x) * x])
    p.run({id(x): np.ones((2, 3), "float32")})
    assert not _fused_steps(p)


def test_generated_source_names_its_ops_and_is_shared_by_identical_groups() -> None:
    x = K.placeholder((None, 3))
    outs = [K.sigmoid(x * float(k)) + x for k in range(3)]  # three groups of one shape of source
    p = program.Program(outs)
    p.run({id(x): np.ones((2, 3), "float32")})
    groups = _fused_steps(p)
    assert len(groups) == 3 and len({g.loop.source for g in groups}) == 1
    source = groups[0].loop.source
    assert source.startswith("# @generated by keras_numba._runtime.fusion — one loop for: multiply, sigmoid, add")
    assert "from keras_numba.kernels.sigmoid import sigmoid_scalar" in source
    got = p.run({id(x): np.ones((2, 3), "float32")})
    for k, g in enumerate(got):
        np.testing.assert_allclose(g, 1 / (1 + np.exp(-float(k))) + 1, rtol=1e-6)


def test_masked_recurrence_and_its_gradient_fuse_the_row_selections() -> None:
    rng = np.random.default_rng(2)
    x = K.placeholder((None, 5, 3))
    mask = K.placeholder((None, 5), dtype="bool")
    w = K.variable(rng.standard_normal((3, 4)).astype("float32") * 0.5)
    u = K.variable(rng.standard_normal((4, 4)).astype("float32") * 0.5)

    def step(inputs, states):  # type: ignore[no-untyped-def]
        h, c = states
        z = K.dot(inputs, w) + K.dot(h, u)
        c_new = K.sigmoid(z) * c + K.sigmoid(-z) * K.softsign(z)
        h_new = K.softsign(c_new) * K.sigmoid(z + 1.0)
        return h_new, [h_new, c_new]

    zeros = K.zeros_like(K.dot(x[:, 0], w))
    last, _, _ = K.rnn(step, x, [zeros, zeros], mask=mask)
    loss = K.sum(K.square(last))
    f = K.function([x, mask], [loss, *K.gradients(loss, [w, u])])
    xv = rng.standard_normal((6, 5, 3)).astype("float32")
    mv = np.ones((6, 5), bool)
    mv[:2, :2] = False  # leading padding
    mv[4, 3:] = False  # trailing padding
    unfused = f([xv, mv])
    fused = f([xv, mv])
    kinds = {m.kind for s in _fused_steps(f.program) for m in s.group.members}
    assert {"select", "split", "map"} <= kinds
    for a, b in zip(fused, unfused):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)
    other = mv.copy()
    other[5] = False  # other mask values reuse the same loops
    reference = K.function([x, mask], [loss, *K.gradients(loss, [w, u])])([xv, other])  # its first run: unfused
    for a, b in zip(f([xv, other]), reference):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)


def test_row_selection_falls_back_when_the_values_broadcast() -> None:
    from keras_numba._runtime import control_flow

    mask = K.placeholder((None,), dtype="bool")
    a = K.placeholder((None, 3))
    b = K.placeholder((None, 3))
    out = control_flow.select_rows(mask, K.sigmoid(a) * 2.0, b)
    p = program.Program([out])
    av = np.arange(6, dtype="float32").reshape(2, 3)
    mv = np.array([True, False])
    p.run({id(mask): mv, id(a): av, id(b): av})
    assert _fused_steps(p)
    want = np.where(mv[:, None], 2 / (1 + np.exp(-av)), av)
    np.testing.assert_allclose(p.run({id(mask): mv, id(a): av, id(b): av})[0], want, rtol=1e-6)
    row = av[1]  # one row for every sample: broadcasting, the members' own steps
    want = np.where(mv[:, None], 2 / (1 + np.exp(-av)), row)
    np.testing.assert_allclose(p.run({id(mask): mv, id(a): av, id(b): row})[0], want, rtol=1e-6)


def test_a_loop_that_fails_to_compile_leaves_the_members_running(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("no compiler today")

    x = K.placeholder((None, 3))
    p = program.Program([K.sigmoid(x) * x])
    xv = np.arange(6, dtype="float32").reshape(2, 3)
    p.run({id(x): xv})
    monkeypatch.setattr(fusion, "compiled", broken)
    with pytest.warns(RuntimeWarning, match="no compiler today"):
        got = p.run({id(x): xv})[0]
    np.testing.assert_allclose(got, xv / (1 + np.exp(-xv)), rtol=1e-6)
    (step,) = _fused_steps(p)
    assert not step.usable
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no second warning: the step stays on its members
        np.testing.assert_allclose(p.run({id(x): xv})[0], xv / (1 + np.exp(-xv)), rtol=1e-6)


def test_the_profiling_run_releases_values_as_it_goes() -> None:
    x = K.placeholder((None, 3))
    a = K.sigmoid(x) * 2.0
    b = K.softmax(a)  # not fusable
    c = K.square(b) + b
    p = program.Program([c])
    info: dict = {}
    table = program._Recording(info)
    p.run({id(x): np.ones((2, 3), "float32")})  # fuses (PROFILE_RUN is 1 here)
    p._execute(p._compiled, {id(x): np.ones((2, 3), "float32")}, "eval", table)
    assert id(a) in info and id(b) in info and info[id(b)] == ((2, 3), np.dtype("float32"))
    assert id(a) not in table and id(b) not in table  # dropped when no longer read, noted on the way


def test_an_optimizer_update_with_0d_hyperparameters_is_one_loop() -> None:
    beta = K.variable(0.9)
    lr = K.placeholder(())
    g = K.placeholder((None, 4))
    m = K.placeholder((None, 4))
    m_t = beta * m + (1.0 - beta) * g
    step = lr * m_t / (K.sqrt(K.square(g)) + 1e-7)
    p = program.Program([m_t, step])
    rng = np.random.default_rng(3)
    gv, mv = rng.standard_normal((2, 5, 4)).astype("float32")
    lv = np.array(0.01, "float32")
    p.run({id(lr): lv, id(g): gv, id(m): mv})
    (fused,) = _fused_steps(p)
    assert len(fused.loop.zero_d) == 3  # beta, 1 - beta (a 0-d node outside) and lr, each read once
    got_m, got_step = p.run({id(lr): lv, id(g): gv, id(m): mv})
    want_m = np.float32(0.9) * mv + np.float32(0.1) * gv
    np.testing.assert_allclose(got_m, want_m, rtol=1e-6)
    np.testing.assert_allclose(got_step, 0.01 * want_m / (np.abs(gv) + 1e-7), rtol=1e-5)
    wide = {id(lr): np.array(0.01), id(g): gv, id(m): mv}  # a float64 0-d array: not the group's dtype
    unfused = program.Program([m_t, step]).run(wide)  # a first run: the members' own steps
    for got, want in zip(p.run(wide), unfused):
        assert got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)
