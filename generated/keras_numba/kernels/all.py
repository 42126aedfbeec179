# @generated from spec/ops/all.yaml by codegen/templates/reduction.py.j2 — do not edit
"""Reduction kernels of keras_numba.all: a fold over the reduced elements.

The spec gives the fold: `all_init` (start), `all_step` (one
element), `all_merge` (two partial results) and `all_finish`
(result from the accumulator and the count). keras_numba._runtime.axiswise
lays the input out as (outer, reduced) when the reduced axes are last
(`_rows`: one accumulator per row; with `reassoc` LLVM vectorises the fold) or
as (outer, reduced, inner) otherwise (`_cols`: blocks of the contiguous inner
axis accumulate side by side).
"""

import numpy as np
from numba import njit, prange

BLOCK = 256  # inner elements accumulated together by the _cols loops


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


def all_cols(x, out):
    zero = x.dtype.type(0)
    O, R, I = x.shape
    blocks = (I + BLOCK - 1) // BLOCK
    for t in range(O * blocks):
        o = t // blocks
        i0 = (t % blocks) * BLOCK
        k = min(I - i0, BLOCK)
        acc = np.empty(k, x.dtype)
        for i in range(k):
            acc[i] = all_init(zero)
        for r in range(R):
            xr = x[o, r, i0 : i0 + k]  # a 1-D slice: indexing x[o, r, i] directly blocks vectorisation
            for i in range(k):
                acc[i] = all_step(acc[i], xr[i])
        for i in range(k):
            out[o, i0 + i] = all_finish(acc[i], R)


def all_rows_parallel(x, out):
    zero = x.dtype.type(0)
    R = x.shape[1]
    for o in prange(x.shape[0]):
        row = x[o]
        acc = all_init(zero)
        for r in range(R):
            acc = all_step(acc, row[r])
        out[o] = all_finish(acc, R)


def all_cols_parallel(x, out):
    zero = x.dtype.type(0)
    O, R, I = x.shape
    blocks = (I + BLOCK - 1) // BLOCK
    for t in prange(O * blocks):
        o = t // blocks
        i0 = (t % blocks) * BLOCK
        k = min(I - i0, BLOCK)
        acc = np.empty(k, x.dtype)
        for i in range(k):
            acc[i] = all_init(zero)
        for r in range(R):
            xr = x[o, r, i0 : i0 + k]  # a 1-D slice: indexing x[o, r, i] directly blocks vectorisation
            for i in range(k):
                acc[i] = all_step(acc[i], xr[i])
        for i in range(k):
            out[o, i0 + i] = all_finish(acc[i], R)
