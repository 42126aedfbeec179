# @generated from spec/ops/control_dependencies.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.control_dependencies, generated from its spec entry.

The reference below is the spec's independent NumPy semantics; the harness in
tests/support draws dtypes, shapes (0-d, size-0, broadcasting), memory
layouts and special values, and checks derivatives by finite differences.
"""

import math  # noqa: F401  (reference vocabulary)

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime.config import epsilon, floatx, image_data_format  # noqa: F401  (reference vocabulary)
from tests.support import harness as H

NAME = "control_dependencies"
TENSORS = {}
TYPEVARS = {}
LISTS = ()
SHAPES = []
PARAMS = {
}
FD_PARAMS = PARAMS
REQUIRED = ('control_inputs',)
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = ('>>> v = K.variable(0.0)\n'
 '>>> x = K.placeholder(())\n'
 '>>> step = K.update_add(v, x)\n'
 '>>> with K.control_dependencies([step]):\n'
 '...     after = K.identity(v)\n'
 '>>> before = K.identity(v)\n'
 '>>> f = K.function([x], [after, before], updates=[step])\n'
 '>>> f([2.0])\n'
 '[array(2., dtype=float32), array(0., dtype=float32)]\n'
 '>>> f([3.0])\n'
 '[array(5., dtype=float32), array(2., dtype=float32)]\n'
 '>>> K.get_value(v)\n'
 'array(5., dtype=float32)\n'
 '>>> y = K.placeholder((2,))\n'
 '>>> with K.control_dependencies(K.print_tensor(y, message="y:")):\n'
 '...     z = K.identity(y * 2.0)\n'
 '>>> K.function([y], z)([np.array([1.0, 2.0])])\n'
 'y: [1. 2.]\n'
 'array([2., 4.], dtype=float32)\n')


def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


ERRORS = [
    ("K.control_dependencies(3)", "TypeError", "control_dependencies: control_inputs must be tensors, variables or updates (or None); got int 3"),
    ("K.control_dependencies([K.placeholder((2,)), \u0027a\u0027])", "TypeError", "control_dependencies: control_inputs must be tensors, variables or updates (or None); got str \u0027a\u0027"),
]


@pytest.mark.parametrize("call, exc, match", ERRORS)
def test_errors(call, exc, match):
    H.check_error(call, exc, match, K)


CASES = [
    ("(lambda cm: (cm.__enter__(), bool(cm.__exit__(None, None, None))))(K.control_dependencies([np.ones(2), [K.variable(1.0)]]))", "(None, False)"),
    ("(lambda cm: (cm.__enter__(), bool(cm.__exit__(None, None, None))))(K.control_dependencies(None))", "(None, False)"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
