"""Max and average pooling over 2 or 3 spatial axes, and their gradients.

The generated wrappers of ``pool2d``/``pool3d`` call these with converted
arguments (a floating array, tuples of ints, validated strings); ranks,
window sizes and strides are checked here. Messages read
``keras_numba.<fn>: <arg> ...``.

Semantics (tf_keras): ``'valid'`` windows lie inside the input; ``'same'``
gives ``ceil(size / stride)`` outputs and pads ``max((out - 1) * stride +
window - size, 0)`` cells, the odd one at the end. Average pooling divides by
the number of real (non-padded) cells of each window. Max pooling skips NaN
(as TensorFlow's kernel, whose comparisons ignore it); a window of only NaN
gives -inf (TensorFlow: the lowest finite float), and -inf inputs stay -inf.

Kernels: one Numba loop family over a C-contiguous ``(N, D, H, W, C)`` view
(2-D pooling is D = 1). ``'channels_last'`` pools with the channel loop
innermost (contiguous, vectorised: 16 float32 lanes); a ``'channels_first'``
array is the same loop on its ``(N * C, D, H, W, 1)`` view, without a
transpose. One job is one output row ``(n, od, oh)``; jobs run in ``prange``
above ~32k output elements (serial below: a TBB launch costs more than the
work). A 2x2 max window inside the input reads its two rows as flat W*C runs
(a select chain per channel): (64, 26, 26, 32) float32 2x2/2, interleaved A/B, 234 -> 140 us
warm, ~680 -> ~340 us with a cold cache; `make bench` (32, 32, 32, 64): 2.4-3x faster
than PyTorch's channels_last max_pool2d (was 1.5x). Gradients with overlapping
windows run one image per thread (windows of one image may overlap; different
images never do). Without overlap (window <= stride, e.g. Keras' default 2x2
MaxPooling2D) one fused pass per output row writes every input cell it owns,
re-finding each window's maximum from ``x`` (see ``_max_grad_row_py``).

float16 computes in float32 and rounds once at the end.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

import numpy as np

from . import config, kernels

_F16 = np.dtype("float16")
_F32 = np.dtype("float32")
_PARALLEL_MIN = 32_768  # output elements

# Names the loops below resolve when Numba compiles them (set by _prepare()).
prange = range


# --------------------------------------------------------------------------- loops (compiled lazily)


def _window(o, stride, pad, k, size):  # type: ignore[no-untyped-def]
    start = o * stride - pad
    lo = start if start > 0 else 0
    hi = start + k
    if hi > size:
        hi = size
    return lo, hi


def _max_row_py(x, out, job, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    od_n, oh_n, ow_n = out.shape[1], out.shape[2], out.shape[3]
    n = job // (od_n * oh_n)
    r = job - n * (od_n * oh_n)
    od = r // oh_n
    oh = r - od * oh_n
    d_lo, d_hi = _window(od, sd, pd, kd, x.shape[1])
    h_lo, h_hi = _window(oh, sh, ph, kh, x.shape[2])
    neg = -np.inf
    W, C = x.shape[3], x.shape[4]
    ow_a, ow_b = 0, 0  # outputs [ow_a, ow_b) take the 2x2 fast path below
    if d_hi - d_lo == 1 and h_hi - h_lo == 2 and kw == 2:
        # The usual 2x2 window: the two input rows and the output row as flat (W*C) runs, four
        # loads and a chain of selects per channel (few base pointers: LLVM vectorises it, as in
        # _max_grad_row_py). Windows clipped by padding (at most one per end) go the generic way.
        ow_a = min(-(-pw // sw), ow_n)
        ow_b = min(max((W - 2 + pw) // sw + 1, ow_a), ow_n)
        xt = x[n, d_lo, h_lo].reshape(W * C)
        xb = x[n, d_lo, h_lo + 1].reshape(W * C)
        orow = out[n, od, oh].reshape(ow_n * C)
        lo = x.dtype.type(neg)
        for ow in range(ow_a, ow_b):
            base = (ow * sw - pw) * C
            top, bot = xt[base: base + 2 * C], xb[base: base + 2 * C]
            dst = orow[ow * C: ow * C + C]
            for c in range(C):
                m = lo
                v = top[c]
                m = v if v > m else m  # NaN never wins (a vectorisable select)
                v = top[C + c]
                m = v if v > m else m
                v = bot[c]
                m = v if v > m else m
                v = bot[C + c]
                m = v if v > m else m
                dst[c] = m
    for ow in range(ow_n):
        if ow_a <= ow < ow_b:
            continue
        w_lo, w_hi = _window(ow, sw, pw, kw, x.shape[3])
        dst = out[n, od, oh, ow]
        for c in range(dst.shape[0]):
            dst[c] = neg
        for d in range(d_lo, d_hi):
            for h in range(h_lo, h_hi):
                for w in range(w_lo, w_hi):
                    src = x[n, d, h, w]
                    for c in range(dst.shape[0]):
                        v = src[c]
                        dst[c] = v if v > dst[c] else dst[c]  # NaN never wins (a vectorisable select)


def _avg_row_py(x, out, job, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    od_n, oh_n, ow_n = out.shape[1], out.shape[2], out.shape[3]
    n = job // (od_n * oh_n)
    r = job - n * (od_n * oh_n)
    od = r // oh_n
    oh = r - od * oh_n
    d_lo, d_hi = _window(od, sd, pd, kd, x.shape[1])
    h_lo, h_hi = _window(oh, sh, ph, kh, x.shape[2])
    for ow in range(ow_n):
        w_lo, w_hi = _window(ow, sw, pw, kw, x.shape[3])
        dst = out[n, od, oh, ow]
        for c in range(dst.shape[0]):
            dst[c] = 0
        for d in range(d_lo, d_hi):
            for h in range(h_lo, h_hi):
                for w in range(w_lo, w_hi):
                    src = x[n, d, h, w]
                    for c in range(dst.shape[0]):
                        dst[c] += src[c]
        count = (d_hi - d_lo) * (h_hi - h_lo) * (w_hi - w_lo)
        inv = dst.dtype.type(1) / dst.dtype.type(count)
        for c in range(dst.shape[0]):
            dst[c] *= inv


def _max_grad_image_py(g, x, res, gx, n, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    # The first cell (in window order) equal to the window's maximum takes the
    # gradient, as TensorFlow's MaxPoolGrad routes ties. Channels are the inner
    # loop (contiguous in every array), with one "already routed" flag per channel.
    C = x.shape[4]
    pending = np.empty(C, dtype=np.bool_)
    for od in range(g.shape[1]):
        d_lo, d_hi = _window(od, sd, pd, kd, x.shape[1])
        for oh in range(g.shape[2]):
            h_lo, h_hi = _window(oh, sh, ph, kh, x.shape[2])
            for ow in range(g.shape[3]):
                w_lo, w_hi = _window(ow, sw, pw, kw, x.shape[3])
                m = res[n, od, oh, ow]
                src = g[n, od, oh, ow]
                pending[:] = True
                for d in range(d_lo, d_hi):
                    for h in range(h_lo, h_hi):
                        for w in range(w_lo, w_hi):
                            xs = x[n, d, h, w]
                            dst = gx[n, d, h, w]
                            for c in range(C):
                                if pending[c] and xs[c] == m[c]:
                                    dst[c] += src[c]
                                    pending[c] = False


def _avg_grad_image_py(g, gx, n, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for od in range(g.shape[1]):
        d_lo, d_hi = _window(od, sd, pd, kd, gx.shape[1])
        for oh in range(g.shape[2]):
            h_lo, h_hi = _window(oh, sh, ph, kh, gx.shape[2])
            for ow in range(g.shape[3]):
                w_lo, w_hi = _window(ow, sw, pw, kw, gx.shape[3])
                count = (d_hi - d_lo) * (h_hi - h_lo) * (w_hi - w_lo)
                src = g[n, od, oh, ow]
                inv = src.dtype.type(1) / src.dtype.type(count)
                for d in range(d_lo, d_hi):
                    for h in range(h_lo, h_hi):
                        for w in range(w_lo, w_hi):
                            dst = gx[n, d, h, w]
                            for c in range(dst.shape[0]):
                                dst[c] += src[c] * inv


def _owned(o, stride, pad, o_n, size):  # type: ignore[no-untyped-def]
    """Input cells [lo, hi) of one axis that output `o` owns when windows do not overlap.

    Output o owns [o * stride - pad, (o + 1) * stride - pad), the first one from 0 and the
    last one to the end, so the owned ranges tile the axis: cells no window reads belong to
    a neighbour, which writes their zeros.
    """
    lo = o * stride - pad if o > 0 else 0
    hi = (o + 1) * stride - pad if o < o_n - 1 else size
    lo = 0 if lo < 0 else (size if lo > size else lo)
    hi = lo if hi < lo else (size if hi > size else hi)
    return lo, hi


def _zero_block(gx, n, d_lo, d_hi, h_lo, h_hi, skip_d_lo, skip_d_hi, skip_h_lo, skip_h_hi):  # type: ignore[no-untyped-def]
    """Zero the rows gx[n, d_lo:d_hi, h_lo:h_hi] except those in the skipped (fully written) block."""
    zero = gx.dtype.type(0)
    for d in range(d_lo, d_hi):
        for h in range(h_lo, h_hi):
            if skip_d_lo <= d < skip_d_hi and skip_h_lo <= h < skip_h_hi:
                continue
            row = gx[n, d, h]
            flat = row.reshape(row.shape[0] * row.shape[1])
            for i in range(flat.shape[0]):
                flat[i] = zero


def _max_grad_window(x, gx, src, n, d_lo, d_hi, h_lo, h_hi, w_lo, w_hi, best, left):  # type: ignore[no-untyped-def]
    """Route src (C,) to the first cell of one window holding its NaN-skipping maximum (any window)."""
    C = x.shape[4]
    zero = x.dtype.type(0)
    for c in range(C):
        best[c] = -np.inf
    for d in range(d_lo, d_hi):
        for h in range(h_lo, h_hi):
            for w in range(w_lo, w_hi):
                xs = x[n, d, h, w]
                for c in range(C):
                    v = xs[c]
                    best[c] = v if v > best[c] else best[c]
    for c in range(C):
        left[c] = src[c]
    for d in range(d_lo, d_hi):
        for h in range(h_lo, h_hi):
            for w in range(w_lo, w_hi):
                xs = x[n, d, h, w]
                dst = gx[n, d, h, w]
                for c in range(C):
                    hit = xs[c] == best[c]
                    dst[c] = left[c] if hit else zero
                    left[c] = zero if hit else left[c]


def _max_grad_row_py(g, x, gx, job, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    # Non-overlapping windows (window <= stride on every axis), one output row (n, od, oh)
    # per job: the job writes every input cell it owns (zeros, and each window's routed
    # gradient), so gx needs no zeroing pass and jobs never share memory. The maximum is
    # recomputed from x as pool2d computes it (NaN skipped, from -inf), and the gradient goes
    # to the first cell in window order equal to it (TensorFlow's MaxPoolGrad tie rule); a
    # window of only NaN routes nothing.
    # Fast path, the usual 2x2 window: the two input rows as flat (W*C) runs and the four
    # cells as one chain of selects per channel. Few distinct base pointers let LLVM
    # vectorise it (four separate cell rows did not: 0.77 vs 0.24 ms serial on
    # (64, 26, 26, 32) float32).
    od_n, oh_n, ow_n = g.shape[1], g.shape[2], g.shape[3]
    n = job // (od_n * oh_n)
    r = job - n * (od_n * oh_n)
    od = r // oh_n
    oh = r - od * oh_n
    W, C = x.shape[3], x.shape[4]
    zero = x.dtype.type(0)
    neg = x.dtype.type(-np.inf)
    od_lo, od_hi = _owned(od, sd, pd, od_n, x.shape[1])
    oh_lo, oh_hi = _owned(oh, sh, ph, oh_n, x.shape[2])
    d_lo, d_hi = _window(od, sd, pd, kd, x.shape[1])
    h_lo, h_hi = _window(oh, sh, ph, kh, x.shape[2])
    # Windows that tile their rows from column 0 (kw == sw, no padding before) write every
    # cell of columns [0, ow_n * sw): only the columns after them (an odd 'valid' width drops
    # the last) need zeros there. Zeroing whole rows first wrote them twice ((64, 11, 11, 64)
    # float32, A/B best of 40: 65 -> 58 us warm, 253 -> 228 us cold).
    tiled = kw == sw and pw == 0
    if tiled:
        _zero_block(gx, n, od_lo, od_hi, oh_lo, oh_hi, d_lo, d_hi, h_lo, h_hi)
        tail = min(ow_n * sw, W)
        for d in range(d_lo, d_hi):
            for h in range(h_lo, h_hi):
                rest = gx[n, d, h].reshape(W * C)[tail * C:]
                for i in range(rest.shape[0]):
                    rest[i] = zero
    else:
        _zero_block(gx, n, od_lo, od_hi, oh_lo, oh_hi, 0, 0, 0, 0)
    src_row = g[n, od, oh]
    if d_hi - d_lo == 1 and h_hi - h_lo == 2 and kw == 2:
        xt = x[n, d_lo, h_lo].reshape(W * C)
        xb = x[n, d_lo, h_lo + 1].reshape(W * C)
        gt = gx[n, d_lo, h_lo].reshape(W * C)
        gb = gx[n, d_lo, h_lo + 1].reshape(W * C)
        # windows [ow_a, ow_b) lie inside the row; the (at most two) clipped ones go the generic way
        ow_a = min(-(-pw // sw), ow_n)
        ow_b = min(max((W - 2 + pw) // sw + 1, ow_a), ow_n)
        for ow in range(ow_n):
            if ow < ow_a or ow >= ow_b:
                w_lo, w_hi = _window(ow, sw, pw, kw, W)
                _max_grad_window(x, gx, src_row[ow], n, d_lo, d_hi, h_lo, h_hi, w_lo, w_hi, np.empty(C, x.dtype), np.empty(C, x.dtype))
        for ow in range(ow_a, ow_b):
            base = (ow * sw - pw) * C
            top, bot = xt[base: base + 2 * C], xb[base: base + 2 * C]
            gtop, gbot = gt[base: base + 2 * C], gb[base: base + 2 * C]
            src = src_row[ow]
            for c in range(C):
                va, vb, vc, vd = top[c], top[C + c], bot[c], bot[C + c]
                m = neg
                m = va if va > m else m
                m = vb if vb > m else m
                m = vc if vc > m else m
                m = vd if vd > m else m
                left = src[c]
                gtop[c] = left if va == m else zero
                left = zero if va == m else left
                gtop[C + c] = left if vb == m else zero
                left = zero if vb == m else left
                gbot[c] = left if vc == m else zero
                left = zero if vc == m else left
                gbot[C + c] = left if vd == m else zero
        return
    best = np.empty(C, x.dtype)
    left = np.empty(C, x.dtype)
    for ow in range(ow_n):
        w_lo, w_hi = _window(ow, sw, pw, kw, W)
        _max_grad_window(x, gx, src_row[ow], n, d_lo, d_hi, h_lo, h_hi, w_lo, w_hi, best, left)


def _avg_grad_row_py(g, gx, job, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    # Non-overlapping windows, one output row per job (see _max_grad_row_py).
    od_n, oh_n, ow_n = g.shape[1], g.shape[2], g.shape[3]
    n = job // (od_n * oh_n)
    r = job - n * (od_n * oh_n)
    od = r // oh_n
    oh = r - od * oh_n
    od_lo, od_hi = _owned(od, sd, pd, od_n, gx.shape[1])
    oh_lo, oh_hi = _owned(oh, sh, ph, oh_n, gx.shape[2])
    _zero_block(gx, n, od_lo, od_hi, oh_lo, oh_hi, 0, 0, 0, 0)
    d_lo, d_hi = _window(od, sd, pd, kd, gx.shape[1])
    h_lo, h_hi = _window(oh, sh, ph, kh, gx.shape[2])
    for ow in range(ow_n):
        w_lo, w_hi = _window(ow, sw, pw, kw, gx.shape[3])
        count = (d_hi - d_lo) * (h_hi - h_lo) * (w_hi - w_lo)
        src = g[n, od, oh, ow]
        inv = src.dtype.type(1) / src.dtype.type(count)
        for d in range(d_lo, d_hi):
            for h in range(h_lo, h_hi):
                for w in range(w_lo, w_hi):
                    dst = gx[n, d, h, w]
                    for c in range(dst.shape[0]):
                        dst[c] = src[c] * inv


def _max_grad_rows(g, x, gx, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for job in range(g.shape[0] * g.shape[1] * g.shape[2]):
        _max_grad_row(g, x, gx, job, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821


def _max_grad_rows_parallel(g, x, gx, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for job in prange(g.shape[0] * g.shape[1] * g.shape[2]):
        _max_grad_row(g, x, gx, job, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821


def _avg_grad_rows(g, gx, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for job in range(g.shape[0] * g.shape[1] * g.shape[2]):
        _avg_grad_row(g, gx, job, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821


def _avg_grad_rows_parallel(g, gx, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for job in prange(g.shape[0] * g.shape[1] * g.shape[2]):
        _avg_grad_row(g, gx, job, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821


def _max_pool(x, out, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for job in range(out.shape[0] * out.shape[1] * out.shape[2]):
        _max_row(x, out, job, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821  (bound by _prepare)


def _max_pool_parallel(x, out, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for job in prange(out.shape[0] * out.shape[1] * out.shape[2]):
        _max_row(x, out, job, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821


def _avg_pool(x, out, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for job in range(out.shape[0] * out.shape[1] * out.shape[2]):
        _avg_row(x, out, job, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821


def _avg_pool_parallel(x, out, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for job in prange(out.shape[0] * out.shape[1] * out.shape[2]):
        _avg_row(x, out, job, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821


def _max_grad(g, x, res, gx, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for n in range(x.shape[0]):
        _max_grad_image(g, x, res, gx, n, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821


def _max_grad_parallel(g, x, res, gx, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for n in prange(x.shape[0]):
        _max_grad_image(g, x, res, gx, n, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821


def _avg_grad(g, gx, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for n in range(gx.shape[0]):
        _avg_grad_image(g, gx, n, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821


def _avg_grad_parallel(g, gx, kd, kh, kw, sd, sh, sw, pd, ph, pw):  # type: ignore[no-untyped-def]
    for n in prange(gx.shape[0]):
        _avg_grad_image(g, gx, n, kd, kh, kw, sd, sh, sw, pd, ph, pw)  # noqa: F821


_HELPERS = ("_window", "_owned", "_zero_block", "_max_grad_window", "_max_row", "_avg_row", "_max_grad_image", "_avg_grad_image", "_max_grad_row", "_avg_grad_row")


def _signature(name: str, numba: Any, dtype: str) -> Any:
    """Inputs typed read-only (a read-only array is passed without a copy)."""
    ty = numba.types
    t = numba.from_dtype(np.dtype(dtype))
    r5, w5 = ty.Array(t, 5, "C", readonly=True), ty.Array(t, 5, "C")
    ints = (ty.int64,) * 9
    return {
        "_max_pool": ty.void(r5, w5, *ints),
        "_avg_pool": ty.void(r5, w5, *ints),
        "_max_grad": ty.void(r5, r5, r5, w5, *ints),
        "_avg_grad": ty.void(r5, w5, *ints),
        "_max_grad_rows": ty.void(r5, r5, w5, *ints),
        "_avg_grad_rows": ty.void(r5, w5, *ints),
    }[name]


_loop = kernels.LoopSet(globals(), _signature, helpers=_HELPERS)


# --------------------------------------------------------------------------- arguments


def _dims(fn: str, arg: str, value: Sequence[int], n: int) -> tuple[int, ...]:
    value = tuple(value)
    if len(value) != n or any(v < 1 for v in value):
        raise ValueError(f"keras_numba.{fn}: {arg} must be {n} positive ints; got {value}")
    return value


def _spatial_out(fn: str, size: Optional[int], k: int, s: int, padding: str) -> tuple[Optional[int], int]:
    """(output size, padding before) of one spatial axis, as TensorFlow computes them."""
    if size is None:
        return None, 0
    if padding == "valid":
        if size < k:
            raise ValueError(f"keras_numba.{fn}: pool_size {k} is larger than the input's spatial size {size} with padding 'valid'")
        return (size - k) // s + 1, 0
    out = -(-size // s)
    total = max((out - 1) * s + k - size, 0)
    return out, total // 2


def _check(fn: str, shape: Sequence[Optional[int]], nsp: int, pool_size: Sequence[int], strides: Sequence[int],
           padding: str, data_format: Optional[str], pool_mode: str) -> tuple[bool, tuple[int, ...], tuple[int, ...]]:
    if len(shape) != nsp + 2:
        raise ValueError(f"keras_numba.{fn}: x must have rank {nsp + 2}; got shape {tuple(shape)}")
    if padding not in ("valid", "same"):
        raise ValueError(f"keras_numba.{fn}: padding must be one of 'valid', 'same'; got {padding!r}")
    if pool_mode not in ("max", "avg"):
        raise ValueError(f"keras_numba.{fn}: pool_mode must be one of 'max', 'avg'; got {pool_mode!r}")
    data_format = config.image_data_format() if data_format is None else data_format
    if data_format not in ("channels_first", "channels_last"):
        raise ValueError(f"keras_numba.{fn}: data_format must be one of 'channels_first', 'channels_last'; got {data_format!r}")
    return data_format == "channels_first", _dims(fn, "pool_size", pool_size, nsp), _dims(fn, "strides", strides, nsp)


def _output_shape(fn: str, nsp: int, x: Sequence[Optional[int]], pool_size: Sequence[int], strides: Sequence[int],
                  padding: str, data_format: Optional[str], pool_mode: str = "max") -> tuple[Optional[int], ...]:
    first, k, s = _check(fn, x, nsp, pool_size, strides, padding, data_format, pool_mode)
    spatial = tuple(x[2:]) if first else tuple(x[1:-1])
    out = tuple(_spatial_out(fn, n, ki, si, padding)[0] for n, ki, si in zip(spatial, k, s))
    return (x[0], x[1]) + out if first else (x[0],) + out + (x[-1],)


def pool2d_shape(x, pool_size, strides=(1, 1), padding="valid", data_format=None, pool_mode="max"):  # type: ignore[no-untyped-def]
    """Static output shape of pool2d (None dims propagate)."""
    return _output_shape("pool2d", 2, x, pool_size, strides, padding, data_format, pool_mode)


def pool3d_shape(x, pool_size, strides=(1, 1, 1), padding="valid", data_format=None, pool_mode="max"):  # type: ignore[no-untyped-def]
    """Static output shape of pool3d (None dims propagate)."""
    return _output_shape("pool3d", 3, x, pool_size, strides, padding, data_format, pool_mode)


# --------------------------------------------------------------------------- forward and gradient


class _Plan:
    """The 5-D channels-last view of a pooling call and its geometry."""

    def __init__(self, fn: str, nsp: int, shape: tuple[int, ...], pool_size: Sequence[int], strides: Sequence[int],
                 padding: str, data_format: Optional[str], pool_mode: str) -> None:
        self.first, k, s = _check(fn, shape, nsp, pool_size, strides, padding, data_format, pool_mode)
        spatial = shape[2:] if self.first else shape[1:-1]
        outs, pads = zip(*(_spatial_out(fn, n, ki, si, padding) for n, ki, si in zip(spatial, k, s)))
        pad3 = (1,) * (3 - nsp)
        self.k = pad3 + k
        self.s = pad3 + s
        self.p = (0,) * (3 - nsp) + tuple(pads)
        self.shape = shape
        self.out_shape = _output_shape(fn, nsp, shape, pool_size, strides, padding, data_format, pool_mode)
        n, c = shape[0], (shape[1] if self.first else shape[-1])
        if self.first:
            self.view = (n * c,) + pad3 + tuple(spatial) + (1,)
            self.out_view = (n * c,) + pad3 + tuple(outs) + (1,)
        else:
            self.view = (n,) + pad3 + tuple(spatial) + (c,)
            self.out_view = (n,) + pad3 + tuple(outs) + (c,)

    def args(self) -> tuple[int, ...]:
        return self.k + self.s + self.p

    def tiles(self) -> bool:
        """Whether the windows never overlap (window <= stride on every axis) and every output
        dimension is non-empty, so each output row owns a slab of input rows (the fused gradient)."""
        return all(k <= s for k, s in zip(self.k, self.s)) and all(o > 0 for o in self.out_view[1:4])


def _compute(dtype: np.dtype) -> np.dtype:
    return _F32 if dtype == _F16 else dtype


def _as_view(a: np.ndarray, shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    return np.ascontiguousarray(a, dtype=dtype).reshape(shape)


def _pool(fn: str, nsp: int, x: np.ndarray, pool_size, strides, padding, data_format, pool_mode) -> np.ndarray:  # type: ignore[no-untyped-def]
    plan = _Plan(fn, nsp, x.shape, pool_size, strides, padding, data_format, pool_mode)
    compute = _compute(x.dtype)
    out = np.empty(plan.out_view, compute)
    if out.size:
        xv = _as_view(x, plan.view, compute)
        parallel = out.size >= _PARALLEL_MIN and kernels.parallel_available()
        _loop("_max_pool" if pool_mode == "max" else "_avg_pool", parallel)(xv, out, *plan.args())
    return out.reshape(plan.out_shape).astype(x.dtype, copy=False)


def pool2d(x: np.ndarray, pool_size: Sequence[int], strides: Sequence[int], padding: str,
           data_format: Optional[str], pool_mode: str) -> np.ndarray:
    """2-D max or average pooling (see the module docstring)."""
    return _pool("pool2d", 2, x, pool_size, strides, padding, data_format, pool_mode)


def pool3d(x: np.ndarray, pool_size: Sequence[int], strides: Sequence[int], padding: str,
           data_format: Optional[str], pool_mode: str) -> np.ndarray:
    """3-D max or average pooling (see the module docstring)."""
    return _pool("pool3d", 3, x, pool_size, strides, padding, data_format, pool_mode)


def _pool_grad(fn: str, nsp: int, grad, x, result, pool_size, strides, padding, data_format, pool_mode) -> np.ndarray:  # type: ignore[no-untyped-def]
    x = np.asarray(x)
    plan = _Plan(fn, nsp, x.shape, pool_size, strides, padding, data_format, pool_mode)
    compute = _compute(np.result_type(x.dtype, np.asarray(grad).dtype))
    if plan.tiles() and np.size(grad):
        # windows do not overlap: one fused pass writes every cell (no zeros pass, no result read)
        gx = np.empty(plan.view, compute)
        if gx.size:
            g = _as_view(grad, plan.out_view, compute)
            parallel = gx.size >= _PARALLEL_MIN and kernels.parallel_available()
            if pool_mode == "max":
                _loop("_max_grad_rows", parallel)(g, _as_view(x, plan.view, compute), gx, *plan.args())
            else:
                _loop("_avg_grad_rows", parallel)(g, gx, *plan.args())
        return gx.reshape(x.shape)
    gx = np.zeros(plan.view, compute)
    if gx.size and np.size(grad):
        g = _as_view(grad, plan.out_view, compute)
        parallel = plan.view[0] > 1 and gx.size >= _PARALLEL_MIN and kernels.parallel_available()
        if pool_mode == "max":
            res = _as_view(result, plan.out_view, compute)
            _loop("_max_grad", parallel)(g, _as_view(x, plan.view, compute), res, gx, *plan.args())
        else:
            _loop("_avg_grad", parallel)(g, gx, *plan.args())
    return gx.reshape(x.shape)


def pool2d_grad(grad, x, result, pool_size, strides=(1, 1), padding="valid", data_format=None, pool_mode="max"):  # type: ignore[no-untyped-def]
    """Gradient of pool2d with respect to `x`: to each window's (first) maximum, or spread over its real cells."""
    return _pool_grad("pool2d", 2, grad, x, result, pool_size, strides, padding, data_format, pool_mode)


def pool3d_grad(grad, x, result, pool_size, strides=(1, 1, 1), padding="valid", data_format=None, pool_mode="max"):  # type: ignore[no-untyped-def]
    """Gradient of pool3d with respect to `x` (see pool2d_grad)."""
    return _pool_grad("pool3d", 3, grad, x, result, pool_size, strides, padding, data_format, pool_mode)
