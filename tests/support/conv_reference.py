"""Window arithmetic for the tests' float64 convolution references (TensorFlow's padding rules)."""

from __future__ import annotations

from typing import Sequence


def tf_padding(sizes: Sequence[int], windows: Sequence[int], strides: Sequence[int], dilations: Sequence[int],
               padding: str) -> tuple[list[int], list[tuple[int, int]]]:
    """(output sizes, (before, after) pads) per spatial axis: 'same' puts the odd pad at the end."""
    outs, pads = [], []
    for n, k, s, dl in zip(sizes, windows, strides, dilations):
        dk = (k - 1) * dl + 1
        if padding == "same":
            o = -(-n // s)
            total = max((o - 1) * s + dk - n, 0)
            pads.append((total // 2, total - total // 2))
        else:
            o = max((n - dk) // s + 1, 0)
            pads.append((0, 0))
        outs.append(o)
    return outs, pads
