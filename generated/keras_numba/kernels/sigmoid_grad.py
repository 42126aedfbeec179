# @generated from spec/ops/sigmoid_grad.yaml by codegen/templates/kernel.py.j2 — do not edit
"""Elementwise kernels of keras_numba.sigmoid_grad.

`sigmoid_grad_scalar` is the spec's scalar body; the loops apply it over flat
C-contiguous arrays (`_1d`) or any-stride 2-D views (`_2d`), serially or with
`prange`. keras_numba._runtime.kernels compiles each loop lazily, per dtype,
with an explicit signature; float parameters are typed to the compute dtype
so float32 maths never promotes to float64.
"""

from numba import njit, prange
from keras_numba._runtime.scalar import at, hoist, unit_rows


@njit(error_model="numpy", fastmath={'contract'}, forceinline=True)  # inlined so the loops vectorise
def sigmoid_grad_scalar(dy, y):
    T = type(dy)
    return dy * y * (T(1.0) - y)


def sigmoid_grad_1d(dy, y, out):
    dy_ = hoist(dy)
    y_ = hoist(y)
    for i in range(out.shape[0]):
        out[i] = sigmoid_grad_scalar(at(dy_, i), at(y_, i))


def sigmoid_grad_1d_parallel(dy, y, out):
    dy_ = hoist(dy)
    y_ = hoist(y)
    for i in prange(out.shape[0]):
        out[i] = sigmoid_grad_scalar(at(dy_, i), at(y_, i))


def sigmoid_grad_2d(dy, y, out):
    # Two copies of one loop: under the stride test LLVM knows the inner
    # stride is one element and vectorises (5x on a column slice of a matrix).
    if unit_rows(dy) and unit_rows(y):
        for i in range(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = sigmoid_grad_scalar(dy[i, j], y[i, j])
    else:
        for i in range(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = sigmoid_grad_scalar(dy[i, j], y[i, j])


def sigmoid_grad_2d_parallel(dy, y, out):
    # Two copies of one loop: under the stride test LLVM knows the inner
    # stride is one element and vectorises (5x on a column slice of a matrix).
    if unit_rows(dy) and unit_rows(y):
        for i in prange(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = sigmoid_grad_scalar(dy[i, j], y[i, j])
    else:
        for i in prange(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = sigmoid_grad_scalar(dy[i, j], y[i, j])
