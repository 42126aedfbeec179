# @generated from spec/ops/spatial_2d_padding.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.spatial_2d_padding, generated from its spec entry.

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

NAME = "spatial_2d_padding"
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
SHAPES = [{'x': (2, 3, 4, 2)}, {'x': (1, 0, 2, 1)}, {'x': (1, 2, 2, 0)}, {'x': (1, 1, 1, 1)}]
PARAMS = {
    "padding": [[[1, 1], [1, 1]], [[0, 2], [3, 1]], [[0, 0], [0, 0]], [1, [2, 0]], 1],
    "data_format": [None, 'channels_last', 'channels_first'],
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> x = np.ones((1, 2, 2, 1), dtype="float32")\n'
 '>>> K.spatial_2d_padding(x)[0, :, :, 0]\n'
 'array([[0., 0., 0., 0.],\n'
 '       [0., 1., 1., 0.],\n'
 '       [0., 1., 1., 0.],\n'
 '       [0., 0., 0., 0.]], dtype=float32)\n'
 '>>> K.spatial_2d_padding(x, ((1, 0), (0, 2))).shape\n'
 '(1, 3, 4, 1)\n'
 '>>> K.spatial_2d_padding(np.ones((1, 1, 2, 2), dtype="int32"), ((0, 1), (1, 0)), '
 '"channels_first")[0, 0]\n'
 'array([[0, 1, 1],\n'
 '       [0, 1, 1],\n'
 '       [0, 0, 0]], dtype=int32)\n')


def reference(x, padding=((1, 1), (1, 1)), data_format=None):
    x = np.asarray(x)
    pairs = [padding] * 2 if isinstance(padding, int) else list(padding)
    pairs = [(p, p) if isinstance(p, int) else tuple(p) for p in pairs]
    first = (image_data_format() if data_format is None else data_format) == "channels_first"
    widths = [(0, 0), (0, 0)] + pairs if first else [(0, 0)] + pairs + [(0, 0)]
    return np.pad(x, widths)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.spatial_2d_padding, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.spatial_2d_padding,
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
        K.spatial_2d_padding,
        "x",
        lambda grad, result, x, padding=((1, 1), (1, 1)), data_format=None: unpad(grad, x, padding, data_format),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.spatial_2d_padding(x=np.ones((2, 3), dtype=\u0027complex64\u0027), padding=((1, 1), (1, 1)), data_format=None)", "TypeError", "spatial_2d_padding: x"),
    ("K.spatial_2d_padding(x=np.ones((2, 3), dtype=\u0027float32\u0027), padding=((1, 1), (1, 1)), data_format=\u0027no-such-choice\u0027)", "ValueError", "spatial_2d_padding: data_format"),
    ("K.spatial_2d_padding(np.ones((2, 3, 4)))", "ValueError", "spatial_2d_padding: x must have rank 4; got shape (2, 3, 4)"),
    ("K.spatial_2d_padding(np.ones((1, 2, 3, 4, 5)))", "ValueError", "spatial_2d_padding: x must have rank 4"),
    ("K.spatial_2d_padding(np.ones((1, 2, 3, 4)), ((1, 1), (1, 1), (1, 1)))", "ValueError", "spatial_2d_padding: padding must be 2 pairs of ints ((before, after), ...) or an int; got 3 entries: ((1, 1), (1, 1), (1, 1))"),
    ("K.spatial_2d_padding(np.ones((1, 2, 3, 4)), ((1, 1), (1, 1, 1)))", "ValueError", "spatial_2d_padding: padding must be 2 pairs"),
    ("K.spatial_2d_padding(np.ones((1, 2, 3, 4)), ((1, 1), (0, -1)))", "ValueError", "spatial_2d_padding: padding must be 2 pairs of ints ((before, after), ...) or an int; got negative sizes: ((1, 1), (0, -1))"),
    ("K.spatial_2d_padding(np.ones((1, 2, 3, 4)), \u0027same\u0027)", "TypeError", "spatial_2d_padding: padding"),
    ("K.spatial_2d_padding(np.ones((1, 2, 3, 4)), ((1, 1), (1.5, 1)))", "TypeError", "spatial_2d_padding: padding"),
    ("K.spatial_2d_padding(np.ones((1, 2, 3, 4)), None)", "TypeError", "spatial_2d_padding: padding"),
    ("K.spatial_2d_padding(np.ones((1, 2, 3, 4)), data_format=\u0027NHWC\u0027)", "ValueError", "spatial_2d_padding: data_format must be one of \u0027channels_first\u0027, \u0027channels_last\u0027; got \u0027NHWC\u0027"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.spatial_2d_padding(np.ones((1, 1, 1, 1), dtype=bool))[0, :, :, 0]", "np.array([[False, False, False], [False, True, False], [False, False, False]])"),
    ("K.spatial_2d_padding(np.ones((1, 2, 1, 1), dtype=\u0027float16\u0027), 2).shape", "(1, 6, 5, 1)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
