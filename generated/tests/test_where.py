# @generated from spec/ops/where.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.where, generated from its spec entry.

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
from tests.support.derivative_ops import where

K = H.namespace(keras_numba, internal_module)  # internal functions: K.<name> reaches them too
NAME = "where"
TENSORS = {'condition': ['float16',
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
               'bool'],
 'x': ['float16',
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
       'bool'],
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
       'uint64',
       'bool']}
TYPEVARS = {'condition': 'C', 'x': 'T', 'y': 'T'}
LISTS = ()
SHAPES = []
PARAMS = {
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> K.where(np.array([True, False, True]), np.array([1.0, 2.0, 3.0], dtype="float32"), 0.0)\n'
 'array([1., 0., 3.], dtype=float32)\n'
 '>>> K.where(np.array([[True], [False]]), np.array([1, 2], dtype="int32"), np.array([-1, -2], '
 'dtype="int32"))\n'
 'array([[ 1,  2],\n'
 '       [-1, -2]], dtype=int32)\n')


def reference(condition, x, y):
    return (
np.where(condition, x, y)
    )



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.where, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.where,
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
        K.where,
        "x",
        lambda grad, result, condition, x, y: where(condition, grad, 0.0),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


def test_derivative_y():
    H.check_derivative(
        K.where,
        "y",
        lambda grad, result, condition, x, y: where(condition, 0.0, grad),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.where(condition=np.ones((2, 3), dtype=\u0027complex64\u0027), x=np.ones((2, 3), dtype=\u0027float32\u0027), y=np.ones((2, 3), dtype=\u0027float32\u0027))", "TypeError", "where: condition"),
    ("K.where(condition=np.ones((2, 3), dtype=\u0027float32\u0027), x=np.ones((2, 3), dtype=\u0027complex64\u0027), y=np.ones((2, 3), dtype=\u0027float32\u0027))", "TypeError", "where: x"),
    ("K.where(condition=np.ones((2, 3), dtype=\u0027float32\u0027), x=np.ones((2, 3), dtype=\u0027float32\u0027), y=np.ones((2, 3), dtype=\u0027complex64\u0027))", "TypeError", "where: y"),
    ("K.where(np.ones((2, 3), bool), np.ones(2), np.ones(3))", "ValueError", "where: shapes do not broadcast"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.where(np.array([0.0, np.nan, -1.0]), 1, 2)", "np.array([2, 1, 1], dtype=\u0027int32\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
