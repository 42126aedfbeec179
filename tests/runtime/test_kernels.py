"""Lazy compilation, the kernel cache, and the TBB threading layer."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np

import keras_numba as K
from keras_numba._runtime import kernels


def run_python(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.pop("KERAS_NUMBA_CACHE_DIR", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=full_env, capture_output=True, text=True, timeout=300)


def test_import_compiles_nothing_and_does_not_import_numba_or_codegen_tools():
    result = run_python(
        """
        import sys, keras_numba
        bad = [m for m in ("numba", "jinja2", "yaml", "pytest", "hypothesis") if m in sys.modules]
        print(bad)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_kernels_work_when_no_cache_directory_is_writable(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")  # a file cannot hold a cache directory, even for root
    env = {"KERAS_NUMBA_CACHE_DIR": str(blocker / "cache")}
    result = run_python(
        """
        import numpy as np, keras_numba as K
        from keras_numba._runtime import kernels
        print(kernels.cache_dir(), K.maximum(np.arange(4.0), 2.0).tolist())
        """,
        env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "None"
    assert "[2.0, 2.0, 2.0, 3.0]" in result.stdout


def test_second_process_loads_the_cached_kernel(tmp_path):
    env = {"KERAS_NUMBA_CACHE_DIR": str(tmp_path)}
    code = """
        import time, numpy as np, keras_numba as K
        x = np.arange(8.0)
        K.maximum(x, x)  # imports numba
        start = time.perf_counter(); K.greater(x, 3.0); print(time.perf_counter() - start)
    """
    first = run_python(code, env)
    assert first.returncode == 0, first.stderr
    index_files = list(tmp_path.rglob("*.nbi"))
    assert index_files, "nothing was cached"
    second = run_python(code, env)
    assert second.returncode == 0, second.stderr
    assert float(second.stdout) < float(first.stdout)  # loaded, not compiled


def test_cache_is_keyed_on_the_runtime_helpers(tmp_path, monkeypatch):
    """Editing numerics.py or scalar.py changes the stamp, so no stale kernel is served."""
    before = kernels._helpers_hash()
    fake_runtime = tmp_path / "runtime"
    fake_runtime.mkdir()
    for name in kernels._HELPER_FILES:
        source = kernels._RUNTIME_DIR / name
        (fake_runtime / name).write_bytes(source.read_bytes() if source.exists() else b"")
    monkeypatch.setattr(kernels, "_RUNTIME_DIR", fake_runtime)
    assert kernels._helpers_hash() == before
    (fake_runtime / "scalar.py").write_bytes((fake_runtime / "scalar.py").read_bytes() + b"\n# changed\n")
    assert kernels._helpers_hash() != before


def test_cache_path_contains_the_helper_hash(tmp_path):
    result = run_python(
        """
        import numpy as np, keras_numba as K
        from keras_numba._runtime import kernels
        K.maximum(np.arange(3.0), 1.0)
        print(kernels._helpers_hash())
        """,
        {"KERAS_NUMBA_CACHE_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    helper_hash = result.stdout.strip()
    assert [p.name for p in tmp_path.iterdir()] == [helper_hash]


def test_eight_threads_calling_parallel_kernels_concurrently():
    """TBB: concurrent callers of parallel kernels neither abort nor corrupt results."""
    result = run_python(
        """
        import threading, numpy as np, keras_numba as K
        from keras_numba._runtime import kernels
        assert kernels.parallel_available()
        rng = np.random.default_rng(0)
        inputs = [rng.standard_normal(300_000).astype(np.float32) for _ in range(8)]
        expected = [K.elu(x[:1000]) for x in inputs]  # serial below elu's parallel threshold
        errors = []
        def work(i):
            try:
                for _ in range(20):
                    out = K.elu(inputs[i])  # parallel: above the threshold
                    if not np.array_equal(out[:1000], expected[i]):
                        errors.append(i)
                    np.dot(inputs[i][:1000], inputs[i][:1000])  # BLAS in between
            except Exception as exc:
                errors.append(repr(exc))
        threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
        for t in threads: t.start()
        for t in threads: t.join()
        import numba
        print(numba.threading_layer(), errors)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "tbb []"


def test_parallel_and_serial_variants_agree():
    x = np.random.default_rng(1).standard_normal(250_000)
    assert K.elu(x).size >= K.activations._elu_kernels.parallel_threshold
    big = K.elu(x, alpha=0.3)
    small = np.concatenate([K.elu(chunk, alpha=0.3) for chunk in np.split(x, 50)])
    np.testing.assert_array_equal(big, small)


def test_a_loop_compiled_both_ways_keeps_two_cache_entries():
    """Numba's disk cache keys on the qualified name, not on `parallel`: the serial build
    must not load the parallel one (whose loading launches Numba's threads)."""
    from keras_numba._runtime import kernels

    def loop(a):  # pragma: no cover  (compiled)
        for i in range(a.shape[0]):
            a[i] += 1.0

    serial = kernels.renamed(loop, "loop_serial")
    parallel = kernels.renamed(loop, "loop_parallel")
    assert (serial.__qualname__, parallel.__qualname__) == ("loop_serial", "loop_parallel")
    assert serial.__code__ is loop.__code__ and serial.__globals__ is loop.__globals__
    import numpy as np

    a = np.zeros(3)
    kernels.jit(serial, "void(float64[::1])")(a)
    np.testing.assert_array_equal(a, 1.0)


def test_tbb_is_loaded_before_any_loop_compiles():
    import numba

    from keras_numba._runtime import kernels

    kernels.jit(lambda a: None, "void(float64[::1])")
    if kernels.parallel_available():
        assert numba.config.THREADING_LAYER == "tbb"
