# @generated from spec/ops/identity.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.identity, generated from its spec entry.

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

NAME = "identity"
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
       'uint64',
       'bool']}
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
EXAMPLES = ('>>> K.identity(np.array([[1.0, 2.0], [3.0, 4.0]], dtype="float32"))\n'
 'array([[1., 2.],\n'
 '       [3., 4.]], dtype=float32)\n'
 '>>> K.identity(np.array([True, False]))\n'
 'array([ True, False])\n')


def reference(x, name=None):
    return (
np.array(x, copy=True)
    )



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.identity, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.identity,
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
        K.identity,
        "x",
        lambda grad, result, x, name=None: grad,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.identity(x=np.ones((2, 3), dtype=\u0027complex64\u0027), name=None)", "TypeError", "identity: x"),
    ("K.identity(np.ones(2, dtype=\u0027complex64\u0027))", "TypeError", "identity: x must have dtype"),
    ("K.identity(np.ones(2), name=3)", "TypeError", "identity: name must be"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.identity([1, 2])", "np.array([1, 2], dtype=\u0027int32\u0027)"),
    ("K.identity(np.float64(2.5))", "np.array(2.5)"),
    ("K.identity(np.zeros((0, 3), dtype=\u0027bool\u0027))", "np.zeros((0, 3), dtype=\u0027bool\u0027)"),
    ("(lambda a: K.identity(a) is not a)(np.ones(2))", "True"),
    ("(lambda p: K.function([p], K.identity(p))([np.array([1.0, -2.0])]))(K.placeholder((None,)))", "np.array([1.0, -2.0], dtype=\u0027float32\u0027)"),
    ("K.identity(K.placeholder((None, 3), dtype=\u0027int8\u0027)).shape", "(None, 3)"),
    ("(lambda v: (K.identity(v), K.set_value(v, np.array([5.0, 6.0])))[0].eval())(K.variable(np.array([1.0, 2.0])))", "np.array([5.0, 6.0], dtype=\u0027float32\u0027)"),
    ("(lambda v: K.eval(K.gradients(K.sum(K.identity(v) * np.array([3.0, -1.0], dtype=\u0027float32\u0027)), [v])[0]))(K.variable(np.array([1.0, 2.0])))", "np.array([3.0, -1.0], dtype=\u0027float32\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
