"""Numba loops of the convolutions: the depthwise correlation and its two gradients, the
col2im gather of the transposed convolution (dense input gradient at strides > 1), and the
tile transforms of Winograd F(2x2, 3x3) (dense 3x3 stride-1 correlations, one row of tiles
per job). The depthwise forward with depth multiplier 1 and column stride 1 runs
`_dw_flat_row` (one contiguous run per tap and output row; bench 0.74-0.86 -> 0.65-0.70 ms,
single-threaded 1.70 -> 1.21 ms);
windows 3 wide run `_dw3_row` instead: the three taps of a kernel row in one pass over
blocks of 512 values, so the output row is loaded and stored once per kernel row, not per
tap (bench (32,32,32,64) 3x3, kernel alone, best of 50, interleaved: 0.57-0.60 -> 0.42 ms;
blocks of 256 values 0.55, 1024 0.45, 2048 0.53). 3x3 windows at row stride and dilation 1
take four output rows per pass (`_dw3_rows`): each of the six input rows and each weight is
loaded once for the rows that read it, 6.75 loads per output value instead of 18 (kernel
alone 0.56-0.59 -> 0.355 ms; two rows per pass 0.43 ms). The Winograd F(2x2, 3x3) loops'
component planes are allocated one row apart by the caller (`winograd.planes`).

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


def _dw_flat_row_py(x, wt, out, job, sh, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    """Depthwise forward of one output row for depth multiplier 1 and column stride 1.

    Per tap, the outputs whose input column is inside the row form one run, and input,
    output and the kernel tiled along the row (`wt` (KH, KW, OW*C)) are then three
    contiguous runs of (hi - lo) * C values: one long vectorised loop per tap instead of
    one short loop (and its alias checks) per tap and output position.
    """
    oh_n, ow_n, c_n = out.shape[1], out.shape[2], out.shape[3]
    h_n, w_n = x.shape[1], x.shape[2]
    n = job // oh_n
    oh = job - n * oh_n
    o = out[n, oh].reshape(ow_n * c_n)
    zero = out.dtype.type(0)
    for i in range(ow_n * c_n):
        o[i] = zero
    for a in range(wt.shape[0]):
        ih = oh * sh + a * dh - ph
        if ih < 0 or ih >= h_n:
            continue
        xr = x[n, ih].reshape(w_n * c_n)
        for b in range(wt.shape[1]):
            off = b * dw - pw  # input column of output 0
            lo = -off if off < 0 else 0
            hi = w_n - off if w_n - off < ow_n else ow_n
            if hi <= lo:
                continue
            k = (hi - lo) * c_n
            o_run = o[lo * c_n: lo * c_n + k]
            x_run = xr[(lo + off) * c_n: (lo + off) * c_n + k]
            w_run = wt[a, b, lo * c_n: lo * c_n + k]
            for i in range(k):
                o_run[i] += x_run[i] * w_run[i]


def _dw3_row_py(x, wt, out, job, sh, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    """Depthwise forward of one output row for windows 3 wide, depth multiplier 1, column stride 1.

    Like `_dw_flat_row_py`, but the three taps of a kernel row go into one pass over the
    outputs whose three input columns are all inside the row (`o += x0 w0 + x1 w1 + x2 w2`):
    one load and one store of the output per kernel row instead of per tap (the passes were
    bound by L1 traffic). `wt` (KH, 3, B*C) is the kernel tiled over a block of B output
    columns (kept small so it stays in L1; a block is one vectorised run); the few edge
    columns take the per-tap runs.
    """
    oh_n, ow_n, c_n = out.shape[1], out.shape[2], out.shape[3]
    h_n, w_n = x.shape[1], x.shape[2]
    n = job // oh_n
    oh = job - n * oh_n
    o = out[n, oh].reshape(ow_n * c_n)
    blk = wt.shape[2] // c_n if c_n > 0 else 1
    # interior: output columns whose taps b = 0, 1, 2 all read inside the row
    lo = pw if pw < ow_n else ow_n
    hi = w_n + pw - 2 * dw
    if hi > ow_n:
        hi = ow_n
    if hi < lo:
        hi = lo
    ih0 = oh * sh - ph
    if wt.shape[0] == 3 and ih0 >= 0 and ih0 + 2 * dh < h_n:
        _dw3x3_row(x[n, ih0], x[n, ih0 + dh], x[n, ih0 + 2 * dh], wt, o, lo, hi, blk, dw, pw)  # noqa: F821
        return
    zero = out.dtype.type(0)
    for i in range(ow_n * c_n):
        o[i] = zero
    for a in range(wt.shape[0]):
        ih = oh * sh + a * dh - ph
        if ih < 0 or ih >= h_n:
            continue
        xr = x[n, ih].reshape(w_n * c_n)
        for s in range(lo, hi, blk):
            e = s + blk if s + blk < hi else hi
            k = (e - s) * c_n
            o_run = o[s * c_n: s * c_n + k]
            b0 = (s - pw) * c_n
            x0 = xr[b0: b0 + k]
            x1 = xr[b0 + dw * c_n: b0 + dw * c_n + k]
            x2 = xr[b0 + 2 * dw * c_n: b0 + 2 * dw * c_n + k]
            w0, w1, w2 = wt[a, 0, :k], wt[a, 1, :k], wt[a, 2, :k]
            for i in range(k):
                o_run[i] += x0[i] * w0[i] + x1[i] * w1[i] + x2[i] * w2[i]
        # edges: columns [0, lo) and [hi, OW), tap by tap
        for b in range(3):
            off = b * dw - pw  # input column of output 0
            for e_lo, e_hi in ((0, lo), (hi, ow_n)):
                r_lo = e_lo if e_lo > -off else -off
                r_hi = e_hi if e_hi < w_n - off else w_n - off
                for ow in range(r_lo, r_hi):
                    o_seg = o[ow * c_n: ow * c_n + c_n]
                    x_seg = xr[(ow + off) * c_n: (ow + off) * c_n + c_n]
                    w_seg = wt[a, b, :c_n]
                    for c in range(c_n):
                        o_seg[c] += x_seg[c] * w_seg[c]


def _dw3x3_row_py(x0, x1, x2, wt, o, lo, hi, blk, dw, pw):  # type: ignore[no-untyped-def]
    """`_dw3_row_py` for a 3x3 window whose three input rows x0, x1, x2 (W, C) are all inside the image.

    The nine taps in one pass over the interior blocks (the output is stored once, never
    loaded: bench kernel 0.42 -> 0.36 ms); the edge columns are zeroed and take per-tap runs.
    """
    w_n, c_n = x0.shape[0], x0.shape[1]
    ow_n = o.shape[0] // c_n if c_n > 0 else 0
    r0, r1, r2 = x0.reshape(w_n * c_n), x1.reshape(w_n * c_n), x2.reshape(w_n * c_n)
    d = dw * c_n
    for s in range(lo, hi, blk):
        e = s + blk if s + blk < hi else hi
        k = (e - s) * c_n
        o_run = o[s * c_n: s * c_n + k]
        b0 = (s - pw) * c_n
        a0, a1, a2 = r0[b0: b0 + k], r0[b0 + d: b0 + d + k], r0[b0 + 2 * d: b0 + 2 * d + k]
        c0, c1, c2 = r1[b0: b0 + k], r1[b0 + d: b0 + d + k], r1[b0 + 2 * d: b0 + 2 * d + k]
        e0, e1, e2 = r2[b0: b0 + k], r2[b0 + d: b0 + d + k], r2[b0 + 2 * d: b0 + 2 * d + k]
        w00, w01, w02 = wt[0, 0, :k], wt[0, 1, :k], wt[0, 2, :k]
        w10, w11, w12 = wt[1, 0, :k], wt[1, 1, :k], wt[1, 2, :k]
        w20, w21, w22 = wt[2, 0, :k], wt[2, 1, :k], wt[2, 2, :k]
        for i in range(k):
            o_run[i] = (a0[i] * w00[i] + a1[i] * w01[i] + a2[i] * w02[i]
                        + c0[i] * w10[i] + c1[i] * w11[i] + c2[i] * w12[i]
                        + e0[i] * w20[i] + e1[i] * w21[i] + e2[i] * w22[i])
    _dw3x3_edges(r0, r1, r2, wt, o, c_n, lo, hi, dw, pw)  # noqa: F821


def _dw3x3_edges_py(r0, r1, r2, wt, o, c_n, lo, hi, dw, pw):  # type: ignore[no-untyped-def]
    """The edge columns [0, lo) and [hi, OW) of one 3x3 depthwise output row `o` (flat), tap by tap; r0..r2 are the flat input rows."""
    ow_n = o.shape[0] // c_n if c_n > 0 else 0
    w_n = r0.shape[0] // c_n if c_n > 0 else 0
    zero = o.dtype.type(0)
    for e_lo, e_hi in ((0, lo), (hi, ow_n)):
        for i in range(e_lo * c_n, e_hi * c_n):
            o[i] = zero
        for a in range(3):
            xr = r0 if a == 0 else (r1 if a == 1 else r2)
            for b in range(3):
                off = b * dw - pw  # input column of output 0
                r_lo = e_lo if e_lo > -off else -off
                r_hi = e_hi if e_hi < w_n - off else w_n - off
                for ow in range(r_lo, r_hi):
                    o_seg = o[ow * c_n: ow * c_n + c_n]
                    x_seg = xr[(ow + off) * c_n: (ow + off) * c_n + c_n]
                    w_seg = wt[a, b, :c_n]
                    for c in range(c_n):
                        o_seg[c] += x_seg[c] * w_seg[c]


def _dw3x3_rows2_py(x0, x1, x2, x3, wt, o0, o1, lo, hi, blk, dw, pw):  # type: ignore[no-untyped-def]
    """`_dw3x3_row_py` for two consecutive output rows (row stride and dilation 1): o0 reads x0..x2, o1 reads x1..x3.

    Both rows in one pass: the middle input rows and the nine weights are loaded once for
    two outputs (12 input and 9 weight loads per 2 values instead of 18 + 18).
    """
    w_n, c_n = x0.shape[0], x0.shape[1]
    r0, r1, r2, r3 = x0.reshape(w_n * c_n), x1.reshape(w_n * c_n), x2.reshape(w_n * c_n), x3.reshape(w_n * c_n)
    d = dw * c_n
    for s in range(lo, hi, blk):
        e = s + blk if s + blk < hi else hi
        k = (e - s) * c_n
        p_run, q_run = o0[s * c_n: s * c_n + k], o1[s * c_n: s * c_n + k]
        b0 = (s - pw) * c_n
        a0, a1, a2 = r0[b0: b0 + k], r0[b0 + d: b0 + d + k], r0[b0 + 2 * d: b0 + 2 * d + k]
        c0, c1, c2 = r1[b0: b0 + k], r1[b0 + d: b0 + d + k], r1[b0 + 2 * d: b0 + 2 * d + k]
        e0, e1, e2 = r2[b0: b0 + k], r2[b0 + d: b0 + d + k], r2[b0 + 2 * d: b0 + 2 * d + k]
        g0, g1, g2 = r3[b0: b0 + k], r3[b0 + d: b0 + d + k], r3[b0 + 2 * d: b0 + 2 * d + k]
        w00, w01, w02 = wt[0, 0, :k], wt[0, 1, :k], wt[0, 2, :k]
        w10, w11, w12 = wt[1, 0, :k], wt[1, 1, :k], wt[1, 2, :k]
        w20, w21, w22 = wt[2, 0, :k], wt[2, 1, :k], wt[2, 2, :k]
        for i in range(k):
            u0, u1, u2 = w00[i], w01[i], w02[i]
            v0, v1, v2 = w10[i], w11[i], w12[i]
            t0, t1, t2 = w20[i], w21[i], w22[i]
            m0, m1, m2 = c0[i], c1[i], c2[i]
            n0, n1, n2 = e0[i], e1[i], e2[i]
            p_run[i] = (a0[i] * u0 + a1[i] * u1 + a2[i] * u2
                        + m0 * v0 + m1 * v1 + m2 * v2
                        + n0 * t0 + n1 * t1 + n2 * t2)
            q_run[i] = (m0 * u0 + m1 * u1 + m2 * u2
                        + n0 * v0 + n1 * v1 + n2 * v2
                        + g0[i] * t0 + g1[i] * t1 + g2[i] * t2)
    _dw3x3_edges(r0, r1, r2, wt, o0, c_n, lo, hi, dw, pw)  # noqa: F821
    _dw3x3_edges(r1, r2, r3, wt, o1, c_n, lo, hi, dw, pw)  # noqa: F821


def _dw3x3_rows4_py(x0, x1, x2, x3, x4, x5, wt, o0, o1, o2, o3, lo, hi, blk, dw, pw):  # type: ignore[no-untyped-def]
    """`_dw3x3_rows2_py` for four consecutive output rows: six input rows, each loaded once for the rows that read it."""
    w_n, c_n = x0.shape[0], x0.shape[1]
    rows = (x0.reshape(w_n * c_n), x1.reshape(w_n * c_n), x2.reshape(w_n * c_n), x3.reshape(w_n * c_n), x4.reshape(w_n * c_n), x5.reshape(w_n * c_n))
    r0, r1, r2, r3, r4, r5 = rows
    d = dw * c_n
    for s in range(lo, hi, blk):
        e = s + blk if s + blk < hi else hi
        k = (e - s) * c_n
        q0, q1 = o0[s * c_n: s * c_n + k], o1[s * c_n: s * c_n + k]
        q2, q3 = o2[s * c_n: s * c_n + k], o3[s * c_n: s * c_n + k]
        b0 = (s - pw) * c_n
        a0, a1, a2 = r0[b0: b0 + k], r0[b0 + d: b0 + d + k], r0[b0 + 2 * d: b0 + 2 * d + k]
        c0, c1, c2 = r1[b0: b0 + k], r1[b0 + d: b0 + d + k], r1[b0 + 2 * d: b0 + 2 * d + k]
        e0, e1, e2 = r2[b0: b0 + k], r2[b0 + d: b0 + d + k], r2[b0 + 2 * d: b0 + 2 * d + k]
        g0, g1, g2 = r3[b0: b0 + k], r3[b0 + d: b0 + d + k], r3[b0 + 2 * d: b0 + 2 * d + k]
        h0, h1, h2 = r4[b0: b0 + k], r4[b0 + d: b0 + d + k], r4[b0 + 2 * d: b0 + 2 * d + k]
        j0, j1, j2 = r5[b0: b0 + k], r5[b0 + d: b0 + d + k], r5[b0 + 2 * d: b0 + 2 * d + k]
        w00, w01, w02 = wt[0, 0, :k], wt[0, 1, :k], wt[0, 2, :k]
        w10, w11, w12 = wt[1, 0, :k], wt[1, 1, :k], wt[1, 2, :k]
        w20, w21, w22 = wt[2, 0, :k], wt[2, 1, :k], wt[2, 2, :k]
        for i in range(k):
            u0, u1, u2 = w00[i], w01[i], w02[i]
            v0, v1, v2 = w10[i], w11[i], w12[i]
            t0, t1, t2 = w20[i], w21[i], w22[i]
            m0, m1, m2 = c0[i], c1[i], c2[i]
            n0, n1, n2 = e0[i], e1[i], e2[i]
            p0, p1, p2 = g0[i], g1[i], g2[i]
            z0, z1, z2 = h0[i], h1[i], h2[i]
            q0[i] = a0[i] * u0 + a1[i] * u1 + a2[i] * u2 + m0 * v0 + m1 * v1 + m2 * v2 + n0 * t0 + n1 * t1 + n2 * t2
            q1[i] = m0 * u0 + m1 * u1 + m2 * u2 + n0 * v0 + n1 * v1 + n2 * v2 + p0 * t0 + p1 * t1 + p2 * t2
            q2[i] = n0 * u0 + n1 * u1 + n2 * u2 + p0 * v0 + p1 * v1 + p2 * v2 + z0 * t0 + z1 * t1 + z2 * t2
            q3[i] = p0 * u0 + p1 * u1 + p2 * u2 + z0 * v0 + z1 * v1 + z2 * v2 + j0[i] * t0 + j1[i] * t1 + j2[i] * t2
    _dw3x3_edges(r0, r1, r2, wt, o0, c_n, lo, hi, dw, pw)  # noqa: F821
    _dw3x3_edges(r1, r2, r3, wt, o1, c_n, lo, hi, dw, pw)  # noqa: F821
    _dw3x3_edges(r2, r3, r4, wt, o2, c_n, lo, hi, dw, pw)  # noqa: F821
    _dw3x3_edges(r3, r4, r5, wt, o3, c_n, lo, hi, dw, pw)  # noqa: F821


def _dw3_rows_py(x, wt, out, job, sh, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    """Output rows 4q .. 4q + 3 of image n (job = n * groups + q) for 3x3 windows at row stride and dilation 1.

    Four rows at once (`_dw3x3_rows4_py`) where all six input rows are inside the image,
    else two (`_dw3x3_rows2_py`), else one row (`_dw3_row_py`, also every other geometry).
    Per output value: 6.75 loads with four rows, 10.5 with two, 18 with one.
    """
    oh_n, ow_n, c_n = out.shape[1], out.shape[2], out.shape[3]
    h_n, w_n = x.shape[1], x.shape[2]
    groups = (oh_n + 3) // 4
    n = job // groups
    start = 4 * (job - n * groups)
    end = start + 4 if start + 4 < oh_n else oh_n
    fast = wt.shape[0] == 3 and sh == 1 and dh == 1
    blk = wt.shape[2] // c_n if c_n > 0 else 1
    lo = pw if pw < ow_n else ow_n
    hi = w_n + pw - 2 * dw
    if hi > ow_n:
        hi = ow_n
    if hi < lo:
        hi = lo
    oh = start
    while oh < end:
        ih0 = oh - ph
        if fast and oh + 3 < end and ih0 >= 0 and ih0 + 5 < h_n:
            _dw3x3_rows4(x[n, ih0], x[n, ih0 + 1], x[n, ih0 + 2], x[n, ih0 + 3], x[n, ih0 + 4], x[n, ih0 + 5], wt,  # noqa: F821
                         out[n, oh].reshape(ow_n * c_n), out[n, oh + 1].reshape(ow_n * c_n),
                         out[n, oh + 2].reshape(ow_n * c_n), out[n, oh + 3].reshape(ow_n * c_n), lo, hi, blk, dw, pw)
            oh += 4
        elif fast and oh + 1 < end and ih0 >= 0 and ih0 + 3 < h_n:
            _dw3x3_rows2(x[n, ih0], x[n, ih0 + 1], x[n, ih0 + 2], x[n, ih0 + 3], wt,  # noqa: F821
                         out[n, oh].reshape(ow_n * c_n), out[n, oh + 1].reshape(ow_n * c_n), lo, hi, blk, dw, pw)
            oh += 2
        else:
            _dw3_row(x, wt, out, n * oh_n + oh, sh, dh, dw, ph, pw)  # noqa: F821
            oh += 1


def _wino_in_row_py(xp, v, job, tx_n):  # type: ignore[no-untyped-def]
    """Winograd F(2x2, 3x3) input transform of one row of tiles: v[:, t] = B^T d B per channel.

    xp (n, 2*TY + 2, 2*TX + 2, C) is the zero-padded input chunk; tile t = job * TX + tx reads
    its 4x4 patch at (2*ty, 2*tx); v is (16, tiles, C). Channels innermost: each of the 16
    outputs is a contiguous run, so the loop vectorises.
    """
    ty_n = (xp.shape[1] - 2) // 2
    n = job // ty_n
    ty = job - n * ty_n
    h0 = 2 * ty
    for tx in range(tx_n):
        t = job * tx_n + tx
        w0 = 2 * tx
        for c in range(xp.shape[3]):
            d00, d01, d02, d03 = xp[n, h0, w0, c], xp[n, h0, w0 + 1, c], xp[n, h0, w0 + 2, c], xp[n, h0, w0 + 3, c]
            d10, d11, d12, d13 = xp[n, h0 + 1, w0, c], xp[n, h0 + 1, w0 + 1, c], xp[n, h0 + 1, w0 + 2, c], xp[n, h0 + 1, w0 + 3, c]
            d20, d21, d22, d23 = xp[n, h0 + 2, w0, c], xp[n, h0 + 2, w0 + 1, c], xp[n, h0 + 2, w0 + 2, c], xp[n, h0 + 2, w0 + 3, c]
            d30, d31, d32, d33 = xp[n, h0 + 3, w0, c], xp[n, h0 + 3, w0 + 1, c], xp[n, h0 + 3, w0 + 2, c], xp[n, h0 + 3, w0 + 3, c]
            a0, a1, a2, a3 = d00 - d20, d01 - d21, d02 - d22, d03 - d23  # rows of B^T d
            b0, b1, b2, b3 = d10 + d20, d11 + d21, d12 + d22, d13 + d23
            e0, e1, e2, e3 = d20 - d10, d21 - d11, d22 - d12, d23 - d13
            f0, f1, f2, f3 = d10 - d30, d11 - d31, d12 - d32, d13 - d33
            v[0, t, c], v[1, t, c], v[2, t, c], v[3, t, c] = a0 - a2, a1 + a2, a2 - a1, a1 - a3
            v[4, t, c], v[5, t, c], v[6, t, c], v[7, t, c] = b0 - b2, b1 + b2, b2 - b1, b1 - b3
            v[8, t, c], v[9, t, c], v[10, t, c], v[11, t, c] = e0 - e2, e1 + e2, e2 - e1, e1 - e3
            v[12, t, c], v[13, t, c], v[14, t, c], v[15, t, c] = f0 - f2, f1 + f2, f2 - f1, f1 - f3


def _wino_out_row_py(m, y, job, tx_n):  # type: ignore[no-untyped-def]
    """Winograd output transform of one row of tiles: y[2x2 block] = A^T m A, cropped at odd edges.

    m is (16, tiles, F) (the 16 products), y (n, OH, OW, F).
    """
    oh_n, ow_n = y.shape[1], y.shape[2]
    ty_n = (oh_n + 1) // 2
    n = job // ty_n
    ty = job - n * ty_n
    h0 = 2 * ty
    last_row = h0 + 1 < oh_n
    for tx in range(tx_n):
        t = job * tx_n + tx
        w0 = 2 * tx
        if w0 + 1 < ow_n and last_row:
            for f in range(m.shape[2]):
                s0 = m[0, t, f] + m[4, t, f] + m[8, t, f]
                s1 = m[1, t, f] + m[5, t, f] + m[9, t, f]
                s2 = m[2, t, f] + m[6, t, f] + m[10, t, f]
                s3 = m[3, t, f] + m[7, t, f] + m[11, t, f]
                u0 = m[4, t, f] - m[8, t, f] - m[12, t, f]
                u1 = m[5, t, f] - m[9, t, f] - m[13, t, f]
                u2 = m[6, t, f] - m[10, t, f] - m[14, t, f]
                u3 = m[7, t, f] - m[11, t, f] - m[15, t, f]
                y[n, h0, w0, f] = s0 + s1 + s2
                y[n, h0, w0 + 1, f] = s1 - s2 - s3
                y[n, h0 + 1, w0, f] = u0 + u1 + u2
                y[n, h0 + 1, w0 + 1, f] = u1 - u2 - u3
        else:  # a tile cut by the bottom or right edge (odd output sizes)
            for f in range(m.shape[2]):
                s0 = m[0, t, f] + m[4, t, f] + m[8, t, f]
                s1 = m[1, t, f] + m[5, t, f] + m[9, t, f]
                s2 = m[2, t, f] + m[6, t, f] + m[10, t, f]
                s3 = m[3, t, f] + m[7, t, f] + m[11, t, f]
                y[n, h0, w0, f] = s0 + s1 + s2
                if w0 + 1 < ow_n:
                    y[n, h0, w0 + 1, f] = s1 - s2 - s3
                if last_row:
                    u0 = m[4, t, f] - m[8, t, f] - m[12, t, f]
                    u1 = m[5, t, f] - m[9, t, f] - m[13, t, f]
                    u2 = m[6, t, f] - m[10, t, f] - m[14, t, f]
                    y[n, h0 + 1, w0, f] = u0 + u1 + u2
                    if w0 + 1 < ow_n:
                        u3 = m[7, t, f] - m[11, t, f] - m[15, t, f]
                        y[n, h0 + 1, w0 + 1, f] = u1 - u2 - u3


def _wint_in_row_py(gp, v, job, tx_n):  # type: ignore[no-untyped-def]
    """Input transform of one row of tiles of the stride-2 3x3 transposed Winograd (see conv._conv_transpose_winograd).

    gp (n, 2*TY + 1, 2*TX + 1, F) is the gradient shifted by one (gp[q] = gy[q - 1]) and
    zero-padded; tile (ty, tx) reads the 3x3 patch d at (2*ty, 2*tx). Per axis the three
    values give four components (d0 - d1, d1, d2 - d1, d2); v is (16, tiles, F), component
    (ca, cb) at 4 * ca + cb. Channels innermost, so each of the 16 runs vectorises.
    """
    ty_n = (gp.shape[1] - 1) // 2
    n = job // ty_n
    ty = job - n * ty_n
    h0 = 2 * ty
    for tx in range(tx_n):
        t = job * tx_n + tx
        w0 = 2 * tx
        for c in range(gp.shape[3]):
            d00, d01, d02 = gp[n, h0, w0, c], gp[n, h0, w0 + 1, c], gp[n, h0, w0 + 2, c]
            d10, d11, d12 = gp[n, h0 + 1, w0, c], gp[n, h0 + 1, w0 + 1, c], gp[n, h0 + 1, w0 + 2, c]
            d20, d21, d22 = gp[n, h0 + 2, w0, c], gp[n, h0 + 2, w0 + 1, c], gp[n, h0 + 2, w0 + 2, c]
            # along the height: rows (d0 - d1, d1, d2 - d1, d2) of the patch
            a0, a1, a2 = d00 - d10, d01 - d11, d02 - d12
            c0, c1, c2 = d20 - d10, d21 - d11, d22 - d12
            # along the width, per row
            v[0, t, c], v[1, t, c], v[2, t, c], v[3, t, c] = a0 - a1, a1, a2 - a1, a2
            v[4, t, c], v[5, t, c], v[6, t, c], v[7, t, c] = d10 - d11, d11, d12 - d11, d12
            v[8, t, c], v[9, t, c], v[10, t, c], v[11, t, c] = c0 - c1, c1, c2 - c1, c2
            v[12, t, c], v[13, t, c], v[14, t, c], v[15, t, c] = d20 - d21, d21, d22 - d21, d22


def _wint_out_row_py(m, dx, job, tx_n, ph, pw):  # type: ignore[no-untyped-def]
    """Output transform of one row of tiles of the stride-2 3x3 transposed Winograd.

    m (25, tiles, C) holds the products, (pa, pb) at 5 * pa + pb; per axis the five
    products give the four outputs (P0 + P1, P3, P1 + P2, P4) of a tile, which starts at
    padded position 4 * t, i.e. dx position 4 * t - pad. Tiles cut by an edge write only
    the outputs inside dx.
    """
    h_n, w_n = dx.shape[1], dx.shape[2]
    ty_n = (h_n + ph + 3) // 4
    n = job // ty_n
    ty = job - n * ty_n
    i0 = 4 * ty - ph
    for tx in range(tx_n):
        t = job * tx_n + tx
        j0 = 4 * tx - pw
        inside = i0 >= 0 and j0 >= 0 and i0 + 3 < h_n and j0 + 3 < w_n
        for c in range(m.shape[2]):
            # along the width: q[pa][rb] for the five height products pa
            q00 = m[0, t, c] + m[1, t, c]
            q01 = m[3, t, c]
            q02 = m[1, t, c] + m[2, t, c]
            q03 = m[4, t, c]
            q10 = m[5, t, c] + m[6, t, c]
            q11 = m[8, t, c]
            q12 = m[6, t, c] + m[7, t, c]
            q13 = m[9, t, c]
            q20 = m[10, t, c] + m[11, t, c]
            q21 = m[13, t, c]
            q22 = m[11, t, c] + m[12, t, c]
            q23 = m[14, t, c]
            q30 = m[15, t, c] + m[16, t, c]
            q31 = m[18, t, c]
            q32 = m[16, t, c] + m[17, t, c]
            q33 = m[19, t, c]
            q40 = m[20, t, c] + m[21, t, c]
            q41 = m[23, t, c]
            q42 = m[21, t, c] + m[22, t, c]
            q43 = m[24, t, c]
            if inside:
                dx[n, i0, j0, c], dx[n, i0, j0 + 1, c] = q00 + q10, q01 + q11
                dx[n, i0, j0 + 2, c], dx[n, i0, j0 + 3, c] = q02 + q12, q03 + q13
                dx[n, i0 + 1, j0, c], dx[n, i0 + 1, j0 + 1, c] = q30, q31
                dx[n, i0 + 1, j0 + 2, c], dx[n, i0 + 1, j0 + 3, c] = q32, q33
                dx[n, i0 + 2, j0, c], dx[n, i0 + 2, j0 + 1, c] = q10 + q20, q11 + q21
                dx[n, i0 + 2, j0 + 2, c], dx[n, i0 + 2, j0 + 3, c] = q12 + q22, q13 + q23
                dx[n, i0 + 3, j0, c], dx[n, i0 + 3, j0 + 1, c] = q40, q41
                dx[n, i0 + 3, j0 + 2, c], dx[n, i0 + 3, j0 + 3, c] = q42, q43
            else:
                for ra in range(4):
                    i = i0 + ra
                    if i < 0 or i >= h_n:
                        continue
                    for rb in range(4):
                        j = j0 + rb
                        if j < 0 or j >= w_n:
                            continue
                        if rb == 0:
                            r0, r1, r2, r3, r4 = q00, q10, q20, q30, q40
                        elif rb == 1:
                            r0, r1, r2, r3, r4 = q01, q11, q21, q31, q41
                        elif rb == 2:
                            r0, r1, r2, r3, r4 = q02, q12, q22, q32, q42
                        else:
                            r0, r1, r2, r3, r4 = q03, q13, q23, q33, q43
                        if ra == 0:
                            dx[n, i, j, c] = r0 + r1
                        elif ra == 1:
                            dx[n, i, j, c] = r3
                        elif ra == 2:
                            dx[n, i, j, c] = r1 + r2
                        else:
                            dx[n, i, j, c] = r4


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


def _dw_flat(x, wt, out, sh, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    """One job per output row (n, oh); serial and parallel from one function."""
    for job in prange(out.shape[0] * out.shape[1]):
        _dw_flat_row(x, wt, out, job, sh, dh, dw, ph, pw)  # noqa: F821


def _dw3(x, wt, out, sh, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    """One job per output row (n, oh); serial and parallel from one function."""
    for job in prange(out.shape[0] * out.shape[1]):
        _dw3_row(x, wt, out, job, sh, dh, dw, ph, pw)  # noqa: F821


def _wino_in(xp, v, tx_n):  # type: ignore[no-untyped-def]
    """One job per row of tiles (n, ty)."""
    for job in prange(xp.shape[0] * ((xp.shape[1] - 2) // 2)):
        _wino_in_row(xp, v, job, tx_n)  # noqa: F821


def _wino_out(m, y, tx_n):  # type: ignore[no-untyped-def]
    """One job per row of tiles (n, ty)."""
    for job in prange(y.shape[0] * ((y.shape[1] + 1) // 2)):
        _wino_out_row(m, y, job, tx_n)  # noqa: F821


def _wint_in(gp, v, tx_n):  # type: ignore[no-untyped-def]
    """One job per row of tiles (n, ty)."""
    for job in prange(gp.shape[0] * ((gp.shape[1] - 1) // 2)):
        _wint_in_row(gp, v, job, tx_n)  # noqa: F821


def _wint_out(m, dx, tx_n, ph, pw):  # type: ignore[no-untyped-def]
    """One job per row of tiles (n, ty)."""
    for job in prange(dx.shape[0] * ((dx.shape[1] + ph + 3) // 4)):
        _wint_out_row(m, dx, job, tx_n, ph, pw)  # noqa: F821


def _dw3p(x, wt, out, sh, dh, dw, ph, pw):  # type: ignore[no-untyped-def]
    """One job per group of four output rows (n, oh // 4); serial and parallel from one function."""
    for job in prange(out.shape[0] * ((out.shape[1] + 3) // 4)):
        _dw3_rows(x, wt, out, job, sh, dh, dw, ph, pw)  # noqa: F821


_HELPERS = ("_dw_fwd_row", "_dw_gin_row", "_dw_gk_rows", "_col2im_row", "_dw_flat_row", "_dw3x3_edges", "_dw3x3_row", "_dw3_row", "_dw3x3_rows2", "_dw3x3_rows4", "_dw3_rows", "_wino_in_row", "_wino_out_row", "_wint_in_row", "_wint_out_row")
_SINGLE = ("_col2im", "_dw_flat", "_dw3", "_dw3p", "_wino_in", "_wino_out", "_wint_in", "_wint_out")  # one function for both variants


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
        "_dw_flat": ty.void(r4, r3, w4, *((ty.int64,) * 5)),
        "_dw3": ty.void(r4, r3, w4, *((ty.int64,) * 5)),
        "_dw3p": ty.void(r4, r3, w4, *((ty.int64,) * 5)),
        "_wino_in": ty.void(ty.Array(t, 4, "C", readonly=True), ty.Array(t, 3, "C"), ty.int64),
        "_wino_out": ty.void(ty.Array(t, 3, "C", readonly=True), ty.Array(t, 4, "C"), ty.int64),
        "_wint_in": ty.void(ty.Array(t, 4, "C", readonly=True), ty.Array(t, 3, "C"), ty.int64),
        "_wint_out": ty.void(ty.Array(t, 3, "C", readonly=True), ty.Array(t, 4, "C"), ty.int64, ty.int64, ty.int64),
    }[name]


#: The compiled loop `name` (serial or prange variant), float32 and float64 signatures.
loop = kernels.LoopSet(
    globals(), _signature, helpers=_HELPERS, helper_fastmath=frozenset({"contract"}),
    fastmath=frozenset({"contract"}), one_variant=lambda name: name in _SINGLE,
)


def use_parallel(size: int) -> bool:
    return size >= PARALLEL_MIN and kernels.parallel_available()
