# @generated from spec/ops/cumprod.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.cumprod, generated from its spec entry.

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

NAME = "cumprod"
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
       'uint64']}
TYPEVARS = {'x': 'T'}
LISTS = ()
SHAPES = [{'x': (3, 4)}, {'x': (2, 0, 3)}, {'x': (2, 3, 4)}, {'x': (1, 5)}, {'x': (5, 1, 2)}]
PARAMS = {
    "axis": [0, 1, -1, -2],
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-3.0, 3.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> K.cumprod(np.array([[1, 2], [3, 4]], dtype="int32"))\n'
 'array([[1, 2],\n'
 '       [3, 8]], dtype=int32)\n'
 '>>> K.cumprod(np.array([[1.0, 2.0, 3.0]], dtype="float32"), axis=1)\n'
 'array([[1., 2., 6.]], dtype=float32)\n'
 '>>> K.cumprod(np.array([100, 100], dtype="int8"))\n'
 'array([100,  16], dtype=int8)\n')


def reference(x, axis=0):
    x = np.asarray(x)
    wide = np.float32 if x.dtype == np.float16 else x.dtype
    moved = np.moveaxis(x, axis, 0).astype(wide)
    out = np.empty_like(moved)
    total = np.ones(moved.shape[1:], wide)
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(moved.shape[0]):
            total = (total * moved[i]).astype(wide)
            out[i] = total
        return np.moveaxis(out, 0, axis).astype(x.dtype)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.cumprod, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.cumprod,
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
        K.cumprod,
        "x",
        lambda grad, result, x, axis=0: array_ops.cumprod_grad(grad, x, axis),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.cumprod(x=np.ones((2, 3), dtype=\u0027bool\u0027), axis=0)", "TypeError", "cumprod: x"),
    ("K.cumprod(x=np.ones((2, 3), dtype=\u0027float32\u0027), axis=\u0027text\u0027)", "TypeError", "cumprod: axis"),
    ("K.cumprod(np.ones((2, 3)), -3)", "IndexError", "cumprod: axis -3 is out of range for a tensor of rank 2"),
    ("K.cumprod(np.float32(1.0))", "IndexError", "cumprod: axis 0 is out of range"),
    ("K.cumprod(np.ones(3), 0.0)", "TypeError", "cumprod: axis"),
    ("K.cumprod(np.ones(3, dtype=bool))", "TypeError", "cumprod: x"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.cumprod(np.array([2.0, np.inf, 0.0, 3.0]))", "np.array([2.0, np.inf, np.nan, np.nan])"),
    ("K.cumprod(np.array([16, 16], dtype=\u0027uint8\u0027))", "np.array([16, 0], dtype=\u0027uint8\u0027)"),
    ("K.cumprod(np.array([300.0, 300.0, 1e-3], dtype=\u0027float16\u0027))", "np.array([300.0, np.inf, 90.0], dtype=\u0027float16\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
