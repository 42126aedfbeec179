"""Random tensors and dropout: the kernels of the `random` category.

Streams (documented so seeded values are reproducible across calls, processes
and machines):

- ``random_uniform``, ``random_normal``, ``truncated_normal`` and
  ``random_binomial`` with ``seed=s`` draw from a fresh
  ``numpy.random.Generator(numpy.random.PCG64(s mod 2**64))``:
  uniform floats are ``Generator.random(shape, dtype=float32|float64)``
  (float16 draws float32 and rounds), integers ``Generator.integers(minval,
  maxval, shape, dtype)``, normals ``Generator.standard_normal(shape,
  dtype=float32|float64)``. ``truncated_normal`` redraws, in C order, the
  elements with ``|z| >= 2`` until none is left; ``random_binomial`` compares
  float64 uniforms with ``p``. NumPy promises these streams stay stable for a
  given bit generator; they are a function of (seed, shape, dtype).
- ``dropout`` with ``seed=s`` uses a counter-based Philox4x32-10 generator
  (Salmon et al., SC'11; the Random123 definition, checked against its
  known-answer vectors in tests/runtime/test_rng.py): key ``(s & 0xffffffff,
  (s >> 32) & 0xffffffff)``, counter ``(b & 0xffffffff, b >> 32, 0, 0)`` for
  block ``b``. The noise tensor (``noise_shape``, or the shape of ``x``) in C
  order takes the 4 words of block 0, then block 1, ...; element ``i`` is kept
  when its word ``w`` satisfies ``w * 2**-32 >= level`` (TensorFlow's
  ``uniform >= rate``). Counter-based means every block is independent: the
  fused kernel generates, compares and scales in one parallel pass, and the
  mask can be regenerated from the seed for the gradient.

``seed=None``: the float generators draw from one module-level
``Generator(PCG64())`` seeded from OS entropy (NumPy's bit generators lock
themselves, so concurrent calls are safe); ``dropout`` draws a fresh 64-bit
seed from it and remembers, for the returned array, which seed it used (see
``dropout_grad``).
"""

from __future__ import annotations

import math
import threading
import weakref
from typing import Any, Callable

import numpy as np

from . import config, kernels

_F16 = np.dtype("float16")
_F32 = np.dtype("float32")
_F64 = np.dtype("float64")
_MASK64 = (1 << 64) - 1
_global: list[np.random.Generator] = []
_lock = threading.Lock()


# --------------------------------------------------------------------------- generators


def _global_generator() -> np.random.Generator:
    if not _global:
        with _lock:
            if not _global:
                _global.append(np.random.Generator(np.random.PCG64()))
    return _global[0]


def _generator(seed: int | None) -> np.random.Generator:
    if seed is None:
        return _global_generator()
    return np.random.Generator(np.random.PCG64(seed & _MASK64))


def _shape(fn: str, shape: tuple[int, ...]) -> tuple[int, ...]:
    if any(s < 0 for s in shape):
        raise ValueError(f"keras_numba.{fn}: shape must not contain negative sizes; got {shape}")
    return shape


def _finite(fn: str, arg: str, value: float) -> float:
    if not math.isfinite(value):
        raise ValueError(f"keras_numba.{fn}: {arg} must be finite; got {value!r}")
    return value


def _dtype(dtype: np.dtype | None) -> np.dtype:
    return np.dtype(config.floatx()) if dtype is None else dtype


def _work(dtype: np.dtype) -> np.dtype:
    """The dtype NumPy generates in: float16 draws float32 and rounds once."""
    return _F32 if dtype == _F16 else dtype


def random_uniform(shape: tuple[int, ...], minval: Any, maxval: Any, dtype: np.dtype | None, seed: int | None) -> np.ndarray:
    """Uniform values in [minval, maxval): floats, or integers for an integer dtype."""
    fn = "random_uniform"
    shape = _shape(fn, shape)
    dtype = _dtype(dtype)
    gen = _generator(seed)
    if dtype.kind in "iu":
        lo, hi = _int_bound(fn, "minval", minval), _int_bound(fn, "maxval", maxval)
        if lo >= hi:
            raise ValueError(f"keras_numba.{fn}: minval must be less than maxval for an integer dtype; got [{lo}, {hi})")
        info = np.iinfo(dtype)
        if lo < info.min or hi - 1 > info.max:
            raise ValueError(f"keras_numba.{fn}: [minval, maxval) = [{lo}, {hi}) does not fit in {dtype}")
        return gen.integers(lo, hi, shape, dtype=dtype)
    lo, hi = _float_bound(fn, "minval", minval), _float_bound(fn, "maxval", maxval)
    if lo > hi:
        raise ValueError(f"keras_numba.{fn}: minval must not exceed maxval; got minval={lo!r}, maxval={hi!r}")
    work = _work(dtype)
    u = gen.random(shape, dtype=work)
    if lo == 0.0 and hi == 1.0 and work is dtype:
        return u  # [0, 1) exactly
    if lo != hi:
        u *= work.type(hi - lo)
        u += work.type(lo)
    else:
        u.fill(lo)
    out = u.astype(dtype, copy=False)
    if lo < hi:  # rounding may reach maxval: keep the interval half-open, as documented
        below = np.nextafter(dtype.type(hi), dtype.type(lo))
        if below >= lo:
            np.minimum(out, below, out=out)
    return out


def _int_bound(fn: str, arg: str, value: Any) -> int:
    if isinstance(value, (bool, np.bool_)):
        raise TypeError(f"keras_numba.{fn}: {arg} must be an int for an integer dtype; got {value!r}")
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        raise TypeError(f"keras_numba.{fn}: {arg} must be an int for an integer dtype (as tf_keras); got float {value!r}")
    raise TypeError(f"keras_numba.{fn}: {arg} must be an int for an integer dtype; got {type(value).__name__} {value!r}")


def _float_bound(fn: str, arg: str, value: Any) -> float:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"keras_numba.{fn}: {arg} must be a float; got {type(value).__name__} {value!r}")
    return _finite(fn, arg, float(value))


def _normal_params(fn: str, mean: float, stddev: float) -> tuple[float, float]:
    _finite(fn, "mean", mean)
    _finite(fn, "stddev", stddev)
    if stddev < 0:
        raise ValueError(f"keras_numba.{fn}: stddev must be non-negative; got {stddev!r}")
    return mean, stddev


def _scaled(z: np.ndarray, mean: float, stddev: float, dtype: np.dtype) -> np.ndarray:
    if stddev != 1.0:
        z *= z.dtype.type(stddev)
    if mean != 0.0:
        z += z.dtype.type(mean)
    return z.astype(dtype, copy=False)


def random_normal(shape: tuple[int, ...], mean: float, stddev: float, dtype: np.dtype | None, seed: int | None) -> np.ndarray:
    """Normal values with the given mean and standard deviation."""
    fn = "random_normal"
    shape = _shape(fn, shape)
    mean, stddev = _normal_params(fn, mean, stddev)
    dtype = _dtype(dtype)
    z = _generator(seed).standard_normal(shape, dtype=_work(dtype))
    return _scaled(z, mean, stddev, dtype)


def truncated_normal(shape: tuple[int, ...], mean: float, stddev: float, dtype: np.dtype | None, seed: int | None) -> np.ndarray:
    """Normal values redrawn until within two standard deviations of the mean."""
    fn = "truncated_normal"
    shape = _shape(fn, shape)
    mean, stddev = _normal_params(fn, mean, stddev)
    dtype = _dtype(dtype)
    work = _work(dtype)
    gen = _generator(seed)
    z = gen.standard_normal(shape, dtype=work)
    flat = z.reshape(-1)
    two = work.type(2.0)
    bad = np.flatnonzero(np.abs(flat) >= two)
    while bad.size:  # each round keeps ~95.4% of the redrawn values
        redraw = gen.standard_normal(bad.size, dtype=work)
        flat[bad] = redraw
        bad = bad[np.abs(redraw) >= two]
    return _scaled(z, mean, stddev, dtype)


def random_binomial(shape: tuple[int, ...], p: float, dtype: np.dtype | None, seed: int | None) -> np.ndarray:
    """1 with probability p, else 0 (Bernoulli draws), in `dtype`."""
    fn = "random_binomial"
    shape = _shape(fn, shape)
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"keras_numba.{fn}: p must be in [0, 1]; got {p!r}")
    dtype = _dtype(dtype)
    u = _generator(seed).random(shape)
    return np.less(u, p).astype(dtype, copy=False)


# --------------------------------------------------------------------------- Philox4x32-10 (dropout)

# Random123's constants: multipliers and the Weyl key increments.
_M0 = 0xD2511F53
_M1 = 0xCD9E8D57
_W0 = 0x9E3779B9
_W1 = 0xBB67AE85


def philox4x32(counter: tuple[int, int, int, int], key: tuple[int, int]) -> tuple[int, int, int, int]:
    """One Philox4x32-10 block with Python ints (the definition the kernels follow; used by tests)."""
    c0, c1, c2, c3 = counter
    k0, k1 = key
    for _ in range(10):
        p0 = _M0 * c0
        p1 = _M1 * c2
        c0, c1, c2, c3 = ((p1 >> 32) ^ c1 ^ k0) & 0xFFFFFFFF, p1 & 0xFFFFFFFF, ((p0 >> 32) ^ c3 ^ k1) & 0xFFFFFFFF, p0 & 0xFFFFFFFF
        k0 = (k0 + _W0) & 0xFFFFFFFF
        k1 = (k1 + _W1) & 0xFFFFFFFF
    return c0, c1, c2, c3


def _keep_words(b, k0, k1):  # type: ignore[no-untyped-def]
    """The 4 words of block b (b < 2**32 here: counter word 1 is b >> 32 == 0)."""
    c0 = np.uint64(b)
    c1 = np.uint64(0)
    c2 = np.uint64(0)
    c3 = np.uint64(0)
    lo = np.uint64(0xFFFFFFFF)
    m0 = np.uint64(_M0)
    m1 = np.uint64(_M1)
    for r in range(10):
        kr0 = (k0 + np.uint64(r) * np.uint64(_W0)) & lo
        kr1 = (k1 + np.uint64(r) * np.uint64(_W1)) & lo
        p0 = m0 * c0
        p1 = m1 * c2
        n0 = (p1 >> np.uint64(32)) ^ c1 ^ kr0
        n2 = (p0 >> np.uint64(32)) ^ c3 ^ kr1
        c1 = p1 & lo
        c3 = p0 & lo
        c0 = n0
        c2 = n2
    return c0, c1, c2, c3


def _make_loops() -> dict[str, Callable[..., Any]]:
    """The dropout kernels, written around an inlined Philox (Numba closures cannot call plain Python)."""
    nb = kernels._numba()
    words = nb.njit(inline="always", nogil=True, error_model="numpy")(_keep_words)

    chunk = _CHUNK

    def fused(x, out, k0, k1, t, keep):  # type: ignore[no-untyped-def]
        # per chunk: the Philox words of its blocks (a branch-free loop that vectorises), then
        # compare + scale over the elements (vectorises too); chunks run in parallel
        n = x.shape[0]
        nblocks = (n + 3) // 4
        zero = keep - keep  # a zero of the kernel dtype
        for c in nb.prange((nblocks + chunk - 1) // chunk):
            b0 = c * chunk
            b1 = min(b0 + chunk, nblocks)
            w = np.empty(4 * (b1 - b0), np.uint32)
            for b in range(b0, b1):
                w0, w1, w2, w3 = words(b, k0, k1)
                j = 4 * (b - b0)
                w[j] = w0
                w[j + 1] = w1
                w[j + 2] = w2
                w[j + 3] = w3
            i0 = 4 * b0
            for i in range(i0, min(4 * b1, n)):
                out[i] = x[i] / keep if w[i - i0] >= t else zero

    def mask(out, k0, k1, t):  # type: ignore[no-untyped-def]
        n = out.shape[0]
        nblocks = (n + 3) // 4
        for c in nb.prange((nblocks + chunk - 1) // chunk):
            b0 = c * chunk
            b1 = min(b0 + chunk, nblocks)
            w = np.empty(4 * (b1 - b0), np.uint32)
            for b in range(b0, b1):
                w0, w1, w2, w3 = words(b, k0, k1)
                j = 4 * (b - b0)
                w[j] = w0
                w[j + 1] = w1
                w[j + 2] = w2
                w[j + 3] = w3
            i0 = 4 * b0
            for i in range(i0, min(4 * b1, n)):
                out[i] = w[i - i0] >= t

    return {"fused": fused, "mask": mask}


_CHUNK = 1024  # Philox blocks (4096 elements) per parallel work item
_loops: dict[tuple[str, str, bool], Callable[..., Any]] = {}
#: Below this many elements the serial loop wins (thread launch costs ~10 us); Philox is
#: compute-bound (~20 integer multiplies per 4 elements), so threads pay off early.
_PARALLEL_MIN = 16384


def _loop(kind: str, dtype: np.dtype, n: int) -> Callable[..., Any]:
    parallel = n >= _PARALLEL_MIN and kernels.parallel_available()
    key = (kind, dtype.name, parallel)
    fn = _loops.get(key)
    if fn is None:
        with _lock:
            fn = _loops.get(key)
            if fn is None:
                py = _make_loops()[kind]
                if kind == "fused":
                    sig = f"void({dtype.name}[::1], {dtype.name}[::1], uint64, uint64, uint64, {dtype.name})"
                else:
                    sig = "void(bool_[::1], uint64, uint64, uint64)"
                # one function compiled both ways: two names, or Numba's cache mixes them up
                py = kernels.renamed(py, f"{py.__qualname__}_{'parallel' if parallel else 'serial'}")
                fn = kernels.jit(py, sig, parallel=parallel)
                _loops[key] = fn
    return fn


def _threshold(level: float) -> int:
    """Keep iff word >= t: the words w with w * 2**-32 >= level (exact: level * 2**32 is exact)."""
    return math.ceil(level * 4294967296.0)


def _key(seed: int) -> tuple[int, int]:
    s = seed & _MASK64
    return s & 0xFFFFFFFF, s >> 32


def keep_mask(shape: tuple[int, ...], level: float, seed: int) -> np.ndarray:
    """The dropout keep flags (bool, `shape`) of the documented Philox stream."""
    n = math.prod(shape)
    out = np.empty(n, np.bool_)
    if n:
        k0, k1 = _key(seed)
        _loop("mask", _F32, n)(out, k0, k1, _threshold(level))
    return out.reshape(shape)


# seed=None dropout results -> the seed drawn for them (so the gradient can rebuild the mask)
_drawn: dict[int, tuple[weakref.ref, int]] = {}


def _remember(result: np.ndarray, seed: int) -> None:
    key = id(result)
    try:
        ref = weakref.ref(result, lambda _r, key=key: _drawn.pop(key, None))
    except TypeError:  # not weak-referenceable: the gradient falls back (see dropout_grad)
        return
    _drawn[key] = (ref, seed)


def _recall(result: Any) -> int | None:
    entry = _drawn.get(id(result))
    if entry is not None and entry[0]() is result:
        return entry[1]
    return None


def _level(level: float) -> float:
    if not 0.0 <= level < 1.0:  # NaN fails too
        raise ValueError(f"keras_numba.dropout: level must be in [0, 1); got {level!r}")
    return level


def _noise_shape(x: np.ndarray, noise_shape: Any) -> tuple[int, ...]:
    """The noise shape (None entries filled from x), checked to broadcast to x's shape."""
    if noise_shape is None:
        return x.shape
    if isinstance(noise_shape, np.ndarray):
        noise_shape = noise_shape.tolist()
    if isinstance(noise_shape, (int, np.integer)) and not isinstance(noise_shape, (bool, np.bool_)):
        noise_shape = (noise_shape,)
    try:
        items = list(noise_shape)
    except TypeError:
        raise TypeError(f"keras_numba.dropout: noise_shape must be None or a sequence of ints; got {type(noise_shape).__name__} {noise_shape!r}") from None
    dims: list[int] = []
    for i, d in enumerate(items):
        if d is None and len(items) == x.ndim:
            dims.append(x.shape[i])
        elif isinstance(d, (int, np.integer)) and not isinstance(d, (bool, np.bool_)):
            dims.append(int(d))
        else:
            raise TypeError(f"keras_numba.dropout: noise_shape must be None or a sequence of ints; got {noise_shape!r}")
    shape = tuple(dims)
    if any(d < 0 for d in shape):
        raise ValueError(f"keras_numba.dropout: noise_shape must not contain negative sizes; got {shape}")
    try:
        ok = np.broadcast_shapes(shape, x.shape) == x.shape
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(f"keras_numba.dropout: noise_shape {shape} does not broadcast to the shape of x {x.shape}")
    return shape


def _fresh_seed() -> int:
    return int(_global_generator().integers(0, 1 << 64, dtype=np.uint64))


def dropout(x: np.ndarray, level: float, noise_shape: Any, seed: int | None) -> np.ndarray:
    """x / (1 - level) where the Philox word of the element passes, else 0."""
    level = _level(level)
    shape = _noise_shape(x, noise_shape)
    drawn = seed is None
    if drawn:
        seed = _fresh_seed()
    assert seed is not None
    dtype = x.dtype
    work = _F32 if dtype == _F16 else dtype
    keep = work.type(work.type(1) - work.type(level))  # as TensorFlow: x / (1 - rate) in x's dtype
    if shape == x.shape:
        xc = np.ascontiguousarray(x, dtype=work)  # C order: the element order of the documented stream
        out = np.empty(x.shape, work)
        n = xc.size
        if n:
            k0, k1 = _key(seed)
            _loop("fused", work, n)(xc.reshape(-1), out.reshape(-1), k0, k1, _threshold(level), keep)
    else:
        mask = keep_mask(shape, level, seed)
        with np.errstate(all="ignore"):
            out = np.where(mask, x.astype(work, copy=False) / keep, work.type(0))
    if dtype == _F16:
        out = out.astype(_F16)
    if drawn:
        _remember(out, seed)
    return out


def dropout_grad(grad: Any, x: Any, result: Any, level: float, noise_shape: Any = None, seed: int | None = None) -> np.ndarray:
    """d dropout / dx: `grad / (1 - level)` where the element was kept, 0 where dropped.

    The mask is rebuilt from `seed`. For `seed=None` it is rebuilt from the seed
    recorded for `result` (the array `dropout` returned, which the autodiff
    engine keeps). If `result` is not that array (a copy), the mask is read off
    the values: kept where `result != 0`, which is exact wherever `x != 0`
    (x / (1 - level) is never 0 for x != 0); where `x == 0` the flag is lost and
    the gradient takes its expectation over the mask, `grad` (unbiased).
    """
    level = _level(float(level))
    x = np.asarray(x)
    shape = _noise_shape(x, noise_shape)
    grad = np.asarray(grad)
    work = grad.dtype if grad.dtype.kind == "f" and grad.dtype != _F16 else _F32
    keep = work.type(1) - work.type(level)
    if seed is None:
        seed = _recall(result)
    with np.errstate(all="ignore"):
        if seed is not None:
            mask = keep_mask(shape, level, seed)
            return np.where(mask, grad / keep, work.type(0))
        res = np.asarray(result)
        return np.where(x == 0, grad, np.where(res != 0, grad / keep, work.type(0)))
