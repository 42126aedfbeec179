"""Numba loops of the convolutions: the depthwise correlation and its two gradients, and the
col2im gather of the transposed convolution (dense input gradient at strides > 1).

`runtime/conv.py` validates arguments and prepares C-contiguous channels-last
arrays; the loops here do the arithmetic. 1-D problems run as 2-D ones with a
height of 1.

Depthwise layout: `x` (N, H, W, C), kernel flattened to (KH, KW, C*M) with
intermediate channel `c*M + m` (TensorFlow's order), output (N, OH, OW, C*M).
No padded copy of `x`: a tap that falls in the padding is skipped, which costs
one test per (output position, tap), not per channel. The channel loop is
innermost and contiguous, so it vectorises (16 float32 lanes); with M == 1
(the common case) it is a plain `out[c] += x[c] * w[c]`.

Parallel work units never write the same memory:
- forward: one output row (n, oh) per job;
- input gradient: one input row (n, ih) per job, gathering from the output
  rows that read it (no scatter, so no write races);
- kernel gradient: `parts` chunks of output rows, each summing into its own
  slice of a (parts, KH, KW, C*M) buffer that the caller adds up;
- col2im: one destination row (n, d, h) per job, gathering the window columns
  (computed by one BLAS product) that land on it; 1-D and 2-D run as 3-D.

Channel runs are indexed through slices (`seg = row[base: base + n]`, then
`seg[c]`): an index like `row[base + c]` may be negative as far as Numba knows,
and the wrap-around test it then adds stops vectorisation (col2im: 9 ms vs 2.2).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import kernels

# numba.prange once _prepare() ran
prange = range

#: Output elements above which the loops run in prange (a TBB launch costs ~10 µs).
PARALLEL_MIN = 32_768


# --------------------------------------------------------------------------- row helpers (inlined)


def _dw_fwd_row_py(x, w, out, job, sh, sw, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    oh_n, ow_n, cm = out.shape[1], out.shape[2], out.shape[3]
    n = job // oh_n
    oh = job - n * oh_n
    h, wd, c_n = x.shape[1], x.shape[2], x.shape[3]
    m_n = cm // c_n if c_n > 0 else 1
    o = out[n, oh]
    for ow in range(ow_n):
        orow = o[ow]
        for j in range(cm):
            orow[j] = 0
    for a in range(w.shape[0]):
        ih = oh * sh + a * dh - ph
        if ih < 0 or ih >= h:
            continue
        xr = x[n, ih]
        for b in range(w.shape[1]):
            wk = w[a, b]
            for ow in range(ow_n):
                iw = ow * sw + b * dw - pw
                if iw < 0 or iw >= wd:
                    continue
                xv = xr[iw]
                orow = o[ow]
                if m_n == 1:
                    for c in range(c_n):
                        orow[c] += xv[c] * wk[c]
                else:
                    for c in range(c_n):
                        xc = xv[c]
                        base = c * m_n
                        o_seg, w_seg = orow[base: base + m_n], wk[base: base + m_n]
                        for m in range(m_n):
                            o_seg[m] += xc * w_seg[m]


def _dw_gin_row_py(gy, w, dx, job, sh, sw, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    h, wd, c_n = dx.shape[1], dx.shape[2], dx.shape[3]
    oh_n, ow_n, cm = gy.shape[1], gy.shape[2], gy.shape[3]
    n = job // h
    ih = job - n * h
    m_n = cm // c_n if c_n > 0 else 1
    d = dx[n, ih]
    for iw in range(wd):
        drow = d[iw]
        for c in range(c_n):
            drow[c] = 0
    for a in range(w.shape[0]):
        t = ih + ph - a * dh
        if t < 0 or t % sh != 0:
            continue
        oh = t // sh
        if oh >= oh_n:
            continue
        gr = gy[n, oh]
        for b in range(w.shape[1]):
            wk = w[a, b]
            for iw in range(wd):
                u = iw + pw - b * dw
                if u < 0 or u % sw != 0:
                    continue
                ow = u // sw
                if ow >= ow_n:
                    continue
                gv = gr[ow]
                drow = d[iw]
                if m_n == 1:
                    for c in range(c_n):
                        drow[c] += gv[c] * wk[c]
                else:
                    for c in range(c_n):
                        base = c * m_n
                        g_seg, w_seg = gv[base: base + m_n], wk[base: base + m_n]
                        s = g_seg[0] * w_seg[0]
                        for m in range(1, m_n):
                            s += g_seg[m] * w_seg[m]
                        drow[c] += s


def _dw_gk_rows_py(x, gy, part, lo, hi, sh, sw, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    """part (KH, KW, C*M) += the kernel gradient of output rows lo..hi-1 (row = n * OH + oh)."""
    oh_n, ow_n, cm = gy.shape[1], gy.shape[2], gy.shape[3]
    h, wd, c_n = x.shape[1], x.shape[2], x.shape[3]
    m_n = cm // c_n if c_n > 0 else 1
    for job in range(lo, hi):
        n = job // oh_n
        oh = job - n * oh_n
        g = gy[n, oh]
        for a in range(part.shape[0]):
            ih = oh * sh + a * dh - ph
            if ih < 0 or ih >= h:
                continue
            xr = x[n, ih]
            for b in range(part.shape[1]):
                acc = part[a, b]
                for ow in range(ow_n):
                    iw = ow * sw + b * dw - pw
                    if iw < 0 or iw >= wd:
                        continue
                    xv = xr[iw]
                    gv = g[ow]
                    if m_n == 1:
                        for c in range(c_n):
                            acc[c] += xv[c] * gv[c]
                    else:
                        for c in range(c_n):
                            xc = xv[c]
                            base = c * m_n
                            a_seg, g_seg = acc[base: base + m_n], gv[base: base + m_n]
                            for m in range(m_n):
                                a_seg[m] += xc * g_seg[m]


def _col2im_row_py(cols, dst, job, kd, kh, kw, sd, sh, sw, dd, dh, dw, pd, ph, pw):  # type: ignore[no-untyped-def]
    """dst[n, d, h] (W, C) = the sum of the window columns that read it (a gather: no write races).

    cols (N, OD, OH, OW, KD*KH*KW*C) holds, for every window, its taps' values; tap (a, b, e)
    of window (od, oh, ow) lands on (od*sd + a*dd - pd, oh*sh + b*dh - ph, ow*sw + e*dw - pw).
    """
    d_n, h_n, w_n, c_n = dst.shape[1], dst.shape[2], dst.shape[3], dst.shape[4]
    od_n, oh_n, ow_n = cols.shape[1], cols.shape[2], cols.shape[3]
    n = job // (d_n * h_n)
    r = job - n * (d_n * h_n)
    d = r // h_n
    h = r - d * h_n
    out = dst[n, d, h]
    for i in range(w_n):
        orow = out[i]
        for c in range(c_n):
            orow[c] = 0
    for a in range(kd):
        t = d + pd - a * dd
        if t < 0 or t % sd != 0:
            continue
        od = t // sd
        if od >= od_n:
            continue
        for b in range(kh):
            u = h + ph - b * dh
            if u < 0 or u % sh != 0:
                continue
            oh = u // sh
            if oh >= oh_n:
                continue
            src = cols[n, od, oh]
            for i in range(w_n):
                orow = out[i]
                for e in range(kw):
                    v = i + pw - e * dw
                    if v < 0 or v % sw != 0:
                        continue
                    ow = v // sw
                    if ow >= ow_n:
                        continue
                    base = ((a * kh + b) * kw + e) * c_n
                    col = src[ow, base: base + c_n]  # a slice: unsigned indexing below, so it vectorises
                    for c in range(c_n):
                        orow[c] += col[c]


# --------------------------------------------------------------------------- loops


def _dw_fwd(x, w, out, sh, sw, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    for job in range(out.shape[0] * out.shape[1]):
        _dw_fwd_row(x, w, out, job, sh, sw, dh, dw, ph, pw)  # noqa: F821


def _dw_fwd_parallel(x, w, out, sh, sw, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    for job in prange(out.shape[0] * out.shape[1]):
        _dw_fwd_row(x, w, out, job, sh, sw, dh, dw, ph, pw)  # noqa: F821


def _dw_gin(gy, w, dx, sh, sw, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    for job in range(dx.shape[0] * dx.shape[1]):
        _dw_gin_row(gy, w, dx, job, sh, sw, dh, dw, ph, pw)  # noqa: F821


def _dw_gin_parallel(gy, w, dx, sh, sw, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    for job in prange(dx.shape[0] * dx.shape[1]):
        _dw_gin_row(gy, w, dx, job, sh, sw, dh, dw, ph, pw)  # noqa: F821


def _dw_gk(x, gy, parts, sh, sw, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    rows = gy.shape[0] * gy.shape[1]
    _dw_gk_rows(x, gy, parts[0], 0, rows, sh, sw, dh, dw, ph, pw)  # noqa: F821


def _dw_gk_parallel(x, gy, parts, sh, sw, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    rows = gy.shape[0] * gy.shape[1]
    p_n = parts.shape[0]
    for p in prange(p_n):
        _dw_gk_rows(x, gy, parts[p], rows * p // p_n, rows * (p + 1) // p_n, sh, sw, dh, dw, ph, pw)  # noqa: F821


def _col2im(cols, dst, kd, kh, kw, sd, sh, sw, dd, dh, dw, pd, ph, pw):  # type: ignore[no-untyped-def]
    """One job per dst row (n, d, h); compiled serially and in parallel (prange is range when serial)."""
    for job in prange(dst.shape[0] * dst.shape[1] * dst.shape[2]):
        _col2im_row(cols, dst, job, kd, kh, kw, sd, sh, sw, dd, dh, dw, pd, ph, pw)  # noqa: F821


_HELPERS = ("_dw_fwd_row", "_dw_gin_row", "_dw_gk_rows", "_col2im_row")
_SINGLE = ("_col2im",)  # one function for both variants


def _signature(name: str, numba: Any, dtype: str) -> Any:
    """Inputs typed read-only (a read-only array is passed without a copy)."""
    ty = numba.types
    t = numba.from_dtype(np.dtype(dtype))
    r3, r4, w4 = ty.Array(t, 3, "C", readonly=True), ty.Array(t, 4, "C", readonly=True), ty.Array(t, 4, "C")
    ints = (ty.int64,) * 6
    return {
        "_dw_fwd": ty.void(r4, r3, w4, *ints),
        "_dw_gin": ty.void(r4, r3, w4, *ints),
        "_dw_gk": ty.void(r4, r4, w4, *ints),
        "_col2im": ty.void(ty.Array(t, 5, "C", readonly=True), ty.Array(t, 5, "C"), *((ty.int64,) * 12)),
    }[name]


#: The compiled loop `name` (serial or prange variant), float32 and float64 signatures.
loop = kernels.LoopSet(
    globals(), _signature, helpers=_HELPERS, helper_fastmath=frozenset({"contract"}),
    fastmath=frozenset({"contract"}), one_variant=lambda name: name in _SINGLE,
)


def use_parallel(size: int) -> bool:
    return size >= PARALLEL_MIN and kernels.parallel_available()
