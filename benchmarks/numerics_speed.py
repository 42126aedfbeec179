"""Throughput of keras_numba._runtime.numerics inside an @njit loop.

For each function and dtype, on 1e6 elements, prints GB/s (bytes read + bytes
written per second, best of several runs, single thread) for:

    numerics   a serial njit loop calling the numerics function
    numpy      NumPy's own ufunc (sigmoid: 1/(1+exp(-x)); softplus: logaddexp(0, x))
    math       the same njit loop calling math.exp / math.log / ... (libm)

Run: python benchmarks/numerics_speed.py [--n 1000000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path
from typing import Callable

import numpy as np
from numba import njit

try:
    from keras_numba._runtime import numerics
except ImportError:  # package not installed yet
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "runtime"))
    import numerics  # type: ignore[no-redef]

NAMES = ("exp", "expm1", "log", "log1p", "tanh", "sigmoid", "softplus")


def _loop(fn: Callable[..., object]) -> Callable[..., None]:
    @njit(error_model="numpy", fastmath={"contract"})
    def kernel(x, out):  # type: ignore[no-untyped-def]
        for i in range(x.shape[0]):
            out[i] = fn(x[i])

    return kernel


@njit(error_model="numpy", fastmath={"contract"})
def _math_sigmoid(v):  # type: ignore[no-untyped-def]
    return 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))


@njit(error_model="numpy", fastmath={"contract"})
def _math_softplus(v):  # type: ignore[no-untyped-def]
    return max(v, 0.0) + math.log1p(math.exp(-abs(v)))


MATH = {"exp": math.exp, "expm1": math.expm1, "log": math.log, "log1p": math.log1p, "tanh": math.tanh,
        "sigmoid": _math_sigmoid, "softplus": _math_softplus}


def _numpy(name: str) -> Callable[[np.ndarray, np.ndarray], object]:
    if name == "sigmoid":
        def sigmoid(x: np.ndarray, out: np.ndarray) -> None:
            np.exp(-x, out=out)
            out += 1
            np.reciprocal(out, out=out)
        return sigmoid
    if name == "softplus":
        return lambda x, out: np.logaddexp(x.dtype.type(0), x, out=out)
    ufunc = getattr(np, name)
    return lambda x, out: ufunc(x, out=out)


def _inputs(name: str, dtype: type, n: int) -> np.ndarray:
    rng = np.random.default_rng(0)
    if name in ("log", "log1p"):
        return rng.uniform(1e-3, 100.0, n).astype(dtype)
    return rng.uniform(-10.0, 10.0, n).astype(dtype)


def _gbps(fn: Callable[[np.ndarray, np.ndarray], object], x: np.ndarray, repeat: int) -> float:
    out = np.empty_like(x)
    with np.errstate(all="ignore"):
        fn(x, out)  # compile / warm up
        best = math.inf
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn(x, out)
            best = min(best, time.perf_counter() - t0)
    return 2 * x.nbytes / best / 1e9


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    print(f"GB/s = (input + output bytes) / best time, n = {args.n}, single thread")
    print(f"{'function':10s} {'dtype':8s} {'numerics':>9s} {'numpy':>9s} {'math':>9s}   numerics/numpy  numerics/math")
    for name in NAMES:
        ours, libm = _loop(getattr(numerics, name)), _loop(MATH[name])
        for dtype in (np.float32, np.float64):
            x = _inputs(name, dtype, args.n)
            a, b, c = (_gbps(f, x, args.repeat) for f in (ours, _numpy(name), libm))
            print(f"{name:10s} {np.dtype(dtype).name:8s} {a:9.1f} {b:9.1f} {c:9.1f}   {a / b:13.1f}x {a / c:13.1f}x")


if __name__ == "__main__":
    main()
