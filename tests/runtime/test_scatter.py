"""scatter.add_rows_at: the Numba row loop must equal np.add.at, and hand the cases it does not cover to it."""

from __future__ import annotations

import numpy as np
import pytest

from keras_numba._runtime import scatter


def _expected(out: np.ndarray, index: np.ndarray, rows: np.ndarray) -> np.ndarray:
    want = out.copy()
    np.add.at(want, index, rows)
    return want


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("index_shape", [(7,), (3, 5), (0,)])
def test_repeated_and_negative_indices_accumulate(dtype: str, index_shape: tuple[int, ...]) -> None:
    rng = np.random.default_rng(0)
    out = rng.standard_normal((6, 2, 3)).astype(dtype)
    index = rng.integers(-6, 6, index_shape)
    if index.size:
        index.flat[0] = index.flat[-1]  # at least one repeat
    rows = rng.standard_normal(index_shape + (2, 3)).astype(dtype)
    want = _expected(out, index, rows)
    scatter.add_rows_at(out, index, rows)
    np.testing.assert_array_equal(out, want)


def test_other_dtypes_and_broadcast_rows_fall_back_to_add_at() -> None:
    out = np.zeros((4, 3), "int32")
    index = np.array([1, 1, 3])
    scatter.add_rows_at(out, index, np.ones((3, 3), "int32"))
    np.testing.assert_array_equal(out, _expected(np.zeros((4, 3), "int32"), index, np.ones((3, 3), "int32")))
    out = np.zeros((4, 3), "float32")
    scatter.add_rows_at(out, index, np.float32(2.0))  # a scalar broadcast over the selected rows
    np.testing.assert_array_equal(out[1], [4.0, 4.0, 4.0])


@pytest.mark.parametrize("bad", [4, -5])
def test_out_of_range_index_raises_index_error_and_writes_nothing(bad: int) -> None:
    out = np.zeros((4, 2), "float32")
    with pytest.raises(IndexError):
        scatter.add_rows_at(out, np.array([0, bad]), np.ones((2, 2), "float32"))
    assert not out.any()
