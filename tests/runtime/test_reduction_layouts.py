"""Reductions on the layouts the generated property tests are too small to reach.

Long reduced axes split into chunks (the `_cols` loops fold CHUNK rows per task
and merge; the `_split` loop folds a single long row in parallel chunks): every
fold must give the same result as NumPy there, NaN propagating in max/min.
"""

import numpy as np
import pytest

import keras_numba as K

RNG = np.random.default_rng(3)
X = RNG.uniform(-2, 2, (700, 3, 130))  # first axis 700 rows: several CHUNKs and a remainder
LONG = RNG.uniform(0.5, 1.5, 300_007)  # one row past SPLIT_MIN, not a multiple of SPLIT

FOLDS = [
    ("sum", np.sum),
    ("mean", np.mean),
    ("var", np.var),
    ("std", np.std),
    ("max", np.max),
    ("min", np.min),
]


@pytest.mark.parametrize("name, ref", FOLDS)
@pytest.mark.parametrize("axis", [0, (0, 1), 1, None])
def test_folds_over_long_axes(name, ref, axis):
    got = getattr(K, name)(X, axis=list(axis) if isinstance(axis, tuple) else axis)
    np.testing.assert_allclose(got, ref(X, axis=axis), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("name, ref", FOLDS + [("prod", np.prod)])
def test_folds_over_one_long_row(name, ref):
    x = LONG if name != "prod" else 1.0 + LONG * 1e-6
    np.testing.assert_allclose(getattr(K, name)(x), ref(x), rtol=1e-10)
    x32 = x.astype(np.float32)
    np.testing.assert_allclose(getattr(K, name)(x32), ref(x32.astype(np.float64)), rtol=1e-4)


def test_logical_folds_over_one_long_row():
    x = np.ones(300_007, dtype=bool)
    assert K.all(x) and K.any(x)
    x[299_999] = False
    assert not K.all(x) and K.any(x)
    assert not K.any(np.zeros(300_007, dtype=bool))


@pytest.mark.parametrize("name", ["max", "min"])
def test_nan_propagates_through_chunks(name):
    for shape, where, axis in [((700, 130), (650, 7), 0), ((300_007,), (299_990,), None), ((4, 1000), (3, 999), 1)]:
        x = RNG.uniform(-1, 1, shape).astype(np.float32)
        x[where] = np.nan
        got = getattr(K, name)(x, axis=axis)
        np.testing.assert_array_equal(got, getattr(np, name)(x, axis=axis))


def test_integer_extrema_and_empty_slices():
    x = RNG.integers(-100, 100, (700, 5)).astype(np.int8)
    np.testing.assert_array_equal(K.max(x, axis=0), x.max(axis=0))
    np.testing.assert_array_equal(K.min(x, axis=0), x.min(axis=0))
    np.testing.assert_array_equal(K.max(np.zeros((0, 3), np.float32), axis=0), np.full(3, -np.inf, np.float32))
    np.testing.assert_array_equal(K.min(np.zeros((0, 3), np.int16), axis=0), np.full(3, 32767, np.int16))
