# @generated from spec/ops/tile.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.tile, generated from its spec entry.

The reference below is the spec's independent NumPy semantics; the harness in
tests/support draws dtypes, shapes (0-d, size-0, broadcasting), memory
layouts and special values, and checks derivatives by finite differences.
"""

import math  # noqa: F401  (reference vocabulary)

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import keras_numba as K
from keras_numba._runtime.config import epsilon, floatx, image_data_format  # noqa: F401  (reference vocabulary)
from tests.support import harness as H
from tests.support.derivative_ops import untile

NAME = "tile"
TENSORS = {'x': ['float16',
       'float32',
       'float64',
       'int8',
       'int16',
       'int32',
       'int64',
       'uint8',
       'uint16',
       'uint32',
       'uint64',
       'bool']}
TYPEVARS = {'x': 'T'}
LISTS = ()
SHAPES = [{'x': (2, 3)}, {'x': (0, 2)}, {'x': (1, 1)}, {'x': (3, 1, 2)}]
PARAMS = {
    "n": [2, [2, 1], [1, 3], [0, 2], [1, 1], 1],
}
FD_PARAMS = PARAMS
REQUIRED = ('n',)
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> x = np.array([[1, 2], [3, 4]], dtype="int32")\n'
 '>>> K.tile(x, (2, 1))\n'
 'array([[1, 2],\n'
 '       [3, 4],\n'
 '       [1, 2],\n'
 '       [3, 4]], dtype=int32)\n'
 '>>> K.tile(x, 2)\n'
 'array([[1, 2, 1, 2],\n'
 '       [3, 4, 3, 4]], dtype=int32)\n')


def reference(x, n):
    x = np.asarray(x)
    reps = (1,) * (x.ndim - len(np.atleast_1d(n))) + tuple(np.atleast_1d(n))
    index = np.ix_(*[np.arange(r * s) % s if s else np.arange(0) for r, s in zip(reps, x.shape)])
    return x[index] if x.ndim else x.copy()



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.tile, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.tile,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=('x',),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
    )


def test_derivative_x():
    H.check_derivative(
        K.tile,
        "x",
        lambda grad, result, x, n: untile(grad, x, n),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.tile(np.ones((2, 3)), (2, 3, 4))", "ValueError", "tile: n has 3 entries, more than the 2 axes of x"),
    ("K.tile(np.ones((2, 3)), (-1, 1))", "ValueError", "tile: n must not contain negative sizes"),
    ("K.tile(np.float32(3.0), 2)", "ValueError", "tile: n has 1 entries"),
    ("K.tile(np.ones((2, 3)), 2.0)", "TypeError", "tile: n"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.tile(np.arange(3, dtype=\u0027int32\u0027), 2)", "np.array([0, 1, 2, 0, 1, 2], dtype=\u0027int32\u0027)"),
    ("K.tile(np.float32(3.0), [])", "np.array(3.0, dtype=\u0027float32\u0027)"),
    ("K.tile(np.ones((2, 3), dtype=\u0027int8\u0027), (2, 3)).shape", "(4, 9)"),
    ("K.tile(np.ones((32, 1, 8), dtype=\u0027float32\u0027), np.array([1, 5, 1])).shape", "(32, 5, 8)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
