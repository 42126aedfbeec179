"""Single-threaded BLAS while a program runs, when that measures faster.

NumPy's OpenBLAS keeps its worker threads spinning (sched_yield) for about
0.1 s after each multi-threaded call. A training step alternates BLAS
products with Numba `prange` loops, and on a 2-core machine a loop started
while the worker spins gets about one core (measured: a Winograd transform
0.35 ms after a BLAS call, 0.18 ms back to back). A Keras 2 CNN epoch ran
~9% faster with BLAS on one thread (in-process A/B, alternating epochs:
419-431 vs 458-475 ms); an LSTM epoch, whose work is mostly BLAS, did not.
So `Program` measures each program both ways over its first runs after
fusion (`Trial`) and keeps the faster.

The thread count is process-wide (OpenBLAS's pthreads build has no
per-thread setting: `openblas_set_num_threads_local` sets the global count),
so `single()` nests across threads: the first to enter sets one thread, the
last to leave restores the count it found. Only NumPy's bundled OpenBLAS
(`scipy_openblas`) is controlled; with any other BLAS, or with
``KERAS_NUMBA_BLAS_THREADS=keep``, nothing changes.
"""

from __future__ import annotations

import ctypes
import glob
import os
import statistics
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator

_lock = threading.Lock()
_state: dict[str, Any] = {"functions": None, "depth": 0, "saved": None}


def _functions() -> tuple[Callable[[int], Any], Callable[[], int]] | None:
    """(set, get) of NumPy's OpenBLAS thread count, or None when it cannot be controlled."""
    found = _state["functions"]
    if found is None:
        found = _state["functions"] = _find() or False
    return found or None


def _find() -> tuple[Callable[[int], Any], Callable[[], int]] | None:
    if os.environ.get("KERAS_NUMBA_BLAS_THREADS", "auto") == "keep":
        return None
    import numpy as np

    libs = os.path.join(os.path.dirname(os.path.dirname(np.__file__)), "numpy.libs")
    for path in sorted(glob.glob(os.path.join(libs, "libscipy_openblas*.so*"))):
        try:
            lib = ctypes.CDLL(path)  # already loaded by NumPy: the same handle
        except OSError:
            continue
        for suffix in ("64_", "_64_", ""):
            setter = getattr(lib, f"scipy_openblas_set_num_threads{suffix}", None)
            getter = getattr(lib, f"scipy_openblas_get_num_threads{suffix}", None)
            if setter is not None and getter is not None:
                setter.argtypes, setter.restype = [ctypes.c_int], None
                getter.argtypes, getter.restype = [], ctypes.c_int
                return setter, getter
    return None


def available() -> bool:
    """Whether BLAS threads can be controlled and there is more than one to give up."""
    functions = _functions()
    return functions is not None and functions[1]() > 1


@contextmanager
def single() -> Iterator[None]:
    """BLAS on one thread inside the block (nesting, also across threads)."""
    functions = _functions()
    if functions is None:
        yield
        return
    setter, getter = functions
    with _lock:
        if _state["depth"] == 0:
            _state["saved"] = getter()
            setter(1)
        _state["depth"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["depth"] -= 1
            if _state["depth"] == 0:
                setter(_state["saved"])


class Trial:
    """Which way a program runs faster: timed runs on the default threads, then on one.

    Each phase first settles: its first run is not counted (the first runs after
    fusion compile the fused loops), nor, on one thread, its first `settle`
    seconds (OpenBLAS's workers spin for ~0.1 s after their last threaded call,
    measured from their CPU time). Then at least `runs` runs and `measure`
    seconds are counted. One thread is kept when its median run is at least
    `margin` faster. A 10 ms training step decides in ~50 runs.
    """

    def __init__(self, measure: float = 0.15, settle: float = 0.15, runs: int = 5, margin: float = 0.03) -> None:
        self.measure, self.settle, self.runs, self.margin = measure, settle, runs, margin
        self.times: dict[bool, list[float]] = {False: [], True: []}
        self.settling = 0.0  # seconds run on one thread before counting
        self.started = {False: False, True: False}
        self.decision: bool | None = None  # True: one BLAS thread

    def _done(self, single: bool) -> bool:
        times = self.times[single]
        return len(times) >= self.runs and sum(times) >= self.measure

    def next_single(self) -> bool:
        """Whether the next run uses one BLAS thread."""
        if self.decision is not None:
            return self.decision
        return self._done(False)

    def record(self, single: bool, seconds: float) -> None:
        if self.decision is not None:
            return
        if not self.started[single]:
            self.started[single] = True  # the phase's first run
        elif single and self.settling < self.settle:
            self.settling += seconds
        else:
            self.times[single].append(seconds)
        if single and self._done(True):
            one, default = statistics.median(self.times[True]), statistics.median(self.times[False])
            self.decision = one < (1 - self.margin) * default
