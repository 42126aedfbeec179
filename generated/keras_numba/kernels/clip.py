# @generated from spec/ops/clip.yaml by codegen/templates/kernel.py.j2 — do not edit
"""Elementwise kernels of keras_numba.clip.

`clip_scalar` is the spec's scalar body; the loops apply it over flat
C-contiguous arrays (`_1d`) or any-stride 2-D views (`_2d`), serially or with
`prange`. keras_numba._runtime.kernels compiles each loop lazily, per dtype,
with an explicit signature; float parameters are typed to the compute dtype
so float32 maths never promotes to float64.
"""

from numba import njit, prange
from keras_numba._runtime.scalar import at, hoist, unit_rows


@njit(error_model="numpy", fastmath={'contract'}, forceinline=True)  # inlined so the loops vectorise
def clip_scalar(x, min_value, max_value):
    r = x
    if not (r != r or r < max_value):
        r = max_value
    if not (r != r or r > min_value):
        r = min_value
    return r


def clip_1d(x, min_value, max_value, out):
    x_ = hoist(x)
    min_value_ = hoist(min_value)
    max_value_ = hoist(max_value)
    for i in range(out.shape[0]):
        out[i] = clip_scalar(at(x_, i), at(min_value_, i), at(max_value_, i))


def clip_1d_parallel(x, min_value, max_value, out):
    x_ = hoist(x)
    min_value_ = hoist(min_value)
    max_value_ = hoist(max_value)
    for i in prange(out.shape[0]):
        out[i] = clip_scalar(at(x_, i), at(min_value_, i), at(max_value_, i))


def clip_2d(x, min_value, max_value, out):
    # Two copies of one loop: under the stride test LLVM knows the inner
    # stride is one element and vectorises (5x on a column slice of a matrix).
    if unit_rows(x) and unit_rows(min_value) and unit_rows(max_value):
        for i in range(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = clip_scalar(x[i, j], min_value[i, j], max_value[i, j])
    else:
        for i in range(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = clip_scalar(x[i, j], min_value[i, j], max_value[i, j])


def clip_2d_parallel(x, min_value, max_value, out):
    # Two copies of one loop: under the stride test LLVM knows the inner
    # stride is one element and vectorises (5x on a column slice of a matrix).
    if unit_rows(x) and unit_rows(min_value) and unit_rows(max_value):
        for i in prange(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = clip_scalar(x[i, j], min_value[i, j], max_value[i, j])
    else:
        for i in prange(out.shape[0]):
            for j in range(out.shape[1]):
                out[i, j] = clip_scalar(x[i, j], min_value[i, j], max_value[i, j])
