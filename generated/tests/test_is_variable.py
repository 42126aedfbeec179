# @generated from spec/ops/is_variable.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.is_variable, generated from its spec entry.

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

NAME = "is_variable"
TENSORS = {}
TYPEVARS = {}
LISTS = ()
SHAPES = []
PARAMS = {
}
FD_PARAMS = PARAMS
REQUIRED = ('x',)
DOMAIN = (-10.0, 10.0)
SPECIAL_VALUES = True
TOLERANCE = {}
EXAMPLES = '>>> K.is_variable(K.variable(np.ones(2)))\nTrue\n>>> K.is_variable(np.ones(2))\nFalse\n'


def reference(x):
    kind = type(x)
    return any(k.__name__ == "Variable" and k.__module__.startswith("keras_numba") for k in kind.__mro__)



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


CASES = [
    ("K.is_variable(K.placeholder((2,)))", "False"),
    ("K.is_variable(K.variable(np.ones(2)) * 2.0)", "False"),
    ("K.is_variable(K.random_uniform_variable((2,), 0.0, 1.0))", "True"),
    ("K.is_variable(None)", "False"),
    ("K.is_variable(3.0)", "False"),
    ("K.is_variable([K.variable(1.0)])", "False"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
