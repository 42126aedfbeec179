# @generated from spec/ops/logical_not.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.logical_not, generated from its spec entry.

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
NAME = "logical_not"
TENSORS = {'x': ['bool']}
TYPEVARS = {'x': 'bool'}
LISTS = ()
SHAPES = []
PARAMS = {
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = '>>> K.logical_not(np.array([True, False]))\narray([False,  True])\n'


def reference(x):
    return (
np.logical_not(x)
    )



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.logical_not, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.logical_not,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=(),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
    )


ERRORS = [
    ("K.logical_not(x=np.ones((2, 3), dtype=\u0027int32\u0027))", "TypeError", "logical_not: x"),
    ("K.logical_not(np.array([1, 0]))", "TypeError", "logical_not: x must have dtype bool"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)
