# @generated from spec/ops/divide.yaml by codegen/templates/kernel.py.j2 — do not edit
"""Elementwise kernels of keras_numba.divide.

`divide_scalar` is the spec's scalar body; the loops apply it over flat
C-contiguous arrays (`_1d`) or any-stride 2-D views (`_2d`), serially or with
`prange`. keras_numba._runtime.kernels compiles each loop lazily, per dtype,
with an explicit signature; float parameters are typed to the compute dtype
so float32 maths never promotes to float64.
"""

from numba import njit, prange
from keras_numba._runtime.scalar import at, hoist, unit_rows


@njit(error_model="numpy", fastmath={'contract'}, forceinline=True)  # inlined so the loops vectorise
def divide_scalar(x, y):
    return x / y


def divide_1d(x, y, out):
    x_ = hoist(x)
    y_ = hoist(y)
    for i in range(out.shape[0]):
        out[i] = divide_scalar(at(x_, i), at(y_, i))


def divide_1d_parallel(x, y, out):
    x_ = hoist(x)
    y_ = hoist(y)
    for i in prange(out.shape[0]):
        out[i] = divide_scalar(at(x_, i), at(y_, i))


def divide_2d(x, y, out):
    # Two copies of one loop: under the stride test LLVM knows the inner
    # stride is one element and vectorises (5x on a column slice of a matrix).
    if unit_rows(x) and unit_rows(y):
        for i in range(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = divide_scalar(x[i, j], y[i, j])
    else:
        for i in range(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = divide_scalar(x[i, j], y[i, j])


def divide_2d_parallel(x, y, out):
    # Two copies of one loop: under the stride test LLVM knows the inner
    # stride is one element and vectorises (5x on a column slice of a matrix).
    if unit_rows(x) and unit_rows(y):
        for i in prange(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = divide_scalar(x[i, j], y[i, j])
    else:
        for i in prange(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = divide_scalar(x[i, j], y[i, j])
