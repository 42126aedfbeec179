# @generated from spec/ops/pow.yaml by codegen/templates/kernel.py.j2 — do not edit
"""Elementwise kernels of keras_numba.pow.

`pow_scalar` is the spec's scalar body; the loops apply it over flat
C-contiguous arrays (`_1d`) or any-stride 2-D views (`_2d`), serially or with
`prange`. keras_numba._runtime.kernels compiles each loop lazily, per dtype,
with an explicit signature; float parameters are typed to the compute dtype
so float32 maths never promotes to float64.
"""

from numba import njit, prange
from keras_numba._runtime.scalar import at, hoist


@njit(error_model="numpy", fastmath={'contract'})
def pow_scalar(x, a):
    return x ** a


def pow_1d(x, a, out):
    x_ = hoist(x)
    a_ = hoist(a)
    for i in range(out.shape[0]):
        out[i] = pow_scalar(at(x_, i), at(a_, i))


def pow_1d_parallel(x, a, out):
    x_ = hoist(x)
    a_ = hoist(a)
    for i in prange(out.shape[0]):
        out[i] = pow_scalar(at(x_, i), at(a_, i))


def pow_2d(x, a, out):
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = pow_scalar(x[i, j], a[i, j])


def pow_2d_parallel(x, a, out):
    for i in prange(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = pow_scalar(x[i, j], a[i, j])
