# @generated from spec/ops/floor_divide.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.floor_divide, generated from its spec entry.

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
NAME = "floor_divide"
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
EXAMPLES = ('>>> K.floor_divide(np.array([7, -7, 7, -7], dtype="int32"), np.array([2, 2, -2, -2], '
 'dtype="int32"))\n'
 'array([ 3, -4, -4,  3], dtype=int32)\n'
 '>>> K.floor_divide(np.array([7.5, -7.5, 1.0], dtype="float32"), np.array([2.0, 2.0, 0.0], '
 'dtype="float32"))\n'
 'array([ 3., -4., inf], dtype=float32)\n')


def reference(x, y):
    return (
np.floor_divide(x, y)
    )



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.floor_divide, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.floor_divide,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=(),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
    )


ERRORS = [
    ("K.floor_divide(x=np.ones((2, 3), dtype=\u0027bool\u0027), y=np.ones((2, 3), dtype=\u0027float32\u0027))", "TypeError", "floor_divide: x"),
    ("K.floor_divide(x=np.ones((2, 3), dtype=\u0027float32\u0027), y=np.ones((2, 3), dtype=\u0027bool\u0027))", "TypeError", "floor_divide: y"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.floor_divide(np.array([5, -5, 0], dtype=\u0027int32\u0027), np.array([0, 0, 0], dtype=\u0027int32\u0027))", "np.array([0, 0, 0], dtype=\u0027int32\u0027)"),
    ("K.floor_divide(np.array([-128, -2**63], dtype=\u0027int64\u0027), -1)", "np.array([128, -2**63], dtype=\u0027int64\u0027)"),
    ("K.floor_divide(np.array([-128], dtype=\u0027int8\u0027), np.array([-1], dtype=\u0027int8\u0027))", "np.array([-128], dtype=\u0027int8\u0027)"),
    ("K.floor_divide(np.array([1.0, -1.0, 0.0]), 0.0)", "np.array([np.inf, -np.inf, np.nan])"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
