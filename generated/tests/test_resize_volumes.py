# @generated from spec/ops/resize_volumes.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.resize_volumes, generated from its spec entry.

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
from keras_numba._runtime import array_ops

NAME = "resize_volumes"
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
SHAPES = [{'x': (2, 2, 3, 2, 2)}, {'x': (1, 1, 1, 1, 1)}, {'x': (1, 0, 2, 1, 3)}]
PARAMS = {
    "depth_factor": [2, 1],
    "height_factor": [1, 3],
    "width_factor": [2, 1],
    "data_format": ['channels_last', 'channels_first', None],
}
FD_PARAMS = PARAMS
REQUIRED = ('depth_factor', 'height_factor', 'width_factor', 'data_format')
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> x = np.arange(2, dtype="float32").reshape(1, 1, 1, 2, 1)\n'
 '>>> K.resize_volumes(x, 1, 2, 2, "channels_last")[0, 0, :, :, 0]\n'
 'array([[0., 0., 1., 1.],\n'
 '       [0., 0., 1., 1.]], dtype=float32)\n'
 '>>> K.resize_volumes(np.ones((2, 3, 1, 2, 2), dtype="int32"), 2, 1, 3, "channels_first").shape\n'
 '(2, 3, 2, 2, 6)\n')


def reference(x, depth_factor, height_factor, width_factor, data_format):
    x = np.asarray(x)
    first = (image_data_format() if data_format is None else data_format) == "channels_first"
    d = 2 if first else 1
    return x.repeat(depth_factor, d).repeat(height_factor, d + 1).repeat(width_factor, d + 2)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.resize_volumes, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.resize_volumes,
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
        K.resize_volumes,
        "x",
        lambda grad, result, x, depth_factor, height_factor, width_factor, data_format: array_ops.resize_volumes_grad(grad, x, depth_factor, height_factor, width_factor, data_format),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.resize_volumes(np.ones((1, 2, 2, 1)), 2, 2, 2, \u0027channels_last\u0027)", "ValueError", "resize_volumes: x must have rank 5; got shape (1, 2, 2, 1)"),
    ("K.resize_volumes(np.ones((1, 1, 1, 1, 1)), 0, 1, 1, \u0027channels_last\u0027)", "ValueError", "resize_volumes: depth_factor must be a positive integer; got 0"),
    ("K.resize_volumes(np.ones((1, 1, 1, 1, 1)), 1, 1, 2.0, \u0027channels_last\u0027)", "TypeError", "resize_volumes: width_factor"),
    ("K.resize_volumes(np.ones((1, 1, 1, 1, 1)), 1, 1, 1, \u0027NDHWC\u0027)", "ValueError", "resize_volumes: data_format must be one of"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.resize_volumes(np.array([True, False]).reshape(1, 2, 1, 1, 1), 1, 1, 2, None)[0, :, 0, :, 0]", "np.array([[True, True], [False, False]])"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
