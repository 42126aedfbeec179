# @generated from spec/ops/batch_dot.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.batch_dot, generated from its spec entry.

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
from tests.support.derivative_ops import batch_dot_grad_x, batch_dot_grad_y

NAME = "batch_dot"
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
       'uint64'],
 'y': ['float16',
       'float32',
       'float64',
       'int8',
       'int16',
       'int32',
       'int64',
       'uint8',
       'uint16',
       'uint32',
       'uint64']}
TYPEVARS = {'x': 'T', 'y': 'T'}
LISTS = ()
SHAPES = [{'x': (2, 3, 3), 'y': (2, 3, 3)},
 {'x': (2, 3, 3, 3), 'y': (2, 3, 3)},
 {'x': (2, 3, 3), 'y': (2, 3, 3, 3)},
 {'x': (2, 3, 3, 3), 'y': (2, 3, 3, 3)},
 {'x': (0, 3, 3), 'y': (0, 3, 3)},
 {'x': (1, 3, 3), 'y': (1, 3, 3)}]
PARAMS = {
    "axes": [None, 1, 2, -1, [1, 2], [2, 1], [-1, -2], [2, 2]],
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {'float32': (1e-05, 0.0001), 'float64': (1e-12, 1e-11)}
EXAMPLES = ('>>> x = np.ones((32, 20), dtype="float32")\n'
 '>>> K.batch_dot(x, x, axes=1).shape\n'
 '(32, 1)\n'
 '>>> K.batch_dot(np.ones((32, 20, 1), dtype="float32"), np.ones((32, 30, 20), dtype="float32"), '
 'axes=(1, 2)).shape\n'
 '(32, 1, 30)\n'
 '>>> x = np.array([[1.0, 2.0], [3.0, 4.0]], dtype="float32")\n'
 '>>> y = np.array([[5.0, 6.0], [7.0, 8.0]], dtype="float32")\n'
 '>>> K.batch_dot(x, y, axes=1)\n'
 'array([[17.],\n'
 '       [53.]], dtype=float32)\n'
 '>>> K.batch_dot(np.ones((2, 3, 4), dtype="float32"), np.ones((2, 4, 5), dtype="float32")).shape\n'
 '(2, 3, 5)\n')


def reference(x, y, axes=None):
    x, y = np.asarray(x), np.asarray(y)
    if axes is None:
        axes = (x.ndim - 1, y.ndim - 1 if y.ndim == 2 else y.ndim - 2)
    elif isinstance(axes, int):
        axes = (axes, axes)
    a0, a1 = axes[0] % x.ndim, axes[1] % y.ndim
    wide = np.float32 if x.dtype == np.float16 else x.dtype
    rest = tuple(s for i, s in enumerate(x.shape) if i not in (0, a0))
    rest += tuple(s for i, s in enumerate(y.shape) if i not in (0, a1))
    out = np.zeros((x.shape[0],) + rest, wide)
    for b in range(x.shape[0]):
        out[b] = np.tensordot(x[b].astype(wide), y[b].astype(wide), axes=(a0 - 1, a1 - 1))
    if x.ndim == 2 and y.ndim == 2:
        out = out.reshape(x.shape[0], 1)
    return out.astype(x.dtype)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.batch_dot, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.batch_dot,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=('x', 'y'),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
    )


def test_derivative_x():
    H.check_derivative(
        K.batch_dot,
        "x",
        lambda grad, result, x, y, axes=None: batch_dot_grad_x(grad, x, y, axes),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


def test_derivative_y():
    H.check_derivative(
        K.batch_dot,
        "y",
        lambda grad, result, x, y, axes=None: batch_dot_grad_y(grad, x, y, axes),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.batch_dot(x=np.ones((2, 3), dtype=\u0027bool\u0027), y=np.ones((2, 3), dtype=\u0027float32\u0027), axes=None)", "TypeError", "batch_dot: x"),
    ("K.batch_dot(x=np.ones((2, 3), dtype=\u0027float32\u0027), y=np.ones((2, 3), dtype=\u0027bool\u0027), axes=None)", "TypeError", "batch_dot: y"),
    ("K.batch_dot(np.ones((2, 3)), np.ones((3, 3)))", "ValueError", "batch_dot: x and y have different batch sizes: x (2, 3), y (3, 3)"),
    ("K.batch_dot(np.ones(3), np.ones((3, 3)))", "ValueError", "batch_dot: x must have rank \u003e= 2"),
    ("K.batch_dot(np.ones((3, 2)), np.ones(3))", "ValueError", "batch_dot: y must have rank \u003e= 2"),
    ("K.batch_dot(np.ones((2, 3)), np.ones((2, 4)), axes=1)", "ValueError", "batch_dot: x.shape[1] != y.shape[1] (3 != 4)"),
    ("K.batch_dot(np.ones((2, 3)), np.ones((2, 3)), axes=0)", "ValueError", "batch_dot: axes 0 names the batch axis 0"),
    ("K.batch_dot(np.ones((2, 3)), np.ones((2, 3)), axes=(1, -2))", "ValueError", "batch_dot: axes (1, -2) names the batch axis 0"),
    ("K.batch_dot(np.ones((2, 3)), np.ones((2, 3)), axes=(1, 2, 3))", "ValueError", "batch_dot: axes must be None, an int or a pair of ints"),
    ("K.batch_dot(np.ones((2, 3)), np.ones((2, 3)), axes=2)", "IndexError", "batch_dot: axes 2 is out of range for a tensor of rank 2"),
    ("K.batch_dot(np.ones((2, 3)), np.ones((2, 3)), axes=[1, [1]])", "TypeError", "batch_dot: axes"),
    ("K.batch_dot(np.ones((2, 3)), np.ones((2, 3)), axes=1.0)", "TypeError", "batch_dot: axes"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.batch_dot(np.arange(6.0).reshape(2, 3), np.arange(6.0).reshape(2, 3), axes=1)", "np.array([[5.0], [50.0]])"),
    ("K.batch_dot(np.arange(6.0).reshape(2, 3), np.arange(24.0).reshape(2, 3, 4))", "np.array([[20.0, 23.0, 26.0, 29.0], [200.0, 212.0, 224.0, 236.0]])"),
    ("K.batch_dot(np.arange(6.0).reshape(2, 3), np.arange(24.0).reshape(2, 4, 3), axes=(1, 2))", "np.array([[5.0, 14.0, 23.0, 32.0], [158.0, 194.0, 230.0, 266.0]])"),
    ("K.batch_dot(np.arange(24.0).reshape(2, 4, 3), np.arange(6.0).reshape(2, 3))", "np.array([[5.0, 14.0, 23.0, 32.0], [158.0, 194.0, 230.0, 266.0]])"),
    ("K.batch_dot(np.arange(24.0).reshape(2, 3, 4), np.arange(6.0).reshape(2, 3), axes=1).shape", "(2, 4)"),
    ("K.batch_dot(np.ones((2, 3, 4, 5)), np.ones((2, 5, 6)), axes=(3, 1)).shape", "(2, 3, 4, 6)"),
    ("K.batch_dot(np.ones((2, 3, 4, 5)), np.ones((2, 4, 6, 7)), axes=(2, 1)).shape", "(2, 3, 5, 6, 7)"),
    ("K.batch_dot(np.ones((2, 4), dtype=\u0027float16\u0027), np.full((2, 4), 0.1, dtype=\u0027float16\u0027), axes=1)", "np.full((2, 1), 0.4, dtype=\u0027float16\u0027)"),
    ("K.batch_dot(np.ones((2, 2, 3), dtype=\u0027int32\u0027), np.ones((2, 3, 2), dtype=\u0027int32\u0027))", "np.full((2, 2, 2), 3, dtype=\u0027int32\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
