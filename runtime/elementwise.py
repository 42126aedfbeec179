"""The driver that runs a generated elementwise kernel over inputs of any layout.

Each elementwise op has two loops. ``1d`` walks flat contiguous views and
takes single-element inputs (Python numbers, 0-d arrays) as scalars, so
``K.maximum(x, 0.0)`` is one vectorised pass with no broadcast copy.
``2d`` takes any-stride 2-D views: general broadcasting is expressed by
stride-0 views of the inputs, collapsed to (rows, last dim). float16 computes
in float32 and rounds once back to float16 (Numba has no float16 arithmetic).

This is the per-call hot path: it avoids NumPy helpers that cost microseconds
(`broadcast_shapes`, `broadcast_to`) unless shapes really differ.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from .dtypes import FLOAT16, FLOAT32
from .kernels import KernelSet

#: Wrappers whose graph nodes `fusion` may run inside one fused loop: the
#: wrapper -> (its kernels, the dtypes its arguments may have). Generated
#: modules register the ops whose spec entry is a same-dtype map (codegen
#: `views.fusable`).
FUSABLE: dict[Callable[..., Any], tuple[KernelSet, frozenset[np.dtype]]] = {}


def register_fusable(wrapper: Callable[..., Any], kernels: KernelSet, dtypes: frozenset[np.dtype]) -> None:
    FUSABLE[wrapper] = (kernels, dtypes)


_ARRAY_INPUT = (False,)
_TWO_ARRAYS = (False, False)
_SECOND_SCALAR = (False, True)
_FIRST_SCALAR = (True, False)


def _broadcast_shape(fn: str, names: tuple[str, ...], arrays: list[np.ndarray]) -> tuple[int, ...]:
    try:
        return np.broadcast_shapes(*(a.shape for a in arrays))
    except ValueError:
        shapes = " and ".join(f"{n}{a.shape}" for n, a in zip(names, arrays))
        raise ValueError(f"keras_numba.{fn}: shapes do not broadcast: {shapes}") from None


def _flat_plan(arrays: list[np.ndarray]) -> tuple[tuple[int, ...], str] | None:
    """(output shape, memory order) when the 1d loop applies, else None.

    It applies when every input with more than one element has the same shape
    and is contiguous (C, or F for a lone input), and no
    single-element input has more dimensions than that shape.
    """
    shape: tuple[int, ...] | None = None
    order = "C"
    for a in arrays:
        if a.size == 1:
            continue
        if shape is None:
            shape = a.shape
            if not a.flags.c_contiguous:
                if len(arrays) == 1 and a.flags.f_contiguous:
                    order = "F"
                else:
                    return None
        elif a.shape != shape or not a.flags.c_contiguous:
            return None
    if shape is None:  # every input is a single element
        shape = max((a.shape for a in arrays), key=len)
    for a in arrays:
        if a.size == 1 and a.ndim > len(shape):
            return None
    return shape, order


def run(
    fn: str,
    names: tuple[str, ...],
    kernels: KernelSet,
    arrays: list[np.ndarray],
    scalars: tuple,
    compute: np.dtype,
    out_dtype: np.dtype,
) -> np.ndarray:
    """Apply op `fn`'s kernel elementwise; returns a new array of `out_dtype`."""
    if len(arrays) == 1 and compute is not FLOAT16:  # the common unary case, kept short
        a = arrays[0]
        if a.flags.c_contiguous:
            out = np.empty(a.shape, out_dtype)
            n = out.size
            if n:
                parallel = n >= kernels.parallel_threshold and kernels.use_parallel(n)
                key = ("1d", compute, out_dtype, parallel, _ARRAY_INPUT)
                loop = kernels._compiled.get(key) or kernels.get(*key)
                if a.ndim == 1:
                    loop(a, out, *scalars)
                else:
                    loop(a.reshape(-1), out.reshape(-1), *scalars)
            return out
    if len(arrays) == 2 and compute is not FLOAT16:  # the common binary cases, kept short
        a, b = arrays
        if a.flags.c_contiguous and b.flags.c_contiguous:
            shape = None
            if a.shape == b.shape:
                shape, mask = a.shape, _TWO_ARRAYS
                args = (a, b) if a.ndim == 1 else (a.reshape(-1), b.reshape(-1))
            elif b.size == 1 and a.size > 1 and b.ndim <= a.ndim:
                shape, mask, args = a.shape, _SECOND_SCALAR, (a.reshape(-1), b.reshape(()))
            elif a.size == 1 and b.size > 1 and a.ndim <= b.ndim:
                shape, mask, args = b.shape, _FIRST_SCALAR, (a.reshape(()), b.reshape(-1))
            if shape is not None:
                out = np.empty(shape, out_dtype)
                n = out.size
                if n:
                    parallel = n >= kernels.parallel_threshold and kernels.use_parallel(n)
                    loop = kernels._compiled.get(("1d", compute, out_dtype, parallel, mask)) or kernels.get("1d", compute, out_dtype, parallel, mask)
                    loop(*args, out if out.ndim == 1 else out.reshape(-1), *scalars)
                return out
    final = None
    if compute is FLOAT16:
        arrays = [a.astype(FLOAT32) for a in arrays]
        compute = FLOAT32
        if out_dtype == FLOAT16:
            final, out_dtype = out_dtype, FLOAT32

    plan = _flat_plan(arrays)
    if plan is not None:
        shape, order = plan
        out = np.empty(shape, out_dtype) if order == "C" else np.empty(shape, out_dtype, order="F")
        n = out.size
        if n:
            if n == 1:
                mask = (False,) * len(arrays)
                args = [a.reshape(-1) for a in arrays]
            else:
                mask = tuple([a.size == 1 for a in arrays])
                args = [a.reshape(()) if a.size == 1 else (a.reshape(-1) if order == "C" else a.ravel("F")) for a in arrays]
            parallel = kernels.use_parallel(n)
            flat_out = out.reshape(-1) if order == "C" else out.ravel("F")
            kernels.get("1d", compute, out_dtype, parallel, mask)(*args, flat_out, *scalars)
    elif arrays[0].ndim == 2 and all(a.shape == arrays[0].shape for a in arrays):
        # same-shape 2-D views (column slices of a matrix): no broadcasting to set up
        out = np.empty(arrays[0].shape, out_dtype)
        if out.size:
            kernels.get("2d", compute, out_dtype, kernels.use_parallel(out.size), ())(*arrays, out, *scalars)
    else:
        shape = _broadcast_shape(fn, names, arrays)
        out = np.empty(shape, out_dtype)
        n = out.size
        if n:
            cols = shape[-1] if shape else 1
            views = [np.broadcast_to(a, shape).reshape(n // cols, cols) for a in arrays]
            loop = kernels.get("2d", compute, out_dtype, kernels.use_parallel(n), ())
            loop(*views, out.reshape(n // cols, cols), *scalars)
    if final is not None:
        with np.errstate(over="ignore"):  # float32 results beyond float16's range become inf
            return out.astype(final)
    return out
