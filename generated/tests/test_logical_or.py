# @generated from spec/ops/logical_or.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.logical_or, generated from its spec entry.

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
NAME = "logical_or"
TENSORS = {'x': ['bool'], 'y': ['bool']}
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
EXAMPLES = ('>>> K.logical_or(np.array([True, True, False]), np.array([True, False, False]))\n'
 'array([ True,  True, False])\n')


def reference(x, y):
    return (
np.logical_or(x, y)
    )



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.logical_or, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.logical_or,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=(),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
    )


ERRORS = [
    ("K.logical_or(x=np.ones((2, 3), dtype=\u0027int32\u0027), y=np.ones((2, 3), dtype=\u0027bool\u0027))", "TypeError", "logical_or: x"),
    ("K.logical_or(x=np.ones((2, 3), dtype=\u0027bool\u0027), y=np.ones((2, 3), dtype=\u0027int32\u0027))", "TypeError", "logical_or: y"),
    ("K.logical_or(np.array([1.0]), np.array([True]))", "TypeError", "logical_or: x"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)
