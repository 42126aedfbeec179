# @generated from spec/ops/separable_conv2d.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.separable_conv2d, generated from its spec entry.

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

NAME = "separable_conv2d"
TENSORS = {'x': ['float16', 'float32', 'float64'],
 'depthwise_kernel': ['float16', 'float32', 'float64'],
 'pointwise_kernel': ['float16', 'float32', 'float64']}
TYPEVARS = {'x': 'T', 'depthwise_kernel': 'T', 'pointwise_kernel': 'T'}
LISTS = ()
SHAPES = [{'x': (2, 3, 4, 3), 'depthwise_kernel': (3, 3, 3, 2), 'pointwise_kernel': (1, 1, 6, 2)},
 {'x': (1, 2, 3, 2), 'depthwise_kernel': (2, 2, 2, 1), 'pointwise_kernel': (1, 1, 2, 3)},
 {'x': (0, 2, 2, 2), 'depthwise_kernel': (3, 3, 2, 1), 'pointwise_kernel': (1, 1, 2, 2)},
 {'x': (1, 1, 4, 1), 'depthwise_kernel': (1, 2, 1, 3), 'pointwise_kernel': (1, 1, 3, 1)}]
PARAMS = {
    "strides": [[1, 1], 2, [2, 1]],
    "padding": ['valid', 'same'],
    "data_format": ['channels_last', 'channels_first', None],
}
FD_PARAMS = {
    "strides": [[1, 1], 2],
    "padding": ['valid', 'same'],
    "data_format": ['channels_last', 'channels_first'],
    "dilation_rate": [[2, 1]],
}
REQUIRED = ()
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {'float32': (1e-05, 5e-05), 'float64': (1e-12, 1e-11)}
EXAMPLES = ('>>> x = np.arange(18, dtype="float32").reshape(1, 3, 3, 2)\n'
 '>>> dw = np.ones((2, 2, 2, 1), dtype="float32")\n'
 '>>> pw = np.array([1.0, -1.0], dtype="float32").reshape(1, 1, 2, 1)\n'
 '>>> K.separable_conv2d(x, dw, pw, data_format="channels_last")[0, :, :, 0]\n'
 'array([[-4., -4.],\n'
 '       [-4., -4.]], dtype=float32)\n'
 '>>> K.separable_conv2d(x, dw, np.ones((1, 1, 2, 1), dtype="float32"), padding="same", '
 'data_format="channels_last")[0, :, :, 0]\n'
 'array([[ 36.,  52.,  30.],\n'
 '       [ 84., 100.,  54.],\n'
 '       [ 54.,  62.,  33.]], dtype=float32)\n'
 '>>> K.separable_conv2d(np.ones((2, 3, 8, 8), dtype="float32"), np.ones((3, 3, 3, 2), '
 'dtype="float32"), np.ones((1, 1, 6, 4), dtype="float32"), strides=2, padding="same", '
 'data_format="channels_first").shape\n'
 '(2, 4, 4, 4)\n')


def reference(x, depthwise_kernel, pointwise_kernel, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):
    x, dw, pw = np.asarray(x), np.asarray(depthwise_kernel), np.asarray(pointwise_kernel)
    first = (image_data_format() if data_format is None else data_format) == "channels_first"
    if first:
        x = np.moveaxis(x, 1, -1)
    s = tuple(np.broadcast_to(strides, (2,)))
    r = tuple(np.broadcast_to(dilation_rate, (2,)))
    wide = np.float32 if x.dtype == np.float16 else x.dtype
    pads, outs = [(0, 0)], []
    for i in range(2):
        n, dk = x.shape[1 + i], (dw.shape[i] - 1) * r[i] + 1
        if padding == "same":
            o = -(-n // s[i])
            total = max((o - 1) * s[i] + dk - n, 0)
            pads.append((total // 2, total - total // 2))
        else:
            o = max((n - dk) // s[i] + 1, 0)
            pads.append((0, 0))
        outs.append(o)
    xp = np.pad(x.astype(wide), pads + [(0, 0)])
    inside = np.pad(np.ones(x.shape[1:3], bool), pads[1:])  # taps on padding add nothing (as in TensorFlow)
    mid = np.zeros((x.shape[0], *outs, dw.shape[2], dw.shape[3]), wide)
    for a in range(dw.shape[0]):
        for b in range(dw.shape[1]):
            window = xp[:, a * r[0]: a * r[0] + (outs[0] - 1) * s[0] + 1: s[0], b * r[1]: b * r[1] + (outs[1] - 1) * s[1] + 1: s[1], :]
            real = inside[a * r[0]: a * r[0] + (outs[0] - 1) * s[0] + 1: s[0], b * r[1]: b * r[1] + (outs[1] - 1) * s[1] + 1: s[1]]
            mid += np.where(real[None, :, :, None, None], window[..., None] * dw[a, b].astype(wide), 0)
    mid = mid.reshape(*mid.shape[:3], dw.shape[2] * dw.shape[3])
    out = (mid @ pw[0, 0].astype(wide)).astype(x.dtype)
    return np.moveaxis(out, -1, 1) if first else out



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.separable_conv2d, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.separable_conv2d,
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        differentiable=('x', 'depthwise_kernel', 'pointwise_kernel'),
        required=REQUIRED,
        shapes=SHAPES,
        lists=LISTS,
    )


def test_derivative_x():
    H.check_derivative(
        K.separable_conv2d,
        "x",
        lambda grad, result, x, depthwise_kernel, pointwise_kernel, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1): conv.separable_conv2d_grad_input(grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


def test_derivative_depthwise_kernel():
    H.check_derivative(
        K.separable_conv2d,
        "depthwise_kernel",
        lambda grad, result, x, depthwise_kernel, pointwise_kernel, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1): conv.separable_conv2d_grad_depthwise(grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


def test_derivative_pointwise_kernel():
    H.check_derivative(
        K.separable_conv2d,
        "pointwise_kernel",
        lambda grad, result, x, depthwise_kernel, pointwise_kernel, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1): conv.separable_conv2d_grad_pointwise(grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.separable_conv2d(x=np.ones((2, 3), dtype=\u0027int32\u0027), depthwise_kernel=np.ones((2, 3), dtype=\u0027float32\u0027), pointwise_kernel=np.ones((2, 3), dtype=\u0027float32\u0027), strides=(1, 1), padding=\u0027valid\u0027, data_format=None, dilation_rate=(1, 1))", "TypeError", "separable_conv2d: x"),
    ("K.separable_conv2d(x=np.ones((2, 3), dtype=\u0027float32\u0027), depthwise_kernel=np.ones((2, 3), dtype=\u0027int32\u0027), pointwise_kernel=np.ones((2, 3), dtype=\u0027float32\u0027), strides=(1, 1), padding=\u0027valid\u0027, data_format=None, dilation_rate=(1, 1))", "TypeError", "separable_conv2d: depthwise_kernel"),
    ("K.separable_conv2d(x=np.ones((2, 3), dtype=\u0027float32\u0027), depthwise_kernel=np.ones((2, 3), dtype=\u0027float32\u0027), pointwise_kernel=np.ones((2, 3), dtype=\u0027int32\u0027), strides=(1, 1), padding=\u0027valid\u0027, data_format=None, dilation_rate=(1, 1))", "TypeError", "separable_conv2d: pointwise_kernel"),
    ("K.separable_conv2d(x=np.ones((2, 3), dtype=\u0027float32\u0027), depthwise_kernel=np.ones((2, 3), dtype=\u0027float32\u0027), pointwise_kernel=np.ones((2, 3), dtype=\u0027float32\u0027), strides=(1, 1), padding=\u0027no-such-choice\u0027, data_format=None, dilation_rate=(1, 1))", "ValueError", "separable_conv2d: padding"),
    ("K.separable_conv2d(x=np.ones((2, 3), dtype=\u0027float32\u0027), depthwise_kernel=np.ones((2, 3), dtype=\u0027float32\u0027), pointwise_kernel=np.ones((2, 3), dtype=\u0027float32\u0027), strides=(1, 1), padding=\u0027valid\u0027, data_format=\u0027no-such-choice\u0027, dilation_rate=(1, 1))", "ValueError", "separable_conv2d: data_format"),
    ("K.separable_conv2d(np.ones((2, 4, 4)), np.ones((3, 3, 4, 1)), np.ones((1, 1, 4, 2)))", "ValueError", "separable_conv2d: x must have rank 4"),
    ("K.separable_conv2d(np.ones((1, 4, 4, 2)), np.ones((3, 2, 1)), np.ones((1, 1, 2, 2)))", "ValueError", "separable_conv2d: depthwise_kernel must have rank 4"),
    ("K.separable_conv2d(np.ones((1, 4, 4, 2)), np.ones((3, 3, 2, 1)), np.ones((2, 2)))", "ValueError", "separable_conv2d: pointwise_kernel must have rank 4"),
    ("K.separable_conv2d(np.ones((1, 4, 4, 2)), np.ones((3, 3, 3, 1)), np.ones((1, 1, 3, 2)), data_format=\u0027channels_last\u0027)", "ValueError", "separable_conv2d: depthwise_kernel expects 3 input channels (depthwise_kernel.shape[-2]) but x has 2"),
    ("K.separable_conv2d(np.ones((1, 4, 4, 2)), np.ones((3, 3, 2, 2)), np.ones((1, 1, 2, 2)), data_format=\u0027channels_last\u0027)", "ValueError", "separable_conv2d: pointwise_kernel must have shape (1, 1, 4, \u0027out_channels\u0027)"),
    ("K.separable_conv2d(np.ones((1, 4, 4, 2)), np.ones((3, 3, 2, 1)), np.ones((2, 1, 2, 2)), data_format=\u0027channels_last\u0027)", "ValueError", "separable_conv2d: pointwise_kernel must have shape"),
    ("K.separable_conv2d(np.ones((1, 4, 4, 2)), np.ones((3, 3, 2, 1)), np.ones((1, 1, 2, 2)), padding=\u0027causal\u0027)", "ValueError", "separable_conv2d: padding must be one of \u0027valid\u0027, \u0027same\u0027; got \u0027causal\u0027"),
    ("K.separable_conv2d(np.ones((1, 4, 4, 2)), np.ones((3, 3, 2, 1)), np.ones((1, 1, 2, 2)), data_format=\u0027NHWC\u0027)", "ValueError", "separable_conv2d: data_format must be one of \u0027channels_first\u0027, \u0027channels_last\u0027; got \u0027NHWC\u0027"),
    ("K.separable_conv2d(np.ones((1, 4, 4, 2)), np.ones((3, 3, 2, 1)), np.ones((1, 1, 2, 2)), strides=(0, 1))", "ValueError", "separable_conv2d: strides must be positive"),
    ("K.separable_conv2d(np.ones((1, 4, 4, 2)), np.ones((3, 3, 2, 1)), np.ones((1, 1, 2, 2)), dilation_rate=(1, -2))", "ValueError", "separable_conv2d: dilation_rate must be positive"),
    ("K.separable_conv2d(np.ones((1, 4, 4, 2)), np.ones((3, 3, 2, 1)), np.ones((1, 1, 2, 2)), strides=2, dilation_rate=2)", "ValueError", "separable_conv2d: strides \u003e 1 cannot be combined with dilation_rate \u003e 1"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.separable_conv2d(np.ones((1, 3, 3, 1), dtype=\u0027float16\u0027), np.full((3, 3, 1, 1), 0.5, dtype=\u0027float16\u0027), np.full((1, 1, 1, 2), 2.0, dtype=\u0027float16\u0027), padding=\u0027same\u0027, data_format=\u0027channels_last\u0027)[0, 1, :, 0]", "np.array([6.0, 9.0, 6.0], dtype=\u0027float16\u0027)"),
    ("K.separable_conv2d(np.arange(30.0).reshape(1, 5, 6, 1), np.arange(4.0).reshape(2, 2, 1, 1), np.ones((1, 1, 1, 1)), padding=\u0027same\u0027, dilation_rate=2, data_format=\u0027channels_last\u0027)", "K.conv2d(np.arange(30.0).reshape(1, 5, 6, 1), np.array([0., 0, 1, 0, 0, 0, 2, 0, 3]).reshape(3, 3, 1, 1), padding=\u0027same\u0027, data_format=\u0027channels_last\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
