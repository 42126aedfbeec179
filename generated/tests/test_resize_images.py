# @generated from spec/ops/resize_images.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.resize_images, generated from its spec entry.

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

NAME = "resize_images"
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
SHAPES = [{'x': (2, 3, 4, 2)},
 {'x': (1, 1, 1, 1)},
 {'x': (1, 0, 2, 3)},
 {'x': (1, 2, 5, 1)},
 {'x': (1, 6, 2, 2)}]
PARAMS = {
    "height_factor": [2, 1, 3],
    "width_factor": [2, 1, 4],
    "data_format": ['channels_last', 'channels_first', None],
    "interpolation": ['nearest', 'bilinear', 'area', 'bicubic', 'gaussian', 'lanczos3', 'lanczos5', 'mitchellcubic'],
}
FD_PARAMS = PARAMS
REQUIRED = ('height_factor', 'width_factor', 'data_format')
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {'float32': (1e-05, 5e-05)}
EXAMPLES = ('>>> x = np.array([[[[1.0], [2.0]], [[3.0], [4.0]]]], dtype="float32")\n'
 '>>> K.resize_images(x, 2, 2, "channels_last")[0, :, :, 0]\n'
 'array([[1., 1., 2., 2.],\n'
 '       [1., 1., 2., 2.],\n'
 '       [3., 3., 4., 4.],\n'
 '       [3., 3., 4., 4.]], dtype=float32)\n'
 '>>> K.resize_images(x, 2, 2, "channels_last", interpolation="bilinear")[0, :, :, 0]\n'
 'array([[1.  , 1.25, 1.75, 2.  ],\n'
 '       [1.5 , 1.75, 2.25, 2.5 ],\n'
 '       [2.5 , 2.75, 3.25, 3.5 ],\n'
 '       [3.  , 3.25, 3.75, 4.  ]], dtype=float32)\n'
 '>>> K.resize_images(np.ones((1, 3, 2, 2), dtype="uint8"), 1, 3, "channels_first").shape\n'
 '(1, 3, 2, 6)\n')


def reference(x, height_factor, width_factor, data_format, interpolation="nearest"):
    x = np.asarray(x)
    first = (image_data_format() if data_format is None else data_format) == "channels_first"
    rows, cols = (2, 3) if first else (1, 2)
    if interpolation in ("nearest", "area"):
        out = x.repeat(height_factor, axis=rows).repeat(width_factor, axis=cols)
        return out if interpolation == "nearest" or x.dtype.kind == "f" else out.astype(np.float32)

    def weight(d):
        if interpolation == "bilinear":
            return 1.0 - d if d < 1 else 0.0
        if interpolation == "bicubic":
            return 1.5 * d**3 - 2.5 * d**2 + 1 if d < 1 else (-0.5 * d**3 + 2.5 * d**2 - 4 * d + 2 if d < 2 else 0.0)
        if interpolation == "mitchellcubic":
            return (7 * d**3 - 12 * d**2 + 16 / 3) / 6 if d < 1 else ((-7 / 3 * d**3 + 12 * d**2 - 20 * d + 32 / 3) / 6 if d < 2 else 0.0)
        if interpolation == "gaussian":
            return np.exp(-d * d / (2 * 0.5**2)) if d < 1.5 else 0.0
        r = 3 if interpolation == "lanczos3" else 5
        if d == 0:
            return 1.0
        if d >= r or d == int(d):
            return 0.0
        return r * np.sin(np.pi * d) * np.sin(np.pi * d / r) / (np.pi * d) ** 2

    def matrix(n, f):
        m = np.zeros((n * f, n))
        for o in range(n * f):
            s = (o + 0.5) / f - 0.5
            if interpolation == "bicubic":  # TensorFlow's 1024-entry weight table
                s = np.floor(s) + np.round((s - np.floor(s)) * 1024) / 1024
            for i in range(n):
                m[o, i] = weight(abs(i - s))
            m[o] /= m[o].sum()
        return m

    out_dtype = x.dtype if x.dtype.kind == "f" else np.dtype("float32")
    y = x.astype(np.float64)
    with np.errstate(invalid="ignore"):
        for axis, f in ((cols, width_factor), (rows, height_factor)):
            m = matrix(y.shape[axis], f)
            moved = np.moveaxis(y, axis, -1)[..., None, :]
            terms = np.where(m != 0, moved * m, 0.0)  # zero weights take no part (no 0 * inf)
            y = np.moveaxis(terms.sum(axis=-1), -1, axis)
    return y.astype(out_dtype)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


@given(data=st.data())
def test_matches_reference(data):
    H.check_against_reference(data, K.resize_images, reference, TENSORS, TYPEVARS, PARAMS, DOMAIN, SPECIAL_VALUES, TOLERANCE, LISTS, SHAPES)


def test_symbolic_matches_eager():
    H.check_symbolic(
        K.resize_images,
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
        K.resize_images,
        "x",
        lambda grad, result, x, height_factor, width_factor, data_format, interpolation='nearest': array_ops.resize_images_grad(grad, x, height_factor, width_factor, data_format, interpolation),
        TENSORS,
        FD_PARAMS,
        DOMAIN,
        shapes=SHAPES,
        required=REQUIRED,
    )


ERRORS = [
    ("K.resize_images(np.ones((2, 2, 1)), 2, 2, \u0027channels_last\u0027)", "ValueError", "resize_images: x must have rank 4; got shape (2, 2, 1)"),
    ("K.resize_images(np.ones((1, 2, 2, 1)), 0, 2, \u0027channels_last\u0027)", "ValueError", "resize_images: height_factor must be a positive integer; got 0"),
    ("K.resize_images(np.ones((1, 2, 2, 1)), 2, -1, \u0027channels_last\u0027)", "ValueError", "resize_images: width_factor must be a positive integer; got -1"),
    ("K.resize_images(np.ones((1, 2, 2, 1)), 1.5, 2, \u0027channels_last\u0027)", "TypeError", "resize_images: height_factor"),
    ("K.resize_images(np.ones((1, 2, 2, 1)), 2, 2, \u0027NHWC\u0027)", "ValueError", "resize_images: data_format must be one of \u0027channels_first\u0027, \u0027channels_last\u0027; got \u0027NHWC\u0027"),
    ("K.resize_images(np.ones((1, 2, 2, 1)), 2, 2, \u0027channels_last\u0027, \u0027cubic\u0027)", "ValueError", "resize_images: interpolation must be one of \u0027area\u0027, \u0027bicubic\u0027, \u0027bilinear\u0027"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("K.resize_images(np.arange(4, dtype=\u0027uint8\u0027).reshape(1, 2, 2, 1), 2, 1, \u0027channels_last\u0027, \u0027bilinear\u0027)[0, :, :, 0]", "np.array([[0, 1], [0.5, 1.5], [1.5, 2.5], [2, 3]], dtype=\u0027float32\u0027)"),
    ("K.resize_images(np.arange(4, dtype=\u0027uint8\u0027).reshape(1, 2, 2, 1), 2, 1, \u0027channels_last\u0027).dtype", "np.dtype(\u0027uint8\u0027)"),
    ("K.resize_images(np.ones((1, 2, 2, 1)), 2, 2, \u0027channels_last\u0027, \u0027bicubic\u0027).dtype", "np.dtype(\u0027float64\u0027)"),
    ("K.resize_images(np.array([True, False]).reshape(1, 1, 2, 1), 1, 2, \u0027channels_last\u0027, \u0027nearest\u0027)[0, 0, :, 0]", "np.array([True, True, False, False])"),
    ("K.resize_images(np.array([1.0, np.inf, 3.0]).reshape(1, 1, 3, 1), 1, 1, \u0027channels_last\u0027, \u0027bilinear\u0027)[0, 0, :, 0]", "np.array([1.0, np.inf, 3.0])"),
    ("K.resize_images(np.array([0.0, 0.0, 1.0, 0.0, 0.0], dtype=\u0027float32\u0027).reshape(1, 1, 5, 1), 1, 1, \u0027channels_last\u0027, \u0027gaussian\u0027)[0, 0, :, 0]", "np.array([0.0, 0.10650698, 0.78698604, 0.10650698, 0.0], dtype=\u0027float32\u0027)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
