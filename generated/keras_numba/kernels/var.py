# @generated from spec/ops/var.yaml by codegen/templates/reduction.py.j2 — do not edit
"""Reduction kernels of keras_numba.var: a fold over the reduced elements.

The spec gives the fold: `var_init` (start), `var_step` (one
element), `var_merge` (two partial results) and `var_finish`
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
def var_init(zero):
    return zero


@njit(error_model="numpy", fastmath={'contract', 'reassoc'}, forceinline=True)
def var_step(acc, v):
    return acc + v * v


@njit(error_model="numpy", fastmath={'contract', 'reassoc'}, forceinline=True)
def var_merge(a, b):
    return a + b


@njit(error_model="numpy", fastmath={'contract', 'reassoc'}, forceinline=True)
def var_finish(acc, n):
    T = type(acc)
    return acc / T(n)


def var_rows(x, out):
    zero = x.dtype.type(0)
    R = x.shape[1]
    for o in range(x.shape[0]):
        row = x[o]
        total = zero
        for r in range(R):
            total += row[r]
        mu = total / x.dtype.type(max(R, 1))
        acc = var_init(zero)
        for r in range(R):
            acc = var_step(acc, row[r] - mu)
        out[o] = var_finish(acc, R)


def var_cols(x, out):
    zero = x.dtype.type(0)
    O, R, I = x.shape
    blocks = (I + BLOCK - 1) // BLOCK
    for t in range(O * blocks):
        o = t // blocks
        i0 = (t % blocks) * BLOCK
        k = min(I - i0, BLOCK)
        mu = np.zeros(k, x.dtype)
        for r in range(R):
            xr = x[o, r, i0 : i0 + k]
            for i in range(k):
                mu[i] += xr[i]
        for i in range(k):
            mu[i] /= x.dtype.type(max(R, 1))
        acc = np.empty(k, x.dtype)
        for i in range(k):
            acc[i] = var_init(zero)
        for r in range(R):
            xr = x[o, r, i0 : i0 + k]  # a 1-D slice: indexing x[o, r, i] directly blocks vectorisation
            for i in range(k):
                acc[i] = var_step(acc[i], xr[i] - mu[i])
        for i in range(k):
            out[o, i0 + i] = var_finish(acc[i], R)


def var_rows_parallel(x, out):
    zero = x.dtype.type(0)
    R = x.shape[1]
    for o in prange(x.shape[0]):
        row = x[o]
        total = zero
        for r in range(R):
            total += row[r]
        mu = total / x.dtype.type(max(R, 1))
        acc = var_init(zero)
        for r in range(R):
            acc = var_step(acc, row[r] - mu)
        out[o] = var_finish(acc, R)


def var_cols_parallel(x, out):
    zero = x.dtype.type(0)
    O, R, I = x.shape
    blocks = (I + BLOCK - 1) // BLOCK
    for t in prange(O * blocks):
        o = t // blocks
        i0 = (t % blocks) * BLOCK
        k = min(I - i0, BLOCK)
        mu = np.zeros(k, x.dtype)
        for r in range(R):
            xr = x[o, r, i0 : i0 + k]
            for i in range(k):
                mu[i] += xr[i]
        for i in range(k):
            mu[i] /= x.dtype.type(max(R, 1))
        acc = np.empty(k, x.dtype)
        for i in range(k):
            acc[i] = var_init(zero)
        for r in range(R):
            xr = x[o, r, i0 : i0 + k]  # a 1-D slice: indexing x[o, r, i] directly blocks vectorisation
            for i in range(k):
                acc[i] = var_step(acc[i], xr[i] - mu[i])
        for i in range(k):
            out[o, i0 + i] = var_finish(acc[i], R)
