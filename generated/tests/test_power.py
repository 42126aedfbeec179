# @generated from spec/ops/power.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.power, generated from its spec entry.

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
from tests.support.derivative_ops import log, where, zeros_like

K = H.namespace(keras_numba, internal_module)  # internal functions: K.<name> reaches them too
NAME = "power"
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
DOMAIN = (-0.5, 3.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> K.power(np.array([4.0, 2.0, 0.0], dtype="float32"), np.array([0.5, 3.0, 2.0], '
 'dtype="float32"))\n'
 'array([2., 8., 0.], dtype=float32)\n'
 '>>> K.power(np.array([-3, 2], dtype="int32"), 3)\n'
 'array([-27,   8], dtype=int32)\n')


def reference(x, y):
    return (
np.power(x, y)
    )



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.power, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.power,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=('x', 'y'),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
        avoid=lambda x, y: x < 0.1,
    )


def test_derivative_x():
    H.check_derivative(
        K.power,
        "x",
        lambda grad, result, x, y: grad * y * x ** (y - 1),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        avoid=lambda x, y: x < 0.1,
        required=REQUIRED,
    )


def test_derivative_y():
    H.check_derivative(
        K.power,
        "y",
        lambda grad, result, x, y: grad * result * where(x > 0, log(x), zeros_like(x)),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        avoid=lambda x, y: x < 0.1,
        required=REQUIRED,
    )


ERRORS = [
    ("K.power(x=np.ones((2, 3), dtype=\u0027bool\u0027), y=np.ones((2, 3), dtype=\u0027float32\u0027))", "TypeError", "power: x"),
    ("K.power(x=np.ones((2, 3), dtype=\u0027float32\u0027), y=np.ones((2, 3), dtype=\u0027bool\u0027))", "TypeError", "power: y"),
    ("K.power(np.ones((2, 3)), np.ones(2))", "ValueError", "power: shapes do not broadcast"),
    ("K.power(np.array([2, 3], dtype=\u0027int32\u0027), np.array([1, -2], dtype=\u0027int32\u0027))", "ValueError", "power: y must be non-negative"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.power(np.array([0.0, -8.0, 2.0], dtype=\u0027float32\u0027), np.array([-1.0, 1.0 / 3.0, 0.5], dtype=\u0027float32\u0027))", "np.array([np.inf, np.nan, np.sqrt(2.0)], dtype=\u0027float32\u0027)"),
    ("K.power(np.array([3, 2], dtype=\u0027int8\u0027), np.array([5, 7], dtype=\u0027int8\u0027))", "np.array([-13, -128], dtype=\u0027int8\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
