"""The cached environment the Keras 2 integration suite runs in.

Keras 2.3.1 and its pure-Python companions are installed with `pip install
--target` into build/keras2-site, beside (not into) the project's .venv: the
client processes run the .venv's Python with that directory on PYTHONPATH,
so keras_numba, NumPy and Numba are the ones under test. A stamp file records
what was installed; the directory is reused until the requirements change.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "build" / "keras2-site"
REQUIREMENTS = ("keras==2.3.1", "keras-applications==1.0.8", "keras-preprocessing==1.1.2", "six", "h5py", "scipy")
_STAMP = SITE / ".requirements"


class Unavailable(Exception):
    """The environment cannot be built here (no package registry); the suite skips."""


def ensure() -> Path:
    """The site directory, installing the requirements first when they changed."""
    wanted = "\n".join(REQUIREMENTS) + "\n"
    if _STAMP.exists() and _STAMP.read_text() == wanted and (SITE / "keras" / "__init__.py").exists():
        return SITE
    # --no-deps: Keras 2.3.1's declared dependencies are these plus numpy and pyyaml, which the .venv has.
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps", "--upgrade", "--target", str(SITE), *REQUIREMENTS]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        raise Unavailable("installing Keras 2.3.1 timed out (is the package registry reachable?)") from None
    if done.returncode != 0:
        raise Unavailable(f"could not install {' '.join(REQUIREMENTS)} (is the package registry reachable?):\n{done.stderr.strip()[-2000:]}")
    _STAMP.write_text(wanted)
    return SITE


def client_env(site: Path, keras_home: Path) -> dict[str, str]:
    """Environment variables for a process that imports Keras 2.3.1 on keras_numba."""
    env = dict(os.environ)
    env["KERAS_BACKEND"] = "keras_numba.keras2"
    env["KERAS_HOME"] = str(keras_home)  # a fresh keras.json, whatever the user's says
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTHONWARNINGS"] = "ignore"
    return env


if __name__ == "__main__":  # `python -m tests.keras2.environment`: build it ahead of time
    print(ensure())
