"""Process memory settings: keep freed array blocks in glibc's heap for reuse.

A training step allocates and frees the same few hundred arrays every batch. With
glibc's defaults, blocks above the (dynamic) mmap threshold are mapped fresh and
unmapped on free, and free space at the top of the heap beyond 128 KB is returned to
the system; either way the next batch touches brand-new pages, one page fault per
4 KB. On the reference machine (a 2-core VM) a fault costs ~2-3 us: the Keras LSTM
benchmark took ~2,200 faults (4-5 ms of system time) per 13-17 ms batch, and an eager
`conv2d` of the CNN layer's shape ~2,000 (6.6 ms against 1.2 ms of work).

`keep_freed_blocks()` raises both thresholds so that blocks up to 32 MB come from the
heap and up to 256 MB of free heap stays mapped: the LSTM's faults dropped to ~50 per
batch (17.3 -> 13.0 ms per batch). The price is that a process keeps up to that much
freed memory instead of handing it back, as TensorFlow's and PyTorch's caching
allocators also do. It runs once, when keras_numba's runtime is imported, only on
glibc, and never when ``KERAS_NUMBA_MALLOC=system`` is set.
"""

from __future__ import annotations

import ctypes
import os
import sys

#: mallopt parameters (glibc's malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3

#: Blocks below this come from the heap (glibc's largest allowed value on 64-bit systems).
MMAP_THRESHOLD = 32 << 20
#: Free space at the top of the heap kept mapped before it is returned to the system.
TRIM_THRESHOLD = 256 << 20

_state: dict[str, bool | None] = {"applied": None}


def keep_freed_blocks() -> bool:
    """Apply the settings above once; True when they are in effect."""
    if _state["applied"] is None:
        _state["applied"] = _apply()
    return bool(_state["applied"])


def _apply() -> bool:
    if os.environ.get("KERAS_NUMBA_MALLOC", "").lower() == "system":
        return False
    if not sys.platform.startswith("linux"):
        return False
    try:
        process = ctypes.CDLL(None)  # the symbols already loaded: the C library's among them
        process.gnu_get_libc_version  # noqa: B018  (glibc only; other C libraries tune differently)
        mallopt = process.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    # the mmap threshold first: setting it fixes both thresholds (no more dynamic adjustment)
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))
