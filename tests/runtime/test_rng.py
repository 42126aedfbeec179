"""The random streams of keras_numba._runtime.rng: Philox known answers, the dropout mask, its gradient."""

from __future__ import annotations

import threading

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import rng
from tests.support import harness as H

# Random123's kat_vectors for philox4x32_10: (counter, key, expected words)
KAT = [
    ((0, 0, 0, 0), (0, 0), (0x6627E8D5, 0xE169C58D, 0xBC57AC4C, 0x9B00DBD8)),
    ((0xFFFFFFFF,) * 4, (0xFFFFFFFF,) * 2, (0x408F276D, 0x41C83B0E, 0xA20BC7C6, 0x6D5451FD)),
    ((0x243F6A88, 0x85A308D3, 0x13198A2E, 0x03707344), (0xA4093822, 0x299F31D0), (0xD16CFE09, 0x94FDCCEB, 0x5001E420, 0x24126EA1)),
]


@pytest.mark.parametrize("counter, key, expected", KAT)
def test_philox_known_answers(counter, key, expected):
    assert rng.philox4x32(counter, key) == expected


@pytest.mark.parametrize("n", [1, 3, 4, 7, 4096 * 5 + 3])  # tails, and several parallel chunks
@pytest.mark.parametrize("seed", [0, 5, 2**40 + 17])
def test_mask_follows_the_documented_stream(n, seed):
    level = 0.4
    key = (seed & 0xFFFFFFFF, (seed >> 32) & 0xFFFFFFFF)
    picks = sorted({0, n // 2, n - 1})
    words = {i: rng.philox4x32((i // 4, 0, 0, 0), key)[i % 4] for i in picks}
    mask = rng.keep_mask((n,), level, seed)
    for i in picks:
        assert mask[i] == (words[i] * 2.0**-32 >= level)
    fused = K.dropout(np.ones(n, "float32"), level, seed=seed) != 0
    np.testing.assert_array_equal(fused, mask)


def test_serial_and_parallel_masks_agree():
    n = rng._PARALLEL_MIN + 5
    big = rng.keep_mask((n,), 0.5, 9)
    small = rng.keep_mask((rng._PARALLEL_MIN - 1,), 0.5, 9)
    np.testing.assert_array_equal(big[: small.size], small)


def _fd(f, x, g):
    return H.central_difference(lambda v: np.sum(g * f(v)), x, relative=True)


@pytest.mark.parametrize("noise_shape", [None, (3, 1), (1, 4)])
def test_seeded_gradient_matches_finite_differences(noise_shape):
    r = np.random.default_rng(0)
    x, g = r.uniform(-2, 2, (3, 4)), r.normal(size=(3, 4))
    f = lambda v: K.dropout(v, 0.5, noise_shape=noise_shape, seed=21)  # noqa: E731
    analytic = rng.dropout_grad(g, x, f(x), 0.5, noise_shape, 21)
    np.testing.assert_allclose(analytic, _fd(f, x, g), rtol=1e-6, atol=1e-8)
    assert np.any(analytic == 0) and np.any(analytic != 0)


def test_unseeded_gradient_recovers_the_drawn_mask():
    x = np.zeros((40, 50))  # x == 0 everywhere: the values of the result say nothing
    x[::2] = 1.0
    result = K.dropout(x, 0.5)
    g = np.ones_like(x)
    grad = rng.dropout_grad(g, x, result, 0.5, None, None)
    kept = grad != 0
    np.testing.assert_array_equal(kept[::2], result[::2] != 0)  # same mask as the forward call
    assert 0.4 < kept.mean() < 0.6  # also where x == 0: the flags came from the remembered seed
    np.testing.assert_array_equal(grad[kept], 2.0)


def test_unseeded_gradient_of_a_copy_falls_back_to_values():
    x = np.array([1.0, 2.0, 0.0, 3.0] * 8)
    result = K.dropout(x, 0.5)
    grad = rng.dropout_grad(np.ones_like(x), x, result.copy(), 0.5, None, None)
    np.testing.assert_array_equal(grad[x != 0], np.where(result[x != 0] != 0, 2.0, 0.0))
    np.testing.assert_array_equal(grad[x == 0], 1.0)  # the expectation over the lost flag


def test_remembered_seeds_are_forgotten_with_their_arrays():
    before = len(rng._drawn)
    for _ in range(50):
        K.dropout(np.ones(10), 0.5)
    assert len(rng._drawn) <= before + 1


def test_unseeded_calls_from_threads():
    out: list[np.ndarray] = []

    def work():
        for _ in range(20):
            out.append(K.random_normal((1000,)))
            out.append(K.dropout(np.ones(1000), 0.5))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(out) == 160
    normals = np.stack([o for o in out if o.dtype == np.float32])
    assert len({o.tobytes() for o in normals}) == len(normals)  # all different


def test_seeded_values_are_the_same_in_another_process():
    import subprocess
    import sys

    code = "import keras_numba as K, numpy as np; print(K.random_normal((3,), seed=42).tolist(), (K.dropout(np.ones(9), 0.5, seed=42) != 0).tolist())"
    other = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.strip()
    here = f"{K.random_normal((3,), seed=42).tolist()} {(K.dropout(np.ones(9), 0.5, seed=42) != 0).tolist()}"
    assert other == here
