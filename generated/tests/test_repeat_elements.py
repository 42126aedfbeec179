# @generated from spec/ops/repeat_elements.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.repeat_elements, generated from its spec entry.

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
from tests.support.derivative_ops import unrepeat

NAME = "repeat_elements"
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
SHAPES = [{'x': (2, 3)}, {'x': (0, 2)}, {'x': (3, 1, 2)}, {'x': (1, 4)}]
PARAMS = {
    "rep": [0, 1, 3],
    "axis": [0, 1, -1],
}
FD_PARAMS = PARAMS
REQUIRED = ('rep', 'axis')
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> x = np.array([[1, 2], [3, 4]], dtype="int32")\n'
 '>>> K.repeat_elements(x, 2, axis=1)\n'
 'array([[1, 1, 2, 2],\n'
 '       [3, 3, 4, 4]], dtype=int32)\n'
 '>>> K.repeat_elements(x, 3, axis=0)\n'
 'array([[1, 2],\n'
 '       [1, 2],\n'
 '       [1, 2],\n'
 '       [3, 4],\n'
 '       [3, 4],\n'
 '       [3, 4]], dtype=int32)\n')


def reference(x, rep, axis):
    return (
np.take(np.asarray(x), np.arange(np.shape(x)[axis] * rep) // rep if rep else np.arange(0), axis=axis)
    )



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.repeat_elements, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.repeat_elements,
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
        K.repeat_elements,
        "x",
        lambda grad, result, x, rep, axis: unrepeat(grad, x, rep, axis),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.repeat_elements(np.ones((2, 3)), -1, 1)", "ValueError", "repeat_elements: rep must be \u003e= 0; got -1"),
    ("K.repeat_elements(np.ones((2, 3)), 2, 2)", "IndexError", "repeat_elements: axis 2 is out of range"),
    ("K.repeat_elements(np.float32(3.0), 2, 0)", "IndexError", "repeat_elements: axis 0"),
    ("K.repeat_elements(np.ones((2, 3)), 2.0, 1)", "TypeError", "repeat_elements: rep"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.repeat_elements([1.0, 2.0], 2, 0)", "np.array([1.0, 1.0, 2.0, 2.0], dtype=\u0027float32\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
