"""NumPy meanings of the names derivative formulas use (codegen/vocabulary.py).

The finite-difference tests evaluate each spec formula with these; the autodiff
engine gives the same names their backend meaning.
"""

from __future__ import annotations

import numpy as np

where = np.where
exp = np.exp
log = np.log
sqrt = np.sqrt
square = np.square
sign = np.sign
tanh = np.tanh
cos = np.cos
sin = np.sin
abs = np.abs  # noqa: A001  (the vocabulary's name)
maximum = np.maximum
minimum = np.minimum
logical_and = np.logical_and
logical_or = np.logical_or


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def zeros_like(x: np.ndarray) -> np.ndarray:
    return np.zeros_like(np.asarray(x, dtype=float))


def ones_like(x: np.ndarray) -> np.ndarray:
    return np.ones_like(np.asarray(x, dtype=float))


def cast_like(value: np.ndarray, like: np.ndarray) -> np.ndarray:
    return np.asarray(value).astype(np.asarray(like).dtype)
