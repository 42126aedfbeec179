"""The thread count of NumPy's own OpenBLAS, read and set from inside the process.

Why: after each call OpenBLAS's worker threads spin, waiting for the next
one. A training step alternates BLAS products with Numba's parallel kernels,
whose TBB workers then compete with those spinning threads on the same cores.
On the 2-core reference machine that turned a Keras CNN epoch from 1.3 s into
8-15 s. `limited(1)` runs a block with one BLAS thread and restores the count.

Only NumPy's bundled OpenBLAS (the wheels' `numpy.libs/libscipy_openblas*`)
is found; with any other BLAS these functions do nothing and say so by
returning None / False.
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import os
from typing import Any, Iterator

_SYMBOLS = (  # (get, set) names, in the spellings NumPy's builds have used
    ("scipy_openblas_get_num_threads64_", "scipy_openblas_set_num_threads64_"),
    ("scipy_openblas_get_num_threads", "scipy_openblas_set_num_threads"),
    ("openblas_get_num_threads64_", "openblas_set_num_threads64_"),
    ("openblas_get_num_threads", "openblas_set_num_threads"),
)
_state: dict[str, Any] = {"looked": False, "get": None, "set": None}


def _find() -> None:
    _state["looked"] = True
    import numpy

    base = os.path.dirname(os.path.dirname(numpy.__file__))
    candidates = glob.glob(os.path.join(base, "numpy.libs", "*openblas*")) + glob.glob(os.path.join(os.path.dirname(numpy.__file__), ".dylibs", "*openblas*"))
    for path in candidates:
        try:
            lib = ctypes.CDLL(path)  # already loaded by NumPy: this returns the same handle
        except OSError:
            continue
        for get_name, set_name in _SYMBOLS:
            if hasattr(lib, get_name) and hasattr(lib, set_name):
                getter, setter = getattr(lib, get_name), getattr(lib, set_name)
                getter.restype, getter.argtypes = ctypes.c_int, []
                setter.restype, setter.argtypes = None, [ctypes.c_int]
                _state["get"], _state["set"] = getter, setter
                return


def threads() -> int | None:
    """NumPy's OpenBLAS thread count, or None when it cannot be found."""
    if not _state["looked"]:
        _find()
    return int(_state["get"]()) if _state["get"] is not None else None


def set_threads(n: int) -> bool:
    """Set NumPy's OpenBLAS thread count; False when it cannot be found."""
    if not _state["looked"]:
        _find()
    if _state["set"] is None:
        return False
    _state["set"](int(n))
    return True


@contextlib.contextmanager
def limited(n: int) -> Iterator[None]:
    """Run the block with at most `n` BLAS threads, then restore the previous count."""
    before = threads()
    if before is None or before <= n:
        yield
        return
    set_threads(n)
    try:
        yield
    finally:
        set_threads(before)
