"""A scratch project (spec tables + templates + chosen op files) per test."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parents[2]

GOOD_OP = """\
name: good
category: math
signature: "good(x: Tensor[T], alpha: float = 1.0) -> Tensor[T]"
dtypes: {T: floating}
summary: A valid entry.
args:
  x: Input.
  alpha: Scale.
returns: A tensor.
reference: "x * alpha"
shape: x
kernel:
  strategy: elementwise
  fastmath: [reassoc, contract, nsz]
  body: |
    return x * alpha
derivatives:
  x: "grad * alpha"
examples: |
  >>> K.good(np.array([1.0]))
  array([1.])
"""


@pytest.fixture
def project(tmp_path: Path) -> Callable[..., Path]:
    """Make a project root holding the real tables and templates and the given ops."""

    def make(**ops: str) -> Path:
        (tmp_path / "spec" / "ops").mkdir(parents=True, exist_ok=True)
        for table in ("dtypes.yaml", "categories.yaml"):
            shutil.copy(ROOT / "spec" / table, tmp_path / "spec" / table)
        if not (tmp_path / "codegen" / "templates").exists():
            shutil.copytree(ROOT / "codegen" / "templates", tmp_path / "codegen" / "templates")
        for name, text in ops.items():
            (tmp_path / "spec" / "ops" / f"{name}.yaml").write_text(textwrap.dedent(text))
        return tmp_path

    return make
