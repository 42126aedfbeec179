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
KNOWN_DIFFERENCES = {
    "backend",
    "batch_normalization",  # rank-1 parameters follow `axis` for every rank (tf_keras: only 4-D); see its page
    "dropout",  # random: another generator stream (distributions are checked by the generated tests)
    "resize_images",  # float64 images stay float64 (tf_keras returns float32); values agree to ~3e-6
}
#: (function, dtype) -> rtol where TensorFlow itself computes in lower precision:
#: tf.nn.leaky_relu keeps `alpha` as a float32 attribute even for float64 inputs, and
#: tf.nn.ctc_beam_search_decoder scores float64 inputs in float32.
LOOSER = {("relu", "float64"): 3e-8, ("ctc_decode", "float64"): 1e-7}  # TF's beam search runs in float32
#: TensorFlow's oneDNN convolutions return input-sized garbage shapes for empty batches and for
#: `valid` windows larger than the input; ours give the empty results (documented on their pages).
EMPTY_RESULTS_DIFFER = {"conv1d", "conv2d", "conv3d", "separable_conv2d", "conv2d_transpose", "depthwise_conv2d"}


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


def _inputs(op, shapes, dtype, rng):
    lo, hi = op.tests.domain
    lo, hi = max(lo, -10.0), min(hi, 10.0)
    out = {}
    for p in op.signature.tensor_params:
        cls = op.typevars.get(p.type.base.dtype or "", "")
        members = SPEC.dtypes.members(cls) if cls in dict(SPEC.dtypes.classes) else ("float32",)
        dt = np.dtype(dtype if dtype in members else members[0])
        if dt.kind in "iu":
            make = lambda: rng.integers(int(lo), int(hi) + 1, shapes[p.name]).astype(dt)  # noqa: E731
        else:
            make = lambda: rng.uniform(lo, hi, shapes[p.name]).astype(dt)  # noqa: E731
        out[p.name] = [make(), make()] if p.type.base.kind == "tensor_list" else make()
    return out


def _to_tf(value):
    if isinstance(value, list):
        return [tf.constant(v) for v in value]
    return tf.constant(value)


def _plain(value):
    """A comparable Python/NumPy value from either library's result (nested structures kept)."""
    if isinstance(value, tf.SparseTensor) or hasattr(value, "dense_shape"):  # ours is a (indices, values, dense_shape) tuple
        return tuple(np.asarray(v) for v in (value.indices, value.values, value.dense_shape))
    if isinstance(value, (tf.Tensor, tf.Variable)):
        return np.asarray(value)
    if isinstance(value, tf.dtypes.DType):
        return value.name
    if isinstance(value, (list, tuple)) and value and any(isinstance(v, (tf.Tensor, tf.SparseTensor, np.ndarray, list, tuple)) for v in value):
        return [_plain(v) for v in value]
    return value


def _leaves(value):
    if isinstance(value, (list, tuple)) and any(isinstance(v, (np.ndarray, list, tuple)) for v in value):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


@pytest.mark.conformance
@pytest.mark.parametrize("op", OPS, ids=[op.name for op in OPS])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_matches_tf_keras(op, dtype):
    if op.name in KNOWN_DIFFERENCES:
        pytest.skip("documented difference")
    rng = np.random.default_rng(7)
    names = [p.name for p in op.signature.tensor_params]
    shape_sets = [dict(e) for e in op.tests.shapes] or [dict(zip(names, [(3, 4)] + [(4,)] * (len(names) - 1)))]
    compared = 0
    for shapes in shape_sets:
        for params in _calls(op):
            inputs = _inputs(op, shapes, dtype, rng)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    theirs = getattr(tfk, op.name)(**{k: _to_tf(v) for k, v in inputs.items()}, **params)
                except Exception:  # tf_keras rejects this call: nothing to compare
                    continue
            ours = K.__dict__[op.name](**inputs, **params)
            theirs, ours = _plain(theirs), _plain(ours)
            if op.name in EMPTY_RESULTS_DIFFER and (0 in np.shape(ours) or any(0 in np.shape(v) for v in inputs.values())):
                continue
            compared += 1
            ours_leaves, theirs_leaves = _leaves(ours), _leaves(theirs)
            assert len(ours_leaves) == len(theirs_leaves), (op.name, params, ours, theirs)
            for ours, theirs in zip(ours_leaves, theirs_leaves):
                if not isinstance(theirs, np.ndarray):
                    assert ours == theirs or (isinstance(ours, np.ndarray) and ours.tolist() == theirs), (op.name, params, ours, theirs)
                    continue
                assert ours.shape == theirs.shape, (op.name, shapes, params, ours.shape, theirs.shape)
                assert ours.dtype == theirs.dtype, (op.name, params, ours.dtype, theirs.dtype)
                rtol = LOOSER.get((op.name, dtype), 1e-5 if dtype == "float32" else 1e-10)
                np.testing.assert_allclose(ours, theirs, rtol=rtol, atol=rtol, err_msg=f"{op.name} {shapes} {params}")
    if not compared:
        pytest.skip("tf_keras rejected every call")
