# @generated from spec/ops/relu_grad.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.relu_grad, generated from its spec entry.

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
from tests.support.derivative_ops import operators, zeros_like

K = H.namespace(keras_numba, internal_module)  # internal functions: K.<name> reaches them too
NAME = "relu_grad"
TENSORS = {'dy': ['float16', 'float32', 'float64'], 'x': ['float16', 'float32', 'float64']}
TYPEVARS = {'dy': 'T', 'x': 'T'}
LISTS = ()
SHAPES = []
PARAMS = {
    "alpha": [0.0, 0.3],
    "max_value": [None, 1.5],
    "threshold": [0.0, -0.5],
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> x = np.array([-2.0, 0.0, 0.5, 3.0], dtype="float32")\n'
 '>>> K.relu_grad(np.ones(4, dtype="float32"), x)\n'
 'array([0., 0., 1., 1.], dtype=float32)\n'
 '>>> K.relu_grad(np.ones(4, dtype="float32"), x, alpha=0.1, max_value=1.0)\n'
 'array([0.1, 0. , 1. , 0. ], dtype=float32)\n')


def reference(dy, x, alpha=0.0, max_value=None, threshold=0.0):
    dt = np.result_type(dy, x).type  # Python numbers are weak, as in the kernel
    dy, x = np.asarray(dy), np.asarray(x)
    with np.errstate(invalid="ignore"):
        if max_value is None:
            slope = (x > dt(threshold)).astype(dt)
        else:
            slope = ((x > dt(threshold)) & (x > 0) & (x < dt(max_value))).astype(dt)
        slope = slope + dt(alpha) * (x < dt(threshold)).astype(dt)
        return np.asarray(dy * slope, dtype=dt)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.relu_grad, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.relu_grad,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=('dy', 'x'),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
        avoid=lambda dy, x, alpha=0.0, max_value=None, threshold=0.0: (np.abs(x) < 1e-3) | (np.abs(x - threshold) < 1e-3) | (np.abs(x - (0.0 if max_value is None else max_value)) < 1e-3),
    )


def test_derivative_dy():
    H.check_derivative(
        K.relu_grad,
        "dy",
        lambda grad, result, dy, x, alpha=0.0, max_value=None, threshold=0.0: operators.relu_grad(grad, x, alpha, max_value, threshold),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        avoid=lambda dy, x, alpha=0.0, max_value=None, threshold=0.0: (np.abs(x) < 1e-3) | (np.abs(x - threshold) < 1e-3) | (np.abs(x - (0.0 if max_value is None else max_value)) < 1e-3),
        required=REQUIRED,
    )


def test_derivative_x():
    H.check_derivative(
        K.relu_grad,
        "x",
        lambda grad, result, dy, x, alpha=0.0, max_value=None, threshold=0.0: zeros_like(x),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        avoid=lambda dy, x, alpha=0.0, max_value=None, threshold=0.0: (np.abs(x) < 1e-3) | (np.abs(x - threshold) < 1e-3) | (np.abs(x - (0.0 if max_value is None else max_value)) < 1e-3),
        required=REQUIRED,
    )


ERRORS = [
    ("K.relu_grad(dy=np.ones((2, 3), dtype=\u0027int32\u0027), x=np.ones((2, 3), dtype=\u0027float32\u0027), alpha=0.0, max_value=None, threshold=0.0)", "TypeError", "relu_grad: dy"),
    ("K.relu_grad(dy=np.ones((2, 3), dtype=\u0027float32\u0027), x=np.ones((2, 3), dtype=\u0027int32\u0027), alpha=0.0, max_value=None, threshold=0.0)", "TypeError", "relu_grad: x"),
    ("K.relu_grad(dy=np.ones((2, 3), dtype=\u0027float32\u0027), x=np.ones((2, 3), dtype=\u0027float32\u0027), alpha=\u0027text\u0027, max_value=None, threshold=0.0)", "TypeError", "relu_grad: alpha"),
    ("K.relu_grad(dy=np.ones((2, 3), dtype=\u0027float32\u0027), x=np.ones((2, 3), dtype=\u0027float32\u0027), alpha=0.0, max_value=\u0027text\u0027, threshold=0.0)", "TypeError", "relu_grad: max_value"),
    ("K.relu_grad(dy=np.ones((2, 3), dtype=\u0027float32\u0027), x=np.ones((2, 3), dtype=\u0027float32\u0027), alpha=0.0, max_value=None, threshold=\u0027text\u0027)", "TypeError", "relu_grad: threshold"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)
