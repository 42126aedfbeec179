# @generated from spec/ops/relu_grad.yaml by codegen/templates/kernel.py.j2 — do not edit
"""Elementwise kernels of keras_numba.relu_grad.

`relu_grad_scalar` is the spec's scalar body; the loops apply it over flat
C-contiguous arrays (`_1d`) or any-stride 2-D views (`_2d`), serially or with
`prange`. keras_numba._runtime.kernels compiles each loop lazily, per dtype,
with an explicit signature; float parameters are typed to the compute dtype
so float32 maths never promotes to float64.
"""

from numba import njit, prange
from keras_numba._runtime.scalar import at, hoist, unit_rows


@njit(error_model="numpy", fastmath={'contract'}, forceinline=True)  # inlined so the loops vectorise
def relu_grad_scalar(dy, x, alpha, max_value, threshold):
    T = type(dy)
    slope = T(0.0)
    if x > threshold:
        if max_value != max_value:
            slope = T(1.0)
        elif x > T(0.0) and x < max_value:
            slope = T(1.0)
    elif x < threshold:
        slope = alpha
    return dy * slope


def relu_grad_1d(dy, x, out, alpha, max_value, threshold):
    dy_ = hoist(dy)
    x_ = hoist(x)
    T = type(at(dy_, 0))
    alpha = T(alpha)
    max_value = T(max_value)
    threshold = T(threshold)
    for i in range(out.shape[0]):
        out[i] = relu_grad_scalar(at(dy_, i), at(x_, i), alpha, max_value, threshold)


def relu_grad_1d_parallel(dy, x, out, alpha, max_value, threshold):
    dy_ = hoist(dy)
    x_ = hoist(x)
    T = type(at(dy_, 0))
    alpha = T(alpha)
    max_value = T(max_value)
    threshold = T(threshold)
    for i in prange(out.shape[0]):
        out[i] = relu_grad_scalar(at(dy_, i), at(x_, i), alpha, max_value, threshold)


def relu_grad_2d(dy, x, out, alpha, max_value, threshold):
    T = dy.dtype.type
    alpha = T(alpha)
    max_value = T(max_value)
    threshold = T(threshold)
    # Two copies of one loop: under the stride test LLVM knows the inner
    # stride is one element and vectorises (5x on a column slice of a matrix).
    if unit_rows(dy) and unit_rows(x):
        for i in range(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = relu_grad_scalar(dy[i, j], x[i, j], alpha, max_value, threshold)
    else:
        for i in range(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = relu_grad_scalar(dy[i, j], x[i, j], alpha, max_value, threshold)


def relu_grad_2d_parallel(dy, x, out, alpha, max_value, threshold):
    T = dy.dtype.type
    alpha = T(alpha)
    max_value = T(max_value)
    threshold = T(threshold)
    # Two copies of one loop: under the stride test LLVM knows the inner
    # stride is one element and vectorises (5x on a column slice of a matrix).
    if unit_rows(dy) and unit_rows(x):
        for i in prange(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = relu_grad_scalar(dy[i, j], x[i, j], alpha, max_value, threshold)
    else:
        for i in prange(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = relu_grad_scalar(dy[i, j], x[i, j], alpha, max_value, threshold)
