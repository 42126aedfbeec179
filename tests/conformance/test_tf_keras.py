"""Conformance against TensorFlow's tf_keras.backend, when it is installed.

For every spec entry with tensor inputs and a same-named tf_keras function,
calls both on the same inputs (float32 and float64, each listed parameter
value) and compares value, shape and dtype. Skips cleanly without TensorFlow:
`pip install tensorflow-cpu tf-keras` in the test environment to run it.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

tf = pytest.importorskip("tensorflow", reason="tensorflow is not installed: conformance tests skipped")
tfk = pytest.importorskip("tf_keras.backend", reason="tf_keras is not installed: conformance tests skipped")

import keras_numba as K  # noqa: E402
from codegen.loader import load_spec  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SPEC = load_spec(ROOT)
OPS = [op for op in SPEC.ops if op.signature.tensor_params and hasattr(tfk, op.name)]

#: Where we differ from tf_keras on purpose (documented on each function's page).
KNOWN_DIFFERENCES = {"backend"}
#: (function, dtype) -> rtol where TensorFlow itself computes in lower precision:
#: tf.nn.leaky_relu keeps `alpha` as a float32 attribute even for float64 inputs.
LOOSER = {("relu", "float64"): 3e-8}


def _calls(op):
    params = dict(op.tests.params)
    variants = [{}]
    for name, values in params.items():
        variants.extend({name: eval(v)} for v in values)  # noqa: S307
    required = [p.name for p in op.signature.attr_params if p.default is None]
    for v in variants:
        for name in required:
            v.setdefault(name, eval(params[name][0]))  # noqa: S307
    return variants


@pytest.mark.conformance
@pytest.mark.parametrize("op", OPS, ids=[op.name for op in OPS])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_matches_tf_keras(op, dtype):
    if op.name in KNOWN_DIFFERENCES:
        pytest.skip("documented difference")
    rng = np.random.default_rng(7)
    lo, hi = op.tests.domain
    lo, hi = max(lo, -10.0), min(hi, 10.0)
    cls = {p.name: op.typevars.get(p.type.base.dtype or "", "") for p in op.signature.tensor_params}
    shapes = [(3, 4)] + [(4,)] * (len(op.signature.tensor_params) - 1)
    for params in _calls(op):
        inputs = {}
        for p, shape in zip(op.signature.tensor_params, shapes):
            members = SPEC.dtypes.members(cls[p.name]) if cls[p.name] in dict(SPEC.dtypes.classes) else ("float32",)
            dt = dtype if dtype in members else members[0]
            inputs[p.name] = rng.uniform(lo, hi, shape).astype(dt)
        ours = K.__dict__[op.name](**inputs, **params)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = getattr(tfk, op.name)(**{k: tf.constant(v) for k, v in inputs.items()}, **params)
        theirs = np.asarray(theirs)
        assert ours.shape == theirs.shape, (op.name, params)
        assert ours.dtype == theirs.dtype, (op.name, params, ours.dtype, theirs.dtype)
        rtol = LOOSER.get((op.name, dtype), 1e-5 if dtype == "float32" else 1e-10)
        np.testing.assert_allclose(ours, theirs, rtol=rtol, atol=rtol, err_msg=f"{op.name} {params}")
