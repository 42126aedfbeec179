"""blas_threads: one BLAS thread while a program runs, kept only when its timed trial is faster."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import blas_threads, fusion, program


def _feed(trial, single_ms, default_ms, limit=1000):
    """Record runs as the program would (each run on the mode the trial asks for) until it decides."""
    for _ in range(limit):
        if trial.decision is not None:
            return trial.decision
        single = trial.next_single()
        trial.record(single, (single_ms if single else default_ms) / 1e3)
    raise AssertionError("the trial never decided")


def test_trial_keeps_one_thread_only_when_it_is_faster_by_the_margin():
    assert _feed(blas_threads.Trial(), single_ms=9.0, default_ms=10.0) is True
    assert _feed(blas_threads.Trial(), single_ms=10.0, default_ms=9.0) is False
    assert _feed(blas_threads.Trial(), single_ms=9.9, default_ms=10.0) is False  # within the 3% margin


def test_trial_runs_the_default_first_then_settles_and_skips_first_runs():
    trial = blas_threads.Trial(measure=0.05, settle=0.03, runs=3)
    trial.record(False, 1.0)  # first run (compiling): not counted
    assert trial.times[False] == [] and not trial.next_single()
    for _ in range(5):
        trial.record(trial.next_single(), 0.01)
    assert trial.next_single()  # 5 default runs, 0.05 s: on to one thread
    trial.record(True, 0.5)  # first run of the phase
    for _ in range(3):
        trial.record(True, 0.01)  # the settling seconds
    assert trial.times[True] == [] and trial.decision is None
    while trial.decision is None:
        trial.record(True, 0.005)
    assert trial.decision is True and len(trial.times[True]) >= 3
    trial.record(False, 9.0)  # decided: nothing more is recorded
    assert 9.0 not in trial.times[False] and trial.next_single() is True


def test_a_short_run_program_gets_no_trial_and_results_never_change():
    x = K.placeholder((4, 3))
    f = K.function([x], [K.sum(K.square(x) + 1.0)])
    data = np.arange(12.0).reshape(4, 3)
    want = float(np.sum(data**2 + 1.0))
    for _ in range(fusion.PROFILE_RUN + 20):
        assert f([data])[0] == pytest.approx(want)
    assert f.program._blas_trial is None and f.program.blas_single is None  # runs far below a millisecond


def test_programs_run_the_trial_and_restore_the_thread_count(monkeypatch):
    if not blas_threads.available():
        pytest.skip("NumPy's OpenBLAS thread count cannot be controlled here")
    _, getter = blas_threads._functions()
    before = getter()
    monkeypatch.setattr(program, "_TRIAL_MIN_SECONDS", 0.0)
    a = K.placeholder((64, 64))
    f = K.function([a], [K.dot(a, a)])
    data = np.random.default_rng(0).standard_normal((64, 64)).astype("float32")
    for _ in range(fusion.PROFILE_RUN):
        f([data])
    trial = f.program._blas_trial
    assert trial is not None
    trial.measure, trial.settle, trial.runs = 0.0, 0.0, 2
    for _ in range(10):
        np.testing.assert_allclose(f([data])[0], data @ data, rtol=1e-5, atol=1e-5)
        assert getter() == before  # set back after every run
    assert f.program.blas_single is not None


def test_single_nests_and_restores():
    if not blas_threads.available():
        pytest.skip("NumPy's OpenBLAS thread count cannot be controlled here")
    _, getter = blas_threads._functions()
    before = getter()
    with blas_threads.single():
        assert getter() == 1
        with blas_threads.single():
            assert getter() == 1
        assert getter() == 1
    assert getter() == before
    with pytest.raises(RuntimeError):
        with blas_threads.single():
            raise RuntimeError("a failing run")
    assert getter() == before


def test_keep_turns_the_control_off(monkeypatch):
    monkeypatch.setenv("KERAS_NUMBA_BLAS_THREADS", "keep")
    monkeypatch.setitem(blas_threads._state, "functions", None)
    assert not blas_threads.available()
    with blas_threads.single():  # a no-op
        pass
    monkeypatch.setitem(blas_threads._state, "functions", None)  # found again by the next caller


def _stack(seed=0, n=6, m=40, k=30, f=20):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, m, k)).astype("float32"), rng.standard_normal((n, k, f)).astype("float32")


def test_stacks_outside_one_thread_mode_are_one_matmul(monkeypatch):
    a, b = _stack()
    monkeypatch.setattr(blas_threads, "STACK_SPLIT_MIN", 0)
    monkeypatch.setattr(blas_threads, "_pool", lambda threads: pytest.fail("split outside single()"))
    out = np.empty((6, 40, 20), "float32")
    assert blas_threads.stacked_matmul(a, b, out) is out
    np.testing.assert_array_equal(out, np.matmul(a, b))


@pytest.mark.parametrize("n", [2, 3, 7])
def test_split_stacks_give_numpys_products(monkeypatch, n):
    """Forced split (as in one-thread mode on two cores), stacked and shared right-hand sides,
    strided operands (a Winograd kernel gradient passes a transposed stack)."""
    monkeypatch.setattr(blas_threads, "STACK_SPLIT_MIN", 0)
    monkeypatch.setattr(blas_threads, "_split_threads", lambda: 2)
    a, b = _stack(n=n)
    for lhs, rhs in ((a, b), (a, b[0]), (a.transpose(0, 2, 1)[:, :, :30], np.ascontiguousarray(a[:, :30, :20]))):
        want = np.matmul(lhs, rhs)
        out = np.full(want.shape, np.nan, "float32")
        blas_threads.stacked_matmul(lhs, rhs, out)
        np.testing.assert_allclose(out, want, rtol=1e-5, atol=1e-5)


def test_a_failing_part_raises_after_every_part_finished(monkeypatch):
    monkeypatch.setattr(blas_threads, "STACK_SPLIT_MIN", 0)
    monkeypatch.setattr(blas_threads, "_split_threads", lambda: 2)
    a, b = _stack(n=4)
    with pytest.raises(ValueError):
        blas_threads.stacked_matmul(a, b, np.empty((4, 40, 21), "float32"))  # wrong out: every part fails
    out = np.empty((4, 40, 20), "float32")
    blas_threads.stacked_matmul(a, b, out)  # the pool still works
    np.testing.assert_allclose(out, np.matmul(a, b), rtol=1e-5, atol=1e-5)


def test_one_thread_mode_splits_across_the_saved_thread_count_and_restores_it():
    if not blas_threads.available():
        pytest.skip("NumPy's OpenBLAS thread count cannot be controlled here")
    _, getter = blas_threads._functions()
    before = getter()
    a, b = _stack(n=8, m=300, k=64, f=64)
    assert blas_threads._split_threads() == 1  # outside single(): BLAS threads the products
    with blas_threads.single():
        assert blas_threads._split_threads() == before
        out = blas_threads.stacked_matmul(a, b, np.empty((8, 300, 64), "float32"))
        assert getter() == 1
    assert getter() == before
    np.testing.assert_allclose(out, np.matmul(a, b), rtol=1e-5, atol=1e-4)


def test_a_forked_child_makes_its_own_pool(monkeypatch):
    monkeypatch.setattr(blas_threads, "_split_threads", lambda: 2)
    monkeypatch.setattr(blas_threads, "STACK_SPLIT_MIN", 0)
    a, b = _stack(n=4)
    blas_threads.stacked_matmul(a, b, np.empty((4, 40, 20), "float32"))
    assert blas_threads._pool_state["pool"] is not None
    blas_threads._forget_pool()  # what os.register_at_fork runs in a child
    assert blas_threads._pool_state["pool"] is None
    out = blas_threads.stacked_matmul(a, b, np.empty((4, 40, 20), "float32"))
    np.testing.assert_allclose(out, np.matmul(a, b), rtol=1e-5, atol=1e-5)


def test_split_covers_the_range_in_order_under_the_callers_error_state(monkeypatch):
    monkeypatch.setattr(blas_threads, "_split_threads", lambda: 2)
    seen = []

    def work(lo, hi):
        seen.append(hi - lo)
        return lo, hi, np.geterr()["invalid"]

    with np.errstate(invalid="ignore"):
        parts = blas_threads.split(7, work, size=blas_threads.STACK_SPLIT_MIN)
    assert [p[:2] for p in parts] == [(0, 3), (3, 7)]
    assert all(p[2] == "ignore" for p in parts)  # NumPy's error state is per thread
    assert blas_threads.split(7, work, size=blas_threads.STACK_SPLIT_MIN - 1) == [(0, 7, np.geterr()["invalid"])]


def test_matmul_splits_rows_and_gives_numpys_product(monkeypatch):
    monkeypatch.setattr(blas_threads, "STACK_SPLIT_MIN", 0)
    monkeypatch.setattr(blas_threads, "_split_threads", lambda: 2)
    rng = np.random.default_rng(5)
    a, b = rng.standard_normal((33, 17)).astype("float32"), rng.standard_normal((17, 9)).astype("float32")
    for lhs in (a, np.ascontiguousarray(a.T).T, a[::2]):
        np.testing.assert_allclose(blas_threads.matmul(lhs, b), lhs @ b, rtol=1e-5, atol=1e-5)
    out = np.empty((33, 9), "float32")
    assert blas_threads.matmul(a, b, out) is out
    # inf * 0 in a worker's part: NaN, and no warning under the caller's error state
    a[30, 0], b[0, 0] = np.inf, 0.0
    with np.errstate(all="raise"):
        with pytest.raises(FloatingPointError):
            np.matmul(a[30:], b)  # (NumPy's own check, for reference)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning in the worker's part would raise there, and here
        got = K.dot(a, b)
    assert np.isnan(got[30, 0])
