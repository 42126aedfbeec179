# @generated from spec/ops/relu.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.relu, generated from its spec entry.

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

NAME = "relu"
TENSORS = {'x': ['float16', 'float32', 'float64']}
TYPEVARS = {'x': 'T'}
LISTS = ()
SHAPES = []
PARAMS = {
    "alpha": [0.0, 0.1, 0.5],
    "max_value": [None, 6.0, 2.5, 0.5],
    "threshold": [0.0, 1.0, -1.5],
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> x = np.array([-3.0, -0.5, 0.5, 2.0, 8.0], dtype="float32")\n'
 '>>> K.relu(x)\n'
 'array([0. , 0. , 0.5, 2. , 8. ], dtype=float32)\n'
 '>>> K.relu(x, alpha=0.1)\n'
 'array([-0.3 , -0.05,  0.5 ,  2.  ,  8.  ], dtype=float32)\n'
 '>>> K.relu(x, max_value=6.0)\n'
 'array([0. , 0. , 0.5, 2. , 6. ], dtype=float32)\n'
 '>>> K.relu(x, threshold=1.0)\n'
 'array([0., 0., 0., 2., 8.], dtype=float32)\n'
 '>>> K.relu(x, threshold=-1.0)\n'
 'array([ 0. , -0.5,  0.5,  2. ,  8. ], dtype=float32)\n'
 '>>> K.relu(x, max_value=6.0, threshold=-1.0)\n'
 'array([0. , 0. , 0.5, 2. , 6. ], dtype=float32)\n'
 '>>> K.relu(x, alpha=0.5, max_value=6.0, threshold=1.0)\n'
 'array([-2.  , -0.75, -0.25,  2.  ,  6.  ], dtype=float32)\n'
 '>>> K.relu(np.array([np.nan, -np.inf, np.inf]), alpha=0.1, threshold=1.0)\n'
 'array([ nan, -inf,  inf])\n')


def reference(x, alpha=0.0, max_value=None, threshold=0.0):
    x = np.asarray(x)
    dt = x.dtype.type
    if alpha != 0:
        negative_part = np.maximum(-x + dt(threshold), dt(0)) if threshold != 0 else np.maximum(-x, dt(0))
    if threshold != 0:
        y = np.where((x > dt(threshold)) | np.isnan(x), x, dt(0))
    else:
        y = np.maximum(x, dt(0))
    if max_value is not None:
        y = np.maximum(np.minimum(y, dt(max_value)), dt(0))
    if alpha != 0:
        y = y - dt(alpha) * negative_part
    return np.asarray(y, dtype=x.dtype)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.relu, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.relu,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=('x',),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
        avoid=lambda x, alpha=0.0, max_value=None, threshold=0.0: (np.abs(x) < 1e-3) | (np.abs(x - threshold) < 1e-3) | (np.abs(x - (0.0 if max_value is None else max_value)) < 1e-3),
    )


def test_derivative_x():
    H.check_derivative(
        K.relu,
        "x",
        lambda grad, result, x, alpha=0.0, max_value=None, threshold=0.0: operators.relu_grad(grad, x, alpha, max_value, threshold),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        avoid=lambda x, alpha=0.0, max_value=None, threshold=0.0: (np.abs(x) < 1e-3) | (np.abs(x - threshold) < 1e-3) | (np.abs(x - (0.0 if max_value is None else max_value)) < 1e-3),
        required=REQUIRED,
    )


ERRORS = [
    ("K.relu(x=np.ones((2, 3), dtype=\u0027int32\u0027), alpha=0.0, max_value=None, threshold=0.0)", "TypeError", "relu: x"),
    ("K.relu(x=np.ones((2, 3), dtype=\u0027float32\u0027), alpha=\u0027text\u0027, max_value=None, threshold=0.0)", "TypeError", "relu: alpha"),
    ("K.relu(x=np.ones((2, 3), dtype=\u0027float32\u0027), alpha=0.0, max_value=\u0027text\u0027, threshold=0.0)", "TypeError", "relu: max_value"),
    ("K.relu(x=np.ones((2, 3), dtype=\u0027float32\u0027), alpha=0.0, max_value=None, threshold=\u0027text\u0027)", "TypeError", "relu: threshold"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.relu(np.array([-1.0, 5.0], dtype=\u0027float32\u0027), threshold=-2.0)", "np.array([-1.0, 5.0], dtype=\u0027float32\u0027)"),
    ("K.relu(np.array([-1.0, 5.0], dtype=\u0027float32\u0027), max_value=float(\u0027inf\u0027), threshold=-2.0)", "np.array([0.0, 5.0], dtype=\u0027float32\u0027)"),
    ("K.relu(np.array([-1.0, 7.0]), alpha=0.25, max_value=6)", "np.array([-0.25, 6.0])"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
