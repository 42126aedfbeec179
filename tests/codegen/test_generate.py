"""Generation is deterministic, minimal, self-cleaning, and staleness is detected."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from codegen.generate import check, render_all, write
from codegen.loader import load_spec
from tests.codegen.conftest import GOOD_OP, ROOT


def digest(tree: Path) -> dict[str, str]:
    return {
        str(p.relative_to(tree)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(tree.rglob("*"))
        if p.is_file()
    }


def generate(root: Path, seed: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run([sys.executable, "-m", "codegen", "--root", str(root)], cwd=ROOT, env=env, check=True, capture_output=True)
    return digest(root / "generated")


def test_two_runs_are_byte_identical_whatever_the_hash_seed(project, tmp_path):
    root = project(good=GOOD_OP, other=GOOD_OP.replace("good", "other"))
    first = generate(root, "1")
    (root / "generated").rename(tmp_path / "first")
    second = generate(root, "12345")
    assert first == second


def test_the_real_spec_renders_identically_twice():
    spec = load_spec(ROOT)
    assert render_all(spec, ROOT) == render_all(load_spec(ROOT), ROOT)


def test_writes_only_changed_files_and_removes_deleted_entries(project):
    root = project(good=GOOD_OP, other=GOOD_OP.replace("good", "other"))
    gen = root / "generated"
    written, removed = write(render_all(load_spec(root), root), gen)
    assert "keras_numba/kernels/other.py" in written and not removed
    written, removed = write(render_all(load_spec(root), root), gen)
    assert written == [] and removed == []
    (root / "spec" / "ops" / "other.yaml").unlink()
    written, removed = write(render_all(load_spec(root), root), gen)
    assert set(removed) == {"keras_numba/kernels/other.py", "tests/test_other.py", "docs/api/other.md"}
    assert not (gen / "tests" / "test_other.py").exists()
    assert "other" not in (gen / "keras_numba" / "__init__.py").read_text()


def test_check_reports_hand_edits_and_stray_files(project):
    root = project(good=GOOD_OP)
    gen = root / "generated"
    files = render_all(load_spec(root), root)
    write(files, gen)
    assert check(files, gen) == []
    kernel = gen / "keras_numba" / "kernels" / "good.py"
    kernel.write_text(kernel.read_text().replace("x * alpha", "x * alpha * 2"))
    (gen / "keras_numba" / "stray.py").write_text("x = 1\n")
    diffs = "".join(check(files, gen))
    assert "-        return x * alpha * 2" in diffs or "x * alpha * 2" in diffs
    assert "generated/keras_numba/stray.py: not produced by the spec" in diffs
    result = subprocess.run([sys.executable, "-m", "codegen", "--check", "--root", str(root)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1 and "stale" in result.stderr


def test_every_generated_file_names_its_source_and_template():
    files = render_all(load_spec(ROOT), ROOT)
    for rel, text in files.items():
        if rel.endswith((".py", ".pyi", ".md")):
            head = text.splitlines()[0]
            assert "@generated" in head and "do not edit" in head, rel
            if rel.startswith("keras_numba/kernels/") and not rel.endswith("__init__.py"):
                assert f"spec/ops/{Path(rel).stem}.yaml" in head and "codegen/templates/" in head


def test_the_checked_in_generated_tree_is_current():
    diffs = check(render_all(load_spec(ROOT), ROOT), ROOT / "generated")
    assert diffs == [], "".join(diffs)[:2000]
