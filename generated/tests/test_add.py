# @generated from spec/ops/add.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.add, generated from its spec entry.

The reference below is the spec's independent NumPy semantics; the harness in
tests/support draws dtypes, shapes (0-d, size-0, broadcasting), memory
layouts and special values, and checks derivatives by finite differences.
"""

import math  # noqa: F401  (reference vocabulary)

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import keras_numba
from keras_numba import operators as internal_module
from keras_numba._runtime.config import epsilon, floatx, image_data_format  # noqa: F401  (reference vocabulary)
from tests.support import harness as H

K = H.namespace(keras_numba, internal_module)  # internal functions: K.<name> reaches them too
NAME = "add"
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
       'uint64'],
 'y': ['float16',
       'float32',
       'float64',
       'int8',
       'int16',
       'int32',
       'int64',
       'uint8',
       'uint16',
       'uint32',
       'uint64']}
TYPEVARS = {'x': 'T', 'y': 'T'}
LISTS = ()
SHAPES = []
PARAMS = {
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> K.add(np.array([1.0, 2.0], dtype="float32"), 0.5)\n'
 'array([1.5, 2.5], dtype=float32)\n'
 '>>> K.add(np.array([[1], [2]], dtype="int32"), np.array([10, 20], dtype="int32"))\n'
 'array([[11, 21],\n'
 '       [12, 22]], dtype=int32)\n')


def reference(x, y):
    return (
np.add(x, y)
    )



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.add, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.add,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=('x', 'y'),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
    )


def test_derivative_x():
    H.check_derivative(
        K.add,
        "x",
        lambda grad, result, x, y: grad,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


def test_derivative_y():
    H.check_derivative(
        K.add,
        "y",
        lambda grad, result, x, y: grad,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.add(x=np.ones((2, 3), dtype=\u0027bool\u0027), y=np.ones((2, 3), dtype=\u0027float32\u0027))", "TypeError", "add: x"),
    ("K.add(x=np.ones((2, 3), dtype=\u0027float32\u0027), y=np.ones((2, 3), dtype=\u0027bool\u0027))", "TypeError", "add: y"),
    ("K.add(np.array([True]), np.array([True]))", "TypeError", "add: x must have dtype"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.add(np.array([127], dtype=\u0027int8\u0027), np.array([1], dtype=\u0027int8\u0027))", "np.array([-128], dtype=\u0027int8\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
