"""`pip install .` (not only `-e .`) gives a working package, kernels included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_regular_install_imports_and_runs_kernels(tmp_path):
    target = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--target", str(target), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr
    code = (
        "import numpy as np, keras_numba as K\n"
        "assert 'site' in K.__file__, K.__file__\n"
        "print(K.elu(np.array([-1.0, 2.0])).round(4).tolist(), K.sum(np.ones((2, 3)), axis=0).tolist())\n"
    )
    env = dict(os.environ, PYTHONPATH=str(target), KERAS_NUMBA_CACHE_DIR=str(tmp_path / "cache"))
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[-0.6321, 2.0] [2.0, 2.0, 2.0]"
    assert (target / "keras_numba" / "py.typed").exists() and (target / "keras_numba" / "__init__.pyi").exists()
