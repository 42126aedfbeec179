# @generated from spec/ops/prod.yaml by codegen/templates/reduction.py.j2 — do not edit
"""Reduction kernels of keras_numba.prod: a fold over the reduced elements.

The spec gives the fold: `prod_init` (start), `prod_step` (one
element), `prod_merge` (two partial results) and `prod_finish`
(result from the accumulator and the count). keras_numba._runtime.axiswise
lays the input out as (outer, reduced) when the reduced axes are last
(`_rows`: one accumulator per row; with `reassoc` LLVM vectorises the fold) or
as (outer, reduced, inner) otherwise (`_cols`: blocks of the contiguous inner
axis accumulate side by side).
"""

import numpy as np
from numba import njit, prange

BLOCK = 256  # inner elements accumulated together by the _cols loops


@njit(error_model="numpy", fastmath={'contract', 'reassoc'}, forceinline=True)
def prod_init(zero):
    return zero + 1


@njit(error_model="numpy", fastmath={'contract', 'reassoc'}, forceinline=True)
def prod_step(acc, v):
    return acc * v


@njit(error_model="numpy", fastmath={'contract', 'reassoc'}, forceinline=True)
def prod_merge(a, b):
    return a * b


@njit(error_model="numpy", fastmath={'contract', 'reassoc'}, forceinline=True)
def prod_finish(acc, n):
    return acc


def prod_rows(x, out):
    zero = x.dtype.type(0)
    R = x.shape[1]
    for o in range(x.shape[0]):
        row = x[o]
        acc = prod_init(zero)
        for r in range(R):
            acc = prod_step(acc, row[r])
        out[o] = prod_finish(acc, R)


def prod_cols(x, out):
    zero = x.dtype.type(0)
    O, R, I = x.shape
    blocks = (I + BLOCK - 1) // BLOCK
    for t in range(O * blocks):
        o = t // blocks
        i0 = (t % blocks) * BLOCK
        k = min(I - i0, BLOCK)
        acc = np.empty(k, x.dtype)
        for i in range(k):
            acc[i] = prod_init(zero)
        for r in range(R):
            xr = x[o, r, i0 : i0 + k]  # a 1-D slice: indexing x[o, r, i] directly blocks vectorisation
            for i in range(k):
                acc[i] = prod_step(acc[i], xr[i])
        for i in range(k):
            out[o, i0 + i] = prod_finish(acc[i], R)


def prod_rows_parallel(x, out):
    zero = x.dtype.type(0)
    R = x.shape[1]
    for o in prange(x.shape[0]):
        row = x[o]
        acc = prod_init(zero)
        for r in range(R):
            acc = prod_step(acc, row[r])
        out[o] = prod_finish(acc, R)


def prod_cols_parallel(x, out):
    zero = x.dtype.type(0)
    O, R, I = x.shape
    blocks = (I + BLOCK - 1) // BLOCK
    for t in prange(O * blocks):
        o = t // blocks
        i0 = (t % blocks) * BLOCK
        k = min(I - i0, BLOCK)
        acc = np.empty(k, x.dtype)
        for i in range(k):
            acc[i] = prod_init(zero)
        for r in range(R):
            xr = x[o, r, i0 : i0 + k]  # a 1-D slice: indexing x[o, r, i] directly blocks vectorisation
            for i in range(k):
                acc[i] = prod_step(acc[i], xr[i])
        for i in range(k):
            out[o, i0 + i] = prod_finish(acc[i], R)
