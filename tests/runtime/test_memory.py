"""runtime/memory.py: glibc keeps freed array blocks mapped, so a loop's arrays reuse warm pages."""

from __future__ import annotations

import os
import resource
import subprocess
import sys

import numpy as np
import pytest

import keras_numba  # noqa: F401  (applies the settings on import)
from keras_numba._runtime import memory

GLIBC = sys.platform.startswith("linux") and hasattr(os, "confstr") and "glibc" in (os.confstr("CS_GNU_LIBC_VERSION") or "")


@pytest.mark.skipif(not GLIBC, reason="the settings apply to glibc's malloc only")
def test_applied_on_import_and_idempotent():
    assert memory.keep_freed_blocks() is True
    assert memory.keep_freed_blocks() is True


@pytest.mark.skipif(not GLIBC, reason="the settings apply to glibc's malloc only")
def test_freed_blocks_are_reused_without_page_faults():
    """A batch loop's pattern: the same multi-megabyte arrays allocated, written and freed again."""
    def cycle() -> None:
        a = np.empty(3 << 20, np.uint8)  # 3 MB: above glibc's default mmap threshold
        a.fill(1)
        b = np.empty(5 << 20, np.uint8)
        b.fill(2)
        del a, b

    cycle()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(10):
        cycle()
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
    assert faults < 200, f"{faults} page faults for 10 cycles (each fresh 8 MB would be ~2,000)"


@pytest.mark.skipif(not GLIBC, reason="the settings apply to glibc's malloc only")
def test_opt_out_keeps_the_system_settings():
    code = "import keras_numba; from keras_numba._runtime import memory; print(memory.keep_freed_blocks())"
    env = dict(os.environ, KERAS_NUMBA_MALLOC="system")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
