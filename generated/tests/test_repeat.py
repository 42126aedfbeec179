# @generated from spec/ops/repeat.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.repeat, generated from its spec entry.

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
from tests.support.derivative_ops import reshape_like, sum_keep

NAME = "repeat"
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
SHAPES = [{'x': (2, 3)}, {'x': (0, 4)}, {'x': (1, 1)}, {'x': (3, 0)}]
PARAMS = {
    "n": [0, 1, 3],
}
FD_PARAMS = PARAMS
REQUIRED = ('n',)
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> K.repeat(np.array([[1, 2], [3, 4]], dtype="int32"), 2)\n'
 'array([[[1, 2],\n'
 '        [1, 2]],\n'
 '<BLANKLINE>\n'
 '       [[3, 4],\n'
 '        [3, 4]]], dtype=int32)\n'
 '>>> K.repeat(np.zeros((4, 3), dtype="float32"), 5).shape\n'
 '(4, 5, 3)\n')


def reference(x, n):
    return (
np.broadcast_to(np.asarray(x)[:, np.newaxis, :], (np.shape(x)[0], n, np.shape(x)[1])).copy()
    )



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.repeat, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.repeat,
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
        K.repeat,
        "x",
        lambda grad, result, x, n: reshape_like(sum_keep(grad, 1), x),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.repeat(np.ones((3,)), 4)", "ValueError", "repeat: x must be 2-D (batch, features); got shape (3,)"),
    ("K.repeat(np.ones((2, 3, 4)), 4)", "ValueError", "repeat: x must be 2-D"),
    ("K.repeat(np.ones((2, 3)), -1)", "ValueError", "repeat: n must be \u003e= 0; got -1"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.repeat([[1.0, 2.0]], 2)", "np.array([[[1.0, 2.0], [1.0, 2.0]]], dtype=\u0027float32\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
