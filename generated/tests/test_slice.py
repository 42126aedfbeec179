# @generated from spec/ops/slice.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.slice, generated from its spec entry.

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
from tests.support.derivative_ops import slice_grad_like

NAME = "slice"
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
SHAPES = [{'x': (4, 5)}, {'x': (3, 6)}, {'x': (0, 3)}, {'x': (2, 3)}]
PARAMS = {
    "start": [[0, 1], [0, 0], [1, 2], [2, 0], [4, 5], [0, 3]],
    "size": [[-1, 2], [-1, -1], [0, 2], [1, 1], [2, -1], [5, 1], [0, 0]],
}
FD_PARAMS = {
    "start": [[0, 1], [0, 0]],
    "size": [[-1, 2], [-1, -1], [0, 2]],
}
REQUIRED = ('start', 'size')
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> x = np.arange(12, dtype="float32").reshape(3, 4)\n'
 '>>> K.slice(x, [1, 1], [2, 2])\n'
 'array([[ 5.,  6.],\n'
 '       [ 9., 10.]], dtype=float32)\n'
 '>>> K.slice(x, [0, 2], [-1, 1])\n'
 'array([[ 2.],\n'
 '       [ 6.],\n'
 '       [10.]], dtype=float32)\n')


def reference(x, start, size):
    x = np.asarray(x)
    begin = [int(b) for b in np.atleast_1d(np.asarray(start, dtype=np.int64))]
    extent = [int(s) for s in np.atleast_1d(np.asarray(size, dtype=np.int64))]
    if not len(begin) == len(extent) == x.ndim:
        raise ValueError("start and size must have one entry per axis")
    out = x
    for axis, (b, s, d) in enumerate(zip(begin, extent, x.shape)):
        if not 0 <= b <= d or not (s == -1 or 0 <= s <= d - b):
            raise ValueError("slice out of range")
        out = np.take(out, np.arange(b, d if s == -1 else b + s, dtype=np.int64), axis=axis)
    return np.array(out, copy=True)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.slice, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.slice,
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
        K.slice,
        "x",
        lambda grad, result, x, start, size: slice_grad_like(grad, x, start, size),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.slice(np.ones((3, 4)), [0], [1])", "ValueError", "slice: start and size must have one entry per axis of x (2); got 1 and 1"),
    ("K.slice(np.ones((3, 4)), [0, 0], [1, 1, 1])", "ValueError", "slice: start and size must have one entry per axis of x (2); got 2 and 3"),
    ("K.slice(np.ones((3, 4)), [0, 5], [1, 1])", "ValueError", "slice: start[1] must be in [0, 4] (axis 1 of x); got 5"),
    ("K.slice(np.ones((3, 4)), [-1, 0], [1, 1])", "ValueError", "slice: start[0] must be in [0, 3] (axis 0 of x); got -1"),
    ("K.slice(np.ones((3, 4)), [1, 0], [3, 1])", "ValueError", "slice: size[0] must be -1 or in [0, 2] (axis 0 of x from start 1); got 3"),
    ("K.slice(np.ones((3, 4)), [0, 0], [-2, 1])", "ValueError", "slice: size[0] must be -1 or in [0, 3]"),
    ("K.slice(np.ones((3, 4)), [0.5, 0], [1, 1])", "TypeError", "slice: start must be"),
    ("K.slice(np.ones((3, 4)), [0, 0], \u0027ab\u0027)", "TypeError", "slice: size must be"),
    ("K.slice(np.ones(2, dtype=\u0027complex64\u0027), [0], [1])", "TypeError", "slice: x must have dtype"),
    ("K.slice(K.placeholder((None, 4)), [0, 5], [1, 1])", "ValueError", "slice: start[1] must be in [0, 4]"),
    ("K.slice(K.placeholder((None, 4)), [0, 0, 0], [1, 1, 1])", "ValueError", "slice: start and size must have one entry per axis of x (2); got 3 and 3"),
    ("K.slice(K.placeholder((None, 4)), K.placeholder((3,), dtype=\u0027int32\u0027), [1, 1])", "ValueError", "slice: start and size must have one entry per axis of x (2); got 3 and 2"),
    ("K.slice(K.placeholder((None, 4)), K.placeholder((2,)), [1, 1])", "TypeError", "slice: start must be an integer tensor"),
    ("K.function([p := K.placeholder((None, 4))], K.slice(p, [3, 0], [1, 1]))([np.ones((2, 4))])", "ValueError", "slice: start[0] must be in [0, 2]"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.slice(np.arange(5), 1, 2)", "np.array([1, 2])"),
    ("K.slice(np.float32(3.0), [], [])", "np.array(3.0, dtype=\u0027float32\u0027)"),
    ("K.slice(np.zeros((3, 0), dtype=\u0027int8\u0027), [1, 0], [2, -1])", "np.zeros((2, 0), dtype=\u0027int8\u0027)"),
    ("K.slice(np.arange(24).reshape(2, 3, 4), (1, 0, 1), (1, -1, 2))", "np.array([[[13, 14], [17, 18], [21, 22]]])"),
    ("K.slice(np.arange(6).reshape(2, 3), np.array([0, 1]), np.array([-1, 1], dtype=\u0027int64\u0027))", "np.array([[1], [4]])"),
    ("K.slice([[1.0, 2.0], [3.0, 4.0]], [1, 0], [1, 2])", "np.array([[3.0, 4.0]], dtype=\u0027float32\u0027)"),
    ("(lambda a: np.shares_memory(K.slice(a, [0], [2]), a))(np.ones(3))", "False"),
    ("K.slice(K.placeholder((None, 4)), [1, 1], [-1, 2]).shape", "(None, 2)"),
    ("K.slice(K.placeholder((None, 4)), [1, 1], [2, -1]).shape", "(2, 3)"),
    ("(lambda p: K.function([p], K.slice(p, [4, 1], [-1, 2]))([np.arange(24.0).reshape(6, 4)]))(K.placeholder((None, 4)))", "np.array([[17.0, 18.0], [21.0, 22.0]], dtype=\u0027float32\u0027)"),
    ("(lambda p, b: K.function([p, b], K.slice(p, b, [1, 2]))([np.arange(12.0).reshape(3, 4), np.array([1, 2], dtype=\u0027int32\u0027)]))(K.placeholder((3, 4)), K.placeholder((2,), dtype=\u0027int32\u0027))", "np.array([[6.0, 7.0]], dtype=\u0027float32\u0027)"),
    ("K.slice(K.placeholder((3, 4)), K.placeholder((2,), dtype=\u0027int32\u0027), [1, 2]).shape", "(None, None)"),
    ("(lambda v: K.eval(K.gradients(K.sum(K.slice(v, [1, 0], [1, -1]) * np.array([[2.0, 3.0]], dtype=\u0027float32\u0027)), [v])[0]))(K.variable(np.ones((3, 2))))", "np.array([[0.0, 0.0], [2.0, 3.0], [0.0, 0.0]], dtype=\u0027float32\u0027)"),
    ("(lambda p: K.function([p], K.gradients(K.sum(K.slice(p, [3, 0], [-1, 1])), [p]))([np.ones((5, 2))])[0])(K.placeholder((None, 2)))", "np.array([[0.0, 0.0]] * 3 + [[1.0, 0.0]] * 2, dtype=\u0027float32\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
