# @generated from spec/ops/temporal_padding.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.temporal_padding, generated from its spec entry.

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
from tests.support.derivative_ops import unpad

NAME = "temporal_padding"
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
SHAPES = [{'x': (2, 3, 4)}, {'x': (1, 0, 2)}, {'x': (0, 2, 1)}, {'x': (1, 1, 1)}]
PARAMS = {
    "padding": [[1, 1], [0, 2], [3, 0], [0, 0], 2],
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> x = np.array([[[1.0], [2.0]]], dtype="float32")\n'
 '>>> K.temporal_padding(x)[0, :, 0]\n'
 'array([0., 1., 2., 0.], dtype=float32)\n'
 '>>> K.temporal_padding(x, (0, 2)).shape\n'
 '(1, 4, 1)\n')


def reference(x, padding=(1, 1)):
    before, after = (padding, padding) if isinstance(padding, int) else padding
    return np.pad(np.asarray(x), [(0, 0), (before, after), (0, 0)])



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.temporal_padding, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.temporal_padding,
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
        K.temporal_padding,
        "x",
        lambda grad, result, x, padding=(1, 1): unpad(grad, x, padding, 'channels_last'),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.temporal_padding(x=np.ones((2, 3), dtype=\u0027complex64\u0027), padding=(1, 1))", "TypeError", "temporal_padding: x"),
    ("K.temporal_padding(np.ones((2, 3)))", "ValueError", "temporal_padding: x must have rank 3 (batch, steps, features); got shape (2, 3)"),
    ("K.temporal_padding(np.ones((1, 2, 3, 4)))", "ValueError", "temporal_padding: x must have rank 3"),
    ("K.temporal_padding(np.ones((1, 2, 3)), (1, 1, 1))", "ValueError", "temporal_padding: padding must be a pair of ints (before, after) or an int; got (1, 1, 1)"),
    ("K.temporal_padding(np.ones((1, 2, 3)), (-1, 0))", "ValueError", "temporal_padding: padding must be a pair of ints (before, after) or an int; got negative sizes: (-1, 0)"),
    ("K.temporal_padding(np.ones((1, 2, 3)), (1.0, 1))", "TypeError", "temporal_padding: padding must be a pair of ints (before, after) or an int; got (1.0, 1)"),
    ("K.temporal_padding(np.ones((1, 2, 3)), None)", "TypeError", "temporal_padding: padding"),
    ("K.temporal_padding(np.ones((1, 2, 3)), True)", "TypeError", "temporal_padding: padding"),
    ("K.temporal_padding(np.ones((1, 2, 3)), \u002711\u0027)", "TypeError", "temporal_padding: padding"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.temporal_padding(np.ones((1, 1, 2), dtype=bool), (1, 0))", "np.array([[[False, False], [True, True]]])"),
    ("K.temporal_padding(np.ones((1, 1, 1), dtype=\u0027int8\u0027), np.array([1, 2]))", "np.array([[[0], [1], [0], [0]]], dtype=\u0027int8\u0027)"),
    ("K.temporal_padding(np.arange(6.0).reshape(1, 3, 2).transpose(0, 2, 1), 1)", "np.pad(np.arange(6.0).reshape(1, 3, 2).transpose(0, 2, 1), [(0, 0), (1, 1), (0, 0)])"),
    ("K.temporal_padding([[[1.0]]], [0, 1])", "np.array([[[1.0], [0.0]]], dtype=\u0027float32\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
