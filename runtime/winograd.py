"""Winograd F(4x4, 3x3) and F(4, 3): stride-1 3x3 and 3-tap correlations with fewer multiplications.

`conv._conv_nd` runs 2-D 3x3 windows at stride 1 with >= 16 channels in and out
(the forward convolution, and the input gradient when it is a correlation with
the flipped kernel) through here when `beats_f2` says so, and 1-D 3-tap windows at
stride 1 (`correlate1d`: F(4, 3), 6 products per 4 outputs). Each 4x4 block of outputs is read from a 6x6 input patch:

    y = A^T [ (G w G^T) * (B^T d B) ] A

summed over input channels, so the 36 elementwise products of a tile become 36
matrix products (tiles, C) x (C, F) fed to BLAS. Against F(2x2, 3x3) (16 products
per 2x2 outputs, `conv._conv_winograd`) that is 2.25 instead of 4 multiply-adds
per output and channel pair, and 2.25 instead of 4 transformed input values per
input cell, for transforms with a few more adds. The interpolation points are 0,
+-1, +-2 and infinity (Lavin & Gray, 2015); their rounding error in float32 is a
few times F(2x2, 3x3)'s, well inside the tolerances float32 convolutions are
held to (checked against float64 references in tests/runtime/test_winograd.py).

The transforms are Numba loops with channels innermost (contiguous, so they
vectorise), one job per row of tiles; each job transforms its tiles in two
passes through a small scratch block that stays in L1 (rows, then columns),
because 36 live values per channel would not fit in registers.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from . import blas_threads, kernels

#: Filter transform G (6x3) of F(4x4, 3x3); B^T and A^T are written out in the loops below.
_G = np.array([
    [1 / 4, 0, 0],
    [-1 / 6, -1 / 6, -1 / 6],
    [-1 / 6, 1 / 6, -1 / 6],
    [1 / 24, 1 / 12, 1 / 6],
    [1 / 24, -1 / 12, 1 / 6],
    [0, 0, 1],
])

#: G (x) G: row 6 * i + j, column 3 * a + b holds G[i, a] * G[j, b], so that U = G w G^T of every
#: channel pair is one product (36, 9) x (9, C * F), and the kernel gradient its transpose.
_GG = np.kron(_G, _G)

#: Bytes of the transformed inputs and products (36 values per tile and channel) per chunk of
#: images: kept below glibc's 32 MB mmap ceiling so the buffers are reused, not page-faulted in.
_CHUNK_BYTES = 1 << 24

#: Parallel loops above this many transformed values (below, a TBB launch costs more than the work).
_PARALLEL_MIN = 1 << 15

prange = range  # bound to numba.prange when the loops compile


# --------------------------------------------------------------------------- loops (compiled lazily)


def _in_row_py(xp, v, job, tx_n):  # type: ignore[no-untyped-def]
    """Input transform of one row of tiles: v[:, t] = B^T d B per channel.

    xp (n, 4*TY + 2, 4*TX + 2, C) is the zero-padded input chunk; tile t = job * TX + tx
    reads its 6x6 patch at (4*ty, 4*tx). v is (36, >= tiles, C) (see planes).
    """
    ty_n = (xp.shape[1] - 2) // 4
    n = job // ty_n
    ty = job - n * ty_n
    h0 = 4 * ty
    c_n = xp.shape[3]
    rows = np.empty((36, c_n), xp.dtype)  # d B^T's rows: rows[6 * r + j] for patch row r
    for tx in range(tx_n):
        t = job * tx_n + tx
        w0 = 4 * tx
        for r in range(6):
            z = xp[n, h0 + r]
            for c in range(c_n):
                z0, z1, z2, z3, z4, z5 = z[w0, c], z[w0 + 1, c], z[w0 + 2, c], z[w0 + 3, c], z[w0 + 4, c], z[w0 + 5, c]
                rows[6 * r, c] = 4 * z0 - 5 * z2 + z4
                rows[6 * r + 1, c] = z3 + z4 - 4 * (z1 + z2)
                rows[6 * r + 2, c] = 4 * (z1 - z2) + z4 - z3
                rows[6 * r + 3, c] = 2 * (z3 - z1) + z4 - z2
                rows[6 * r + 4, c] = 2 * (z1 - z3) + z4 - z2
                rows[6 * r + 5, c] = 4 * z1 - 5 * z3 + z5
        for j in range(6):
            for c in range(c_n):
                z0, z1, z2, z3, z4, z5 = rows[j, c], rows[6 + j, c], rows[12 + j, c], rows[18 + j, c], rows[24 + j, c], rows[30 + j, c]
                v[j, t, c] = 4 * z0 - 5 * z2 + z4
                v[6 + j, t, c] = z3 + z4 - 4 * (z1 + z2)
                v[12 + j, t, c] = 4 * (z1 - z2) + z4 - z3
                v[18 + j, t, c] = 2 * (z3 - z1) + z4 - z2
                v[24 + j, t, c] = 2 * (z1 - z3) + z4 - z2
                v[30 + j, t, c] = 4 * z1 - 5 * z3 + z5


def _out_row_py(m, y, job, tx_n):  # type: ignore[no-untyped-def]
    """Output transform of one row of tiles: y[4x4 block] = A^T m A, cropped at the edges.

    m is (36, >= tiles, F) (the 36 products), y (n, OH, OW, F).
    """
    oh_n, ow_n, f_n = y.shape[1], y.shape[2], y.shape[3]
    ty_n = (oh_n + 3) // 4
    n = job // ty_n
    ty = job - n * ty_n
    h0 = 4 * ty
    cols = np.empty((24, f_n), m.dtype)  # A^T m: cols[6 * i + j] for output row i, product column j
    for tx in range(tx_n):
        t = job * tx_n + tx
        w0 = 4 * tx
        for j in range(6):
            for f in range(f_n):
                z0, z1, z2, z3, z4, z5 = m[j, t, f], m[6 + j, t, f], m[12 + j, t, f], m[18 + j, t, f], m[24 + j, t, f], m[30 + j, t, f]
                p, q = z1 + z2, z3 + z4
                s, d = z1 - z2, z3 - z4
                cols[j, f] = z0 + p + q
                cols[6 + j, f] = s + 2 * d
                cols[12 + j, f] = p + 4 * q
                cols[18 + j, f] = s + 8 * d + z5
        for i in range(min(4, oh_n - h0)):
            out = y[n, h0 + i]
            if w0 + 4 <= ow_n:
                for f in range(f_n):
                    z0, z1, z2, z3, z4, z5 = cols[6 * i, f], cols[6 * i + 1, f], cols[6 * i + 2, f], cols[6 * i + 3, f], cols[6 * i + 4, f], cols[6 * i + 5, f]
                    p, q = z1 + z2, z3 + z4
                    s, d = z1 - z2, z3 - z4
                    out[w0, f] = z0 + p + q
                    out[w0 + 1, f] = s + 2 * d
                    out[w0 + 2, f] = p + 4 * q
                    out[w0 + 3, f] = s + 8 * d + z5
            else:  # a tile cut by the right edge
                for f in range(f_n):
                    z0, z1, z2, z3, z4, z5 = cols[6 * i, f], cols[6 * i + 1, f], cols[6 * i + 2, f], cols[6 * i + 3, f], cols[6 * i + 4, f], cols[6 * i + 5, f]
                    p, q = z1 + z2, z3 + z4
                    s, d = z1 - z2, z3 - z4
                    out[w0, f] = z0 + p + q
                    if w0 + 1 < ow_n:
                        out[w0 + 1, f] = s + 2 * d
                    if w0 + 2 < ow_n:
                        out[w0 + 2, f] = p + 4 * q


def _gy_row_py(gy, dm, job, tx_n):  # type: ignore[no-untyped-def]
    """Gradient transform of one row of tiles: dm[:, t] = A dY A^T per channel (the adjoint of _out_row).

    gy (n, OH, OW, F); a tile's 4x4 block reads zeros past the output's edges. dm is (36, >= tiles, F).
    """
    oh_n, ow_n, f_n = gy.shape[1], gy.shape[2], gy.shape[3]
    ty_n = (oh_n + 3) // 4
    n = job // ty_n
    ty = job - n * ty_n
    h0 = 4 * ty
    rows = np.zeros((24, f_n), gy.dtype)  # dY A^T: rows[6 * i + k] for block row i
    i_n = min(4, oh_n - h0)
    for tx in range(tx_n):
        t = job * tx_n + tx
        w0 = 4 * tx
        j_n = min(4, ow_n - w0)
        for i in range(i_n):
            y = gy[n, h0 + i]
            if j_n == 4:
                for f in range(f_n):
                    y0, y1, y2, y3 = y[w0, f], y[w0 + 1, f], y[w0 + 2, f], y[w0 + 3, f]
                    p, q = y0 + y2, y1 + y3
                    rows[6 * i, f] = y0
                    rows[6 * i + 1, f] = p + q
                    rows[6 * i + 2, f] = p - q
                    rows[6 * i + 3, f] = y0 + 2 * y1 + 4 * y2 + 8 * y3
                    rows[6 * i + 4, f] = y0 - 2 * y1 + 4 * y2 - 8 * y3
                    rows[6 * i + 5, f] = y3
            else:  # a block cut by the right edge: the missing columns are zeros
                for f in range(f_n):
                    y0 = y[w0, f]
                    y1 = y[w0 + 1, f] if j_n > 1 else y.dtype.type(0)
                    y2 = y[w0 + 2, f] if j_n > 2 else y.dtype.type(0)
                    p = y0 + y2
                    rows[6 * i, f] = y0
                    rows[6 * i + 1, f] = p + y1
                    rows[6 * i + 2, f] = p - y1
                    rows[6 * i + 3, f] = y0 + 2 * y1 + 4 * y2
                    rows[6 * i + 4, f] = y0 - 2 * y1 + 4 * y2
                    rows[6 * i + 5, f] = 0
        for k in range(6):  # rows past the bottom edge stay zero (rows was zeroed, and i_n is fixed per job)
            for f in range(f_n):
                y0, y1, y2, y3 = rows[k, f], rows[6 + k, f], rows[12 + k, f], rows[18 + k, f]
                p, q = y0 + y2, y1 + y3
                dm[k, t, f] = y0
                dm[6 + k, t, f] = p + q
                dm[12 + k, t, f] = p - q
                dm[18 + k, t, f] = y0 + 2 * y1 + 4 * y2 + 8 * y3
                dm[24 + k, t, f] = y0 - 2 * y1 + 4 * y2 - 8 * y3
                dm[30 + k, t, f] = y3


def _gin_row_py(dv, dxp, job, tx_n, parity):  # type: ignore[no-untyped-def]
    """Adjoint input transform of one row of tiles: dxp[6x6 patch] += B dV B^T per channel.

    dv is (36, >= tiles, C); dxp (n, 4*TY + 2, 4*TX + 2, C) the zero-initialised padded gradient.
    Patches overlap their neighbours by two cells: the tiles of one row run in order, and rows
    of tiles run in two passes (`parity` 0 then 1) so no two jobs touch the same cells.
    """
    ty_half = ((dxp.shape[1] - 2) // 4 + 1 - parity) // 2
    n = job // ty_half
    ty = 2 * (job - n * ty_half) + parity
    h0 = 4 * ty
    c_n = dxp.shape[3]
    cols = np.empty((36, c_n), dv.dtype)  # B dV: cols[6 * r + j] for patch row r, transformed column j
    for tx in range(tx_n):
        t = (n * ((dxp.shape[1] - 2) // 4) + ty) * tx_n + tx
        w0 = 4 * tx
        for j in range(6):
            for c in range(c_n):
                z0, z1, z2, z3, z4, z5 = dv[j, t, c], dv[6 + j, t, c], dv[12 + j, t, c], dv[18 + j, t, c], dv[24 + j, t, c], dv[30 + j, t, c]
                cols[j, c] = 4 * z0
                cols[6 + j, c] = 4 * (z2 - z1) + 2 * (z4 - z3) + 4 * z5
                cols[12 + j, c] = -5 * z0 - 4 * (z1 + z2) - z3 - z4
                cols[18 + j, c] = z1 - z2 + 2 * (z3 - z4) - 5 * z5
                cols[24 + j, c] = z0 + z1 + z2 + z3 + z4
                cols[30 + j, c] = z5
        for r in range(6):
            out = dxp[n, h0 + r]
            for c in range(c_n):
                z0, z1, z2, z3, z4, z5 = cols[6 * r, c], cols[6 * r + 1, c], cols[6 * r + 2, c], cols[6 * r + 3, c], cols[6 * r + 4, c], cols[6 * r + 5, c]
                out[w0, c] += 4 * z0
                out[w0 + 1, c] += 4 * (z2 - z1) + 2 * (z4 - z3) + 4 * z5
                out[w0 + 2, c] += -5 * z0 - 4 * (z1 + z2) - z3 - z4
                out[w0 + 3, c] += z1 - z2 + 2 * (z3 - z4) - 5 * z5
                out[w0 + 4, c] += z0 + z1 + z2 + z3 + z4
                out[w0 + 5, c] += z5


def _in1_row_py(xp, v, job, tx_n):  # type: ignore[no-untyped-def]
    """1-D F(4, 3) input transform of one image's tiles: v[:, t] = B^T d per channel.

    xp (n, 4*TX + 2, C) is the zero-padded input chunk; tile t = job * TX + tx reads its six
    samples at 4*tx. v is (6, >= tiles, C).
    """
    c_n = xp.shape[2]
    for tx in range(tx_n):
        t = job * tx_n + tx
        w0 = 4 * tx
        for c in range(c_n):
            z0, z1, z2 = xp[job, w0, c], xp[job, w0 + 1, c], xp[job, w0 + 2, c]
            z3, z4, z5 = xp[job, w0 + 3, c], xp[job, w0 + 4, c], xp[job, w0 + 5, c]
            v[0, t, c] = 4 * z0 - 5 * z2 + z4
            v[1, t, c] = z3 + z4 - 4 * (z1 + z2)
            v[2, t, c] = 4 * (z1 - z2) + z4 - z3
            v[3, t, c] = 2 * (z3 - z1) + z4 - z2
            v[4, t, c] = 2 * (z1 - z3) + z4 - z2
            v[5, t, c] = 4 * z1 - 5 * z3 + z5


def _out1_row_py(m, y, job, tx_n):  # type: ignore[no-untyped-def]
    """1-D F(4, 3) output transform of one image's tiles: y[4 outputs] = A^T m, cropped at the end.

    m is (6, >= tiles, F), y (n, OL, F).
    """
    ow_n, f_n = y.shape[1], y.shape[2]
    for tx in range(tx_n):
        t = job * tx_n + tx
        w0 = 4 * tx
        out = y[job]
        if w0 + 4 <= ow_n:
            for f in range(f_n):
                z0, z1, z2, z3, z4, z5 = m[0, t, f], m[1, t, f], m[2, t, f], m[3, t, f], m[4, t, f], m[5, t, f]
                p, q = z1 + z2, z3 + z4
                s, d = z1 - z2, z3 - z4
                out[w0, f] = z0 + p + q
                out[w0 + 1, f] = s + 2 * d
                out[w0 + 2, f] = p + 4 * q
                out[w0 + 3, f] = s + 8 * d + z5
        else:  # the last tile, cut by the end
            for f in range(f_n):
                z0, z1, z2, z3, z4 = m[0, t, f], m[1, t, f], m[2, t, f], m[3, t, f], m[4, t, f]
                p, q = z1 + z2, z3 + z4
                s, d = z1 - z2, z3 - z4
                out[w0, f] = z0 + p + q
                if w0 + 1 < ow_n:
                    out[w0 + 1, f] = s + 2 * d
                if w0 + 2 < ow_n:
                    out[w0 + 2, f] = p + 4 * q


def _in(xp, v, tx_n):  # type: ignore[no-untyped-def]
    """One job per row of tiles (n, ty); serial and parallel from one function."""
    for job in prange(xp.shape[0] * ((xp.shape[1] - 2) // 4)):
        _in_row(xp, v, job, tx_n)  # noqa: F821  (bound by LoopSet)


def _out(m, y, tx_n):  # type: ignore[no-untyped-def]
    """One job per row of tiles (n, ty)."""
    for job in prange(y.shape[0] * ((y.shape[1] + 3) // 4)):
        _out_row(m, y, job, tx_n)  # noqa: F821


def _gy(gy, dm, tx_n):  # type: ignore[no-untyped-def]
    """One job per row of tiles (n, ty)."""
    for job in prange(gy.shape[0] * ((gy.shape[1] + 3) // 4)):
        _gy_row(gy, dm, job, tx_n)  # noqa: F821


def _gin(dv, dxp, tx_n, parity):  # type: ignore[no-untyped-def]
    """One job per row of tiles (n, ty) of one parity."""
    for job in prange(dxp.shape[0] * (((dxp.shape[1] - 2) // 4 + 1 - parity) // 2)):
        _gin_row(dv, dxp, job, tx_n, parity)  # noqa: F821


def _in1(xp, v, tx_n):  # type: ignore[no-untyped-def]
    """One job per image."""
    for job in prange(xp.shape[0]):
        _in1_row(xp, v, job, tx_n)  # noqa: F821


def _out1(m, y, tx_n):  # type: ignore[no-untyped-def]
    """One job per image."""
    for job in prange(y.shape[0]):
        _out1_row(m, y, job, tx_n)  # noqa: F821


def _signature(name: str, numba: Any, dtype: str) -> Any:
    ty = numba.types
    t = numba.from_dtype(np.dtype(dtype))
    return {
        "_in": ty.void(ty.Array(t, 4, "C", readonly=True), ty.Array(t, 3, "C"), ty.int64),
        "_out": ty.void(ty.Array(t, 3, "C", readonly=True), ty.Array(t, 4, "C"), ty.int64),
        "_gy": ty.void(ty.Array(t, 4, "C", readonly=True), ty.Array(t, 3, "C"), ty.int64),
        "_gin": ty.void(ty.Array(t, 3, "C", readonly=True), ty.Array(t, 4, "C"), ty.int64, ty.int64),
        "_in1": ty.void(ty.Array(t, 3, "C", readonly=True), ty.Array(t, 3, "C"), ty.int64),
        "_out1": ty.void(ty.Array(t, 3, "C", readonly=True), ty.Array(t, 3, "C"), ty.int64),
    }[name]


_loop = kernels.LoopSet(
    globals(), _signature, helpers=("_in_row", "_out_row", "_gy_row", "_gin_row", "_in1_row", "_out1_row"), helper_fastmath=frozenset({"contract"}),
    fastmath=frozenset({"contract"}), one_variant=lambda name: True,
)


# --------------------------------------------------------------------------- driver


def planes(buf: np.ndarray, count: int, rows: int, width: int) -> np.ndarray:
    """`count` component planes of `rows` x `width` from the flat buffer `buf`, one spare row apart.

    The transforms read or write all planes of a tile at once (16, 25 or 36 streams); planes
    a multiple of 4 KB apart map to the same L1 sets (12 ways), and the spare row spreads
    them. Measured on F(2x2x2, 3x3x3)'s output transform, 64 planes: 0.50 -> 0.19 ms; on the
    Keras CNN's F(4x4) kernel gradient 1.46 -> 1.09 ms (medians). Shared by conv's Winograd
    paths. The result is C-contiguous (for the Numba loops); products take `[:, :rows]`.
    `buf` holds at least count * (rows + 1) * width values.
    """
    return buf[: count * (rows + 1) * width].reshape(count, rows + 1, width)


def beats_f2(out_sizes: tuple[int, ...]) -> bool:
    """Whether F(4x4, 3x3) is the better Winograd for this (OH, OW) output.

    Both round the output up to whole tiles: F(4x4) does 36 products per 4x4 block, F(2x2)
    16 per 2x2 block. Below 80% of F(2x2)'s products (e.g. 11x11: 56%, 32x32: 56%) the
    larger tiles win; on sizes like 5x5 or 6x6, where both do the same work, F(2x2)'s
    cheaper transforms and smaller rounding error keep it.
    """
    oh, ow = out_sizes
    f4 = 36 * -(-oh // 4) * -(-ow // 4)
    f2 = 16 * -(-oh // 2) * -(-ow // 2)
    return 5 * f4 <= 4 * f2


def kernel(w: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """U = G w G^T per channel pair, as (36, C, F) in `dtype`: one product with G (x) G (36 x 9)."""
    c, f = w.shape[-2], w.shape[-1]
    return np.matmul(_GG.astype(dtype), np.asarray(w, dtype=dtype).reshape(9, c * f)).reshape(36, c, f)


#: The product component whose output transform adds it, once, to every output of its tile
#: (column 1 of A^T is all ones in F(4x4) and F(4)): a bias added there costs one pass over
#: a 36th of the products instead of one over the output. In the adjoint, the same component
#: of A dY A^T is the sum of the tile's gradient block (the bias gradient's share).
BIAS_COMPONENT_2D = 6 * 1 + 1
BIAS_COMPONENT_1D = 1


def correlate(x: np.ndarray, w: np.ndarray, pad_before: tuple[int, ...], out: np.ndarray, bias: np.ndarray | None = None) -> np.ndarray:
    """out (N, OH, OW, F) = correlation of x (N, H, W, C) with w (3, 3, C, F), x zero-padded by `pad_before`,
    plus `bias` (F,) when given.

    Cells past the input's end read as zeros too, so 'valid', 'same' and the full padding of
    an input gradient are all this call. Runs chunk by chunk of images (see _CHUNK_BYTES).
    """
    dtype = out.dtype
    n, c, f = x.shape[0], x.shape[-1], w.shape[-1]
    oh, ow = out.shape[1:3]
    ty, tx = -(-oh // 4), -(-ow // 4)
    u = kernel(w, dtype)
    step = max(1, min(n, _CHUNK_BYTES // max(36 * ty * tx * (c + f) * dtype.itemsize, 1)))
    # the padded chunk: the input at pad_before, zeros around it up to the last tile's patch
    xp = np.zeros((step, 4 * ty + 2, 4 * tx + 2, c), dtype)
    # flat buffers: a last, shorter chunk takes a prefix of each
    v = np.empty(36 * (step * ty * tx + 1) * c, dtype)
    m = np.empty(36 * (step * ty * tx + 1) * f, dtype)
    for i in range(0, n, step):
        j = min(i + step, n)
        k = j - i
        rows = k * ty * tx
        _padded_chunk(x, i, j, pad_before, xp)
        vk, mk = planes(v, 36, rows, c), planes(m, 36, rows, f)
        parallel = vk.size >= _PARALLEL_MIN and kernels.parallel_available()
        _loop("_in", parallel)(xp[:k], vk, tx)
        blas_threads.stacked_matmul(vk[:, :rows], u, mk[:, :rows])
        if bias is not None:
            mk[BIAS_COMPONENT_2D, :rows] += bias
        _loop("_out", parallel)(mk, out[i:j], tx)
    return out



def _padded_chunk(x: np.ndarray, i: int, j: int, pad_before: tuple[int, ...], xp: np.ndarray) -> None:
    """xp[:j - i] = images i..j of x at (ph, pw), zeros around (xp's border is never written)."""
    (ph, pw), k = pad_before, j - i
    h, wd = min(x.shape[1], xp.shape[1] - ph), min(x.shape[2], xp.shape[2] - pw)
    xp[:k, ph: ph + h, pw: pw + wd] = x[i:j, :h, :wd]


def kernel_gradient(x: np.ndarray, gy: np.ndarray, pad_before: tuple[int, ...], dtype: np.dtype, bias_sum: np.ndarray | None = None) -> np.ndarray:
    """dw (3, 3, C, F) of out = correlate(x, w, pad_before) given gy = d(loss)/d(out).

    The adjoint of the forward: dU[xi] = V[xi]^T (A dY A^T)[xi] summed over tiles (36 products
    (C, tiles) x (tiles, F)), then dw = G^T dU G. 2.25 instead of 9 multiply-adds per output
    and channel pair. `bias_sum` (F,) float64, when given, gets gy summed over (N, OH, OW)
    added to it (the bias gradient: the tiles' block sums, already in A dY A^T).
    """
    n, c, f = x.shape[0], x.shape[-1], gy.shape[-1]
    oh, ow = gy.shape[1:3]
    ty, tx = -(-oh // 4), -(-ow // 4)
    step = max(1, min(n, _CHUNK_BYTES // max(36 * ty * tx * (c + f) * dtype.itemsize, 1)))
    xp = np.zeros((step, 4 * ty + 2, 4 * tx + 2, c), dtype)
    v = np.empty(36 * (step * ty * tx + 1) * c, dtype)
    dm = np.empty(36 * (step * ty * tx + 1) * f, dtype)
    du = np.zeros((36, c, f), dtype)
    part = np.empty((36, c, f), dtype)
    gy = np.ascontiguousarray(gy, dtype=dtype)
    for i in range(0, n, step):
        j = min(i + step, n)
        k = j - i
        rows = k * ty * tx
        _padded_chunk(x, i, j, pad_before, xp)
        vk, dmk = planes(v, 36, rows, c), planes(dm, 36, rows, f)
        parallel = vk.size >= _PARALLEL_MIN and kernels.parallel_available()
        _loop("_in", parallel)(xp[:k], vk, tx)
        _loop("_gy", parallel)(gy[i:j], dmk, tx)
        blas_threads.stacked_matmul(vk[:, :rows].transpose(0, 2, 1), dmk[:, :rows], part)
        du += part
        if bias_sum is not None:
            bias_sum += dmk[BIAS_COMPONENT_2D, :rows].sum(axis=0, dtype=np.float64)
    # dw[a, b] = sum_ij G[i, a] dU[i, j] G[j, b]: the transposed product with G (x) G
    return np.matmul(_GG.T.astype(dtype), du.reshape(36, c * f)).reshape(3, 3, c, f)


def input_gradient(gy: np.ndarray, w: np.ndarray, in_sizes: tuple[int, ...], pad_before: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    """dx (N, H, W, C) of out = correlate(x, w, pad_before) given gy = d(loss)/d(out).

    The adjoint of the forward: dV[xi] = (A dY A^T)[xi] U[xi]^T (36 products (tiles, F) x
    (F, C)), then B dV B^T added into each tile's 6x6 patch of the padded gradient, whose
    inside is dx. Cells no window reads get zero.
    """
    n, c, f = gy.shape[0], w.shape[-2], w.shape[-1]
    oh, ow = gy.shape[1:3]
    (h, wd), (ph, pw) = in_sizes, pad_before
    ty, tx = -(-oh // 4), -(-ow // 4)
    ut = np.ascontiguousarray(kernel(w, dtype).transpose(0, 2, 1))  # (36, F, C)
    step = max(1, min(n, _CHUNK_BYTES // max(36 * ty * tx * (c + f) * dtype.itemsize, 1)))
    dxp = np.empty((step, 4 * ty + 2, 4 * tx + 2, c), dtype)
    dm = np.empty(36 * (step * ty * tx + 1) * f, dtype)
    dv = np.empty(36 * (step * ty * tx + 1) * c, dtype)
    dx = np.zeros((n, h, wd, c), dtype)
    hh, ww = min(h, 4 * ty + 2 - ph), min(wd, 4 * tx + 2 - pw)  # cells past the last patch stay zero
    gy = np.ascontiguousarray(gy, dtype=dtype)
    for i in range(0, n, step):
        j = min(i + step, n)
        k = j - i
        rows = k * ty * tx
        dmk, dvk = planes(dm, 36, rows, f), planes(dv, 36, rows, c)
        parallel = dvk.size >= _PARALLEL_MIN and kernels.parallel_available()
        _loop("_gy", parallel)(gy[i:j], dmk, tx)
        blas_threads.stacked_matmul(dmk[:, :rows], ut, dvk[:, :rows])
        dxp[:k] = 0
        for parity in (0, 1):
            _loop("_gin", parallel)(dvk, dxp[:k], tx, parity)
        dx[i:j, :hh, :ww] = dxp[:k, ph: ph + hh, pw: pw + ww]
    return dx


def correlate1d(x: np.ndarray, w: np.ndarray, pad_before: int, out: np.ndarray, bias: np.ndarray | None = None) -> np.ndarray:
    """out (N, OL, F) = correlation of x (N, L, C) with w (3, C, F), x zero-padded by `pad_before`,
    plus `bias` (F,) when given.

    F(4, 3): 6 products (tiles, C) x (C, F) per 4 outputs instead of 12 multiply-adds per
    output and channel pair in im2col's one product; chunk by chunk of images.
    """
    dtype = out.dtype
    n, c, f = x.shape[0], x.shape[-1], w.shape[-1]
    ol = out.shape[1]
    tx = -(-ol // 4)
    u = np.matmul(_G.astype(dtype), np.asarray(w, dtype=dtype).reshape(3, c * f)).reshape(6, c, f)
    step = max(1, min(n, _CHUNK_BYTES // max(6 * tx * (c + f) * dtype.itemsize, 1)))
    xp = np.zeros((step, 4 * tx + 2, c), dtype)
    length = min(x.shape[1], 4 * tx + 2 - pad_before)
    v = np.empty(6 * (step * tx + 1) * c, dtype)
    m = np.empty(6 * (step * tx + 1) * f, dtype)
    for i in range(0, n, step):
        j = min(i + step, n)
        k = j - i
        rows = k * tx
        xp[:k, pad_before: pad_before + length] = x[i:j, :length]
        vk, mk = planes(v, 6, rows, c), planes(m, 6, rows, f)
        parallel = vk.size >= _PARALLEL_MIN and k > 1 and kernels.parallel_available()
        _loop("_in1", parallel)(xp[:k], vk, tx)
        blas_threads.stacked_matmul(vk[:, :rows], u, mk[:, :rows])
        if bias is not None:
            mk[BIAS_COMPONENT_1D, :rows] += bias
        _loop("_out1", parallel)(mk, out[i:j], tx)
    return out
