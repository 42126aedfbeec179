# @generated from spec/ops/spatial_3d_padding.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.spatial_3d_padding, generated from its spec entry.

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

NAME = "spatial_3d_padding"
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
SHAPES = [{'x': (2, 2, 3, 2, 2)}, {'x': (1, 0, 2, 1, 1)}, {'x': (1, 1, 1, 1, 1)}]
PARAMS = {
    "padding": [[[1, 1], [1, 1], [1, 1]], [[0, 2], [1, 0], [2, 1]], 0, [1, [0, 1], 2]],
    "data_format": [None, 'channels_last', 'channels_first'],
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> x = np.ones((1, 1, 1, 1, 1), dtype="float32")\n'
 '>>> K.spatial_3d_padding(x).shape\n'
 '(1, 3, 3, 3, 1)\n'
 '>>> K.spatial_3d_padding(x, ((1, 0), (0, 1), (2, 0)), "channels_first")[0, 0]\n'
 'array([[[0., 0., 0.],\n'
 '        [0., 0., 0.]],\n'
 '<BLANKLINE>\n'
 '       [[0., 0., 1.],\n'
 '        [0., 0., 0.]]], dtype=float32)\n')


def reference(x, padding=((1, 1), (1, 1), (1, 1)), data_format=None):
    x = np.asarray(x)
    pairs = [padding] * 3 if isinstance(padding, int) else list(padding)
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
    H.check_against_reference(data, K.spatial_3d_padding, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.spatial_3d_padding,
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
        K.spatial_3d_padding,
        "x",
        lambda grad, result, x, padding=((1, 1), (1, 1), (1, 1)), data_format=None: unpad(grad, x, padding, data_format),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.spatial_3d_padding(x=np.ones((2, 3), dtype=\u0027complex64\u0027), padding=((1, 1), (1, 1), (1, 1)), data_format=None)", "TypeError", "spatial_3d_padding: x"),
    ("K.spatial_3d_padding(x=np.ones((2, 3), dtype=\u0027float32\u0027), padding=((1, 1), (1, 1), (1, 1)), data_format=\u0027no-such-choice\u0027)", "ValueError", "spatial_3d_padding: data_format"),
    ("K.spatial_3d_padding(np.ones((2, 3, 4, 5)))", "ValueError", "spatial_3d_padding: x must have rank 5; got shape (2, 3, 4, 5)"),
    ("K.spatial_3d_padding(np.ones((1, 1, 1, 1, 1)), ((1, 1), (1, 1)))", "ValueError", "spatial_3d_padding: padding must be 3 pairs of ints ((before, after), ...) or an int; got 2 entries: ((1, 1), (1, 1))"),
    ("K.spatial_3d_padding(np.ones((1, 1, 1, 1, 1)), -1)", "ValueError", "spatial_3d_padding: padding must be 3 pairs of ints ((before, after), ...) or an int; got negative sizes: -1"),
    ("K.spatial_3d_padding(np.ones((1, 1, 1, 1, 1)), data_format=\u0027channels_middle\u0027)", "ValueError", "spatial_3d_padding: data_format must be one of"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.spatial_3d_padding(np.ones((1, 1, 1, 1, 2), dtype=\u0027uint8\u0027), ((0, 0), (0, 0), (1, 0)))[0, 0, 0]", "np.array([[0, 0], [1, 1]], dtype=\u0027uint8\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
