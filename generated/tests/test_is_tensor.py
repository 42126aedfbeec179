# @generated from spec/ops/is_tensor.yaml by codegen/templates/test_op.py.j2 — do not edit
"""Tests of keras_numba.is_tensor, generated from its spec entry.

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

NAME = "is_tensor"
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
EXAMPLES = ('>>> K.is_tensor(K.placeholder((2, 3)))\n'
 'True\n'
 '>>> K.is_tensor(K.variable(np.ones(2)))\n'
 'True\n'
 '>>> K.is_tensor(np.ones(2))\n'
 'False\n')


def reference(x):
    names = {c.__name__ for c in type(x).__mro__ if c.__module__.startswith("keras_numba")}
    return bool(names & {"GraphValue", "SparseTensor"})



def test_examples():
    H.run_examples(EXAMPLES, NAME, K)


def test_examples_against_reference():
    H.run_examples(EXAMPLES, NAME, H.reference_namespace(K, NAME, reference))


CASES = [
    ("K.is_tensor(K.exp(K.placeholder((2,))))", "True"),
    ("K.is_tensor(K.variable(np.ones(2)) + 1.0)", "True"),
    ("K.is_tensor(K.ctc_label_dense_to_sparse(np.ones((2, 2)), np.array([1, 2])))", "True"),
    ("K.is_tensor(np.float32(1.0))", "False"),
    ("K.is_tensor(K.constant([1.0, 2.0]))", "False"),
    ("K.is_tensor(3)", "False"),
    ("K.is_tensor([K.placeholder((2,))])", "False"),
    ("K.is_tensor(None)", "False"),
]


@pytest.mark.parametrize("call, expect", CASES)
def test_cases(call, expect):
    H.check_case(call, expect, K)
