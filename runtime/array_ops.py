"""Gathering, one-hot, top-k membership, scans, dot products, bias, padding and resizing.

The generated wrappers call these after converting their arguments (arrays of
an allowed dtype, ints, tuples, validated choices); what is checked here is
what depends on shapes: ranks, matching sizes, index ranges, axes. Messages
read ``keras_numba.<fn>: <arg> ...``.

Most work is one NumPy call: BLAS (``np.matmul`` on reshaped views) for
``dot``/``batch_dot``, ``np.take`` for ``gather``, slicing into a zeroed
result for padding, a broadcast assignment for nearest-neighbour resizing.
Two jobs have small Numba loops, compiled on first use (``import
keras_numba`` never imports numba): ``one_hot`` (one pass writing the ones)
and the separable interpolating resize (one pass per resized axis over
precomputed taps; NumPy needs five temporaries per axis).
"""

from __future__ import annotations

import math
import numbers
import threading
from typing import Any, Callable

import numpy as np

from . import bias as _bias
from . import blas_threads, checks, config, kernels

_F16 = np.dtype("float16")
_F32 = np.dtype("float32")
_INTP = np.dtype(np.intp)
_FIRST = "channels_first"


# --------------------------------------------------------------------------- lazily compiled loops


def _one_hot_loop(idx, out):  # type: ignore[no-untyped-def]  # idx int64[::1], out float32[:, ::1]
    depth = out.shape[1]
    for i in range(idx.shape[0]):
        c = idx[i]
        if c >= 0 and c < depth:
            out[i, c] = 1.0


def _resample_mid(x, idx, w, count, out):  # type: ignore[no-untyped-def]  # (A, N, C) -> (A, M, C)
    for a in range(out.shape[0]):
        for o in range(out.shape[1]):
            dst = out[a, o]
            src = x[a, idx[o, 0]]
            wt = w[o, 0]
            for c in range(dst.shape[0]):
                dst[c] = wt * src[c]
            for t in range(1, count[o]):
                src = x[a, idx[o, t]]
                wt = w[o, t]
                for c in range(dst.shape[0]):
                    dst[c] += wt * src[c]


def _resample_last(x, idx, w, count, out):  # type: ignore[no-untyped-def]  # (A, N) -> (A, M)
    for a in range(out.shape[0]):
        src = x[a]
        dst = out[a]
        for o in range(out.shape[1]):
            acc = w[o, 0] * src[idx[o, 0]]
            for t in range(1, count[o]):
                acc += w[o, t] * src[idx[o, t]]
            dst[o] = acc


_SIGNATURES = {
    "_one_hot_loop": ["void(int64[::1], float32[:, ::1])"],
    "_resample_mid": [f"void({t}[:, :, ::1], intp[:, ::1], {t}[:, ::1], intp[::1], {t}[:, :, ::1])" for t in ("float32", "float64")],
    "_resample_last": [f"void({t}[:, ::1], intp[:, ::1], {t}[:, ::1], intp[::1], {t}[:, ::1])" for t in ("float32", "float64")],
}
_jitted: dict[str, Callable[..., Any]] = {}
_lock = threading.Lock()


def _loop(name: str) -> Callable[..., Any]:
    """The Numba dispatcher of a loop above, compiled for its signatures on first use."""
    fn = _jitted.get(name)
    if fn is None:
        with _lock:
            fn = _jitted.get(name)
            if fn is None:
                fn = kernels.jit(globals()[name], _SIGNATURES[name])
                _jitted[name] = fn
    return fn


# --------------------------------------------------------------------------- helpers


def _data_format(data_format: str | None) -> str:
    return config.image_data_format() if data_format is None else data_format


def _need_rank(fn: str, arg: str, x: np.ndarray, ranks: tuple[int, ...], what: str = "") -> None:
    if x.ndim not in ranks:
        expected = " or ".join(map(str, ranks))
        raise ValueError(f"keras_numba.{fn}: {arg} must have rank {expected}{what}; got shape {x.shape}")


def _compute_dtype(dtype: np.dtype) -> np.dtype:
    """float16 computes in float32 and rounds once at the end (DESIGN.md §4)."""
    return _F32 if dtype == _F16 else dtype


# --------------------------------------------------------------------------- indexing


def gather(reference: np.ndarray, indices: np.ndarray) -> np.ndarray:
    """`reference[indices]` along axis 0; every index must be in [0, reference.shape[0])."""
    if reference.ndim == 0:
        raise ValueError("keras_numba.gather: reference must have at least one dimension; got a scalar")
    n = reference.shape[0]
    if indices.size:
        # np.take rejects indices >= n itself, but wraps negative ones (and uint64
        # values past int64, which it reads as negative): reject those first
        if indices.dtype.kind == "i" and indices.min() < 0:
            raise _gather_error(indices, n)
        if indices.dtype.itemsize == 8 and indices.dtype.kind == "u" and indices.max() >= n:
            raise _gather_error(indices, n)
    try:
        return np.asarray(np.take(reference, indices, axis=0))  # a 0-d array, not a NumPy scalar
    except IndexError:
        raise _gather_error(indices, n) from None


def _gather_error(indices: np.ndarray, n: int) -> IndexError:
    low, high = indices.min(), indices.max()
    bad = low if low < 0 else high
    return IndexError(f"keras_numba.gather: indices must be in [0, {n}) (the size of axis 0 of reference); got {bad}")


def one_hot(indices: np.ndarray, num_classes: int) -> np.ndarray:
    """float32 one-hot rows; out-of-range, negative and non-finite indices give zero rows."""
    if num_classes < 0:
        raise ValueError(f"keras_numba.one_hot: num_classes must be >= 0; got {num_classes}")
    flat = indices.reshape(-1)
    if flat.dtype.kind == "f":  # as tf: truncated toward zero; NaN, inf and huge values hit no class
        with np.errstate(invalid="ignore"):
            t = np.trunc(flat)
            t[~((t >= 0) & (t < num_classes))] = -1
        flat = t.astype(np.int64)
    elif flat.dtype.kind == "u" and flat.dtype.itemsize == 8:
        flat = np.where(flat < num_classes, flat, num_classes).astype(np.int64)
    else:
        flat = np.ascontiguousarray(flat, dtype=np.int64)
    out = np.zeros((flat.shape[0], num_classes), _F32)
    if out.size:
        _loop("_one_hot_loop")(flat, out)
    return out.reshape(indices.shape + (num_classes,))


def in_top_k(predictions: np.ndarray, targets: np.ndarray, k: int) -> np.ndarray:
    """As tf.math.in_top_k: fewer than k predictions strictly greater than the target's.

    False for a target outside [0, classes) and for a row holding NaN or inf.
    """
    _need_rank("in_top_k", "predictions", predictions, (2,), " (batch, classes)")
    _need_rank("in_top_k", "targets", targets, (1,), " (batch,)")
    batch, classes = predictions.shape
    if targets.shape[0] != batch:
        raise ValueError(
            f"keras_numba.in_top_k: targets has {targets.shape[0]} entries but predictions has {batch} rows"
        )
    valid = targets < classes
    if targets.dtype.kind == "i":
        valid &= targets >= 0
    if classes == 0:
        return valid  # all False
    picked = np.where(valid, targets, 0).astype(_INTP)
    target = predictions[np.arange(batch), picked]
    more = np.count_nonzero(predictions > target[:, None], axis=1)
    ok = valid & (more < k)
    if predictions.dtype.kind == "f":
        ok &= np.isfinite(predictions).all(axis=1)
    return ok


def _scan(fn: str, ufunc: np.ufunc, x: np.ndarray, axis: int) -> np.ndarray:
    axis = checks.normalize_axis(fn, "axis", axis, x.ndim)
    compute = _compute_dtype(x.dtype)
    with np.errstate(over="ignore", invalid="ignore"):
        work = x if compute == x.dtype else x.astype(compute)  # in x's dtype: integers wrap, as in tf
        moved = np.moveaxis(work, axis, 0)
        if axis != x.ndim - 1 and moved.shape[0] and moved[0].size >= 64:
            # NumPy's accumulate along a non-last axis walks one strided element at a
            # time (43 ms on (4096, 1024) float32); a vectorised ufunc per slice takes 7.
            out = np.empty(moved.shape, compute)
            if moved.shape[0]:
                out[0] = moved[0]
                for i in range(1, moved.shape[0]):
                    ufunc(out[i - 1], moved[i], out=out[i])
            result = np.ascontiguousarray(np.moveaxis(out, 0, axis))
        else:
            result = ufunc.accumulate(work, axis=axis)
        return result.astype(x.dtype, copy=False)


def cumsum(x: np.ndarray, axis: int) -> np.ndarray:
    """Cumulative sum along `axis` in x's dtype (float16 accumulates in float32)."""
    return _scan("cumsum", np.add, x, axis)


def cumprod(x: np.ndarray, axis: int) -> np.ndarray:
    """Cumulative product along `axis` in x's dtype (float16 accumulates in float32)."""
    return _scan("cumprod", np.multiply, x, axis)


def cumprod_grad(grad: np.ndarray, x: np.ndarray, axis: int) -> np.ndarray:
    """The gradient of cumprod(x, axis) applied to `grad`, without dividing by x (exact at zeros).

    d/dx_k = (x_0 ... x_{k-1}) * S_k with S_k = sum_{i >= k} grad_i x_{k+1} ... x_i, which
    runs backwards as S_k = grad_k + x_{k+1} S_{k+1}: two passes along the axis.
    """
    x = np.asarray(x)
    compute = np.result_type(_compute_dtype(x.dtype), np.asarray(grad).dtype, np.float32)
    axis = int(axis) % x.ndim
    xm = np.moveaxis(x.astype(compute), axis, 0)
    gm = np.moveaxis(np.broadcast_to(np.asarray(grad, dtype=compute), x.shape), axis, 0)
    n = xm.shape[0]
    out = np.empty(xm.shape, compute)
    if n == 0:
        return np.moveaxis(out, 0, axis)
    with np.errstate(over="ignore", invalid="ignore"):
        s = gm[n - 1].copy()
        out[n - 1] = s
        for k in range(n - 2, -1, -1):  # out[k] holds S_k for now
            s = gm[k] + xm[k + 1] * s
            out[k] = s
        before = np.ones(xm.shape[1:], compute)  # the exclusive product x_0 ... x_{k-1}
        for k in range(n):
            out[k] *= before
            before = before * xm[k]
    return np.ascontiguousarray(np.moveaxis(out, 0, axis))


# --------------------------------------------------------------------------- products


def _matmul(a: np.ndarray, b: np.ndarray, dtype: np.dtype) -> np.ndarray:
    compute = _compute_dtype(dtype)
    if compute != dtype:
        a, b = a.astype(compute), b.astype(compute)
    with np.errstate(all="ignore"):  # inf * 0 is NaN without a warning, as in tf
        # large 2-D products split their rows across threads in one-thread BLAS mode
        # (blas_threads); the size test first: an LSTM step's products are small and many
        if a.ndim == 2 and b.ndim == 2 and a.shape[0] * a.shape[1] * b.shape[1] >= blas_threads.STACK_SPLIT_MIN:
            y = blas_threads.matmul(a, b)
        else:
            y = np.matmul(a, b)
    return y.astype(dtype) if compute != dtype else y


def dot(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """numpy.dot semantics through one BLAS matmul: the last axis of x with the second-to-last of y."""
    if x.ndim == 2 and y.ndim == 2 and x.shape[1] == y.shape[0]:  # the common case, with least overhead
        return _matmul(x, y, x.dtype)
    for name, a in (("x", x), ("y", y)):
        if a.ndim == 0:
            raise ValueError(f"keras_numba.dot: {name} must have at least one dimension; got a scalar (use multiply)")
    y_axis = y.ndim - 2 if y.ndim >= 2 else 0
    k = x.shape[-1]
    if y.shape[y_axis] != k:
        raise ValueError(
            f"keras_numba.dot: x and y do not align: x.shape[-1] = {k} but y.shape[{y_axis - y.ndim}] = "
            f"{y.shape[y_axis]} (x {x.shape}, y {y.shape})"
        )
    rows = x.shape[:-1]
    cols = y.shape[:-2] + y.shape[-1:] if y.ndim >= 2 else ()
    x2 = x.reshape(math.prod(rows), k)
    if y.ndim <= 2:
        y2 = y if y.ndim == 2 else y.reshape(k, 1)
    else:  # contract over y's second-to-last axis: bring it first
        y2 = y.transpose([y.ndim - 2] + list(range(y.ndim - 2)) + [y.ndim - 1]).reshape(k, math.prod(cols))
    return _matmul(x2, y2, x.dtype).reshape(rows + cols)


def _batch_axes(x: np.ndarray, y: np.ndarray, axes: int | tuple[int, ...] | None) -> tuple[int, int]:
    if axes is None:
        pair = (x.ndim - 1, y.ndim - 1 if y.ndim == 2 else y.ndim - 2)
    elif isinstance(axes, int):
        pair = (axes, axes)
    elif len(axes) == 2:
        pair = (axes[0], axes[1])
    else:
        raise ValueError(f"keras_numba.batch_dot: axes must be None, an int or a pair of ints; got {axes}")
    a0 = checks.normalize_axis("batch_dot", "axes", pair[0], x.ndim)
    a1 = checks.normalize_axis("batch_dot", "axes", pair[1], y.ndim)
    if a0 == 0 or a1 == 0:
        raise ValueError(f"keras_numba.batch_dot: axes {axes} names the batch axis 0; add a batch axis with expand_dims(x, 0)")
    return a0, a1


def batch_dot(x: np.ndarray, y: np.ndarray, axes: int | tuple[int, ...] | None) -> np.ndarray:
    """Keras batch_dot: per batch entry, x's axis axes[0] contracted with y's axis axes[1].

    The result is x's shape without the contracted axis, followed by y's shape
    without the batch and contracted axes; rank-2 inputs follow Keras' rules
    ((32, 20) . (32, 20) -> (32, 1)).
    """
    for name, a in (("x", x), ("y", y)):
        if a.ndim < 2:
            raise ValueError(f"keras_numba.batch_dot: {name} must have rank >= 2 (batch, ...); got shape {a.shape}")
    if x.shape[0] != y.shape[0]:
        raise ValueError(f"keras_numba.batch_dot: x and y have different batch sizes: x {x.shape}, y {y.shape}")
    a0, a1 = _batch_axes(x, y, axes)
    k = x.shape[a0]
    if y.shape[a1] != k:
        raise ValueError(
            f"keras_numba.batch_dot: x.shape[{a0}] != y.shape[{a1}] ({k} != {y.shape[a1]}) for x {x.shape}, y {y.shape}, axes={axes}"
        )
    batch, x_ndim, y_ndim = x.shape[0], x.ndim, y.ndim
    if a0 != x_ndim - 1:  # (batch, *x_rest, k)
        x = x.transpose([i for i in range(x_ndim) if i != a0] + [a0])
    if a1 != 1:  # (batch, k, *y_rest)
        y = y.transpose([0, a1] + [i for i in range(1, y_ndim) if i != a1])
    x_rest, y_rest = x.shape[1:-1], y.shape[2:]
    out = _matmul(x.reshape(batch, math.prod(x_rest), k), y.reshape(batch, k, math.prod(y_rest)), x.dtype)
    if x_ndim == 2 and y_ndim == 2:
        return out.reshape(batch, 1)
    return out.reshape((batch,) + x_rest + y_rest)


# --------------------------------------------------------------------------- bias and padding


def bias_add(x: np.ndarray, bias: np.ndarray, data_format: str | None) -> np.ndarray:
    """x + bias along the channel axis; a bias of rank ndim(x) - 1 is laid out as tf_keras does."""
    channels_first = _data_format(data_format) == _FIRST
    if x.ndim < 2:
        raise ValueError(f"keras_numba.bias_add: x must have rank >= 2 (batch, ..., channels); got shape {x.shape}")
    if bias.ndim == 1:
        axis = 1 if channels_first else x.ndim - 1
        if bias.shape[0] != x.shape[axis]:
            raise ValueError(
                f"keras_numba.bias_add: bias has {bias.shape[0]} values but x has {x.shape[axis]} channels "
                f"(axis {axis} of x {x.shape})"
            )
        fast = _bias.add(x, bias, channels_first)  # one (two-thread) pass; None: NumPy's add below
        if fast is not None:
            return fast
        shape = [1] * x.ndim
        shape[axis] = bias.shape[0]
        b = bias.reshape(shape)
    elif bias.ndim == x.ndim - 1:
        # tf_keras reshapes (not transposes) a (..., channels) bias to (1, channels, ...) for channels_first
        b = bias.reshape(((1, bias.shape[-1]) + bias.shape[:-1]) if channels_first else ((1,) + bias.shape))
        if any(bs not in (1, xs) for bs, xs in zip(b.shape, x.shape)):
            raise ValueError(
                f"keras_numba.bias_add: bias {bias.shape} (as {b.shape}) does not broadcast to x {x.shape}"
            )
    else:
        raise ValueError(f"keras_numba.bias_add: bias must have rank 1 or {x.ndim - 1}; got shape {bias.shape}")
    with np.errstate(all="ignore"):  # inf + -inf is NaN without a warning, as in tf
        return np.add(x, b)


def _plain_pairs(padding: Any, n: int) -> tuple[tuple[int, int], ...] | None:
    """The common spelling, n (before, after) pairs of non-negative Python ints, read without
    the general checks below (their abstract-type tests cost ~6 µs a call); None otherwise."""
    items = (padding,) if n == 1 else padding
    if type(items) not in (tuple, list) or len(items) != n:
        return None
    for pair in items:
        if type(pair) not in (tuple, list) or len(pair) != 2 or type(pair[0]) is not int or type(pair[1]) is not int:
            return None
        if pair[0] < 0 or pair[1] < 0:
            return None
    return tuple((pair[0], pair[1]) for pair in items)


def _pad_pairs(fn: str, padding: Any, n: int) -> tuple[tuple[int, int], ...]:
    """`padding` as n (before, after) pairs: an int, n ints, or n pairs (one pair when n == 1).

    A value of the wrong type is a TypeError, wrong lengths and negative sizes a ValueError.
    """
    fast = _plain_pairs(padding, n)
    if fast is not None:
        return fast
    expected = "a pair of ints (before, after)" if n == 1 else f"{n} pairs of ints ((before, after), ...)"

    def fail(exc: type[Exception], why: str = "") -> Exception:
        return exc(f"keras_numba.{fn}: padding must be {expected} or an int; got {why}{padding!r}")

    def ints(value: Any) -> list[int]:
        if isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_)):
            return [int(value)]
        if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
            raise fail(TypeError)
        items = list(value)
        if not all(isinstance(v, numbers.Integral) and not isinstance(v, (bool, np.bool_)) for v in items):
            raise fail(TypeError)
        return [int(v) for v in items]

    if n == 1:
        items: list[Any] = [padding]
    elif isinstance(padding, numbers.Integral) and not isinstance(padding, (bool, np.bool_)):
        items = [padding] * n
    elif isinstance(padding, (str, bytes)) or not hasattr(padding, "__iter__"):
        raise fail(TypeError)
    else:
        items = list(padding)
        if len(items) != n:
            raise fail(ValueError, f"{len(items)} entries: ")
    pairs = []
    for item in items:
        values = ints(item)
        if len(values) == 1:
            values *= 2
        if len(values) != 2:
            raise fail(ValueError)
        pairs.append((values[0], values[1]))
    if any(v < 0 for pair in pairs for v in pair):
        raise fail(ValueError, "negative sizes: ")
    return tuple(pairs)


def _pad(x: np.ndarray, pairs: tuple[tuple[int, int], ...], first_axis: int) -> np.ndarray:
    shape = list(x.shape)
    inner = [slice(None)] * x.ndim
    for axis, (before, after) in enumerate(pairs, start=first_axis):
        inner[axis] = slice(before, before + shape[axis])
        shape[axis] += before + after
    last = first_axis + len(pairs) - 1
    if math.prod(shape[last + 1:]) * x.itemsize < 64 or math.prod(shape) * x.itemsize < 1 << 20:
        # the borders are many small pieces (or all is in cache): one zeroing pass is cheaper,
        # e.g. (8, 16, 16, 16, 8) padded by 1: 36 µs vs 47 µs
        out = np.zeros(shape, x.dtype)
        out[tuple(inner)] = x
        return out
    # write the interior once and zero only the borders (np.zeros would write every element twice)
    out = np.empty(shape, x.dtype)
    out[tuple(inner)] = x
    for axis, (before, after) in enumerate(pairs, start=first_axis):
        lead = (slice(None),) * axis
        if before:
            out[lead + (slice(0, before),)] = 0
        if after:
            out[lead + (slice(shape[axis] - after, None),)] = 0
    return out


def temporal_padding(x: np.ndarray, padding: Any) -> np.ndarray:
    """Zero padding of axis 1 of a 3D tensor (batch, steps, features)."""
    _need_rank("temporal_padding", "x", x, (3,), " (batch, steps, features)")
    return _pad(x, _pad_pairs("temporal_padding", padding, 1), 1)


def spatial_2d_padding(x: np.ndarray, padding: Any, data_format: str | None) -> np.ndarray:
    """Zero padding of the two spatial axes of a 4D tensor."""
    _need_rank("spatial_2d_padding", "x", x, (4,))
    pairs = _pad_pairs("spatial_2d_padding", padding, 2)
    return _pad(x, pairs, 2 if _data_format(data_format) == _FIRST else 1)


def spatial_3d_padding(x: np.ndarray, padding: Any, data_format: str | None) -> np.ndarray:
    """Zero padding of the three spatial axes of a 5D tensor."""
    _need_rank("spatial_3d_padding", "x", x, (5,))
    pairs = _pad_pairs("spatial_3d_padding", padding, 3)
    return _pad(x, pairs, 2 if _data_format(data_format) == _FIRST else 1)


# --------------------------------------------------------------------------- resizing


def _repeat(x: np.ndarray, factors: dict[int, int]) -> np.ndarray:
    """Each axis in `factors` repeated element-wise (nearest neighbour), as one broadcast copy.

    A broadcast copy moves contiguous blocks of everything after the innermost repeated axis;
    when those blocks are small (<= 64 bytes: few channels, channels_first), `np.repeat`
    handles that axis first, which measured 2-3x faster there.
    """
    factors = {axis: f for axis, f in factors.items() if f > 1}
    if factors and math.prod(x.shape[max(factors) + 1:]) * x.itemsize <= 64:
        last = max(factors)
        x = x.repeat(factors.pop(last), axis=last)
        if not factors:
            return x
    expanded: list[int] = []
    view: list[Any] = []
    for axis, size in enumerate(x.shape):
        expanded.append(size)
        view.append(slice(None))
        if axis in factors:
            expanded.append(factors[axis])
            view.append(None)
    out = np.empty(expanded, x.dtype)
    out[...] = x[tuple(view)]
    return out.reshape([size * factors.get(axis, 1) for axis, size in enumerate(x.shape)])


def _keys_cubic(d: np.ndarray) -> np.ndarray:  # a = -0.5
    return np.where(d < 1, (1.5 * d - 2.5) * d * d + 1, np.where(d < 2, ((-0.5 * d + 2.5) * d - 4) * d + 2, 0.0))


def _mitchell_cubic(d: np.ndarray) -> np.ndarray:  # B = C = 1/3
    near = (7 / 6 * d - 2) * d * d + 8 / 9
    far = ((-7 / 18 * d + 2) * d - 10 / 3) * d + 16 / 9
    return np.where(d < 1, near, np.where(d < 2, far, 0.0))


def _lanczos(radius: float) -> Callable[[np.ndarray], np.ndarray]:
    def kernel(d: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            v = radius * np.sin(np.pi * d) * np.sin(np.pi * d / radius) / (np.pi * np.pi * d * d)
        return np.where(d <= 1e-3, 1.0, np.where(d > radius, 0.0, v))

    return kernel


#: interpolation -> (radius, kernel over the distance in input pixels); tf's definitions
#: (resize_bilinear / resize_bicubic with half-pixel centres, scale_and_translate for the rest)
_FILTERS: dict[str, tuple[float, Callable[[np.ndarray], np.ndarray]]] = {
    "bilinear": (1.0, lambda d: np.maximum(1.0 - d, 0.0)),
    "bicubic": (2.0, _keys_cubic),
    "mitchellcubic": (2.0, _mitchell_cubic),
    "gaussian": (1.5, lambda d: np.where(d < 1.5, np.exp(-2.0 * d * d), 0.0)),  # sigma = radius / 3
    "lanczos3": (3.0, _lanczos(3.0)),
    "lanczos5": (5.0, _lanczos(5.0)),
}


def _taps(interpolation: str, size: int, factor: int, dtype: np.dtype) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Source indices, normalised weights and tap counts of each output pixel of one axis.

    Output pixel o samples the input at s = (o + 0.5) / factor - 0.5 (half-pixel
    centres); its taps are the input pixels within the filter radius of s with a
    non-zero weight (zero weights are dropped so that an inf never meets a 0).
    """
    radius, kernel = _FILTERS[interpolation]
    s = (np.arange(size * factor) + 0.5) / factor - 0.5
    if interpolation == "bicubic":  # tf's resize_bicubic reads its weights from a table of 1024 offsets
        base = np.floor(s)
        s = base + np.rint((s - base) * 1024) / 1024
    width = 2 * math.ceil(radius) + 1
    first = np.clip(np.ceil(s - radius), 0, size - 1).astype(_INTP)
    last = np.clip(np.floor(s + radius), 0, size - 1).astype(_INTP)
    idx = first[:, None] + np.arange(width)
    weight = np.where(idx <= last[:, None], kernel(np.abs(idx - s[:, None])), 0.0)
    weight[np.abs(weight) < 1e-9] = 0.0  # sin(pi * k) for Lanczos at whole-pixel distances
    weight /= weight.sum(axis=1, keepdims=True)
    keep = weight != 0
    order = np.argsort(~keep, axis=1, kind="stable")  # kept taps first, in source order
    idx = np.take_along_axis(idx, order, axis=1)
    weight = np.take_along_axis(weight, order, axis=1)
    count = keep.sum(axis=1).astype(_INTP)
    idx = np.where(np.arange(width) < count[:, None], idx, 0)
    return np.ascontiguousarray(idx, dtype=_INTP), np.ascontiguousarray(weight, dtype=dtype), count


def _resample(x: np.ndarray, axis: int, interpolation: str, factor: int) -> np.ndarray:
    """x resized by `factor` along `axis` with a filter (x: C-contiguous float32/float64)."""
    size = x.shape[axis]
    outer, inner = math.prod(x.shape[:axis]), math.prod(x.shape[axis + 1:])
    out = np.empty(x.shape[:axis] + (size * factor,) + x.shape[axis + 1:], x.dtype)
    if out.size == 0:
        return out
    idx, weight, count = _taps(interpolation, size, factor, x.dtype)
    if factor == 1 and np.all(count == 1) and np.all(weight[:, 0] == 1):
        return x  # an interpolating filter at its own pixels (Gaussian and Mitchell blur even then)
    if inner == 1:
        _loop("_resample_last")(x.reshape(outer, size), idx, weight, count, out.reshape(outer, size * factor))
    else:
        _loop("_resample_mid")(x.reshape(outer, size, inner), idx, weight, count, out.reshape(outer, size * factor, inner))
    return out


def _resize(x: np.ndarray, factors: dict[int, int], interpolation: str) -> np.ndarray:
    if interpolation == "nearest":
        return _repeat(x, factors)
    out_dtype = x.dtype if x.dtype.kind == "f" else _F32  # interpolated values are never integers
    if interpolation == "area":  # integer upscaling: every output pixel lies inside one input pixel
        return _repeat(x, factors).astype(out_dtype, copy=False)
    y = np.ascontiguousarray(x, dtype=_compute_dtype(out_dtype))
    for axis in sorted(factors, reverse=True):  # the innermost axis first
        y = _resample(y, axis, interpolation, factors[axis])
    return x.astype(out_dtype) if y is x else y.astype(out_dtype, copy=False)  # never x itself


def _resize_adjoint(grad: np.ndarray, x: np.ndarray, factors: dict[int, int], interpolation: str) -> np.ndarray:
    """The transpose of `_resize` applied to `grad` (the gradient of a resize; resizing is linear)."""
    g = np.asarray(grad)
    g = g.astype(np.result_type(g.dtype, np.float32), copy=False)
    for axis, factor in factors.items():
        size = x.shape[axis]
        if interpolation in ("nearest", "area"):  # every output pixel copies one input pixel
            g = g.reshape(g.shape[:axis] + (size, factor) + g.shape[axis + 1:]).sum(axis=axis + 1)
            continue
        idx, weight, count = _taps(interpolation, size, factor, np.dtype(np.float64))
        matrix = np.zeros((size * factor, size), g.dtype)  # output pixel o = matrix[o] @ input
        taps = np.arange(idx.shape[1]) < count[:, None]
        rows = np.broadcast_to(np.arange(size * factor)[:, None], idx.shape)
        np.add.at(matrix, (rows[taps], idx[taps]), weight[taps])
        g = np.moveaxis(np.moveaxis(g, axis, -1) @ matrix, -1, axis)
    return np.ascontiguousarray(g)


def resize_images_grad(
    grad: np.ndarray, x: np.ndarray, height_factor: int, width_factor: int, data_format: str | None, interpolation: str = "nearest"
) -> np.ndarray:
    """The gradient of resize_images with respect to x: the adjoint of its interpolation."""
    rows = 2 if _data_format(data_format) == _FIRST else 1
    return _resize_adjoint(grad, np.asarray(x), {rows: height_factor, rows + 1: width_factor}, interpolation)


def resize_volumes_grad(
    grad: np.ndarray, x: np.ndarray, depth_factor: int, height_factor: int, width_factor: int, data_format: str | None
) -> np.ndarray:
    """The gradient of resize_volumes with respect to x: each block of repeated voxels summed."""
    first = 2 if _data_format(data_format) == _FIRST else 1
    factors = {first: depth_factor, first + 1: height_factor, first + 2: width_factor}
    return _resize_adjoint(grad, np.asarray(x), factors, "nearest")


def _factors(fn: str, named: dict[str, int]) -> None:
    for name, value in named.items():
        if value < 1:
            raise ValueError(f"keras_numba.{fn}: {name} must be a positive integer; got {value}")


def resize_images(
    x: np.ndarray, height_factor: int, width_factor: int, data_format: str | None, interpolation: str
) -> np.ndarray:
    """A 4D batch of images enlarged by integer factors (tf.image.resize semantics)."""
    _need_rank("resize_images", "x", x, (4,))
    _factors("resize_images", {"height_factor": height_factor, "width_factor": width_factor})
    rows = 2 if _data_format(data_format) == _FIRST else 1
    return _resize(x, {rows: height_factor, rows + 1: width_factor}, interpolation)


def resize_volumes(
    x: np.ndarray, depth_factor: int, height_factor: int, width_factor: int, data_format: str | None
) -> np.ndarray:
    """A 5D batch of volumes enlarged by repeating each voxel (nearest neighbour)."""
    _need_rank("resize_volumes", "x", x, (5,))
    _factors("resize_volumes", {"depth_factor": depth_factor, "height_factor": height_factor, "width_factor": width_factor})
    first = 2 if _data_format(data_format) == _FIRST else 1
    return _repeat(x, {first: depth_factor, first + 1: height_factor, first + 2: width_factor})


# --------------------------------------------------------------------------- identity, size, slice

_INT32_MAX = 2**31 - 1


def identity(x: np.ndarray, name: str | None = None) -> np.ndarray:
    """A copy of `x` (a new tensor: later writes to the argument do not show through); `name` is unused."""
    return x.copy()


def tensor_size(x: np.ndarray, name: str | None = None) -> np.ndarray:
    """The number of elements of `x`, as an int32 scalar (TensorFlow's `tf.size`); `name` is unused."""
    n = x.size
    if n > _INT32_MAX:  # tf.size's int32 would wrap; refuse instead
        raise ValueError(f"keras_numba.size: x has {n} elements, more than an int32 holds")
    return np.array(n, dtype=np.int32)


def _slice_extents(start: tuple[int, ...], size: tuple[int, ...], shape: tuple[int | None, ...]) -> list[int | None]:
    """Each axis' result length, checking start/size against the known dimensions (None: unknown)."""
    if not len(start) == len(size) == len(shape):
        raise ValueError(
            f"keras_numba.slice: start and size must have one entry per axis of x ({len(shape)}); got {len(start)} and {len(size)}"
        )
    out: list[int | None] = []
    for i, (b, s, d) in enumerate(zip(start, size, shape)):
        if b < 0 or (d is not None and b > d):
            raise ValueError(f"keras_numba.slice: start[{i}] must be in [0, {'dim' if d is None else d}] (axis {i} of x); got {b}")
        if s < -1 or (d is not None and s > d - b):
            room = "dim - start" if d is None else str(d - b)
            raise ValueError(f"keras_numba.slice: size[{i}] must be -1 or in [0, {room}] (axis {i} of x from start {b}); got {s}")
        out.append(s if s != -1 else (None if d is None else d - b))
    return out


def slice_tensor(x: np.ndarray, start: tuple[int, ...], size: tuple[int, ...]) -> np.ndarray:
    """`x[start[i] : start[i] + size[i]]` on every axis (size -1: to the end), as a new array."""
    extents = _slice_extents(start, size, x.shape)
    return x[tuple(slice(b, b + n) for b, n in zip(start, extents))].copy()  # type: ignore[operator]


def _static_ints(value: Any, arg: str) -> tuple[int, ...] | None:
    """start/size as ints when known while the graph is built, None when symbolic."""
    from . import graph

    if graph.is_symbolic(value):
        if len(value.shape) != 1:
            raise ValueError(f"keras_numba.slice: {arg} must be a 1-D tensor; got rank {len(value.shape)}")
        if np.dtype(value.dtype).kind not in "iu":
            raise TypeError(f"keras_numba.slice: {arg} must be an integer tensor; got {value.dtype}")
        return None
    return checks.to_shape("slice", arg, value)


def slice_symbolic(x: Any, start: Any, size: Any) -> Any:
    """The graph node of `slice`, with its static shape computed here rather than by a stand-in run.

    A stand-in run gives unknown dimensions small sizes, which would refuse a
    slice starting past them (valid once the real size is fed), and would
    give symbolic start/size fixed values; here unknown stays unknown.
    """
    import keras_numba
    from keras_numba import _dtype_table, _gradients

    from . import dtypes, graph

    if not graph.is_symbolic(x):
        (x,), _ = dtypes.resolve("slice", ("x",), (x,), _dtype_table.CLASSES["all"])
    elif np.dtype(x.dtype) not in _dtype_table.CLASSES["all"]:
        raise TypeError(f"keras_numba.slice: x must have a dtype of the `all` class; got {x.dtype}")
    shape = tuple(x.shape)
    begin, extent = _static_ints(start, "start"), _static_ints(size, "size")
    n = len(shape)
    lengths = (n if begin is None else len(begin), n if extent is None else len(extent))
    if begin is None or extent is None:  # symbolic bounds: the rank is all that is known
        if begin is None and start.shape[0] is not None:
            lengths = (start.shape[0], lengths[1])
        if extent is None and size.shape[0] is not None:
            lengths = (lengths[0], size.shape[0])
        if lengths != (n, n):
            raise ValueError(f"keras_numba.slice: start and size must have one entry per axis of x ({n}); got {lengths[0]} and {lengths[1]}")
        dims: list[int | None] = [None] * n
    else:
        dims = _slice_extents(begin, extent, shape)
    return graph.apply_shaped("slice", keras_numba.slice, (), {"x": x, "start": start, "size": size}, _gradients.grad_slice, dims, x.dtype)
