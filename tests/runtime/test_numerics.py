"""Tests of keras_numba._runtime.numerics, called the way kernels call it: from
inside @njit loops.

float32 results must be within 1 ulp (sigmoid/softplus: 2 ulp) of the float64
NumPy result rounded to float32; float64 results within 1e-13 relative error
of NumPy's float64 result. Special values (inf, nan, signed zeros, overflow
and underflow thresholds, subnormals) are checked exactly.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path
from typing import Callable

import numpy as np
import pytest
from numba import njit, prange

try:
    from keras_numba._runtime import numerics
except ImportError:  # package not installed yet
    import importlib.util

    _path = Path(__file__).resolve().parents[2] / "runtime" / "numerics.py"
    _spec = importlib.util.spec_from_file_location("numerics", _path)
    assert _spec is not None and _spec.loader is not None
    numerics = importlib.util.module_from_spec(_spec)
    sys.modules["numerics"] = numerics
    _spec.loader.exec_module(numerics)

NAMES = ("exp", "expm1", "log", "log1p", "tanh", "sigmoid", "softplus")
DTYPES = (np.float32, np.float64)
ULP_BOUND_F32 = {"sigmoid": 2, "softplus": 2}  # 1 for the others
REL_BOUND_F64 = 1e-13
N = 100_000  # random inputs per part (several parts per function/dtype)


# --------------------------------------------------------------------------- kernels


def _loop_kernel(fn: Callable[..., object]) -> Callable[..., None]:
    @njit(error_model="numpy", fastmath={"contract"})
    def kernel(x, out):  # type: ignore[no-untyped-def]
        for i in range(x.shape[0]):
            out[i] = fn(x[i])

    return kernel


KERNELS = {name: _loop_kernel(getattr(numerics, name)) for name in NAMES}

_exp, _expm1, _log, _log1p = numerics.exp, numerics.expm1, numerics.log, numerics.log1p
_tanh, _sigmoid, _softplus = numerics.tanh, numerics.sigmoid, numerics.softplus


def _all_functions(x, out):  # type: ignore[no-untyped-def]
    for i in range(x.shape[0]):
        v = x[i]
        out[0, i] = _exp(v)
        out[1, i] = _expm1(v)
        out[2, i] = _log(v)
        out[3, i] = _log1p(v)
        out[4, i] = _tanh(v)
        out[5, i] = _sigmoid(v)
        out[6, i] = _softplus(v)


def _all_functions_prange(x, out):  # type: ignore[no-untyped-def]
    for i in prange(x.shape[0]):
        v = x[i]
        out[0, i] = _exp(v)
        out[1, i] = _expm1(v)
        out[2, i] = _log(v)
        out[3, i] = _log1p(v)
        out[4, i] = _tanh(v)
        out[5, i] = _sigmoid(v)
        out[6, i] = _softplus(v)


def run(name: str, x: np.ndarray) -> np.ndarray:
    out = np.empty_like(x)
    KERNELS[name](x, out)
    return out


def reference(name: str, x: np.ndarray) -> np.ndarray:
    """The float64 NumPy result."""
    x = x.astype(np.float64)
    with np.errstate(all="ignore"):
        if name == "sigmoid":
            t = np.exp(-np.abs(x))
            return np.where(x >= 0, 1.0 / (1.0 + t), t / (1.0 + t))
        if name == "softplus":
            return np.logaddexp(0.0, x)
        return getattr(np, name)(x)


# --------------------------------------------------------------------------- inputs


def _ordered(a: np.ndarray) -> np.ndarray:
    """Integers in the order of the floats (adjacent floats differ by 1; +0 == -0)."""
    ity = np.int32 if a.dtype == np.float32 else np.int64
    b = a.view(ity).astype(np.int64)
    mag = b & np.int64(np.iinfo(ity).max)
    return np.where(b < 0, -mag, mag)


def ulp_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(_ordered(a) - _ordered(b))


def special_values(dtype: type) -> np.ndarray:
    fi = np.finfo(dtype)
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, fi.eps, -fi.eps, fi.tiny, -fi.tiny, fi.smallest_subnormal,
            -fi.smallest_subnormal, fi.tiny - fi.smallest_subnormal, fi.max, -fi.max, np.inf, -np.inf, np.nan, 1e-30,
            -1e-30, 1e-8, -1e-8, 0.625, -0.625, 20.0, -20.0, 100.0, -100.0, 1e30, -1e30]
    # Thresholds: exp overflow and subnormal/zero underflow, log1p/expm1 near -1/0,
    # each with its neighbouring floats.
    with np.errstate(all="ignore"):
        thresholds = [np.log(fi.max), np.log(fi.tiny), np.log(fi.smallest_subnormal), np.log(fi.smallest_subnormal) - 0.7,
                      -1.0, 0.0, 1.0, np.log(2.0), -np.log(2.0), 0.625]
    out = [dtype(v) for v in vals]
    for t in thresholds:
        v = dtype(t)
        for _ in range(4):
            out += [v, -v]
            v = np.nextafter(v, dtype(np.inf))
        v = dtype(t)
        for _ in range(4):
            v = np.nextafter(v, dtype(-np.inf))
            out += [v, -v]
    return np.array(out, dtype=dtype)


def inputs(name: str, dtype: type) -> np.ndarray:
    """Dense random inputs over the function's useful range, plus extremes."""
    rng = np.random.default_rng(zlib.crc32(f"{name}/{np.dtype(dtype).name}".encode()))
    fi = np.finfo(dtype)
    big = float(np.log(fi.max))  # ~88.7 / ~709.8
    lo, hi = {
        "exp": (-big * 1.2, big * 1.05),
        "expm1": (-big * 1.2, big * 1.05),
        "log": (0.0, 100.0),
        "log1p": (-1.0, 100.0),
        "tanh": (-25.0, 25.0),
        "sigmoid": (-big * 1.2, big * 1.2),
        "softplus": (-big * 1.2, big * 1.2),
    }[name]
    # Magnitudes log-uniform from the smallest subnormal to the largest float.
    mags = 10.0 ** rng.uniform(np.log10(float(fi.smallest_subnormal)), np.log10(float(fi.max)), N)
    signs = rng.choice([-1.0, 1.0], N)
    parts = [
        rng.uniform(lo, hi, N),
        mags * signs,
        rng.uniform(-3.0, 3.0, N),
        10.0 ** rng.uniform(-12, 0, N) * signs,  # small arguments: relative accuracy near 0
    ]
    if name in ("log", "log1p"):
        parts.append(1.0 + rng.uniform(-0.5, 0.5, N) - (name == "log1p"))  # around log's 1 / log1p's 0
    with np.errstate(over="ignore"):
        x = np.concatenate(parts).astype(dtype)
    return np.concatenate([x, special_values(dtype)])


# --------------------------------------------------------------------------- accuracy


@pytest.mark.parametrize("name", NAMES)
def test_float32_within_ulp_bound(name: str) -> None:
    x = inputs(name, np.float32)
    assert x.size >= 100_000
    got = run(name, x)
    assert got.dtype == np.float32
    with np.errstate(over="ignore"):
        want = reference(name, x).astype(np.float32)  # correctly rounded (up to the reference's own error)
    nan = np.isnan(want)
    np.testing.assert_array_equal(np.isnan(got), nan, err_msg=f"{name}: nan where NumPy has none (or vice versa)")
    np.testing.assert_array_equal(got[np.isinf(want)], want[np.isinf(want)], err_msg=f"{name}: infinities")
    np.testing.assert_array_equal(np.isinf(got), np.isinf(want), err_msg=f"{name}: spurious infinities")
    d = ulp_distance(got[~nan], want[~nan])
    worst = int(np.argmax(d))
    bound = ULP_BOUND_F32.get(name, 1)
    assert d[worst] <= bound, f"{name}({x[~nan][worst]!r}) = {got[~nan][worst]!r}, want {want[~nan][worst]!r}: {d[worst]} ulp"


@pytest.mark.parametrize("name", NAMES)
def test_float64_within_relative_bound(name: str) -> None:
    x = inputs(name, np.float64)
    got = run(name, x)
    assert got.dtype == np.float64
    want = reference(name, x)
    nan = np.isnan(want)
    np.testing.assert_array_equal(np.isnan(got), nan, err_msg=f"{name}: nan mismatch")
    inf = np.isinf(want)
    np.testing.assert_array_equal(got[inf], want[inf], err_msg=f"{name}: infinities")
    normal = ~nan & ~inf & (np.abs(want) >= np.finfo(np.float64).tiny)
    rel = np.abs(got[normal] - want[normal]) / np.abs(want[normal])
    worst = int(np.argmax(rel))
    assert rel[worst] <= REL_BOUND_F64, f"{name}({x[normal][worst]!r}) = {got[normal][worst]!r}, want {want[normal][worst]!r}"
    # Subnormal and zero results: within 2 subnormal steps (ours and NumPy's rounding).
    low = ~nan & ~inf & ~normal
    assert np.all(ulp_distance(got[low], want[low]) <= 2), f"{name}: subnormal results"


# --------------------------------------------------------------------------- special values


def _one(name: str, dtype: type, v: float) -> np.floating:
    return run(name, np.array([v], dtype=dtype))[0]


def _same(got: np.floating, want: float, dtype: type) -> bool:
    """Exactly equal, including nan == nan and the sign of zero."""
    w = dtype(want)
    if np.isnan(w):
        return bool(np.isnan(got))
    return bool(got == w and np.signbit(got) == np.signbit(w))


INF, NAN = np.inf, np.nan

EXACT_CASES = {
    "exp": [(-INF, 0.0), (INF, INF), (NAN, NAN), (0.0, 1.0), (-0.0, 1.0), (1e30, INF), (-1e30, 0.0), (1000.0, INF),
            (-1000.0, 0.0), ("max", INF), ("-max", 0.0)],
    "expm1": [(-INF, -1.0), (INF, INF), (NAN, NAN), (0.0, 0.0), (-0.0, -0.0), (1e-30, 1e-30), (-1e-30, -1e-30),
              ("sub", "sub"), ("-sub", "-sub"), (-100.0, -1.0), (-1e30, -1.0), (1e30, INF), ("max", INF)],
    "log": [(0.0, -INF), (-0.0, -INF), (-1.0, NAN), ("-sub", NAN), (-INF, NAN), (INF, INF), (NAN, NAN), (1.0, 0.0)],
    "log1p": [(-1.0, -INF), (-1.5, NAN), (-INF, NAN), (INF, INF), (NAN, NAN), (0.0, 0.0), (-0.0, -0.0),
              (1e-30, 1e-30), (-1e-30, -1e-30), ("sub", "sub"), ("-sub", "-sub")],
    "tanh": [(INF, 1.0), (-INF, -1.0), (0.0, 0.0), (-0.0, -0.0), (NAN, NAN), (20.0, 1.0), (-20.0, -1.0),
             (1e30, 1.0), (-1e30, -1.0), ("max", 1.0), ("-max", -1.0), (1e-30, 1e-30), (-1e-30, -1e-30),
             ("sub", "sub"), ("-sub", "-sub")],
    "sigmoid": [(-INF, 0.0), (INF, 1.0), (NAN, NAN), (0.0, 0.5), (-0.0, 0.5), (1000.0, 1.0), (-1000.0, 0.0),
                ("max", 1.0), ("-max", 0.0)],
    "softplus": [(INF, INF), (-INF, 0.0), (NAN, NAN), (1e30, 1e30), ("max", "max"), (-1000.0, 0.0), ("-max", 0.0)],
}


def _resolve(v: object, dtype: type) -> float:
    fi = np.finfo(dtype)
    table = {"max": fi.max, "-max": -fi.max, "sub": fi.smallest_subnormal, "-sub": -fi.smallest_subnormal}
    return float(table[v]) if isinstance(v, str) else float(v)  # type: ignore[index,arg-type]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", NAMES)
def test_special_values_exact(name: str, dtype: type) -> None:
    bad = []
    for arg, want in EXACT_CASES[name]:
        a, w = _resolve(arg, dtype), _resolve(want, dtype)
        got = _one(name, dtype, a)
        if not _same(got, w, dtype):
            bad.append(f"{name}({a!r}) = {got!r}, want {w!r}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("dtype", DTYPES)
def test_overflow_threshold_exact(dtype: type) -> None:
    """exp is finite up to the last float below log(max) and inf beyond."""
    fi = np.finfo(dtype)
    x = dtype(np.log(fi.max))
    xs = [x]
    for _ in range(3):
        xs.append(np.nextafter(xs[-1], dtype(np.inf)))
        xs.insert(0, np.nextafter(xs[0], dtype(-np.inf)))
    xs = np.array(xs, dtype=dtype)
    with np.errstate(over="ignore"):
        want = reference("exp", xs).astype(dtype)
        want_m1 = reference("expm1", xs).astype(dtype)
    np.testing.assert_array_equal(np.isinf(run("exp", xs)), np.isinf(want))
    np.testing.assert_array_equal(np.isinf(run("expm1", xs)), np.isinf(want_m1))
    assert np.isinf(want).any() and not np.isinf(want).all()


@pytest.mark.parametrize("dtype", DTYPES)
def test_subnormal_results_and_arguments(dtype: type) -> None:
    fi = np.finfo(dtype)
    # exp into the subnormal range: within 1 ulp (subnormal steps) of the rounded reference, never garbage.
    lo, hi = float(np.log(fi.smallest_subnormal)) - 1.0, float(np.log(fi.tiny))
    x = np.linspace(lo, hi, 20_001).astype(dtype)
    got = run("exp", x)
    want = reference("exp", x).astype(dtype)
    assert np.all(ulp_distance(got, want) <= 1)
    assert np.any((got > 0) & (got < fi.tiny)) and np.any(got == 0)
    # sigmoid(x) ~ exp(x) there: same check; softplus(x) = log1p(exp(x)) ~ exp(x) too.
    for name in ("sigmoid", "softplus"):
        assert np.all(ulp_distance(run(name, x), want) <= 1), name
    # log of subnormal arguments.
    sub = (np.arange(1, 20_001, dtype=np.float64) * float(fi.smallest_subnormal) * 97).astype(dtype)
    sub = sub[sub < fi.tiny]
    if dtype == np.float32:
        assert np.all(ulp_distance(run("log", sub), reference("log", sub).astype(dtype)) <= 1)
    else:
        rel = np.abs(run("log", sub) / reference("log", sub) - 1)
        assert rel.max() <= REL_BOUND_F64


@pytest.mark.parametrize("dtype", DTYPES)
def test_relative_accuracy_of_tiny_results(dtype: type) -> None:
    """expm1/log1p/tanh near 0 and sigmoid/softplus for large negative x are relatively accurate."""
    fi = np.finfo(dtype)
    x = (10.0 ** np.linspace(np.log10(float(fi.tiny)), -1, 50_001)).astype(dtype)
    x = np.concatenate([x, -x])
    for name in ("expm1", "log1p", "tanh"):
        got, want = run(name, x), reference(name, x)
        if dtype == np.float32:
            assert np.all(ulp_distance(got, want.astype(dtype)) <= 1), name
        else:
            assert np.max(np.abs(got / want - 1)) <= REL_BOUND_F64, name
    big = float(np.log(fi.tiny))  # results stay normal down to here
    xn = np.linspace(big + 0.01, -1.0, 50_001).astype(dtype)
    for name in ("sigmoid", "softplus"):
        got, want = run(name, xn), reference(name, xn)
        if dtype == np.float32:
            assert np.all(ulp_distance(got, want.astype(dtype)) <= ULP_BOUND_F32[name]), name
        else:
            assert np.max(np.abs(got / want - 1)) <= REL_BOUND_F64, name


# --------------------------------------------------------------------------- use from kernels


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", NAMES)
def test_loop_vectorises_and_stays_in_dtype(name: str, dtype: type) -> None:
    kernel = KERNELS[name]
    x = np.linspace(-3, 3, 64).astype(dtype)
    kernel(x, np.empty_like(x))
    sig = next(s for s in kernel.signatures if str(s[0].dtype) == np.dtype(dtype).name)
    ir = kernel.inspect_llvm(sig)
    fty = "float" if dtype == np.float32 else "double"
    assert re.search(rf"<\d+ x {fty}>", ir), f"{name}/{dtype.__name__}: loop did not vectorise"
    assert not re.search(r"call [^\n]*@(exp|expf|log|logf|tanh|tanhf|expm1|log1p)\b", ir), "libm call left in the loop"
    if dtype == np.float32:
        assert "fpext" not in ir, f"{name}: float32 computation promoted to float64"


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", NAMES)
def test_scalar_return_type(name: str, dtype: type) -> None:
    fn = getattr(numerics, name)

    @njit
    def call(v):  # type: ignore[no-untyped-def]
        return fn(v)

    call(dtype(0.5))
    (sig,) = call.nopython_signatures
    assert str(sig.return_type) == np.dtype(dtype).name


def _sample_all(dtype: type) -> np.ndarray:
    fi = np.finfo(dtype)
    rng = np.random.default_rng(7)
    x = np.concatenate([rng.uniform(-float(np.log(fi.max)) * 1.1, float(np.log(fi.max)) * 1.1, 20_000),
                        rng.uniform(-3, 3, 20_000), special_values(dtype).astype(np.float64)])
    with np.errstate(over="ignore"):
        return x.astype(dtype)


@pytest.mark.parametrize("dtype", DTYPES)
def test_independent_of_caller_flags(dtype: type) -> None:
    """The functions carry their own flags: a kernel compiled with Numba's
    defaults (error_model='python', no fastmath) gets bit-identical results."""
    x = _sample_all(dtype)
    default = njit(_all_functions)
    out = np.empty((7, x.size), dtype=dtype)
    with np.errstate(all="ignore"):
        default(x, out)
    for j, name in enumerate(NAMES):
        np.testing.assert_array_equal(out[j], run(name, x), err_msg=name)


@pytest.mark.parametrize("dtype", DTYPES)
def test_parallel_prange_kernel(dtype: type) -> None:
    x = _sample_all(dtype)
    kernel = njit(parallel=True, error_model="numpy", fastmath={"contract"})(_all_functions_prange)
    out = np.empty((7, x.size), dtype=dtype)
    kernel(x, out)
    for j, name in enumerate(NAMES):
        np.testing.assert_array_equal(out[j], run(name, x), err_msg=name)


_CACHE_SCRIPT = """
import sys
import numpy as np
from numba import njit
{import_line}

@njit(cache=True, error_model="numpy", fastmath={{"contract"}})
def kernel(x, out):
    for i in range(x.shape[0]):
        v = x[i]
        out[i] = exp(v) + expm1(v) + log1p(v * v) + log(v * v) + tanh(v) + sigmoid(v) + softplus(v)

for dt in (np.float32, np.float64):
    x = np.linspace(-30, 30, 1001).astype(dt)
    out = np.empty_like(x)
    kernel(x, out)
    np.save(sys.argv[1] + "_" + np.dtype(dt).name + ".npy", out)
print(sum(kernel.stats.cache_hits.values()), sum(kernel.stats.cache_misses.values()))
"""


def test_cache_true_kernel_reloads_from_cache(tmp_path: Path) -> None:
    names = "exp, expm1, log, log1p, tanh, sigmoid, softplus"
    if numerics.__name__ == "keras_numba._runtime.numerics":
        import_line = f"from keras_numba._runtime.numerics import {names}"
    else:
        import_line = f"sys.path.insert(0, {str(Path(numerics.__file__).parent)!r})\nfrom numerics import {names}"
    script = tmp_path / "cached_kernel.py"
    script.write_text(textwrap.dedent(_CACHE_SCRIPT.format(import_line=import_line)))
    env = dict(os.environ, NUMBA_CACHE_DIR=str(tmp_path / "numba_cache"))

    def run_script(tag: str) -> tuple[int, int]:
        proc = subprocess.run([sys.executable, str(script), str(tmp_path / tag)], env=env, capture_output=True,
                              text=True, timeout=240)
        assert proc.returncode == 0, proc.stderr
        hits, misses = map(int, proc.stdout.split()[-2:])
        return hits, misses

    assert run_script("first") == (0, 2)  # compiled and written to the cache
    assert any((tmp_path / "numba_cache").rglob("*.nbc"))
    assert run_script("second") == (2, 0)  # both signatures loaded from the cache
    for dt in ("float32", "float64"):
        np.testing.assert_array_equal(np.load(tmp_path / f"first_{dt}.npy"), np.load(tmp_path / f"second_{dt}.npy"))


# --------------------------------------------------------------------------- pure Python fallback


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", NAMES)
def test_python_fallback(name: str, dtype: type) -> None:
    """Outside Numba the functions are NumPy expressions (scalars and arrays)."""
    fn = getattr(numerics, name)
    x = np.array([-30.0, -2.0, -0.5, 0.0, 0.5, 2.0, 30.0], dtype=dtype)
    if name in ("log", "log1p"):
        x = np.abs(x)
    with np.errstate(all="ignore"):
        got = fn(x)
        scalar = fn(x[1])
    assert got.dtype == dtype and np.asarray(scalar).dtype == dtype and np.ndim(scalar) == 0
    want = reference(name, x)
    np.testing.assert_allclose(got, want, rtol=4 * float(np.finfo(dtype).eps), atol=0)
