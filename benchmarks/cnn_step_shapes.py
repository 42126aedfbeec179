"""Per-call times of the non-convolution ops of a small Keras CNN's training step.

`python -m benchmarks.cnn_step_shapes [--repeat N]`: bias_add, relu, relu_grad, pool2d,
pool2d_grad and the bias gradient (`_sum_to_bias`) on the shapes keras_numba sees per batch
of 64 for Conv2D(32, 3, relu) on (64, 28, 28, 1) -> MaxPool 2x2 -> Conv2D(64, 3, relu) ->
MaxPool 2x2 (float32, channels_last, 'valid'). Each op is timed twice: "warm" (back to back,
its arrays in cache) and "cold" (64 MB written between calls, as in the training step, where
the other layers' arrays evict them: these ops are then bound by memory bandwidth; a cold
NumPy copy of the (64, 26, 26, 32) array is printed for scale). Best of --repeat calls.
"""

from __future__ import annotations

import argparse
import time
from typing import Callable

import numpy as np

import keras_numba as K
from keras_numba import operators
from keras_numba._runtime import derivatives, pooling

_EVICT = np.ones(16_000_000, np.float32)  # 64 MB, twice the last-level cache


def best(fn: Callable[[], object], repeat: int, cold: bool) -> float:
    fn()  # compile / warm the caches
    times = []
    for _ in range(repeat):
        if cold:
            np.add(_EVICT, 1.0, out=_EVICT)
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def cases(rng: np.random.Generator) -> list[tuple[str, Callable[[], object]]]:
    rows: list[tuple[str, Callable[[], object]]] = []
    cl = "channels_last"
    for shape in [(64, 26, 26, 32), (64, 11, 11, 64)]:
        x = rng.standard_normal(shape).astype(np.float32)
        g = rng.standard_normal(shape).astype(np.float32)
        b = rng.standard_normal(shape[-1]).astype(np.float32)
        p = pooling.pool2d(x, (2, 2), (2, 2), "valid", cl, "max")
        gp = rng.standard_normal(p.shape).astype(np.float32)
        tag = str(shape).replace(" ", "")
        axes, layout = (0, 1, 2), (1, 1, 1, shape[-1])
        rows += [
            (f"bias_add {tag}", lambda x=x, b=b: K.bias_add(x, b)),
            (f"relu {tag}", lambda x=x: K.relu(x)),
            (f"relu_grad {tag}", lambda x=x, g=g: operators.relu_grad(g, x)),
            (f"pool2d {tag}", lambda x=x: pooling.pool2d(x, (2, 2), (2, 2), "valid", cl, "max")),
            (f"pool2d_grad {tag}", lambda x=x, p=p, gp=gp: pooling.pool2d_grad(gp, x, p, (2, 2), (2, 2), "valid", cl, "max")),
            (f"sum_to_bias {tag}", lambda g=g, b=b, axes=axes, layout=layout: derivatives._sum_to_bias(g, b, axes, layout)),
        ]
        if shape[1] == 26:
            rows.append((f"numpy copy {tag} (scale)", x.copy))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    print(f"{'op':40s} {'warm us':>9s} {'cold us':>9s}")
    for name, fn in cases(np.random.default_rng(0)):
        warm, cold = best(fn, args.repeat, False), best(fn, args.repeat, True)
        print(f"{name:40s} {warm * 1e6:9.0f} {cold * 1e6:9.0f}")


if __name__ == "__main__":
    main()
