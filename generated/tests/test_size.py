# @generated from spec/ops/size.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.size, generated from its spec entry.

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

NAME = "size"
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
EXAMPLES = ('>>> K.size(np.array([[1, 2], [3, 4]]))\n'
 'array(4, dtype=int32)\n'
 '>>> K.size(np.float32(7.0))\n'
 'array(1, dtype=int32)\n')


def reference(x, name=None):
    return (
np.array(np.asarray(x).size, dtype='int32')
    )



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.size, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.size,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=(),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
    )


ERRORS = [
    ("K.size(x=np.ones((2, 3), dtype=\u0027complex64\u0027), name=None)", "TypeError", "size: x"),
    ("K.size(np.broadcast_to(np.float32(0), (2**16, 2**16)))", "ValueError", "size: x has 4294967296 elements, more than an int32 holds"),
    ("K.size(np.ones(2, dtype=\u0027complex64\u0027))", "TypeError", "size: x must have dtype"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.size(np.zeros((0, 4), dtype=\u0027bool\u0027))", "np.array(0, dtype=\u0027int32\u0027)"),
    ("K.size([[1.0, 2.0, 3.0]])", "np.array(3, dtype=\u0027int32\u0027)"),
    ("K.size(np.ones((4, 6))[::2, ::3])", "np.array(4, dtype=\u0027int32\u0027)"),
    ("K.eval(K.size(K.variable(np.ones((2, 3)))))", "np.array(6, dtype=\u0027int32\u0027)"),
    ("(lambda t: (t.shape, t.dtype.name))(K.size(K.placeholder((None, 2))))", "((), \u0027int32\u0027)"),
    ("(lambda p: K.function([p], K.size(p))([np.zeros((5, 3))]))(K.placeholder((None, 3)))", "np.array(15, dtype=\u0027int32\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
