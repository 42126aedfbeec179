"""Per-call times of the convolution/pooling ops of a small Keras CNN's training step.

`python -m benchmarks.cnn_shapes [--repeat N] [--torch]`: the model is
Conv2D(32, 3, relu) on (64, 28, 28, 1) -> MaxPool 2x2 -> Conv2D(64, 3, relu) -> MaxPool 2x2
(float32, channels_last, 'valid'), the shapes `keras_numba` sees per batch of 64. Prints the
best time of each op (timings on a shared machine are noisy: the best is the honest one), and
with --torch the matching PyTorch (channels_last) forward/backward for scale.
"""

from __future__ import annotations

import argparse
import time
from typing import Callable

import numpy as np

from keras_numba._runtime import conv, pooling


def best(fn: Callable[[], object], repeat: int) -> float:
    fn()  # compile / warm the caches
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def cases(rng: np.random.Generator) -> list[tuple[str, Callable[[], object]]]:
    f32 = np.float32
    x1 = rng.standard_normal((64, 28, 28, 1)).astype(f32)
    w1 = rng.standard_normal((3, 3, 1, 32)).astype(f32)
    y1 = conv.conv2d(x1, w1, padding="valid", data_format="channels_last")
    p1 = pooling.pool2d(y1, (2, 2), (2, 2), "valid", "channels_last", "max")
    w2 = rng.standard_normal((3, 3, 32, 64)).astype(f32)
    y2 = conv.conv2d(p1, w2, padding="valid", data_format="channels_last")
    p2 = pooling.pool2d(y2, (2, 2), (2, 2), "valid", "channels_last", "max")
    g1 = rng.standard_normal(y1.shape).astype(f32)
    g2 = rng.standard_normal(y2.shape).astype(f32)
    gp1 = rng.standard_normal(p1.shape).astype(f32)
    gp2 = rng.standard_normal(p2.shape).astype(f32)
    cl = "channels_last"
    return [
        ("conv2d L1 (64,28,28,1)*(3,3,1,32)", lambda: conv.conv2d(x1, w1, padding="valid", data_format=cl)),
        ("conv2d L2 (64,13,13,32)*(3,3,32,64)", lambda: conv.conv2d(p1, w2, padding="valid", data_format=cl)),
        ("conv2d_grad_kernel L1", lambda: conv.conv2d_grad_kernel(g1, x1, w1, padding="valid", data_format=cl)),
        ("conv2d_grad_kernel L2", lambda: conv.conv2d_grad_kernel(g2, p1, w2, padding="valid", data_format=cl)),
        ("conv2d_grad_input L2", lambda: conv.conv2d_grad_input(g2, p1, w2, padding="valid", data_format=cl)),
        ("pool2d (64,26,26,32)", lambda: pooling.pool2d(y1, (2, 2), (2, 2), "valid", cl, "max")),
        ("pool2d (64,11,11,64)", lambda: pooling.pool2d(y2, (2, 2), (2, 2), "valid", cl, "max")),
        ("pool2d_grad (64,26,26,32)", lambda: pooling.pool2d_grad(gp1, y1, p1, (2, 2), (2, 2), "valid", cl, "max")),
        ("pool2d_grad (64,11,11,64)", lambda: pooling.pool2d_grad(gp2, y2, p2, (2, 2), (2, 2), "valid", cl, "max")),
    ]


def issue4(rng: np.random.Generator) -> list[tuple[str, Callable[[], object]]]:
    x = rng.standard_normal((32, 32, 32, 64)).astype(np.float32)
    w = rng.standard_normal((3, 3, 64, 64)).astype(np.float32)
    g = rng.standard_normal((32, 32, 32, 64)).astype(np.float32)
    cl = "channels_last"
    xt = rng.standard_normal((32, 16, 16, 64)).astype(np.float32)
    return [
        ("conv2d_transpose bench (32,16,16,64) s2 same", lambda: conv.conv2d_transpose(xt, w, (32, 32, 32, 64), (2, 2), "same", cl)),
        ("conv2d bench (32,32,32,64)*(3,3,64,64) same", lambda: conv.conv2d(x, w, padding="same", data_format=cl)),
        ("conv2d_grad_kernel bench", lambda: conv.conv2d_grad_kernel(g, x, w, padding="same", data_format=cl)),
        ("conv2d_grad_input bench", lambda: conv.conv2d_grad_input(g, x, w, padding="same", data_format=cl)),
    ]


def torch_cases(repeat: int) -> list[tuple[str, float]]:
    import torch

    torch.set_num_threads(2)
    F = torch.nn.functional
    x1 = torch.randn(64, 1, 28, 28).to(memory_format=torch.channels_last)
    w1 = torch.randn(32, 1, 3, 3)
    x2 = torch.randn(64, 32, 13, 13).to(memory_format=torch.channels_last)
    w2 = torch.randn(64, 32, 3, 3)
    y1 = F.conv2d(x1, w1)
    y2 = F.conv2d(x2, w2)
    g1, g2 = torch.randn_like(y1), torch.randn_like(y2)
    gk = torch.ops.aten.convolution_backward
    xb = torch.randn(32, 64, 32, 32).to(memory_format=torch.channels_last)
    wb = torch.randn(64, 64, 3, 3)
    xt = torch.randn(32, 64, 16, 16).to(memory_format=torch.channels_last)
    with torch.no_grad():
        rows = [
            ("torch conv2d L1", lambda: F.conv2d(x1, w1)),
            ("torch conv2d L2", lambda: F.conv2d(x2, w2)),
            ("torch grad_kernel L1", lambda: gk(g1, x1, w1, None, (1, 1), (0, 0), (1, 1), False, (0, 0), 1, (False, True, False))),
            ("torch grad_kernel L2", lambda: gk(g2, x2, w2, None, (1, 1), (0, 0), (1, 1), False, (0, 0), 1, (False, True, False))),
            ("torch grad_input L2", lambda: gk(g2, x2, w2, None, (1, 1), (0, 0), (1, 1), False, (0, 0), 1, (True, False, False))),
            ("torch pool2d (64,26,26,32)", lambda: F.max_pool2d(y1, 2)),
            ("torch conv2d bench", lambda: F.conv2d(xb, wb, padding="same")),
            ("torch conv2d_transpose bench", lambda: F.conv_transpose2d(xt, wb, stride=2, padding=1, output_padding=1)),
        ]
        return [(name, best(fn, repeat)) for name, fn in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--torch", action="store_true", help="also time PyTorch's CPU kernels on the same shapes")
    ap.add_argument("--issue4", action="store_true", help="also time the conv2d bench shape (32,32,32,64) 3x3 64->64")
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    rows = cases(rng) + (issue4(rng) if args.issue4 else [])
    total = 0.0
    for name, fn in rows:
        t = best(fn, args.repeat)
        if "bench" not in name:
            total += t
        print(f"{name:48s} {t * 1e3:8.3f} ms")
    print(f"{'total (CNN conv + pool ops)':48s} {total * 1e3:8.3f} ms")
    if args.torch:
        for name, t in torch_cases(args.repeat):
            print(f"{name:48s} {t * 1e3:8.3f} ms")


if __name__ == "__main__":
    main()
