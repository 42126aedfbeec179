# @generated from spec/ops/conv3d_transpose.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.conv3d_transpose, generated from its spec entry.

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
from keras_numba._runtime import conv

NAME = "conv3d_transpose"
TENSORS = {'x': ['float16', 'float32', 'float64'], 'kernel': ['float16', 'float32', 'float64']}
TYPEVARS = {'x': 'T', 'kernel': 'T'}
LISTS = ()
SHAPES = [{'x': (1, 2, 3, 2, 2), 'kernel': (2, 2, 2, 3, 2)},
 {'x': (2, 1, 2, 3, 1), 'kernel': (1, 2, 3, 2, 1)},
 {'x': (0, 2, 2, 2, 2), 'kernel': (2, 2, 2, 1, 2)},
 {'x': (1, 3, 2, 2, 3), 'kernel': (1, 1, 1, 2, 3)}]
PARAMS = {
    "output_shape": [[None, None, None, None, None]],
    "strides": [[1, 1, 1], 2, [2, 1, 3]],
    "padding": ['valid', 'same'],
    "data_format": ['channels_last', 'channels_first', None],
}
FD_PARAMS = {
    "output_shape": [[None, None, None, None, None]],
    "strides": [[1, 1, 1], [2, 1, 2]],
    "padding": ['valid', 'same'],
    "data_format": ['channels_last', 'channels_first'],
}
REQUIRED = ('output_shape',)
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = False
TOLERANCE = {'float32': (1e-05, 5e-05), 'float64': (1e-12, 1e-11)}
EXAMPLES = ('>>> x = np.arange(8, dtype="float32").reshape(1, 2, 2, 2, 1)\n'
 '>>> k = np.ones((2, 2, 2, 1, 1), dtype="float32")\n'
 '>>> K.conv3d_transpose(x, k, (1, 4, 4, 4, 1), strides=(2, 2, 2), data_format="channels_last")[0, '
 ':, :, 0, 0]\n'
 'array([[0., 0., 2., 2.],\n'
 '       [0., 0., 2., 2.],\n'
 '       [4., 4., 6., 6.],\n'
 '       [4., 4., 6., 6.]], dtype=float32)\n'
 '>>> K.conv3d_transpose(x, k, (None, 3, 3, 3, 1), data_format="channels_last")[0, 1, :, :, 0]\n'
 'array([[ 4., 10.,  6.],\n'
 '       [12., 28., 16.],\n'
 '       [ 8., 18., 10.]], dtype=float32)\n'
 '>>> K.conv3d_transpose(np.ones((2, 3, 2, 4, 5), dtype="float32"), np.ones((3, 3, 3, 6, 3), '
 'dtype="float32"), (-1, 6, 4, 8, 10), strides=2, padding="same", '
 'data_format="channels_first").shape\n'
 '(2, 6, 4, 8, 10)\n')


def reference(x, kernel, output_shape, strides=(1, 1, 1), padding="valid", data_format=None):
    x, kernel = np.asarray(x), np.asarray(kernel)
    first = (image_data_format() if data_format is None else data_format) == "channels_first"
    if first:
        x = np.moveaxis(x, 1, -1)
    s = tuple(np.broadcast_to(strides, (3,)))
    shape = list(output_shape)
    if first:
        shape = [shape[0], *shape[2:], shape[1]]
    outs, befores = [], []
    for i in range(3):
        n, k = x.shape[1 + i], kernel.shape[i]
        o = shape[1 + i]
        if o is None:
            o = n * s[i] + (max(k - s[i], 0) if padding == "valid" else 0)
        outs.append(o)
        befores.append(max((n - 1) * s[i] + k - o, 0) // 2 if padding == "same" else 0)
    wide = np.float32 if x.dtype == np.float16 else x.dtype
    size = [max(outs[i] + befores[i], (x.shape[1 + i] - 1) * s[i] + kernel.shape[i]) for i in range(3)]
    full = np.zeros((x.shape[0], *size, kernel.shape[3]), wide)
    for tap in np.ndindex(*kernel.shape[:3]):
        window = tuple(slice(tap[i], tap[i] + (x.shape[1 + i] - 1) * s[i] + 1, s[i]) for i in range(3))
        full[(slice(None),) + window] += x.astype(wide) @ kernel[tap].astype(wide).T
    out = full[:, befores[0]:befores[0] + outs[0], befores[1]:befores[1] + outs[1], befores[2]:befores[2] + outs[2], :].astype(x.dtype)
    return np.moveaxis(out, -1, 1) if first else out



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.conv3d_transpose, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.conv3d_transpose,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=('x', 'kernel'),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
    )


def test_derivative_x():
    H.check_derivative(
        K.conv3d_transpose,
        "x",
        lambda grad, result, x, kernel, output_shape, strides=(1, 1, 1), padding='valid', data_format=None: conv.conv3d_transpose_grad_input(grad, x, kernel, output_shape, strides, padding, data_format),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


def test_derivative_kernel():
    H.check_derivative(
        K.conv3d_transpose,
        "kernel",
        lambda grad, result, x, kernel, output_shape, strides=(1, 1, 1), padding='valid', data_format=None: conv.conv3d_transpose_grad_kernel(grad, x, kernel, output_shape, strides, padding, data_format),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.conv3d_transpose(np.ones((2, 4, 4, 4)), np.ones((3, 3, 3, 2, 4)), (2, 6, 6, 6, 2))", "ValueError", "conv3d_transpose: x must have rank 5"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 2, 2)), (1, 6, 6, 6, 2))", "ValueError", "conv3d_transpose: kernel must have rank 5"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 3)), (1, 6, 6, 6, 5), data_format=\u0027channels_last\u0027)", "ValueError", "conv3d_transpose: kernel expects 3 input channels (kernel.shape[-1]) but x has 2"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 2)), (1, 6, 6, 6, 4), data_format=\u0027channels_last\u0027)", "ValueError", "conv3d_transpose: output_shape has 4 channels but kernel.shape[-2] is 5"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 2)), (2, 6, 6, 6, 5), data_format=\u0027channels_last\u0027)", "ValueError", "conv3d_transpose: output_shape has batch size 2 but x has 1"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 2)), (1, 7, 6, 6, 5), data_format=\u0027channels_last\u0027)", "ValueError", "conv3d_transpose: output_shape (1, 7, 6, 6, 5) does not match x: a \u0027valid\u0027 convolution of that shape gives spatial size (5, 4, 4), but x has (4, 4, 4)"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 2)), (1, 10, 10, 10, 5), strides=2, padding=\u0027same\u0027, data_format=\u0027channels_last\u0027)", "ValueError", "conv3d_transpose: output_shape (1, 10, 10, 10, 5) does not match x"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 2)), (1, 6, 6, 5), data_format=\u0027channels_last\u0027)", "ValueError", "conv3d_transpose: output_shape must be a sequence of 5 ints"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 2)), 6, data_format=\u0027channels_last\u0027)", "TypeError", "conv3d_transpose: output_shape must be a sequence of 5 ints"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 2)), (1, 6, 6, 6.5, 5), data_format=\u0027channels_last\u0027)", "TypeError", "conv3d_transpose: output_shape"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 2)), (1, 6, 6, 6, 5), padding=\u0027full\u0027)", "ValueError", "conv3d_transpose: padding must be one of \u0027valid\u0027, \u0027same\u0027; got \u0027full\u0027"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 2)), (1, 6, 6, 6, 5), data_format=\u0027NDHWC\u0027)", "ValueError", "conv3d_transpose: data_format must be one of \u0027channels_first\u0027, \u0027channels_last\u0027; got \u0027NDHWC\u0027"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 2)), (1, 6, 6, 6, 5), strides=(1, 0, 1))", "ValueError", "conv3d_transpose: strides must be positive"),
    ("K.conv3d_transpose(np.ones((1, 4, 4, 4, 2)), np.ones((3, 3, 3, 5, 2)), (1, 6, 6, 6, 5), strides=(1, 1))", "ValueError", "conv3d_transpose: strides must be an int or a sequence of 3 ints"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.conv3d_transpose(np.ones((1, 2, 2, 2, 1), dtype=\u0027float16\u0027), np.full((2, 2, 2, 1, 1), 0.5, dtype=\u0027float16\u0027), (1, 3, 3, 3, 1), data_format=\u0027channels_last\u0027)[0, 1, :, :, 0]", "np.array([[1.0, 2.0, 1.0], [2.0, 4.0, 2.0], [1.0, 2.0, 1.0]], dtype=\u0027float16\u0027)"),
    ("K.conv3d_transpose(np.ones((3, 2, 2, 2, 1)), np.ones((2, 2, 2, 4, 1)), [None, 4, 4, 4, 4], strides=2, data_format=\u0027channels_last\u0027).shape", "(3, 4, 4, 4, 4)"),
    ("K.conv3d_transpose(np.arange(2.0 * 3 * 2 * 2 * 3).reshape(2, 3, 2, 2, 3), np.arange(2.0 * 2 * 3 * 4 * 3).reshape(2, 2, 3, 4, 3) / 50, (2, 5, 4, 4, 4), strides=(2, 2, 2), padding=\u0027same\u0027, data_format=\u0027channels_last\u0027)", "np.moveaxis(K.conv3d_transpose(np.moveaxis(np.arange(2.0 * 3 * 2 * 2 * 3).reshape(2, 3, 2, 2, 3), -1, 1), np.arange(2.0 * 2 * 3 * 4 * 3).reshape(2, 2, 3, 4, 3) / 50, (2, 4, 5, 4, 4), strides=(2, 2, 2), padding=\u0027same\u0027, data_format=\u0027channels_first\u0027), 1, -1)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
