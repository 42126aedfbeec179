# @generated from spec/ops/sigmoid_grad.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.sigmoid_grad, generated from its spec entry.

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
from tests.support.derivative_ops import operators

K = H.namespace(keras_numba, internal_module)  # internal functions: K.<name> reaches them too
NAME = "sigmoid_grad"
TENSORS = {'dy': ['float16', 'float32', 'float64'], 'y': ['float16', 'float32', 'float64']}
TYPEVARS = {'dy': 'T', 'y': 'T'}
LISTS = ()
SHAPES = []
PARAMS = {
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> y = np.array([0.0, 0.25, 0.5, 1.0], dtype="float32")\n'
 '>>> K.sigmoid_grad(np.ones(4, dtype="float32"), y)\n'
 'array([0.    , 0.1875, 0.25  , 0.    ], dtype=float32)\n'
 '>>> K.sigmoid_grad(np.array([2.0, -1.0]), np.array([0.5, 0.5]))\n'
 'array([ 0.5 , -0.25])\n')


def reference(dy, y):
    dt = np.result_type(dy, y).type  # Python numbers are weak, as in the kernel
    dy, y = np.asarray(dy, dtype=dt), np.asarray(y, dtype=dt)
    return np.asarray(dy * y * (dt(1) - y), dtype=dt)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.sigmoid_grad, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.sigmoid_grad,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=('dy', 'y'),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
    )


def test_derivative_dy():
    H.check_derivative(
        K.sigmoid_grad,
        "dy",
        lambda grad, result, dy, y: operators.sigmoid_grad(grad, y),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


def test_derivative_y():
    H.check_derivative(
        K.sigmoid_grad,
        "y",
        lambda grad, result, dy, y: grad * dy * (1.0 - 2.0 * y),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.sigmoid_grad(dy=np.ones((2, 3), dtype=\u0027int32\u0027), y=np.ones((2, 3), dtype=\u0027float32\u0027))", "TypeError", "sigmoid_grad: dy"),
    ("K.sigmoid_grad(dy=np.ones((2, 3), dtype=\u0027float32\u0027), y=np.ones((2, 3), dtype=\u0027int32\u0027))", "TypeError", "sigmoid_grad: y"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)
