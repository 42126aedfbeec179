"""Binary, categorical and sparse categorical crossentropy, and their gradients.

The generated wrappers call these with converted arguments (floating arrays,
the target of the sparse loss as any numeric array, validated ints and bools);
shapes, axes and class indices are checked here. Messages read
``keras_numba.<fn>: <arg> ...``.

Formulas (tf_keras 2.21, in the dtype of `output`; float16 computes in float32):

- binary, probabilities: ``o = clip(output, eps, 1 - eps)``, then
  ``-(t * log(o + eps) + (1 - t) * log(1 - o + eps))`` with ``eps = epsilon()``;
  logits: ``max(x, 0) - x * t + log1p(exp(-|x|))`` (never overflows).
- categorical, probabilities: ``p = output / sum(output, axis)``, clipped to
  ``[eps, 1 - eps]``, ``-sum(t * log(p), axis)``; logits:
  ``sum(t * (log(sum(exp(x - max))) - (x - max)), axis)``.
- sparse categorical: the categorical loss of one class per row. On
  probabilities TensorFlow takes ``log(clip(output))`` as logits, which is
  ``log(sum(clip(o))) - log(clip(o)[target])``: the rows are renormalised.

Kernels: one fused Numba pass per element (binary) or per row (the others:
max, exp-sum and the target-weighted sum in two sweeps over a row held in
cache), with the vectorised exp/log/log1p of ``numerics``; rows (or element
chunks) run in ``prange`` above 50k elements. Another `axis` is moved last
first (one copy). Compiled on first use.
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np

from . import checks, config, kernels

_F16 = np.dtype("float16")
_F32 = np.dtype("float32")
_PARALLEL_MIN = 50_000
_CHUNK = 4096  # elements per parallel job of the elementwise loss

# Bound to Numba functions by _prepare() before anything compiles.
prange = range
exp = log = log1p = None


# --------------------------------------------------------------------------- loops (compiled lazily)


def _clip(v, lo, hi):  # type: ignore[no-untyped-def]
    # tf.clip_by_value: NaN passes through
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


def _bce_probs_span(t, o, out, eps, start, stop):  # type: ignore[no-untyped-def]
    one = o.dtype.type(1)
    hi = one - eps
    for i in range(start, stop):
        p = _clip(o[i], eps, hi)
        out[i] = -(t[i] * log(p + eps) + (one - t[i]) * log(one - p + eps))


def _bce_logits_span(t, x, out, start, stop):  # type: ignore[no-untyped-def]
    zero = x.dtype.type(0)
    for i in range(start, stop):
        v = x[i]
        out[i] = (v if v > zero else zero) - v * t[i] + log1p(exp(-abs(v)))


def _row_max(row):  # type: ignore[no-untyped-def]
    # `maximum` (row_kernels: llvm.maximum) vectorises; a compare-and-select does not.
    # It propagates NaN, and a row with a NaN logit has a NaN loss either way.
    m = row.dtype.type(-np.inf)
    for i in range(row.shape[0]):
        m = maximum(m, row[i])
    return m


def _cce_logits_row(t, x, r, out):  # type: ignore[no-untyped-def]
    row, tr = x[r], t[r]
    m = _row_max(row)
    s = row.dtype.type(0)
    for i in range(row.shape[0]):
        s += exp(row[i] - m)
    ls = log(s)
    acc = row.dtype.type(0)
    for i in range(row.shape[0]):
        acc += tr[i] * (ls - (row[i] - m))
    out[r] = acc


def _cce_probs_row(t, o, r, out, eps):  # type: ignore[no-untyped-def]
    row, tr = o[r], t[r]
    hi = row.dtype.type(1) - eps
    s = row.dtype.type(0)
    for i in range(row.shape[0]):
        s += row[i]
    acc = row.dtype.type(0)
    for i in range(row.shape[0]):
        acc += tr[i] * log(_clip(row[i] / s, eps, hi))
    out[r] = -acc


def _scce_row(t, o, r, out, eps, from_logits):  # type: ignore[no-untyped-def]
    # t[r] < 0 marks an ignored row (loss 0)
    row = o[r]
    c = t[r]
    if c < 0:
        out[r] = 0
        return
    if from_logits:
        m = _row_max(row)
        s = row.dtype.type(0)
        for i in range(row.shape[0]):
            s += exp(row[i] - m)
        out[r] = log(s) - (row[c] - m)
    else:
        hi = row.dtype.type(1) - eps
        s = row.dtype.type(0)
        for i in range(row.shape[0]):
            s += _clip(row[i], eps, hi)
        out[r] = log(s) - log(_clip(row[c], eps, hi))


def _bce_probs(t, o, out, eps):  # type: ignore[no-untyped-def]
    _bce_probs_span(t, o, out, eps, 0, o.shape[0])  # noqa: F821


def _bce_probs_parallel(t, o, out, eps):  # type: ignore[no-untyped-def]
    n = o.shape[0]
    for j in prange((n + 4095) // 4096):
        start = j * 4096
        stop = min(n, start + 4096)
        _bce_probs_span(t[start:stop], o[start:stop], out[start:stop], eps, 0, stop - start)  # noqa: F821


def _bce_logits(t, x, out):  # type: ignore[no-untyped-def]
    _bce_logits_span(t, x, out, 0, x.shape[0])  # noqa: F821


def _bce_logits_parallel(t, x, out):  # type: ignore[no-untyped-def]
    n = x.shape[0]
    for j in prange((n + 4095) // 4096):
        start = j * 4096
        stop = min(n, start + 4096)
        _bce_logits_span(t[start:stop], x[start:stop], out[start:stop], 0, stop - start)  # noqa: F821


def _cce_logits(t, x, out):  # type: ignore[no-untyped-def]
    for r in range(x.shape[0]):
        _cce_logits_row(t, x, r, out)  # noqa: F821


def _cce_logits_parallel(t, x, out):  # type: ignore[no-untyped-def]
    for r in prange(x.shape[0]):
        _cce_logits_row(t, x, r, out)  # noqa: F821


def _cce_probs(t, o, out, eps):  # type: ignore[no-untyped-def]
    for r in range(o.shape[0]):
        _cce_probs_row(t, o, r, out, eps)  # noqa: F821


def _cce_probs_parallel(t, o, out, eps):  # type: ignore[no-untyped-def]
    for r in prange(o.shape[0]):
        _cce_probs_row(t, o, r, out, eps)  # noqa: F821


def _scce(t, o, out, eps, from_logits):  # type: ignore[no-untyped-def]
    for r in range(o.shape[0]):
        _scce_row(t, o, r, out, eps, from_logits)  # noqa: F821


def _scce_parallel(t, o, out, eps, from_logits):  # type: ignore[no-untyped-def]
    for r in prange(o.shape[0]):
        _scce_row(t, o, r, out, eps, from_logits)  # noqa: F821


_HELPERS = ("_clip", "_row_max", "_bce_probs_span", "_bce_logits_span", "_cce_logits_row", "_cce_probs_row", "_scce_row")


def _signature(name: str, numba: Any, dtype: str) -> Any:
    """Inputs typed read-only (a broadcast or read-only array is passed without a copy)."""
    ty = numba.types
    t = numba.from_dtype(np.dtype(dtype))
    r1, r2, w1 = ty.Array(t, 1, "C", readonly=True), ty.Array(t, 2, "C", readonly=True), ty.Array(t, 1, "C")
    return {
        "_bce_probs": ty.void(r1, r1, w1, t),
        "_bce_logits": ty.void(r1, r1, w1),
        "_cce_logits": ty.void(r2, r2, w1),
        "_cce_probs": ty.void(r2, r2, w1, t),
        "_scce": ty.void(ty.Array(ty.int64, 1, "C", readonly=True), r2, w1, t, ty.boolean),
    }[name]

def _vectorised_math() -> dict[str, Any]:
    from . import numerics, row_kernels

    return {"exp": numerics.exp, "log": numerics.log, "log1p": numerics.log1p, "maximum": row_kernels.maximum}


# reassoc lets the row sums vectorise (8+ partial sums), also on the helpers: the flag stays on
# their instructions when inlined; contract fuses multiply-adds
_loop = kernels.LoopSet(
    globals(), _signature, helpers=_HELPERS, helper_fastmath=frozenset({"contract", "reassoc"}),
    fastmath=frozenset({"contract", "reassoc"}), bind=_vectorised_math,
)


def _parallel(size: int) -> bool:
    return size >= _PARALLEL_MIN and kernels.parallel_available()


# --------------------------------------------------------------------------- helpers


def _compute(dtype: np.dtype) -> np.dtype:
    return _F32 if dtype == _F16 else dtype


def _eps(dtype: np.dtype) -> Any:
    return dtype.type(config.epsilon())


def _rows(a: np.ndarray, axis: int, dtype: np.dtype) -> np.ndarray:
    """`a` with `axis` moved last, as a C-contiguous (rows, classes) array of `dtype`."""
    moved = np.moveaxis(a, axis, -1)
    return np.ascontiguousarray(moved, dtype=dtype).reshape(-1, moved.shape[-1] if moved.ndim else 1)


def _same_shape(fn: str, target: np.ndarray, output: np.ndarray) -> None:
    if target.shape != output.shape:
        raise ValueError(f"keras_numba.{fn}: target and output must have the same shape; got {target.shape} and {output.shape}")


def _class_axis(fn: str, output_shape: tuple[Optional[int], ...], axis: int) -> int:
    if len(output_shape) == 0:
        raise ValueError(f"keras_numba.{fn}: output must have at least one dimension (the classes)")
    return checks.normalize_axis(fn, "axis", axis, len(output_shape))


# --------------------------------------------------------------------------- binary


def binary_crossentropy(target: np.ndarray, output: np.ndarray, from_logits: bool) -> np.ndarray:
    """Elementwise binary crossentropy (target and output broadcast)."""
    try:
        shape = np.broadcast_shapes(target.shape, output.shape)
    except ValueError:
        raise ValueError(f"keras_numba.binary_crossentropy: target and output shapes do not broadcast; got {target.shape} and {output.shape}") from None
    dtype = output.dtype
    compute = _compute(dtype)
    t = np.ascontiguousarray(np.broadcast_to(target, shape), dtype=compute).reshape(-1)
    o = np.ascontiguousarray(np.broadcast_to(output, shape), dtype=compute).reshape(-1)
    out = np.empty(o.shape[0], compute)
    if out.size:
        if from_logits:
            _loop("_bce_logits", _parallel(out.size))(t, o, out)
        else:
            _loop("_bce_probs", _parallel(out.size))(t, o, out, _eps(compute))
    return out.reshape(shape).astype(dtype, copy=False)


def _unbroadcast(g: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    while g.ndim > len(shape):
        g = g.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and g.shape[axis] != 1:
            g = g.sum(axis=axis, keepdims=True)
    return g


def binary_crossentropy_grad(grad, target, output, from_logits=False, wrt="output"):  # type: ignore[no-untyped-def]
    """Gradient of binary_crossentropy with respect to `wrt` ('target' or 'output'), in float64."""
    t, o = np.asarray(target), np.asarray(output)
    dtype = np.result_type(t.dtype, o.dtype, np.asarray(grad).dtype, np.float32)
    tb, ob = (np.asarray(v, dtype=np.float64) for v in np.broadcast_arrays(t, o))
    g = np.asarray(grad, dtype=np.float64)
    with np.errstate(all="ignore"):
        if from_logits:
            d = ob if wrt == "target" else 1.0 / (1.0 + np.exp(-ob)) - tb
            d = -d if wrt == "target" else d
        else:
            eps = config.epsilon()
            lo, hi = float(np.asarray(eps, dtype)), float(1 - np.asarray(eps, dtype))
            p = np.clip(ob, lo, hi)
            if wrt == "target":
                d = -(np.log(p + eps) - np.log(1 - p + eps))
            else:
                d = np.where((ob >= lo) & (ob <= hi), -tb / (p + eps) + (1 - tb) / (1 - p + eps), 0.0)
    return _unbroadcast(g * d, (t if wrt == "target" else o).shape)


# --------------------------------------------------------------------------- categorical


def categorical_shape(target, output, axis=-1):  # type: ignore[no-untyped-def]
    """Static result shape: `output`'s without the class axis."""
    a = _class_axis("categorical_crossentropy", tuple(output), axis)
    return tuple(output[:a]) + tuple(output[a + 1:])


def categorical_crossentropy(target: np.ndarray, output: np.ndarray, from_logits: bool, axis: int) -> np.ndarray:
    """Crossentropy between a target distribution and predictions along `axis`."""
    fn = "categorical_crossentropy"
    _same_shape(fn, target, output)
    a = _class_axis(fn, output.shape, axis)
    dtype = output.dtype
    compute = _compute(dtype)
    shape = output.shape[:a] + output.shape[a + 1:]
    rows = int(np.prod(shape, dtype=np.int64))
    if rows == 0:
        return np.zeros(shape, dtype)
    if output.shape[a] == 0:  # no classes: an empty sum
        return np.zeros(shape, dtype)
    t, o = _rows(target, a, compute), _rows(output, a, compute)
    out = np.empty(rows, compute)
    if from_logits:
        _loop("_cce_logits", _parallel(o.size))(t, o, out)
    else:
        _loop("_cce_probs", _parallel(o.size))(t, o, out, _eps(compute))
    return out.reshape(shape).astype(dtype, copy=False)


def categorical_crossentropy_grad(grad, target, output, from_logits=False, axis=-1, wrt="output"):  # type: ignore[no-untyped-def]
    """Gradient of categorical_crossentropy with respect to `wrt` ('target' or 'output'), in float64."""
    t, o = np.asarray(target, dtype=np.float64), np.asarray(output, dtype=np.float64)
    a = _class_axis("categorical_crossentropy", o.shape, axis)
    g = np.expand_dims(np.asarray(grad, dtype=np.float64), a)
    with np.errstate(all="ignore"):
        if from_logits:
            z = o - np.max(o, axis=a, keepdims=True)
            log_softmax = z - np.log(np.sum(np.exp(z), axis=a, keepdims=True))
            if wrt == "target":
                return -g * log_softmax
            return g * (np.sum(t, axis=a, keepdims=True) * np.exp(log_softmax) - t)
        dtype = np.result_type(np.asarray(output).dtype, np.float32)
        eps = config.epsilon()
        lo, hi = float(np.asarray(eps, dtype)), float(1 - np.asarray(eps, dtype))
        s = np.sum(o, axis=a, keepdims=True)
        p = o / s
        pc = np.clip(p, lo, hi)
        if wrt == "target":
            return -g * np.log(pc)
        u = np.where((p >= lo) & (p <= hi), -t / pc, 0.0)
        return g * (u - np.sum(u * p, axis=a, keepdims=True)) / s


# --------------------------------------------------------------------------- sparse categorical


def _sparse_layout(fn: str, target_shape, output_shape, axis):  # type: ignore[no-untyped-def]
    """(class axis, result shape) of sparse_categorical_crossentropy, as tf_keras shapes it."""
    a = _class_axis(fn, tuple(output_shape), axis)
    kept = tuple(output_shape[:a]) + tuple(output_shape[a + 1:])
    if len(target_shape) == len(output_shape) - 1:
        if any(t is not None and k is not None and t != k for t, k in zip(target_shape, kept)):
            raise ValueError(f"keras_numba.{fn}: target shape {tuple(target_shape)} does not match output shape {tuple(output_shape)} without axis {a}")
        return a, kept
    # another rank: tf_keras flattens the target (a trailing 1, or any shape of the right size)
    if None not in tuple(target_shape) + kept and int(np.prod(target_shape, dtype=np.int64)) != int(np.prod(kept, dtype=np.int64)):
        raise ValueError(f"keras_numba.{fn}: target shape {tuple(target_shape)} does not match output shape {tuple(output_shape)} without axis {a}")
    if len(output_shape) >= 3:
        return a, kept
    if None in tuple(target_shape):
        return a, (None,)
    return a, (int(np.prod(target_shape, dtype=np.int64)),)


def sparse_shape(target, output, axis=-1, ignore_class=None):  # type: ignore[no-untyped-def]
    """Static result shape of sparse_categorical_crossentropy."""
    shape = _sparse_layout("sparse_categorical_crossentropy", tuple(target), tuple(output), axis)[1]
    if ignore_class is not None:
        a = _class_axis("sparse_categorical_crossentropy", tuple(output), axis)
        shape = tuple(output[:a]) + tuple(output[a + 1:])
    return shape


def _class_indices(fn: str, target: np.ndarray, classes: int, ignore_class: Optional[int]) -> np.ndarray:
    """int64 class per row, -1 for ignored rows; out-of-range classes are an IndexError."""
    flat = target.reshape(-1)
    if flat.dtype.kind == "f":
        bad = ~np.isfinite(flat)
        if bad.any():
            raise IndexError(f"keras_numba.{fn}: target must hold class indices in [0, {classes}); got {flat[bad][0]}")
        flat = np.trunc(flat)  # as tf.cast to int64
        low, high = (float(flat.min()), float(flat.max())) if flat.size else (0.0, 0.0)
        if low < -2.0**63 or high >= 2.0**63:
            bad_value = low if low < -2.0**63 else high
            raise IndexError(f"keras_numba.{fn}: target must hold class indices in [0, {classes}); got {bad_value}")
    elif flat.dtype.kind == "u" and flat.dtype.itemsize == 8 and flat.size and flat.max() >= 2**63:
        raise IndexError(f"keras_numba.{fn}: target must hold class indices in [0, {classes}); got {flat.max()}")
    idx = flat.astype(np.int64)
    ignored = idx == ignore_class if ignore_class is not None else None
    check = idx[~ignored] if ignored is not None else idx
    if check.size:
        low, high = check.min(), check.max()
        if low < 0 or high >= classes:
            raise IndexError(f"keras_numba.{fn}: target must hold class indices in [0, {classes}); got {low if low < 0 else high}")
    if ignored is not None:
        idx = np.where(ignored, -1, idx)
    return np.ascontiguousarray(idx)


def sparse_categorical_crossentropy(target: np.ndarray, output: np.ndarray, from_logits: bool, axis: int,
                                    ignore_class: Optional[int]) -> np.ndarray:
    """Categorical crossentropy with integer class targets."""
    fn = "sparse_categorical_crossentropy"
    a, shape = _sparse_layout(fn, target.shape, output.shape, axis)
    if ignore_class is not None:
        shape = output.shape[:a] + output.shape[a + 1:]
    dtype = output.dtype
    compute = _compute(dtype)
    classes = output.shape[a]
    idx = _class_indices(fn, target, classes, ignore_class)
    out = np.empty(idx.shape[0], compute)
    if out.size:
        o = _rows(output, a, compute)
        _loop("_scce", _parallel(o.size))(idx, o, out, _eps(compute), bool(from_logits))
    return out.reshape(shape).astype(dtype, copy=False)


def sparse_categorical_crossentropy_grad(grad, target, output, from_logits=False, axis=-1, ignore_class=None):  # type: ignore[no-untyped-def]
    """Gradient of sparse_categorical_crossentropy with respect to `output`, in float64."""
    fn = "sparse_categorical_crossentropy"
    target, o = np.asarray(target), np.asarray(output)
    a = _class_axis(fn, o.shape, axis)
    classes = o.shape[a]
    idx = _class_indices(fn, target, classes, ignore_class)
    rows = _rows(o, a, np.float64)
    g = np.asarray(grad, dtype=np.float64).reshape(-1)
    valid = idx >= 0
    onehot = np.zeros_like(rows)
    onehot[np.nonzero(valid)[0], idx[valid]] = 1.0
    with np.errstate(all="ignore"):
        if from_logits:
            z = rows - np.max(rows, axis=1, keepdims=True)
            e = np.exp(z)
            d = e / np.sum(e, axis=1, keepdims=True) - onehot
        else:
            dtype = np.result_type(o.dtype, np.float32)
            eps = config.epsilon()
            lo, hi = float(np.asarray(eps, dtype)), float(1 - np.asarray(eps, dtype))
            pc = np.clip(rows, lo, hi)
            inside = (rows >= lo) & (rows <= hi)
            d = np.where(inside, 1.0 / np.sum(pc, axis=1, keepdims=True) - onehot / pc, 0.0)
    d = np.where(valid[:, None], d * g[:, None], 0.0)
    moved_shape = np.moveaxis(o, a, -1).shape
    return np.moveaxis(d.reshape(moved_shape), -1, a)
