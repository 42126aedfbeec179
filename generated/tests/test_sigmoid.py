# @generated from spec/ops/sigmoid.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.sigmoid, generated from its spec entry.

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
from tests.support.derivative_ops import operators

NAME = "sigmoid"
TENSORS = {'x': ['float16', 'float32', 'float64']}
TYPEVARS = {'x': 'T'}
LISTS = ()
SHAPES = []
PARAMS = {
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> K.sigmoid(np.array([-2.0, 0.0, 2.0], dtype="float32"))\n'
 'array([0.11920292, 0.5       , 0.880797  ], dtype=float32)\n'
 '>>> K.sigmoid(np.array([-100.0, 100.0, -np.inf, np.inf, np.nan]))\n'
 'array([3.72007598e-44, 1.00000000e+00, 0.00000000e+00, 1.00000000e+00,\n'
 '                  nan])\n')


def reference(x):
    x = np.asarray(x)
    z = np.exp(-np.abs(x))  # in (0, 1]: never overflows
    return np.where(x >= 0, 1 / (1 + z), z / (1 + z))



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.sigmoid, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.sigmoid,
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
        K.sigmoid,
        "x",
        lambda grad, result, x: operators.sigmoid_grad(grad, result),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.sigmoid(x=np.ones((2, 3), dtype=\u0027int32\u0027))", "TypeError", "sigmoid: x"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)
