# @generated from spec/ops/all.yaml by codegen/templates/reduction.py.j2 — do not edit
"""Reduction kernels of keras_numba.all: a fold over the reduced elements.

The spec gives the fold: `all_init` (start), `all_step` (one
element), `all_merge` (two partial results) and `all_finish`
(result from the accumulator and the count). keras_numba._runtime.axiswise
lays the input out as (outer, reduced) when the reduced axes are last
(`_rows`: one accumulator per row; with `reassoc` LLVM vectorises the fold) or
as (outer, reduced, inner) otherwise (`_cols`: a vector of accumulators over the
contiguous inner axis, fed four reduced rows per pass; the reduced axis splits
into chunks of CHUNK rows, folded in parallel and merged in order).
"""

import numpy as np
from numba import njit, prange

BLOCK = 2048  # inner elements accumulated together by the _cols loops
CHUNK = 128  # reduced rows one _cols task folds (then partial results merge, in order)
SPLIT = 65536  # elements one _split task folds


@njit(error_model="numpy", fastmath={'contract'}, forceinline=True)
def all_init(zero):
    return zero == zero


@njit(error_model="numpy", fastmath={'contract'}, forceinline=True)
def all_step(acc, v):
    return acc & v


@njit(error_model="numpy", fastmath={'contract'}, forceinline=True)
def all_merge(a, b):
    return a & b


@njit(error_model="numpy", fastmath={'contract'}, forceinline=True)
def all_finish(acc, n):
    return acc


def all_rows(x, out):
    zero = x.dtype.type(0)
    R = x.shape[1]
    for o in range(x.shape[0]):
        row = x[o]
        acc = all_init(zero)
        for r in range(R):
            acc = all_step(acc, row[r])
        out[o] = all_finish(acc, R)


def all_split(x, out):
    # one long row (every axis reduced): chunks of SPLIT elements fold side by side
    # (in parallel), then their partial results merge in order
    zero = x.dtype.type(0)
    R = x.shape[0]
    chunks = max((R + SPLIT - 1) // SPLIT, 1)
    part = np.empty(chunks, out.dtype)
    for c in range(chunks):
        row = x[c * SPLIT : min(R, (c + 1) * SPLIT)]
        acc = all_init(zero)
        for r in range(row.shape[0]):
            acc = all_step(acc, row[r])
        part[c] = acc
    acc = part[0]
    for c in range(1, chunks):
        acc = all_merge(acc, part[c])
    out[0] = all_finish(acc, R)

def all_cols(x, out):
    # Tasks are (outer index, chunk of CHUNK reduced rows, block of BLOCK inner elements):
    # a task folds its rows into a contiguous vector of accumulators (chunk 0 into `out`,
    # the others into `part`), so even one long reduced axis splits across threads and
    # each accumulator sums at most CHUNK elements; the chunks are then merged in order.
    zero = x.dtype.type(0)
    O, R, I = x.shape
    blocks = (I + BLOCK - 1) // BLOCK
    chunks = max((R + CHUNK - 1) // CHUNK, 1)
    part = np.empty((O, chunks - 1, I), out.dtype)
    for t in range(O * chunks * blocks):
        o = t // (chunks * blocks)
        c = (t // blocks) % chunks
        i0 = (t % blocks) * BLOCK
        k = min(I - i0, BLOCK)
        acc = out[o, i0 : i0 + k] if c == 0 else part[o, c - 1, i0 : i0 + k]
        for i in range(k):
            acc[i] = all_init(zero)
        r = c * CHUNK
        end = min(R, r + CHUNK)
        while r + 4 <= end:  # four rows per pass: one load and store of acc per four steps
            x0 = x[o, r, i0 : i0 + k]  # 1-D slices: indexing x[o, r, i] directly blocks vectorisation
            x1 = x[o, r + 1, i0 : i0 + k]
            x2 = x[o, r + 2, i0 : i0 + k]
            x3 = x[o, r + 3, i0 : i0 + k]
            for i in range(k):
                a = acc[i]
                a = all_step(a, x0[i])
                a = all_step(a, x1[i])
                a = all_step(a, x2[i])
                acc[i] = all_step(a, x3[i])
            r += 4
        while r < end:
            xr = x[o, r, i0 : i0 + k]
            for i in range(k):
                acc[i] = all_step(acc[i], xr[i])
            r += 1
    for t in range(O * blocks):
        o = t // blocks
        i0 = (t % blocks) * BLOCK
        k = min(I - i0, BLOCK)
        acc = out[o, i0 : i0 + k]
        for c in range(chunks - 1):
            pc = part[o, c, i0 : i0 + k]
            for i in range(k):
                acc[i] = all_merge(acc[i], pc[i])
        for i in range(k):
            acc[i] = all_finish(acc[i], R)


def all_rows_parallel(x, out):
    zero = x.dtype.type(0)
    R = x.shape[1]
    for o in prange(x.shape[0]):
        row = x[o]
        acc = all_init(zero)
        for r in range(R):
            acc = all_step(acc, row[r])
        out[o] = all_finish(acc, R)


def all_split_parallel(x, out):
    # one long row (every axis reduced): chunks of SPLIT elements fold side by side
    # (in parallel), then their partial results merge in order
    zero = x.dtype.type(0)
    R = x.shape[0]
    chunks = max((R + SPLIT - 1) // SPLIT, 1)
    part = np.empty(chunks, out.dtype)
    for c in prange(chunks):
        row = x[c * SPLIT : min(R, (c + 1) * SPLIT)]
        acc = all_init(zero)
        for r in range(row.shape[0]):
            acc = all_step(acc, row[r])
        part[c] = acc
    acc = part[0]
    for c in range(1, chunks):
        acc = all_merge(acc, part[c])
    out[0] = all_finish(acc, R)

def all_cols_parallel(x, out):
    # Tasks are (outer index, chunk of CHUNK reduced rows, block of BLOCK inner elements):
    # a task folds its rows into a contiguous vector of accumulators (chunk 0 into `out`,
    # the others into `part`), so even one long reduced axis splits across threads and
    # each accumulator sums at most CHUNK elements; the chunks are then merged in order.
    zero = x.dtype.type(0)
    O, R, I = x.shape
    blocks = (I + BLOCK - 1) // BLOCK
    chunks = max((R + CHUNK - 1) // CHUNK, 1)
    part = np.empty((O, chunks - 1, I), out.dtype)
    for t in prange(O * chunks * blocks):
        o = t // (chunks * blocks)
        c = (t // blocks) % chunks
        i0 = (t % blocks) * BLOCK
        k = min(I - i0, BLOCK)
        acc = out[o, i0 : i0 + k] if c == 0 else part[o, c - 1, i0 : i0 + k]
        for i in range(k):
            acc[i] = all_init(zero)
        r = c * CHUNK
        end = min(R, r + CHUNK)
        while r + 4 <= end:  # four rows per pass: one load and store of acc per four steps
            x0 = x[o, r, i0 : i0 + k]  # 1-D slices: indexing x[o, r, i] directly blocks vectorisation
            x1 = x[o, r + 1, i0 : i0 + k]
            x2 = x[o, r + 2, i0 : i0 + k]
            x3 = x[o, r + 3, i0 : i0 + k]
            for i in range(k):
                a = acc[i]
                a = all_step(a, x0[i])
                a = all_step(a, x1[i])
                a = all_step(a, x2[i])
                acc[i] = all_step(a, x3[i])
            r += 4
        while r < end:
            xr = x[o, r, i0 : i0 + k]
            for i in range(k):
                acc[i] = all_step(acc[i], xr[i])
            r += 1
    for t in prange(O * blocks):
        o = t // blocks
        i0 = (t % blocks) * BLOCK
        k = min(I - i0, BLOCK)
        acc = out[o, i0 : i0 + k]
        for c in range(chunks - 1):
            pc = part[o, c, i0 : i0 + k]
            for i in range(k):
                acc[i] = all_merge(acc[i], pc[i])
        for i in range(k):
            acc[i] = all_finish(acc[i], R)
