"""BLAS threads: single-threaded BLAS while a program runs when that measures faster, and in
that mode large products split across a small thread pool, one part per core (`split`, used by
`stacked_matmul` for Winograd's stacks and `matmul` for 2-D products).

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
    seconds: OpenBLAS's workers spin for ~0.1 s after their last threaded call
    (measured from their CPU time), and the Keras CNN's step ran 10.4-12.6 ms
    in its first 0.1 s on one thread after two-thread runs, 9.3-10.6 in the
    next 0.1 s, and 8.0-8.6 from ~0.2 s on (once only from 0.45 s on). Settling
    0.15 s, the trial kept two threads in 2 of 3 starts although one thread ran
    10% faster in blocks of batches; 0.3 s, in 1 of 3. Then at least `runs` runs and
    `measure` seconds are counted. One thread is kept when its median run is at
    least `margin` faster. A 10 ms training step decides in ~70 runs.
    """

    def __init__(self, measure: float = 0.15, settle: float = 0.4, runs: int = 5, margin: float = 0.03) -> None:
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


# --------------------------------------------------------------------------- stacks of products

#: Stacks below this many multiply-adds run as one np.matmul: handing a part to the pool's
#: thread and waiting for it costs ~20-40 us, about 1M multiply-adds of one-thread BLAS.
STACK_SPLIT_MIN = 2_000_000

_pool_state: dict[str, Any] = {"pool": None, "threads": None}


def _split_threads() -> int:
    """Inside a `single()` block: the BLAS thread count it saved (the cores to split stacks
    across); elsewhere 1: BLAS threads the products itself."""
    return int(_state["saved"] or 1) if _state["depth"] else 1  # two reads: no lock needed


def _pool(threads: int) -> Any:
    """A persistent pool of `threads - 1` threads (made on first use, for the first count asked)."""
    pool = _pool_state["pool"]
    if pool is None:
        with _lock:
            pool = _pool_state["pool"]
            if pool is None:
                from concurrent.futures import ThreadPoolExecutor

                pool = _pool_state["pool"] = ThreadPoolExecutor(threads - 1, thread_name_prefix="keras_numba-blas")
                _pool_state["threads"] = threads
    return pool


def _forget_pool() -> None:
    # a forked child has the pool object but not its threads: work submitted there would never run
    _pool_state["pool"] = None
    _pool_state["threads"] = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool)


def split(n: int, work: Callable[[int, int], Any], size: int) -> list[Any]:
    """[work(lo, hi) for contiguous parts of range(n)]: in one-thread mode one part per thread BLAS
    would use, run at once (the caller's thread takes the first), else the whole as one part.

    `size` is the multiply-adds of the whole: below STACK_SPLIT_MIN it is one part. Each part
    runs its products on one-thread BLAS; `work` must write only its own part of any output.
    Every part has finished when this returns or raises.
    """
    if size < STACK_SPLIT_MIN or n < 2:
        return [work(0, n)]
    threads = _split_threads()
    if threads < 2:
        return [work(0, n)]
    from concurrent.futures import wait

    import numpy as np

    pool = _pool(threads)
    parts = min(n, _pool_state["threads"])
    bounds = [n * k // parts for k in range(parts + 1)]
    errors = np.geterr()  # NumPy's error state is per thread: the parts run under the caller's

    def run(lo: int, hi: int) -> Any:
        with np.errstate(**errors):
            return work(lo, hi)

    with single():  # the pool's threads may outlive the caller's block
        futures = [pool.submit(run, lo, hi) for lo, hi in zip(bounds[1:-1], bounds[2:])]
        try:
            first = work(0, bounds[1])
        finally:
            wait(futures)
    return [first] + [f.result() for f in futures]


def stacked_matmul(a: Any, b: Any, out: Any) -> Any:
    """out[i] = a[i] @ b[i] (or a[i] @ b for a 2-D b) over a stack, split across threads (`split`).

    A Winograd convolution multiplies 16 to 64 independent (tiles, C) x (C, F) pairs; OpenBLAS
    threads each small product on its own (a wake-up and a join per product), while one
    product per thread of a split stack needs one join in all, and leaves no BLAS worker
    spinning after it to slow the Numba loops that follow (see the module's doc). Measured
    on the Keras CNN's 32->64 layer, 36 x (576, 32) x (32, 64), one-thread BLAS split in two
    against two BLAS threads: forward 0.49 vs 0.49 ms, the kernel gradient's (32, 576) x
    (576, 64) 0.54 vs 0.96 ms.
    """
    import numpy as np

    def part(lo: int, hi: int) -> None:
        np.matmul(a[lo:hi], b[lo:hi] if b.ndim == a.ndim else b, out=out[lo:hi])

    split(a.shape[0], part, a.shape[0] * a.shape[-2] * a.shape[-1] * b.shape[-1] if a.ndim == 3 else 0)
    return out


def matmul(a: Any, b: Any, out: Any = None) -> Any:
    """a @ b for 2-D operands, its rows split across threads in one-thread mode (`split`).

    A dense layer's products (64 x 1600 x 128, its two gradients) and a first layer's planar
    columns (43264 x 10 x 32) on one-thread BLAS, split in two (best of 60): 0.23 -> 0.19,
    0.23 -> 0.17, 0.34 -> 0.24 ms.
    """
    import numpy as np

    if out is None:
        out = np.empty((a.shape[0], b.shape[1]), np.result_type(a, b))

    def part(lo: int, hi: int) -> None:
        np.matmul(a[lo:hi], b, out=out[lo:hi])

    split(a.shape[0], part, a.shape[0] * a.shape[1] * b.shape[1])
    return out
