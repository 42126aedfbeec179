# @generated from spec/ops/l2_normalize.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.l2_normalize, generated from its spec entry.

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
from tests.support.derivative_ops import cast_like, maximum, mean_over, reduced_size, sqrt, square

NAME = "l2_normalize"
TENSORS = {'x': ['float16', 'float32', 'float64']}
TYPEVARS = {'x': 'T'}
LISTS = ()
SHAPES = [{'x': (3, 4)}, {'x': (2, 3, 5)}, {'x': (1, 1)}]
PARAMS = {
    "axis": [None, -1, 0, [0, 1]],
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = False
TOLERANCE = {'float32': (2e-05, 1e-06)}
EXAMPLES = ('>>> K.l2_normalize(np.array([[3.0, 4.0], [0.0, 0.0]], dtype="float32"), axis=1)\n'
 'array([[0.6, 0.8],\n'
 '       [0. , 0. ]], dtype=float32)\n')


def reference(x, axis=None):
    x = np.asarray(x)
    axis = tuple(axis) if isinstance(axis, (list, tuple)) else axis
    w = x.astype(np.float64)
    with np.errstate(all="ignore"):
        norm = np.sqrt(np.maximum(np.sum(w * w, axis=axis, keepdims=True), 1e-12))
        return (w / norm).astype(x.dtype)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.l2_normalize, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.l2_normalize,
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
        K.l2_normalize,
        "x",
        lambda grad, result, x, axis=None: (grad - result * mean_over(grad * result, axis) * reduced_size(x, axis) * cast_like(mean_over(square(x), axis) * reduced_size(x, axis) > 1e-12, x)) / sqrt(maximum(mean_over(square(x), axis) * reduced_size(x, axis), 1e-12)),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.l2_normalize(x=np.ones((2, 3), dtype=\u0027int32\u0027), axis=None)", "TypeError", "l2_normalize: x"),
    ("K.l2_normalize(np.ones((2, 3)), axis=5)", "IndexError", "l2_normalize: axis 5 is out of range"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)
