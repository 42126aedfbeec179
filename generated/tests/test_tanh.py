# @generated from spec/ops/tanh.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.tanh, generated from its spec entry.

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

NAME = "tanh"
TENSORS = {'x': ['float16', 'float32', 'float64']}
TYPEVARS = {'x': 'T'}
LISTS = ()
SHAPES = []
PARAMS = {
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-30.0, 30.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> K.tanh(np.array([-2.0, 0.0, 1.0, 20.0], dtype="float32"))\n'
 'array([-0.9640276,  0.       ,  0.7615942,  1.       ], dtype=float32)\n'
 '>>> K.tanh(np.array([1.0, -np.inf, np.nan]))\n'
 'array([ 0.76159416, -1.        ,         nan])\n')


def reference(x):
    t = np.expm1(-2 * np.abs(x))
    return np.asarray(np.copysign(-t / (2 + t), x), dtype=np.asarray(x).dtype)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.tanh, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.tanh,
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
        K.tanh,
        "x",
        lambda grad, result, x: operators.tanh_grad(grad, result),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.tanh(x=np.ones((2, 3), dtype=\u0027int32\u0027))", "TypeError", "tanh: x"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.tanh(np.array([0.3, -0.6, 9.0, 19.0, 44.0, np.inf], dtype=\u0027float32\u0027))", "np.array([0.29131263494491577, -0.5370495915412903, 0.9999999403953552, 1.0, 1.0, 1.0], dtype=\u0027float32\u0027)"),
    ("K.tanh(np.array([0.3, -0.6, 9.0, 19.0, 44.0, -np.inf]))", "np.array([0.2913126124515909, -0.5370495669980352, 0.9999999695400409, 1.0, 1.0, -1.0])"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
