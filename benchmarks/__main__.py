"""`make bench`: time every function against its spec's NumPy reference, in one run.

For each spec entry with tensor inputs, times keras_numba, the entry's own
NumPy reference, and (when importable) the PyTorch / tf_keras expressions the
entry's `bench:` field gives, at several sizes and dtypes, and prints ratios
(> 1 means keras_numba is faster). Also prints `import keras_numba` time, the
first call of a cached kernel, and the per-call overhead at size 10.

Options: --only NAMES (comma separated), --sizes 1e3,1e5, --dtypes float32,
--budget SECONDS (per measurement).
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from dataclasses import replace
from typing import Any, Callable

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codegen.loader import load_spec  # noqa: E402
from codegen.model import BenchSpec, OpSpec  # noqa: E402

import keras_numba as K  # noqa: E402
from keras_numba._runtime import config  # noqa: E402


def best_time(fn: Callable[[], Any], budget: float) -> float:
    """Best per-call seconds over repeats filling `budget` (after one warm-up call)."""
    fn()
    start = time.perf_counter()
    fn()
    once = max(time.perf_counter() - start, 1e-7)
    number = max(1, int(0.002 / once))
    best = math.inf
    deadline = time.perf_counter() + budget
    repeats = 0
    while repeats < 3 or time.perf_counter() < deadline:
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
        repeats += 1
        if repeats >= 200:
            break
    return best


def _peers() -> dict[str, Any]:
    peers: dict[str, Any] = {}
    # PyTorch's OpenMP threads spin for a while after each call; in one process
    # they would steal both cores from the next measurement (of any library).
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import torch

        peers["torch"] = torch
    except ImportError:
        pass
    try:
        import tensorflow as tf
        import tf_keras.backend as tfk

        peers["tf"] = (tf, tfk)
    except ImportError:
        pass
    return peers


def _reference(op: OpSpec) -> Callable[..., Any]:
    namespace: dict[str, Any] = {
        "np": np,
        "math": math,
        "floatx": config.floatx,
        "epsilon": config.epsilon,
        "image_data_format": config.image_data_format,
    }
    exec(op.reference or "", namespace)  # noqa: S102  (the spec's reference)
    return namespace["reference"]


def _variants(op: OpSpec) -> list[tuple[str, BenchSpec]]:
    """The entry's timed calls: its `bench` fields, then each variant over them (label, fields)."""
    base = op.bench
    out = [("", base)]
    for v in base.variants:
        merged = replace(
            base,
            torch=v.torch or base.torch,
            tf=v.tf or base.tf,
            params=tuple({**dict(base.params), **dict(v.params)}.items()),
            shape=v.shape or base.shape,
            shapes=v.shapes or base.shapes,
            inputs=v.inputs or base.inputs,
            numpy=v.numpy and base.numpy,
            variants=(),
        )
        out.append(("[" + ", ".join(f"{k}={val}" for k, val in v.params) + "]", merged))
    return out


def _inputs(
    op: OpSpec, n: int, dtype: str, rng: np.random.Generator, bench: BenchSpec | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Tensor arguments of size n (in the spec's test domain) and the other arguments."""
    bench = bench or op.bench
    lo, hi = op.tests.domain
    lo, hi = max(lo, -10.0), min(hi, 10.0)
    fixed = dict(bench.shapes)
    built = dict(bench.inputs)
    tensors: dict[str, Any] = {}
    for p in op.signature.tensor_params:
        if p.name in built:  # the spec builds this input itself
            tensors[p.name] = eval(built[p.name], {"np": np, "rng": rng, "dtype": dtype})  # noqa: S307
            continue
        shape = fixed.get(p.name) or bench.shape or (n,)
        declared = p.type.base.dtype or ""
        cls = op.typevars.get(declared, "")
        # a type variable's class, or a concrete dtype written in the signature (Tensor[bool])
        members = SPEC_DTYPES.get(cls) or ((declared,) if declared and declared not in op.typevars else (dtype,))
        dt = dtype if dtype in members else next((d for d in ("int64", "int32") if d in members), members[0])
        if np.dtype(dt).kind in "iub":
            make = lambda: rng.integers(int(max(lo, 0)), int(hi) + 1, shape).astype(dt)  # noqa: E731
        else:
            make = lambda: rng.uniform(lo, hi, shape).astype(dt)  # noqa: E731
        tensors[p.name] = [make() for _ in range(3)] if p.type.base.kind == "tensor_list" else make()
    params: dict[str, Any] = {}
    test_params = dict(op.tests.params)
    for p in op.signature.attr_params:
        if p.name in dict(bench.params):
            params[p.name] = eval(dict(bench.params)[p.name])  # noqa: S307
        elif p.default is None and p.name in test_params:
            params[p.name] = eval(test_params[p.name][0])  # noqa: S307
        elif p.default is not None:
            params[p.name] = eval(p.default)  # noqa: S307  (so peer expressions see every parameter)
    return tensors, params


SPEC_DTYPES: dict[str, tuple[str, ...]] = {}


def _function(op: OpSpec) -> Callable[..., Any]:
    """The function under test: public ones from keras_numba, internal ones (operators) from their module."""
    if hasattr(K, op.name):
        return getattr(K, op.name)
    import keras_numba.operators as operators

    return getattr(operators, op.name)


def benchable(op: OpSpec) -> bool:
    """Timed over the size sweep when any input shape works, else only with a bench.shape."""
    if not (op.bench.enabled and op.reference and op.signature.tensor_params):
        return False
    fixed = op.bench.shape is not None or bool(op.bench.shapes) or bool(op.bench.inputs)
    if any(p.type.base.kind == "tensor_list" for p in op.signature.tensor_params) and not fixed:
        return False
    return not op.tests.shapes or fixed


def bench_ops(ops: list[OpSpec], sizes: list[int], dtypes: list[str], budget: float) -> list[dict[str, Any]]:
    peers = _peers()
    rng = np.random.default_rng(0)
    rows = []
    for op in ops:
        fn = _function(op)
        reference = _reference(op)
        for (label, bench), dtype in itertools.product(_variants(op), dtypes):
            fixed = bench.shape or (bench.shapes and bench.shapes[0][1])
            for n in ([math.prod(fixed)] if fixed else [0] if bench.inputs else sizes):
                tensors, params = _inputs(op, n, dtype, rng, bench)
                if not n:  # built inputs: report the largest one's size
                    n = max(np.size(v) for v in tensors.values())
                row: dict[str, Any] = {"name": op.name + label, "dtype": dtype, "n": n}
                row["ours"] = best_time(lambda: fn(**tensors, **params), budget)
                if bench.numpy:
                    with np.errstate(all="ignore"):
                        row["numpy"] = best_time(lambda: reference(**tensors, **params), budget)
                else:
                    row["numpy"] = None
                if "torch" in peers and bench.torch:
                    torch = peers["torch"]
                    tt = {k: [torch.from_numpy(a) for a in v] if isinstance(v, list) else torch.from_numpy(v) for k, v in tensors.items()}
                    expr = compile(bench.torch, "<bench.torch>", "eval")
                    row["torch"] = _peer_time(op.name, "torch", lambda: eval(expr, {"torch": torch, "np": np}, {**tt, **params}), budget)  # noqa: S307
                if "tf" in peers and bench.tf:
                    tf, tfk = peers["tf"]
                    tt = {k: tf.constant(v) for k, v in tensors.items()}
                    expr = compile(bench.tf, "<bench.tf>", "eval")
                    row["tf"] = _peer_time(op.name, "tf", lambda: eval(expr, {"tf": tf, "tfk": tfk, "np": np}, {**tt, **params}), budget)  # noqa: S307
                rows.append(row)
                print(_format_row(row), flush=True)
    return rows


def _peer_time(name: str, peer: str, fn: Callable[[], Any], budget: float) -> float | None:
    """A peer's time, or None (reported on stderr) when its expression fails on these inputs."""
    try:
        return best_time(fn, budget)
    except Exception as exc:  # noqa: BLE001  (a peer's own error must not end the whole run)
        print(f"{name}: the bench.{peer} expression failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return None


def _fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    return f"{seconds * 1e3:.2f} ms"


def _ratio(other: float | None, ours: float) -> str:
    return "-" if other is None else f"{other / ours:.2f}x"


HEADER = "| function | dtype | n | keras_numba | NumPy ref | vs NumPy | PyTorch | vs PyTorch | tf_keras | vs tf_keras |"


def _format_row(r: dict[str, Any]) -> str:
    return (
        f"| {r['name']} | {r['dtype']} | {r['n']:.0e} | {_fmt_time(r['ours'])} | {_fmt_time(r['numpy'])} | "
        f"{_ratio(r['numpy'], r['ours'])} | {_fmt_time(r.get('torch'))} | {_ratio(r.get('torch'), r['ours'])} | "
        f"{_fmt_time(r.get('tf'))} | {_ratio(r.get('tf'), r['ours'])} |"
    )


def startup_costs() -> None:
    """Import time, and the first call of a cached kernel, in fresh processes."""
    code_import = "import time; t = time.perf_counter(); import keras_numba; print(time.perf_counter() - t)"
    code_first = (
        "import time, numpy as np; import keras_numba as K; x = np.ones(10, np.float32)\n"
        "t = time.perf_counter(); K.maximum(x, x); a = time.perf_counter() - t\n"
        "t = time.perf_counter(); K.greater(x, x); b = time.perf_counter() - t\n"
        "print(a, b)"
    )
    subprocess.run([sys.executable, "-c", code_first], check=True, capture_output=True)  # fill the cache
    imports = [float(subprocess.run([sys.executable, "-c", code_import], check=True, capture_output=True, text=True).stdout) for _ in range(5)]
    firsts = [subprocess.run([sys.executable, "-c", code_first], check=True, capture_output=True, text=True).stdout.split() for _ in range(3)]
    print(f"import keras_numba (warm caches, best of 5): {min(imports) * 1e3:.1f} ms")
    print(f"first call in a fresh process, numba import included: {min(float(a) for a, _ in firsts) * 1e3:.1f} ms")
    print(f"first call of another cached kernel: {min(float(b) for _, b in firsts) * 1e3:.2f} ms")


def overhead_at_10(ops: list[OpSpec], budget: float) -> None:
    rng = np.random.default_rng(1)
    rows = []
    for op in ops:
        if op.bench.shape or op.bench.shapes or op.bench.inputs:  # benched at one fixed shape only (convolutions, CTC ...)
            continue
        tensors, params = _inputs(op, 10, "float32", rng)
        fn, reference = _function(op), _reference(op)
        ours = best_time(lambda: fn(**tensors, **params), budget)
        with np.errstate(all="ignore"):
            ref = best_time(lambda: reference(**tensors, **params), budget)
        rows.append((op.name, ours, ref))
    print("\nper-call overhead at size 10 (float32): keras_numba minus its NumPy reference")
    print("| function | keras_numba | NumPy ref | difference |")
    print("| --- | --- | --- | --- |")
    for name, ours, ref in rows:
        print(f"| {name} | {ours * 1e6:.2f} µs | {ref * 1e6:.2f} µs | {(ours - ref) * 1e6:+.2f} µs |")
    diffs = [(o - r) * 1e6 for _, o, r in rows]
    if not diffs:
        print("(no function here takes inputs of any size)")
        return
    print(f"median difference {statistics.median(diffs):+.2f} µs, max {max(diffs):+.2f} µs")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--only", default="", help="comma-separated function names")
    parser.add_argument("--sizes", default="1e3,1e5,1e6,1e7")
    parser.add_argument("--dtypes", default="float32,float64")
    parser.add_argument("--budget", type=float, default=0.15, help="seconds per measurement")
    args = parser.parse_args(argv)
    spec = load_spec(ROOT)
    SPEC_DTYPES.update(dict(spec.dtypes.classes))
    wanted = {n for n in args.only.split(",") if n}
    ops = [op for op in spec.ops if benchable(op) and (not wanted or op.name in wanted)]
    skipped = [op.name for op in spec.ops if op.signature.tensor_params and not benchable(op) and (not wanted or op.name in wanted)]
    sizes = [int(float(s)) for s in args.sizes.split(",")]
    dtypes = [d for d in args.dtypes.split(",") if d]
    peers = _peers()
    print(f"keras_numba bench: {len(ops)} functions; peers: {', '.join(peers) or 'none (pip install torch==2.13.0 / tensorflow-cpu tf-keras)'}")
    print("ratios are other time / keras_numba time: above 1.00x keras_numba is faster")
    if skipped:
        print(f"not timed (shape-constrained, no bench.shape in the spec yet): {', '.join(skipped)}")
    print()
    startup_costs()
    overhead_at_10(ops, args.budget / 3)
    print()
    print(HEADER)
    print("|" + " --- |" * 10)
    bench_ops(ops, sizes, dtypes, args.budget)
    return 0


if __name__ == "__main__":
    sys.exit(main())
