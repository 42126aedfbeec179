# @generated from spec/ops/divide.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.divide, generated from its spec entry.

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
from tests.support.derivative_ops import square

K = H.namespace(keras_numba, internal_module)  # internal functions: K.<name> reaches them too
NAME = "divide"
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
EXAMPLES = ('>>> K.divide(np.array([1.0, -3.0, 1.0], dtype="float32"), np.array([4.0, 2.0, 0.0], '
 'dtype="float32"))\n'
 'array([ 0.25, -1.5 ,   inf], dtype=float32)\n'
 '>>> K.divide(np.array([7, -7], dtype="int32"), 2)\n'
 'array([ 3.5, -3.5])\n'
 '>>> K.divide(np.array([7, 1], dtype="int8"), np.array([2, 0], dtype="int8"))\n'
 'array([3.5, inf], dtype=float32)\n')


def reference(x, y):
    return (
np.true_divide(x, y, dtype=None if np.result_type(x, y).kind == 'f' else (np.float32 if np.result_type(x, y).itemsize <= 2 else np.float64))
    )



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.divide, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.divide,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=('x', 'y'),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
        avoid=lambda x, y: np.abs(y) < 0.1,
    )


def test_derivative_x():
    H.check_derivative(
        K.divide,
        "x",
        lambda grad, result, x, y: grad / y,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        avoid=lambda x, y: np.abs(y) < 0.1,
        required=REQUIRED,
    )


def test_derivative_y():
    H.check_derivative(
        K.divide,
        "y",
        lambda grad, result, x, y: -grad * x / square(y),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        avoid=lambda x, y: np.abs(y) < 0.1,
        required=REQUIRED,
    )


ERRORS = [
    ("K.divide(x=np.ones((2, 3), dtype=\u0027bool\u0027), y=np.ones((2, 3), dtype=\u0027float32\u0027))", "TypeError", "divide: x"),
    ("K.divide(x=np.ones((2, 3), dtype=\u0027float32\u0027), y=np.ones((2, 3), dtype=\u0027bool\u0027))", "TypeError", "divide: y"),
    ("K.divide(np.ones((2, 3)), np.ones(2))", "ValueError", "divide: shapes do not broadcast"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.divide(np.array([0.0, 1.0, -1.0]), 0.0)", "np.array([np.nan, np.inf, -np.inf])"),
    ("K.divide(np.array([7], dtype=\u0027uint16\u0027), np.array([2], dtype=\u0027uint16\u0027))", "np.array([3.5], dtype=\u0027float32\u0027)"),
    ("K.divide(np.array([2**62], dtype=\u0027int64\u0027), 2)", "np.array([2.0**61])"),
    ("K.divide(np.array([1.0], dtype=\u0027float16\u0027), 3)", "np.array([1 / 3], dtype=\u0027float16\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
