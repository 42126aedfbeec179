"""NumPy meanings of the names derivative formulas use (codegen/vocabulary.py).

The finite-difference tests evaluate each spec formula with these; the autodiff
engine gives the same names their backend meaning.
"""

from __future__ import annotations

import numpy as np

where = np.where
exp = np.exp
log = np.log
sqrt = np.sqrt
square = np.square
sign = np.sign
tanh = np.tanh
cos = np.cos
sin = np.sin
abs = np.abs  # noqa: A001  (the vocabulary's name)
maximum = np.maximum
minimum = np.minimum
logical_and = np.logical_and
logical_or = np.logical_or


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def zeros_like(x: np.ndarray) -> np.ndarray:
    return np.zeros_like(np.asarray(x, dtype=float))


def ones_like(x: np.ndarray) -> np.ndarray:
    return np.ones_like(np.asarray(x, dtype=float))


def cast_like(value: np.ndarray, like: np.ndarray) -> np.ndarray:
    return np.asarray(value).astype(np.asarray(like).dtype)


def _axes(x: np.ndarray, axis: object) -> tuple[int, ...]:
    ndim = np.ndim(x)
    if axis is None:
        return tuple(range(ndim))
    axes = (axis,) if isinstance(axis, int) else tuple(axis)  # type: ignore[arg-type]
    return tuple(sorted(a % ndim for a in axes))


def unreduce(v: np.ndarray, x: np.ndarray, axis: object = None, keepdims: bool = False) -> np.ndarray:
    """A reduction's output-shaped `v` broadcast back to the shape of `x`."""
    v = np.asarray(v, dtype=float)
    if not keepdims:
        for a in _axes(x, axis):
            v = np.expand_dims(v, a)
    return np.broadcast_to(v, np.shape(x))


def reduced_size(x: np.ndarray, axis: object = None) -> int:
    """How many elements of `x` each output element of a reduction over `axis` covers."""
    return int(np.prod([np.shape(x)[a] for a in _axes(x, axis)], dtype=np.int64))


def mean_over(x: np.ndarray, axis: object = None) -> np.ndarray:
    """The mean of `x` over `axis`, keeping the reduced axes (broadcasts against x)."""
    return np.mean(np.asarray(x, dtype=float), axis=_axes(x, axis), keepdims=True)


def reshape_like(v: np.ndarray, x: np.ndarray) -> np.ndarray:
    """`v` reshaped to the shape of `x` (the gradient of any pure reshape)."""
    return np.reshape(np.asarray(v, dtype=float), np.shape(x))


def permute_back(v: np.ndarray, pattern: object = None) -> np.ndarray:
    """Undo `np.transpose(x, pattern)` (pattern None: all axes reversed)."""
    v = np.asarray(v, dtype=float)
    if pattern is None:
        return np.transpose(v)
    axes = [int(a) % v.ndim for a in pattern]  # type: ignore[union-attr]
    return np.transpose(v, np.argsort(axes))


def flip(v: np.ndarray, axes: object = None) -> np.ndarray:
    """`v` reversed along `axes` (an int, a sequence, or None for all)."""
    v = np.asarray(v, dtype=float)
    return np.flip(v, axis=None if axes is None else (axes if isinstance(axes, int) else tuple(axes)))  # type: ignore[arg-type]


def sum_keep(v: np.ndarray, axis: int = -1) -> np.ndarray:
    """The sum of `v` over `axis`, keeping it (broadcasts back against v)."""
    return np.sum(np.asarray(v, dtype=float), axis=axis, keepdims=True)


def unstack_like(grad: np.ndarray, xs: list, axis: int = 0) -> list:
    return [np.take(grad, i, axis=axis) for i in range(len(xs))]


def split_like(grad: np.ndarray, xs: list, axis: int = -1) -> list:
    sizes = np.cumsum([np.shape(x)[axis] for x in xs])[:-1]
    return np.split(grad, sizes, axis=axis)


def _dot_spec(x: np.ndarray, y: np.ndarray) -> str:
    xs, ys = "abcdefg"[: x.ndim - 1], "hijklmn"[: max(y.ndim - 2, 0)]
    return f"{xs}z,z->{xs}" if y.ndim == 1 else f"{xs}z,{ys}zw->{xs}{ys}w"


def dot_grad_x(grad: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """d(dot(x, y))/dx applied to grad, by einsum (independent of the backend's reshapes)."""
    lhs, out = _dot_spec(x, y).split("->")
    xsub, ysub = lhs.split(",")
    return np.einsum(f"{out},{ysub}->{xsub}", grad, y)


def dot_grad_y(grad: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    lhs, out = _dot_spec(x, y).split("->")
    xsub, ysub = lhs.split(",")
    return np.einsum(f"{xsub},{out}->{ysub}", x, grad)


def _bias_layout(x_ndim: int, bias_shape: tuple, data_format: Any) -> tuple:
    """The shape bias_add broadcasts `bias` as (tf_keras reshapes, never transposes)."""
    from keras_numba._runtime import config as _config  # noqa: PLC0415  (reads image_data_format)

    first = (data_format or _config.image_data_format()) == "channels_first"
    if len(bias_shape) == 1:
        shape = [1] * x_ndim
        shape[1 if first else x_ndim - 1] = bias_shape[0]
        return tuple(shape)
    return ((1, bias_shape[-1]) + tuple(bias_shape[:-1])) if first else ((1,) + tuple(bias_shape))


def bias_add_grad(grad: np.ndarray, x: np.ndarray, bias: np.ndarray, data_format: object = None) -> np.ndarray:
    layout = _bias_layout(np.ndim(x), np.shape(bias), data_format)
    axes = tuple(i for i, d in enumerate(layout) if d == 1)
    return np.reshape(np.sum(grad, axis=axes), np.shape(bias))


def scatter_add_like(grad: np.ndarray, reference: np.ndarray, indices: np.ndarray) -> np.ndarray:
    out = np.zeros(np.shape(reference), dtype=float)
    np.add.at(out, np.asarray(indices).astype(np.intp), grad)
    return out


def slice_grad_like(grad: np.ndarray, x: np.ndarray, start: object, size: object) -> np.ndarray:
    out = np.zeros(np.shape(x), dtype=float)
    region = tuple(slice(int(b), int(b) + n) for b, n in zip(np.atleast_1d(start), np.shape(grad)))
    out[region] = grad
    return out


# --------------------------------------------------------------------------- tiling, repeats, scans, padding


def cumsum(v: np.ndarray, axis: int = 0) -> np.ndarray:
    return np.cumsum(np.asarray(v, dtype=float), axis=axis)


def untile(grad: np.ndarray, x: np.ndarray, n: object) -> np.ndarray:
    """The gradient of tile: every copy of x in grad added up, copy by copy."""
    grad = np.asarray(grad, dtype=float)
    shape = np.shape(x)
    reps = tuple(int(r) for r in np.atleast_1d(np.asarray(n, dtype=np.int64)))
    reps = (1,) * (len(shape) - len(reps)) + reps
    out = np.zeros(shape)
    for copy in np.ndindex(*reps):
        out += grad[tuple(slice(c * s, (c + 1) * s) for c, s in zip(copy, shape))]
    return out


def unrepeat(v: np.ndarray, x: np.ndarray, rep: int, axis: int) -> np.ndarray:
    """The gradient of repeat_elements: slice i of the result adds to slice i // rep of x."""
    v = np.asarray(v, dtype=float)
    axis = axis % v.ndim
    shape = list(v.shape)
    shape[axis] = np.shape(x)[axis]
    out = np.zeros(shape)
    for i in range(v.shape[axis]):
        np.moveaxis(out, axis, 0)[i // rep] += np.moveaxis(v, axis, 0)[i]
    return out


def unpad(grad: np.ndarray, x: np.ndarray, padding: object, data_format: object = None) -> np.ndarray:
    """The gradient of zero padding: grad without its padded borders."""
    from keras_numba._runtime import config as _config  # noqa: PLC0415  (reads image_data_format)

    n = np.ndim(x) - 2
    items = [padding] if n == 1 else ([padding] * n if isinstance(padding, (int, np.integer)) else list(padding))  # type: ignore[arg-type]
    pairs = [(int(p), int(p)) if isinstance(p, (int, np.integer)) else (int(p[0]), int(p[1])) for p in items]  # type: ignore[index]
    first = 2 if (data_format or _config.image_data_format()) == "channels_first" else 1
    key = [slice(None)] * np.ndim(x)
    for i, (before, _after) in enumerate(pairs):
        key[first + i] = slice(before, before + np.shape(x)[first + i])
    return np.asarray(grad, dtype=float)[tuple(key)]


def _batch_dot_subscripts(x: np.ndarray, y: np.ndarray, axes: object) -> tuple[str, str, str]:
    if axes is None:
        a0, a1 = x.ndim - 1, (y.ndim - 1 if y.ndim == 2 else y.ndim - 2)
    elif isinstance(axes, (int, np.integer)):
        a0 = a1 = int(axes)
    else:
        a0, a1 = int(axes[0]), int(axes[1])  # type: ignore[index]
    a0, a1 = a0 % x.ndim, a1 % y.ndim
    xs = ["b"] + [chr(ord("c") + i) for i in range(x.ndim - 1)]
    ys = ["b"] + [chr(ord("m") + i) for i in range(y.ndim - 1)]
    xs[a0] = ys[a1] = "z"
    out = "b" + "".join(xs[1:]).replace("z", "") + "".join(ys[1:]).replace("z", "")
    return "".join(xs), "".join(ys), out


def batch_dot_grad_x(grad: np.ndarray, x: np.ndarray, y: np.ndarray, axes: object = None) -> np.ndarray:
    """d(batch_dot)/dx applied to grad, by einsum (independent of the backend's reshapes)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    xsub, ysub, out = _batch_dot_subscripts(x, y, axes)
    g = np.reshape(np.asarray(grad, dtype=float), np.einsum(f"{xsub},{ysub}->{out}", x, y).shape)
    return np.einsum(f"{out},{ysub}->{xsub}", g, y)


def batch_dot_grad_y(grad: np.ndarray, x: np.ndarray, y: np.ndarray, axes: object = None) -> np.ndarray:
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    xsub, ysub, out = _batch_dot_subscripts(x, y, axes)
    g = np.reshape(np.asarray(grad, dtype=float), np.einsum(f"{xsub},{ysub}->{out}", x, y).shape)
    return np.einsum(f"{xsub},{out}->{ysub}", x, g)


class operators:  # noqa: N801  (the name formulas use for internal spec entries)
    """NumPy meanings of the internal functions formulas call as `operators.<name>`."""

    @staticmethod
    def relu_grad(grad: np.ndarray, x: np.ndarray, alpha: float = 0.0, max_value: float | None = None, threshold: float = 0.0) -> np.ndarray:
        x = np.asarray(x, dtype=float)
        inside = x > threshold
        if max_value is not None:
            inside = inside & (x > 0) & (x < max_value)
        return np.asarray(grad, dtype=float) * (inside + alpha * (x < threshold))

    @staticmethod
    def sigmoid_grad(grad: np.ndarray, y: np.ndarray) -> np.ndarray:
        y = np.asarray(y, dtype=float)
        return np.asarray(grad, dtype=float) * y * (1.0 - y)

    @staticmethod
    def tanh_grad(grad: np.ndarray, y: np.ndarray) -> np.ndarray:
        y = np.asarray(y, dtype=float)
        return np.asarray(grad, dtype=float) * (1.0 - y * y)
