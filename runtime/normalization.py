"""Batch normalisation: applying given statistics, and computing them over a batch.

The generated wrappers call these with converted arguments (floating arrays of
one dtype; a `None` beta or gamma arrives as the Python number 0.0 / 1.0 and
converts to a 0-d array); shapes and axes are checked here. Messages read
``keras_numba.<fn>: <arg> ...``.

How parameters line up with `x`: a rank-1 `mean`/`var`/`beta`/`gamma` runs
along `axis` (`batch_normalization`) or over the kept axes
(`normalize_batch_in_training`); any other rank broadcasts as NumPy does, and
never enlarges `x`.

Kernel: when every parameter varies along one block of consecutive axes of `x`
(the usual per-channel case, any axis), `x` is viewed as ``(A, K, B)`` and one
fused Numba pass computes ``(x - mean[k]) * scale[k] + beta[k]`` with
``scale = gamma / sqrt(var + epsilon)`` precomputed per channel: vectorised
over channels when ``B == 1`` (channels last), else over ``B``; rows in
``prange`` above 50k elements. Other broadcasts use NumPy. float16 computes in
float32.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

import numpy as np

from . import checks, kernels

_F16 = np.dtype("float16")
_F32 = np.dtype("float32")
_PARALLEL_MIN = 50_000

prange = range  # numba.prange once _prepare() ran


# --------------------------------------------------------------------------- loops (compiled lazily)


def _affine_rows(x, m, s, b, out):  # type: ignore[no-untyped-def]  # (A, K): channels innermost
    for a in range(x.shape[0]):
        row, dst = x[a], out[a]
        for k in range(row.shape[0]):
            dst[k] = (row[k] - m[k]) * s[k] + b[k]


def _affine_rows_parallel(x, m, s, b, out):  # type: ignore[no-untyped-def]
    for a in prange(x.shape[0]):
        row, dst = x[a], out[a]
        for k in range(row.shape[0]):
            dst[k] = (row[k] - m[k]) * s[k] + b[k]


def _affine_blocks(x, m, s, b, out):  # type: ignore[no-untyped-def]  # (A, K, B): one channel per inner run
    for a in range(x.shape[0]):
        for k in range(x.shape[1]):
            mk, sk, bk = m[k], s[k], b[k]
            src, dst = x[a, k], out[a, k]
            for i in range(src.shape[0]):
                dst[i] = (src[i] - mk) * sk + bk


def _affine_blocks_parallel(x, m, s, b, out):  # type: ignore[no-untyped-def]
    for j in prange(x.shape[0] * x.shape[1]):
        a = j // x.shape[1]
        k = j - a * x.shape[1]
        mk, sk, bk = m[k], s[k], b[k]
        src, dst = x[a, k], out[a, k]
        for i in range(src.shape[0]):
            dst[i] = (src[i] - mk) * sk + bk


def _moments_rows(x, g, b, eps, parts, mean, var, out):  # type: ignore[no-untyped-def]
    """x (A, K), channels innermost: moments over A (two passes in float64), then normalise.

    Compiled twice: serially and with parallel=True (where prange splits the rows
    into parts.shape[0] chunks, each summing into its own row of `parts`).
    """
    a_n, k_n = x.shape
    p_n = parts.shape[0]
    for p in prange(p_n):
        acc = parts[p]
        for k in range(k_n):
            acc[k] = 0.0
        for a in range(a_n * p // p_n, a_n * (p + 1) // p_n):
            row = x[a]
            for k in range(k_n):
                acc[k] += row[k]
    for k in range(k_n):
        t = 0.0
        for p in range(p_n):
            t += parts[p, k]
        mean[k] = t / a_n
    for p in prange(p_n):
        acc = parts[p]
        for k in range(k_n):
            acc[k] = 0.0
        for a in range(a_n * p // p_n, a_n * (p + 1) // p_n):
            row = x[a]
            for k in range(k_n):
                dev = row[k] - mean[k]
                acc[k] += dev * dev
    for k in range(k_n):
        t = 0.0
        for p in range(p_n):
            t += parts[p, k]
        var[k] = t / a_n
    m = np.empty(k_n, x.dtype)
    sc = np.empty(k_n, x.dtype)
    sh = np.empty(k_n, x.dtype)
    for k in range(k_n):
        scale = g[k] / np.sqrt(var[k] + eps)
        m[k] = mean[k]
        sc[k] = scale
        sh[k] = b[k]
    for a in prange(a_n):
        row, dst = x[a], out[a]
        for k in range(k_n):
            dst[k] = (row[k] - m[k]) * sc[k] + sh[k]


def _moments_rows_onepass(x, g, b, eps, parts, mean, var, out):  # type: ignore[no-untyped-def]
    """As _moments_rows, with both moments from one pass of shifted sums (float32 inputs only).

    Shifting by the first row (when finite) and summing in float64 leaves a relative error of
    about 1e-16 * (1 + z^2), z the first row's z-score: far below float32 rounding, so one read
    of x is saved. parts is (2P, K): rows [0, P) sum x - shift, rows [P, 2P) its squares.
    """
    a_n, k_n = x.shape
    p_n = parts.shape[0] // 2
    shift = np.empty(k_n)
    for k in range(k_n):
        v = np.float64(x[0, k])
        shift[k] = v if np.isfinite(v) else 0.0
    for p in prange(p_n):
        s1, s2 = parts[p], parts[p_n + p]
        for k in range(k_n):
            s1[k] = 0.0
            s2[k] = 0.0
        for a in range(a_n * p // p_n, a_n * (p + 1) // p_n):
            row = x[a]
            for k in range(k_n):
                dev = row[k] - shift[k]
                s1[k] += dev
                s2[k] += dev * dev
    for k in range(k_n):
        t1 = 0.0
        t2 = 0.0
        for p in range(p_n):
            t1 += parts[p, k]
            t2 += parts[p_n + p, k]
        d = t1 / a_n
        mean[k] = shift[k] + d
        v = t2 / a_n - d * d
        var[k] = v if v > 0.0 or v != v else 0.0  # rounding may leave a tiny negative
    m = np.empty(k_n, x.dtype)
    sc = np.empty(k_n, x.dtype)
    sh = np.empty(k_n, x.dtype)
    for k in range(k_n):
        m[k] = mean[k]
        sc[k] = g[k] / np.sqrt(var[k] + eps)
        sh[k] = b[k]
    for a in prange(a_n):
        row, dst = x[a], out[a]
        for k in range(k_n):
            dst[k] = (row[k] - m[k]) * sc[k] + sh[k]


def _moments_blocks(x, g, b, eps, parts, mean, var, out):  # type: ignore[no-untyped-def]
    """x (A, K, B), one channel per inner run: each channel's two moment passes and its
    normalisation run together (its A * B values stay in cache); channels in prange."""
    a_n, k_n, b_n = x.shape
    n = a_n * b_n
    for k in prange(k_n):
        t = 0.0
        for a in range(a_n):
            src = x[a, k]
            for i in range(b_n):
                t += src[i]
        mk = t / n
        t = 0.0
        for a in range(a_n):
            src = x[a, k]
            for i in range(b_n):
                dev = src[i] - mk
                t += dev * dev
        vk = t / n
        mean[k] = mk
        var[k] = vk
        scale = g[k] / np.sqrt(vk + eps)
        m, sc, sh = x.dtype.type(mk), x.dtype.type(scale), x.dtype.type(b[k])
        for a in range(a_n):
            src, dst = x[a, k], out[a, k]
            for i in range(b_n):
                dst[i] = (src[i] - m) * sc + sh


def _signature(name: str, numba: Any, dtype: str) -> Any:
    ty = numba.types
    t = numba.from_dtype(np.dtype(dtype))
    v = ty.Array(t, 1, "C", readonly=True)
    if name.startswith("_moments"):
        nd = 3 if name == "_moments_blocks" else 2
        f64 = ty.Array(ty.float64, 1, "C")
        return ty.void(ty.Array(t, nd, "C", readonly=True), ty.Array(ty.float64, 1, "C", readonly=True), ty.Array(ty.float64, 1, "C", readonly=True),
                       ty.float64, ty.Array(ty.float64, 2, "C"), f64, f64, ty.Array(t, nd, "C"))
    nd = 2 if name == "_affine_rows" else 3
    return ty.void(ty.Array(t, nd, "C", readonly=True), v, v, v, ty.Array(t, nd, "C"))


# the _moments loops are one function for both variants (prange is range when serial)
_loop = kernels.LoopSet(globals(), _signature, fastmath=frozenset({"contract"}), one_variant=lambda name: name.startswith("_moments"))


# --------------------------------------------------------------------------- helpers


def _compute(dtype: np.dtype) -> np.dtype:
    return _F32 if dtype == _F16 else dtype


def _along(fn: str, arg: str, p: np.ndarray, shape: tuple[int, ...], axes: Sequence[int]) -> np.ndarray:
    """`p` shaped to broadcast against `shape`: rank 1 runs along `axes`, else NumPy broadcasting."""
    ndim = len(shape)
    if p.ndim == 1 and ndim > 1:
        size = int(np.prod([shape[a] for a in axes], dtype=np.int64))
        if p.shape[0] not in (size, 1):
            where = f"axis {axes[0]}" if len(axes) == 1 else f"axes {tuple(axes)}"
            raise ValueError(f"keras_numba.{fn}: {arg} has {p.shape[0]} entries but x has {size} along {where}")
        target = [1] * ndim
        for a in axes:
            target[a] = shape[a] if p.shape[0] == size else 1
        return p.reshape(target)
    try:
        ok = np.broadcast_shapes(p.shape, shape) == tuple(shape)
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"keras_numba.{fn}: {arg} of shape {p.shape} does not broadcast to x's shape {tuple(shape)}")
    return p.reshape((1,) * (ndim - p.ndim) + p.shape)


def _block(shape: tuple[int, ...], params: Sequence[np.ndarray]) -> Optional[tuple[int, int]]:
    """(first, last + 1) of the one block of consecutive axes all params vary along, or None."""
    axes: set[int] = set()
    for p in params:
        axes.update(a for a, n in enumerate(p.shape) if n != 1)
    if not axes:
        return (len(shape), len(shape))
    lo, hi = min(axes), max(axes) + 1
    if any(p.shape[lo:hi] != tuple(shape[lo:hi]) and p.size != 1 for p in params):
        return None  # some parameter varies along only part of the block
    return lo, hi


def _affine(x: np.ndarray, mean: np.ndarray, var: np.ndarray, beta: np.ndarray, gamma: np.ndarray, epsilon: float) -> np.ndarray:
    """(x - mean) * gamma / sqrt(var + epsilon) + beta; parameters already shaped to broadcast against x."""
    dtype = x.dtype
    compute = _compute(dtype)
    x, mean, var, beta, gamma = (np.asarray(v, dtype=compute) for v in (x, mean, var, beta, gamma))
    with np.errstate(all="ignore"):
        scale = gamma / np.sqrt(var + compute.type(epsilon))
        block = _block(x.shape, (mean, scale, beta))
        if block is None or x.size == 0:
            out = (x - mean) * scale + beta
            return np.asarray(out, dtype=compute).astype(dtype, copy=False)
    lo, hi = block
    k = int(np.prod(x.shape[lo:hi], dtype=np.int64))
    a = int(np.prod(x.shape[:lo], dtype=np.int64))
    b = int(np.prod(x.shape[hi:], dtype=np.int64))

    def vec(p: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(np.broadcast_to(p.reshape(-1) if p.size != 1 else p.reshape(1), (k,)))

    m, s, be = vec(mean), vec(scale), vec(beta)
    xv = np.ascontiguousarray(x)
    out = np.empty(xv.shape, compute)
    parallel = x.size >= _PARALLEL_MIN and kernels.parallel_available()
    if b == 1:
        _loop("_affine_rows", parallel)(xv.reshape(a, k), m, s, be, out.reshape(a, k))
    else:
        _loop("_affine_blocks", parallel)(xv.reshape(a, k, b), m, s, be, out.reshape(a, k, b))
    return out.astype(dtype, copy=False)


# --------------------------------------------------------------------------- batch_normalization


def _bn_params(fn: str, x: np.ndarray, params: dict[str, np.ndarray], axis: int) -> tuple[int, dict[str, np.ndarray]]:
    if x.ndim == 0:
        raise ValueError(f"keras_numba.{fn}: x must have at least one dimension")
    ax = checks.normalize_axis(fn, "axis", axis, x.ndim)
    return ax, {name: _along(fn, name, np.asarray(p), x.shape, (ax,)) for name, p in params.items()}


def batch_normalization(x: np.ndarray, mean: np.ndarray, var: np.ndarray, beta: np.ndarray, gamma: np.ndarray,
                        axis: int, epsilon: float) -> np.ndarray:
    """(x - mean) / sqrt(var + epsilon) * gamma + beta, parameters along `axis` (see the module docstring)."""
    _, p = _bn_params("batch_normalization", x, {"mean": mean, "var": var, "beta": beta, "gamma": gamma}, axis)
    return _affine(x, p["mean"], p["var"], p["beta"], p["gamma"], epsilon)


def _reduce_to(v: np.ndarray, shape: tuple[int, ...], original: tuple[int, ...]) -> np.ndarray:
    """Sum `v` over the axes a parameter of (broadcast) `shape` was broadcast along; give it `original` shape."""
    axes = tuple(i for i, n in enumerate(shape) if n == 1 and v.shape[i] != 1)
    return np.sum(v, axis=axes, keepdims=True).reshape(original)


def batch_normalization_grad(grad, x, mean, var, beta, gamma, axis=-1, epsilon=1e-3, wrt="x"):  # type: ignore[no-untyped-def]
    """Gradient of batch_normalization with respect to `wrt`, in float64, shaped as that argument."""
    raw = {"x": x, "mean": mean, "var": var, "beta": 0.0 if beta is None else beta, "gamma": 1.0 if gamma is None else gamma}
    arrays = {k: np.asarray(v, dtype=np.float64) for k, v in raw.items()}
    xx = arrays["x"]
    _, p = _bn_params("batch_normalization", xx, {k: arrays[k] for k in ("mean", "var", "beta", "gamma")}, axis)
    g = np.broadcast_to(np.asarray(grad, dtype=np.float64), xx.shape)
    with np.errstate(all="ignore"):
        inv = 1.0 / np.sqrt(p["var"] + epsilon)
        if wrt == "x":
            return g * p["gamma"] * inv
        if wrt == "mean":
            d = -g * p["gamma"] * inv
        elif wrt == "var":
            d = -0.5 * g * (xx - p["mean"]) * p["gamma"] * inv**3
        elif wrt == "beta":
            d = g
        else:
            d = g * (xx - p["mean"]) * inv
    return _reduce_to(d, p[wrt].shape, arrays[wrt].shape)


# --------------------------------------------------------------------------- normalize_batch_in_training


def _training_plan(fn: str, x: np.ndarray, reduction_axes: Sequence[int]) -> tuple[tuple[int, ...], tuple[int, ...], bool]:
    axes = checks.normalize_axes(fn, "reduction_axes", tuple(reduction_axes), x.ndim)
    kept = tuple(a for a in range(x.ndim) if a not in axes)
    # tf_keras runs fused_batch_norm for a 4-D x with reduction_axes exactly [0, 1, 2] (on CPU), and
    # that op returns the unbiased batch variance; every other case returns the biased one.
    unbiased = x.ndim == 4 and list(reduction_axes) == [0, 1, 2]
    return axes, kept, unbiased


def _stats_param(fn: str, arg: str, p: np.ndarray, x_shape: tuple[int, ...], kept: tuple[int, ...]) -> np.ndarray:
    """gamma/beta shaped to broadcast against x: as many entries as the kept axes (or one)."""
    target = tuple(x_shape[a] if a in kept else 1 for a in range(len(x_shape)))
    size = int(np.prod(target, dtype=np.int64))
    if p.size == size:
        return p.reshape(target)
    if p.size == 1:
        return p.reshape((1,) * len(x_shape))
    raise ValueError(f"keras_numba.{fn}: {arg} has {p.size} entries but x has {size} along its kept axes {kept}")


def _fused_training(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, axes: tuple[int, ...], kept: tuple[int, ...],
                    epsilon: float) -> Optional[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(normed, mean, var) from one fused Numba kernel when the kept axes are one consecutive block
    (channels last: x as (A, K); channels first: (A, K, B)), else None (NumPy handles the rest).

    Moments are two exact passes (mean, then mean squared deviation) accumulated in float64.
    """
    if not kept or x.size == 0 or len(axes) == 0 or list(kept) != list(range(kept[0], kept[-1] + 1)):
        return None
    lo, hi = kept[0], kept[-1] + 1
    k = int(np.prod(x.shape[lo:hi], dtype=np.int64))
    a = int(np.prod(x.shape[:lo], dtype=np.int64))
    bb = int(np.prod(x.shape[hi:], dtype=np.int64))

    def vec(p: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(np.broadcast_to(np.asarray(p, np.float64).reshape(-1), (k,)))

    gv, bv = vec(gamma), vec(beta)
    xv = np.ascontiguousarray(x)
    out = np.empty(xv.shape, x.dtype)
    mean, var = np.empty(k), np.empty(k)
    parallel = x.size >= _PARALLEL_MIN and kernels.parallel_available()
    if bb == 1:
        chunks = min(a, 8) if parallel else 1
        if x.dtype == _F32:  # float64 sums of shifted float32 values: one pass is exact enough
            parts = np.empty((2 * chunks, k))
            _loop("_moments_rows_onepass", parallel)(xv.reshape(a, k), gv, bv, float(x.dtype.type(epsilon)), parts, mean, var, out.reshape(a, k))
        else:
            parts = np.empty((chunks, k))
            _loop("_moments_rows", parallel)(xv.reshape(a, k), gv, bv, float(x.dtype.type(epsilon)), parts, mean, var, out.reshape(a, k))
    else:
        parts = np.empty((1, 1))
        _loop("_moments_blocks", parallel)(xv.reshape(a, k, bb), gv, bv, float(x.dtype.type(epsilon)), parts, mean, var, out.reshape(a, k, bb))
    return out, mean, var


def normalize_batch_in_training(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, reduction_axes: Sequence[int],
                                epsilon: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(normalised x, batch mean, batch variance) over `reduction_axes` (see the spec entry)."""
    fn = "normalize_batch_in_training"
    axes, kept, unbiased = _training_plan(fn, x, reduction_axes)
    g = _stats_param(fn, "gamma", np.asarray(gamma), x.shape, kept)
    b = _stats_param(fn, "beta", np.asarray(beta), x.shape, kept)
    dtype = x.dtype
    compute = _compute(dtype)
    w = x.astype(compute, copy=False)
    n = int(np.prod([x.shape[a] for a in axes], dtype=np.int64))
    fused = _fused_training(w, g, b, axes, kept, epsilon)
    if fused is not None:
        normed, mean, var = fused
        out_shape = tuple(x.shape[a] for a in kept)
        reported = var * (n / max(n - 1, 1)) if unbiased else var
        return (normed.astype(dtype, copy=False), mean.reshape(out_shape).astype(dtype),
                reported.reshape(out_shape).astype(dtype))
    with np.errstate(all="ignore"):
        mean = np.mean(w, axis=axes, keepdims=True)
        var = np.mean(np.square(w - mean), axis=axes, keepdims=True)
    normed = _affine(w, mean, var, b, g, epsilon).astype(dtype, copy=False)
    out_shape = tuple(x.shape[a] for a in kept)
    reported = var * compute.type(n / max(n - 1, 1)) if unbiased else var
    return normed, mean.reshape(out_shape).astype(dtype, copy=False), reported.reshape(out_shape).astype(dtype, copy=False)


def training_shape(x, gamma, beta, reduction_axes, epsilon=1e-3):  # type: ignore[no-untyped-def]
    """Static shapes of normalize_batch_in_training: x's, and twice x's kept axes."""
    ndim = len(x)
    axes = checks.normalize_axes("normalize_batch_in_training", "reduction_axes", tuple(reduction_axes), ndim)
    kept = tuple(x[a] for a in range(ndim) if a not in axes)
    return (tuple(x), kept, kept)


def normalize_batch_in_training_grad(grad, x, gamma, beta, reduction_axes, epsilon=1e-3, wrt="x"):  # type: ignore[no-untyped-def]
    """Gradient of the sum over the three outputs with respect to `wrt` ('x', 'gamma' or 'beta'), in float64."""
    fn = "normalize_batch_in_training"
    xx = np.asarray(x, dtype=np.float64)
    gamma_a = np.asarray(1.0 if gamma is None else gamma, dtype=np.float64)
    beta_a = np.asarray(0.0 if beta is None else beta, dtype=np.float64)
    axes, kept, unbiased = _training_plan(fn, xx, reduction_axes)
    gam = _stats_param(fn, "gamma", gamma_a, xx.shape, kept)
    bet = _stats_param(fn, "beta", beta_a, xx.shape, kept)
    keep_shape = tuple(xx.shape[a] if a in kept else 1 for a in range(xx.ndim))
    gy = np.broadcast_to(np.asarray(grad[0], dtype=np.float64), xx.shape)
    gm = np.asarray(grad[1], dtype=np.float64).reshape(keep_shape)
    gv = np.asarray(grad[2], dtype=np.float64).reshape(keep_shape)
    n = int(np.prod([xx.shape[a] for a in axes], dtype=np.int64))
    with np.errstate(all="ignore"):
        mu = np.mean(xx, axis=axes, keepdims=True)
        xc = xx - mu
        var = np.mean(xc * xc, axis=axes, keepdims=True)
        inv = 1.0 / np.sqrt(var + epsilon)
        xhat = xc * inv
        if wrt == "gamma":
            return _reduce_to(gy * xhat, gam.shape, gamma_a.shape)
        if wrt == "beta":
            return _reduce_to(np.array(gy), bet.shape, beta_a.shape)
        factor = n / max(n - 1, 1) if unbiased else 1.0
        gyg = gy * gam
        dx = inv * (gyg - np.mean(gyg, axis=axes, keepdims=True) - xhat * np.mean(gyg * xhat, axis=axes, keepdims=True))
        return dx + gm / n + factor * gv * 2.0 * xc / n
