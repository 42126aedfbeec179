# @generated from spec/ops/logsumexp.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.logsumexp, generated from its spec entry.

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
from tests.support.derivative_ops import exp, unreduce

NAME = "logsumexp"
TENSORS = {'x': ['float16', 'float32', 'float64']}
TYPEVARS = {'x': 'T'}
LISTS = ()
SHAPES = [{'x': (3, 4)}, {'x': (2, 3, 5)}, {'x': (0, 3)}, {'x': (1, 1)}]
PARAMS = {
    "axis": [None, 0, -1, [0, 1]],
    "keepdims": [False, True],
}
FD_PARAMS = PARAMS
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {'float32': (1e-05, 1e-05), 'float16': (0.01, 0.01)}
EXAMPLES = ('>>> x = np.array([[0.0, 1.0, 2.0], [1000.0, 1000.0, -np.inf]], dtype="float32")\n'
 '>>> K.logsumexp(x, axis=1)\n'
 'array([   2.407606, 1000.6932  ], dtype=float32)\n'
 '>>> K.logsumexp(np.array([-np.inf, -np.inf]))\n'
 'array(-inf)\n'
 '>>> K.logsumexp(np.ones((2, 3)), axis=0, keepdims=True).shape\n'
 '(1, 3)\n')


def reference(x, axis=None, keepdims=False):
    x = np.asarray(x)
    axis = tuple(axis) if isinstance(axis, (list, tuple)) else axis
    w = x.astype(np.float64)
    with np.errstate(all="ignore"):
        m = np.max(w, axis=axis, keepdims=True, initial=-np.inf)
        m = np.where(np.isfinite(m), m, 0.0)
        out = np.log(np.sum(np.exp(w - m), axis=axis, keepdims=True)) + m
    if not keepdims:
        out = out.reshape(()) if axis is None else np.squeeze(out, axis=axis)
    return np.asarray(out).astype(x.dtype)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.logsumexp, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.logsumexp,
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
        K.logsumexp,
        "x",
        lambda grad, result, x, axis=None, keepdims=False: unreduce(grad, x, axis, keepdims) * exp(x - unreduce(result, x, axis, keepdims)),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.logsumexp(x=np.ones((2, 3), dtype=\u0027int32\u0027), axis=None, keepdims=False)", "TypeError", "logsumexp: x"),
    ("K.logsumexp(np.ones((2, 3)), axis=2)", "IndexError", "logsumexp: axis 2 is out of range"),
    ("K.logsumexp(np.ones((2, 3)), axis=[0, 0])", "ValueError", "logsumexp: axis repeats"),
    ("K.logsumexp(np.ones((2, 3)), axis=1.5)", "TypeError", "logsumexp: axis"),
    ("K.logsumexp(np.ones(3, dtype=\u0027int32\u0027))", "TypeError", "logsumexp: x"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.logsumexp(np.array([1e30, 1e30], dtype=\u0027float32\u0027))", "np.float32(1e30)"),
    ("K.logsumexp(np.array([-1e30, -1e30 + 1e24]))", "np.array(-1e30 + 1e24 + np.log1p(np.exp(-1e24)))"),
    ("K.logsumexp(np.array([[1.0, np.inf], [1.0, np.nan], [-np.inf, -np.inf]]), axis=1)", "np.array([np.inf, np.nan, -np.inf])"),
    ("K.logsumexp(np.zeros((2, 0)), axis=1)", "np.array([-np.inf, -np.inf])"),
    ("K.logsumexp(np.full(3, 5.0, dtype=\u0027float16\u0027))", "np.float16(5.0 + np.log(3.0))"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
