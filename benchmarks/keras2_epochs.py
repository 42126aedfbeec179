"""Epoch time of Keras models: Keras 2.3.1 on keras_numba against tf_keras on TensorFlow CPU.

    python -m benchmarks.keras2_epochs [--tf-python PATH] [--epochs N] [--rounds R]

The same two models (a small CNN and an LSTM over embedded token sequences)
are built with the same Keras API in two worker processes: one imports
Keras 2.3.1 with KERAS_BACKEND=keras_numba.keras2 (in the environment the
integration suite caches, tests/keras2/environment.py), the other imports
tf_keras. Each worker compiles its model, runs one warm-up epoch (graph
building, kernel compilation) and then reports the best of N timed epochs.
The two sides run R times each, alternating, and the best epoch of each side is
reported: a shared machine's speed drifts over a minute, and alternating runs
expose both sides to the same drift.
The tf_keras column is skipped when tf_keras cannot be imported by this
Python or by the one given with --tf-python. Ratio > 1: keras_numba is faster.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

MODELS = ("cnn", "lstm")


# --------------------------------------------------------------------------- worker side


def _build(keras: Any, model: str) -> tuple[Any, Any, Any]:
    """The model and its synthetic data; identical for both Keras implementations."""
    import numpy as np

    layers = keras.layers
    rng = np.random.RandomState(0)
    if model == "cnn":
        x = rng.rand(2048, 28, 28, 1).astype("float32")
        y = keras.utils.to_categorical(rng.randint(0, 10, 2048), 10)
        net = keras.models.Sequential(
            [
                layers.Conv2D(32, 3, activation="relu", input_shape=(28, 28, 1)),
                layers.MaxPooling2D(2),
                layers.Conv2D(64, 3, activation="relu"),
                layers.MaxPooling2D(2),
                layers.Flatten(),
                layers.Dense(128, activation="relu"),
                layers.Dense(10, activation="softmax"),
            ]
        )
        net.compile("adam", "categorical_crossentropy", metrics=["accuracy"])
        return net, x, y
    x = rng.randint(1, 1000, (2048, 50)).astype("int32")
    x[:, :10] = 0  # leading padding, masked
    y = rng.randint(0, 2, 2048).astype("float32")
    net = keras.models.Sequential([layers.Embedding(1000, 64, mask_zero=True, input_length=50), layers.LSTM(64), layers.Dense(1, activation="sigmoid")])
    net.compile("adam", "binary_crossentropy", metrics=["accuracy"])
    return net, x, y


def worker(implementation: str, model: str, epochs: int) -> dict[str, Any]:
    if implementation == "tf_keras":
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        import tf_keras as keras  # type: ignore[import-not-found]
    else:
        import keras  # type: ignore[import-not-found,no-redef]
    net, x, y = _build(keras, model)
    net.fit(x, y, batch_size=64, epochs=1, verbose=0)  # warm-up: builds graphs, compiles kernels
    best = float("inf")
    for _ in range(epochs):
        start = time.perf_counter()
        net.fit(x, y, batch_size=64, epochs=1, verbose=0)
        best = min(best, time.perf_counter() - start)
    return {"implementation": implementation, "model": model, "epoch_seconds": best}


# --------------------------------------------------------------------------- driver side


def _run(python: str, implementation: str, model: str, epochs: int, env: dict[str, str]) -> float | str:
    cmd = [python, "-m", "benchmarks.keras2_epochs", "--worker", implementation, "--model", model, "--epochs", str(epochs)]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        return "failed: " + (done.stderr.strip().splitlines() or ["?"])[-1]
    return float(json.loads(done.stdout.strip().splitlines()[-1])["epoch_seconds"])


def _best(so_far: float | str, result: float | str) -> float | str:
    """The faster of two epoch times; a failure message wins (it must be seen)."""
    if isinstance(so_far, str):
        return so_far
    if isinstance(result, str):
        return result
    return min(so_far, result)


def _can_import_tf_keras(python: str) -> bool:
    probe = subprocess.run([python, "-c", "import tf_keras"], capture_output=True, env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3"))
    return probe.returncode == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tf-python", default=os.environ.get("TF_PYTHON", sys.executable), help="a Python that can import tf_keras (default: this one)")
    parser.add_argument("--epochs", type=int, default=3, help="timed epochs per run (best is reported)")
    parser.add_argument(
        "--rounds", type=int, default=2,
        help="runs of each side, alternating (a shared machine drifts between runs; best is reported)",
    )
    parser.add_argument("--worker", choices=("keras_numba", "tf_keras"), help=argparse.SUPPRESS)
    parser.add_argument("--model", choices=MODELS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.model, args.epochs)))
        return 0

    sys.path.insert(0, str(ROOT))
    from tests.keras2 import environment

    print(
        "\nKeras epoch time (batch 64, 2048 samples; best of %d epochs after a warm-up epoch, in each of %d alternating runs per side)"
        % (args.epochs, max(args.rounds, 1))
    )
    try:
        site = environment.ensure()
    except environment.Unavailable as exc:
        print(f"  skipped: {exc}")
        return 0
    with tempfile.TemporaryDirectory() as home:
        ours_env = environment.client_env(site, Path(home))
        tf_python = args.tf_python if _can_import_tf_keras(args.tf_python) else None
        tf_env = dict(os.environ, PYTHONPATH=str(ROOT), TF_CPP_MIN_LOG_LEVEL="3", CUDA_VISIBLE_DEVICES="")
        print(f"  {'model':<6} {'keras_numba (Keras 2.3.1)':>26} {'tf_keras (TF CPU)':>18} {'ratio':>7}")
        for model in MODELS:
            ours: float | str = float("inf")
            theirs: float | str = float("inf") if tf_python else "not installed"
            for _ in range(max(args.rounds, 1)):
                ours = _best(ours, _run(sys.executable, "keras_numba", model, args.epochs, ours_env))
                if tf_python:
                    theirs = _best(theirs, _run(tf_python, "tf_keras", model, args.epochs, tf_env))
            ratio = f"{theirs / ours:.2f}x" if isinstance(ours, float) and isinstance(theirs, float) else "-"
            show = lambda t: f"{t * 1000:.0f} ms" if isinstance(t, float) else t  # noqa: E731
            print(f"  {model:<6} {show(ours):>26} {show(theirs):>18} {ratio:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
