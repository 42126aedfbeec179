# @generated from spec/ops/is_placeholder.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.is_placeholder, generated from its spec entry.

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

NAME = "is_placeholder"
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
EXAMPLES = ('>>> K.is_placeholder(K.placeholder((2, 3)))\n'
 'True\n'
 '>>> K.is_placeholder(K.exp(K.placeholder((2, 3))))\n'
 'False\n'
 '>>> K.is_placeholder(np.ones(2))\n'
 'False\n')


def reference(x):
    return type(x).__name__ == "Placeholder" and getattr(x, "default", None) is None



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


CASES = [
    ("K.is_placeholder(K.placeholder(ndim=2, sparse=True))", "True"),
    ("K.is_placeholder(K.variable(np.ones(2)))", "False"),
    ("K.is_placeholder(K.learning_phase())", "False"),
    ("K.is_placeholder(None)", "False"),
    ("K.is_placeholder([K.placeholder((2,))])", "False"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
