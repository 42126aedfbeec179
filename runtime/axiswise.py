"""The driver that runs generated reduction kernels over any axes.

A reduction over `axis` lays its input out in one of two ways, without a copy
when the input is C-contiguous and the reduced axes are adjacent:

- reduced axes last: (outer, reduced) -> the `_rows` loop (eight accumulators
  per row, rows in parallel), or the `_split` loop for one long row (chunks of
  it in parallel);
- otherwise: (outer, reduced, inner) -> the `_cols` loop (the contiguous inner
  axis accumulated in blocks, blocks in parallel).

Non-adjacent reduced axes are moved last with one transposing copy.
"""

from __future__ import annotations

import importlib
import math
from typing import Any, Callable

import numpy as np

from . import checks, config, kernels
from .dtypes import FLOAT16, FLOAT32

_BOOL = np.dtype(bool)
SPLIT_MIN = 1 << 18  # a single reduced row this long is split across threads


class ReductionKernels:
    """The `_rows`/`_cols` loops of one reduction kernel module, compiled on demand."""

    __slots__ = ("module_name", "op", "parallel_threshold", "fastmath", "_module", "_compiled")

    def __init__(self, module_name: str, op: str, parallel_threshold: int, fastmath: tuple[str, ...] = ()) -> None:
        self.module_name = module_name
        self.op = op
        self.parallel_threshold = parallel_threshold
        self.fastmath = frozenset(fastmath)  # also for the loops' own arithmetic (the centring pass)
        self._module: Any = None
        self._compiled: dict[tuple[str, Any, Any, bool, bool], Callable[..., Any]] = {}

    def get(self, loop: str, compute: np.dtype, out: np.dtype, parallel: bool, readonly: bool) -> Callable[..., Any]:
        key = (loop, compute, out, parallel, readonly)
        fn = self._compiled.get(key)
        if fn is None:
            fn = self._compile(key)
        return fn

    def _compile(self, key: tuple[str, Any, Any, bool, bool]) -> Callable[..., Any]:
        loop, compute, out, parallel, readonly = key
        with kernels._lock:
            if key in self._compiled:
                return self._compiled[key]
            numba = kernels._numba()
            if self._module is None:
                self._module = importlib.import_module(self.module_name)
            py_func = getattr(self._module, f"{self.op}_{loop}" + ("_parallel" if parallel else ""))
            types = numba.types
            ndim = {"split": 1, "rows": 2}.get(loop, 3)
            sig = types.void(
                types.Array(numba.from_dtype(compute), ndim, "C", readonly=readonly),
                types.Array(numba.from_dtype(out), max(ndim - 1, 1), "C"),
            )
            dispatcher = kernels.jit(py_func, sig, parallel=parallel, fastmath=self.fastmath)
            self._compiled[key] = dispatcher
            return dispatcher


def _input_dtype(x: np.ndarray, input_cast: dict[str, str]) -> np.dtype:
    target = input_cast.get(x.dtype.name, input_cast.get("*"))
    if target is None:
        return x.dtype
    return np.dtype(config.floatx() if target == "floatx" else target)


def reduce(
    fn: str,
    ks: ReductionKernels,
    x: np.ndarray,
    axis: int | tuple[int, ...] | None,
    keepdims: bool,
    out_dtype: np.dtype | None,
    input_cast: dict[str, str],
) -> np.ndarray:
    """Reduce `x` over `axis` with op `fn`'s fold; NumPy-style result shape.

    `out_dtype` None means the input's dtype after `input_cast`.
    """
    dtype = _input_dtype(x, input_cast)
    if dtype != x.dtype:
        x = x != 0 if dtype == _BOOL else x.astype(dtype)
    target = out_dtype if out_dtype is not None else x.dtype
    if x.dtype == FLOAT16:  # no float16 arithmetic in Numba: fold in float32, round once
        x = x.astype(FLOAT32)
    compute = x.dtype
    out_kind = _BOOL if target == _BOOL else compute
    final = target if target != out_kind else None

    ndim = x.ndim
    axes = checks.normalize_axes(fn, "axis", axis, ndim)
    kept = [d for d in range(ndim) if d not in axes]
    shape = x.shape
    result_shape = tuple(1 if d in axes else shape[d] for d in range(ndim)) if keepdims else tuple(shape[d] for d in kept)

    if not axes:  # nothing to reduce (0-d input, or an empty axis list): fold each element alone
        outer, reduced, inner = x.size, 1, 1
    elif list(axes) == list(range(axes[0], axes[-1] + 1)):  # adjacent axes: a reshape
        x = np.ascontiguousarray(x)
        outer = math.prod(shape[: axes[0]])
        reduced = math.prod(shape[axes[0] : axes[-1] + 1])
        inner = math.prod(shape[axes[-1] + 1 :])
    else:  # move the reduced axes last (one copy)
        x = np.ascontiguousarray(x.transpose(kept + list(axes)))
        outer = math.prod(shape[d] for d in kept)
        reduced = math.prod(shape[d] for d in axes)
        inner = 1

    total = outer * reduced * inner
    parallel = total >= ks.parallel_threshold and kernels.parallel_available()
    readonly = not x.flags.writeable
    if inner == 1 and outer == 1 and reduced >= SPLIT_MIN and parallel:
        # one long row (e.g. every axis reduced): split it across threads
        out = np.empty(1, out_kind)
        ks.get("split", compute, out_kind, True, readonly)(x.reshape(reduced), out)
    elif inner == 1:
        out = np.empty(outer, out_kind)
        if outer:
            ks.get("rows", compute, out_kind, parallel, readonly)(x.reshape(outer, reduced), out)
    else:
        out = np.empty((outer, inner), out_kind)
        if outer and inner:
            ks.get("cols", compute, out_kind, parallel, readonly)(x.reshape(outer, reduced, inner), out)
    out = out.reshape(result_shape)
    if final is not None and out.dtype != final:
        with np.errstate(over="ignore", invalid="ignore"):
            out = out.astype(final)
    return out
