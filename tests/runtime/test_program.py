"""program.Program: the compiled steps give what the general path gives."""

from __future__ import annotations

import threading

import numpy as np

import keras_numba as K
from keras_numba._runtime import program


def test_fast_and_general_steps_agree_with_eager_results():
    xv = np.arange(6.0, dtype="float32").reshape(2, 3)
    x = K.placeholder((None, 3))
    total = K.sum(x, axis=1, keepdims=True)  # keywords in parameter order: fetched positionally
    joined = K.concatenate([x, total], axis=-1)  # a list of tensors: the general path
    moved = K.clip(x, max_value=4.0, min_value=1.0)  # keywords out of order: the general path
    picked = x[:, 1]  # a constant key beside a tensor
    f = K.function([x], [total, joined, moved, picked])
    got = f([xv])
    np.testing.assert_array_equal(got[0], xv.sum(axis=1, keepdims=True))
    np.testing.assert_array_equal(got[1], np.concatenate([xv, xv.sum(axis=1, keepdims=True)], axis=-1))
    np.testing.assert_array_equal(got[2], np.clip(xv, 1.0, 4.0))
    np.testing.assert_array_equal(got[3], xv[:, 1])
    steps = {s.node.op: s for s in f.program._compiled[0]}
    assert steps["sum"].fetch is not None and steps["getitem"].fetch is not None
    assert steps["concatenate"].fetch is None


def test_first_runs_from_several_threads_agree():
    x = K.placeholder((4,))
    y = K.exp(x) * 2.0 + x[1:2]
    for _ in range(5):
        p = program.Program([y])
        results: list[np.ndarray] = []
        feeds = {id(x): np.arange(4.0, dtype="float32")}
        threads = [threading.Thread(target=lambda: results.append(p.run(feeds)[0])) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        want = np.exp(np.arange(4.0, dtype="float32")) * 2.0 + 1.0
        for r in results:
            np.testing.assert_allclose(r, want, rtol=1e-6)


def test_intermediates_are_released_but_targets_kept():
    x = K.placeholder((3,))
    a = x * 2.0
    b = a + 1.0
    c = b * b
    p = program.Program([c, a])
    out = p.run({id(x): np.ones(3, "float32")})
    np.testing.assert_array_equal(out[0], np.full(3, 9.0))
    np.testing.assert_array_equal(out[1], np.full(3, 2.0))
    releases = [s.release for s in p._compiled[0]]
    released = {k for r in releases for k in r}
    assert id(b) in released and id(a) not in released and id(c) not in released


def test_sum_to_like_steps_skip_the_call_only_when_shapes_match():
    x, y = K.placeholder((None, 3)), K.placeholder((None, 3))
    gx, gy = K.gradients(K.sum(x * y), [x, y])
    f = K.function([x, y], [gx, gy])
    same = f([np.ones((4, 3)), np.full((4, 3), 2.0)])
    np.testing.assert_array_equal(same[0], np.full((4, 3), 2.0))
    arity = {s.node.op: s.arity for s in f.program._compiled[0]}
    assert arity["sum_to_like"] == -2
    # the unknown batch dims differ at run time (1 against 4): x's gradient is still summed to x's shape
    broadcast = f([np.ones((1, 3)), np.full((4, 3), 2.0)])
    np.testing.assert_array_equal(broadcast[0], np.full((1, 3), 8.0))
    np.testing.assert_array_equal(broadcast[1], np.ones((4, 3)))
