# @generated from spec/ops/tanh_grad.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.tanh_grad, generated from its spec entry.

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
NAME = "tanh_grad"
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
EXAMPLES = ('>>> y = np.array([-1.0, 0.0, 0.5, 1.0], dtype="float32")\n'
 '>>> K.tanh_grad(np.ones(4, dtype="float32"), y)\n'
 'array([0.  , 1.  , 0.75, 0.  ], dtype=float32)\n'
 '>>> K.tanh_grad(np.array([2.0, -1.0]), np.array([0.5, -0.5]))\n'
 'array([ 1.5 , -0.75])\n')


def reference(dy, y):
    dt = np.result_type(dy, y).type  # Python numbers are weak, as in the kernel
    dy, y = np.asarray(dy, dtype=dt), np.asarray(y, dtype=dt)
    return np.asarray(dy * (dt(1) - y * y), dtype=dt)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.tanh_grad, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.tanh_grad,
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
        K.tanh_grad,
        "dy",
        lambda grad, result, dy, y: operators.tanh_grad(grad, y),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


def test_derivative_y():
    H.check_derivative(
        K.tanh_grad,
        "y",
        lambda grad, result, dy, y: -2.0 * grad * dy * y,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.tanh_grad(dy=np.ones((2, 3), dtype=\u0027int32\u0027), y=np.ones((2, 3), dtype=\u0027float32\u0027))", "TypeError", "tanh_grad: dy"),
    ("K.tanh_grad(dy=np.ones((2, 3), dtype=\u0027float32\u0027), y=np.ones((2, 3), dtype=\u0027int32\u0027))", "TypeError", "tanh_grad: y"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)
