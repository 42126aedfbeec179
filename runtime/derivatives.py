"""The backend meaning of the names derivative formulas use (codegen/vocabulary.py).

`tests/support/derivative_ops.py` gives the same names their NumPy meaning
for the finite-difference tests; here each is a backend function (or a
lifted helper with its own gradient), so a formula evaluated on symbolic
tensors builds a graph that can itself be differentiated (second order).
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Sequence

import numpy as np

from . import bias as _bias
from . import graph


def _K() -> Any:
    import keras_numba

    return keras_numba


def _ops() -> Any:
    from keras_numba import operators

    return operators


def where(condition: Any, x: Any, y: Any) -> Any:
    return _ops().where(condition, x, y)


def logical_and(x: Any, y: Any) -> Any:
    return _ops().logical_and(x, y)


def logical_or(x: Any, y: Any) -> Any:
    return _ops().logical_or(x, y)


def _unary(name: str) -> Callable[[Any], Any]:
    def fn(x: Any) -> Any:
        return getattr(_K(), name)(x)

    fn.__name__ = name
    return fn


exp = _unary("exp")
log = _unary("log")
sqrt = _unary("sqrt")
square = _unary("square")
sign = _unary("sign")
sigmoid = _unary("sigmoid")
tanh = _unary("tanh")
cos = _unary("cos")
sin = _unary("sin")
abs = _unary("abs")  # noqa: A001  (the vocabulary's name)


def zeros_like(x: Any) -> Any:
    return _K().zeros_like(x)


def ones_like(x: Any) -> Any:
    return _K().ones_like(x)


def equal(x: Any, y: Any) -> Any:
    return _K().equal(x, y)


def not_equal(x: Any, y: Any) -> Any:
    return _K().not_equal(x, y)


def maximum(x: Any, y: Any) -> Any:
    return _K().maximum(x, y)


def minimum(x: Any, y: Any) -> Any:
    return _K().minimum(x, y)


def cast_like(value: Any, like: Any) -> Any:
    return _K().cast(value, np.dtype(getattr(like, "dtype", None) or np.asarray(like).dtype).name)


def _axes(ndim: int, axis: Any) -> tuple[int, ...]:
    if axis is None:
        return tuple(range(ndim))
    axes = (axis,) if isinstance(axis, (int, np.integer)) else tuple(axis)
    return tuple(sorted(int(a) % ndim for a in axes)) if ndim else ()


def _unreduce_grad(grads: Sequence[Any], result: Any, v: Any, x: Any, axis: Any = None, keepdims: bool = False) -> tuple[Any, ...]:
    return (_K().sum(grads[0], axis=_axes(len(x.shape), axis), keepdims=keepdims), None, None, None)


@graph.lift("unreduce", grad=_unreduce_grad)
def unreduce(v: Any, x: Any, axis: Any = None, keepdims: bool = False) -> np.ndarray:
    """A reduction's output-shaped `v` broadcast back to the shape of `x`."""
    v = np.asarray(v)
    shape = np.shape(x)
    if not keepdims:
        for a in _axes(len(shape), axis):
            v = np.expand_dims(v, a)
    return np.array(np.broadcast_to(v, shape))


@graph.lift("reduced_size")
def reduced_size(x: Any, axis: Any = None) -> np.ndarray:
    """How many elements each output of a reduction over `axis` covers, in x's float dtype."""
    shape = np.shape(x)
    n = int(np.prod([shape[a] for a in _axes(len(shape), axis)], dtype=np.int64))
    dt = np.asarray(x).dtype if not isinstance(x, graph.GraphValue) else x.dtype
    return np.asarray(n, dtype=dt if dt.kind == "f" else np.float64)


def mean_over(x: Any, axis: Any = None) -> Any:
    return _K().mean(x, axis=_axes(len(np.shape(x)) if not isinstance(x, graph.GraphValue) else x.ndim, axis), keepdims=True)


def _reshape_like_grad(grads: Sequence[Any], result: Any, v: Any, x: Any) -> tuple[Any, ...]:
    return (reshape_like(grads[0], v), None)


@graph.lift("reshape_like", grad=_reshape_like_grad)
def reshape_like(v: Any, x: Any) -> np.ndarray:
    """`v` reshaped to the shape of `x`."""
    return np.reshape(np.asarray(v), np.shape(x))


def permute_back(v: Any, pattern: Any = None) -> Any:
    K = _K()
    if pattern is None:
        return K.transpose(v)
    ndim = len(v.shape)
    axes = [int(a) % ndim for a in pattern]
    return K.permute_dimensions(v, tuple(int(i) for i in np.argsort(axes)))


def flip(v: Any, axes: Any = None) -> Any:
    ndim = len(v.shape)
    return _K().reverse(v, tuple(range(ndim)) if axes is None else axes)


def sum_keep(v: Any, axis: int = -1) -> Any:
    return _K().sum(v, axis=axis, keepdims=True)


# --------------------------------------------------------------------------- broadcasting


def _sum_to_grad(grads: Sequence[Any], result: Any, g: Any, x: Any) -> tuple[Any, ...]:
    return (broadcast_like(grads[0], g), None)


@graph.lift("sum_to_like", grad=_sum_to_grad, passes_same_shape=True)
def sum_to_like(g: Any, x: Any) -> np.ndarray:
    """`g` summed over the axes along which `x` was broadcast to `g`'s shape."""
    g = np.asarray(g)
    shape = np.shape(x)
    if g.shape == shape:
        return g
    while g.ndim > len(shape):
        g = g.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and g.shape[axis] != 1:
            g = g.sum(axis=axis, keepdims=True)
    return np.asarray(np.broadcast_to(g, shape))


def _broadcast_grad(grads: Sequence[Any], result: Any, v: Any, x: Any) -> tuple[Any, ...]:
    return (sum_to_like(grads[0], v), None)


@graph.lift("broadcast_like", grad=_broadcast_grad)
def broadcast_like(v: Any, x: Any) -> np.ndarray:
    """`v` broadcast to the shape of `x`."""
    return np.array(np.broadcast_to(np.asarray(v), np.shape(x)))


# --------------------------------------------------------------------------- runtime module functions


class _LiftedModule:
    """`module.function(...)` in a formula: the runtime function, lifted to build nodes on symbolic inputs.

    Such gradient kernels have no derivative of their own (second order
    through them is reported as not implemented).
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._cache: dict[str, Callable[..., Any]] = {}

    def __getattr__(self, attr: str) -> Callable[..., Any]:
        fn = self._cache.get(attr)
        if fn is None:
            module = importlib.import_module(f"keras_numba._runtime.{self._name}")
            fn = self._cache[attr] = graph.lift(f"{self._name}.{attr}")(getattr(module, attr))
        return fn


class _InternalOps:
    """`operators.<name>(...)` in a formula: the generated internal function (keras_numba.operators).

    Imported on first use: keras_numba.operators itself imports the gradient rules.
    """

    def __getattr__(self, attr: str) -> Callable[..., Any]:
        return getattr(importlib.import_module("keras_numba.operators"), attr)


operators = _InternalOps()


def lifted_module(name: str) -> Any:
    return _LiftedModule(name)


def _bias_layout(x_ndim: int, bias_shape: tuple, data_format: Any) -> tuple:
    """The shape bias_add broadcasts `bias` as (tf_keras reshapes, never transposes)."""
    from keras_numba._runtime import config as _config

    first = (data_format or _config.image_data_format()) == "channels_first"
    if len(bias_shape) == 1:
        shape = [1] * x_ndim
        shape[1 if first else x_ndim - 1] = bias_shape[0]
        return tuple(shape)
    return ((1, bias_shape[-1]) + tuple(bias_shape[:-1])) if first else ((1,) + tuple(bias_shape))


def bias_add_grad(grad: Any, x: Any, bias: Any, data_format: Any = None) -> Any:
    """The gradient of bias_add with respect to its bias: `grad` summed over the broadcast axes."""
    layout = _bias_layout(len(_static(x)), tuple(_static(bias)), data_format)
    axes = tuple(i for i, d in enumerate(layout) if d == 1)
    return _sum_to_bias(grad, bias, axes, layout)


def _sum_to_bias_grad(grads: Sequence[Any], result: Any, grad: Any, bias: Any, axes: tuple, layout: tuple) -> tuple[Any, ...]:
    return (broadcast_like(_K().reshape(grads[0], layout), grad), None, None, None)


@graph.lift("sum_to_bias", grad=_sum_to_bias_grad)
def _sum_to_bias(grad: Any, bias: Any, axes: tuple, layout: tuple) -> np.ndarray:
    """`grad` summed over `axes` and shaped like `bias`: one node (an LSTM adds its bias at every step)."""
    grad = np.asarray(grad)
    fast = _bias.sum_to_bias(grad, axes)  # one pass with per-thread column sums
    if fast is not None:
        return fast.reshape(np.shape(bias))
    # the backend's sum: NumPy's reduce over several leading axes of a conv gradient is 3x slower
    return np.asarray(_K().sum(grad, axis=axes)).reshape(np.shape(bias))


def scatter_add_like(grad: Any, reference: Any, indices: Any) -> Any:
    """Zeros shaped like `reference` with `grad`'s rows added at `indices` (repeats accumulate)."""
    if not graph.is_symbolic(indices):
        indices = np.asarray(indices).astype(np.intp)
    return graph.scatter_like(grad, reference, indices)


def _slice_grad_grad(grads: Sequence[Any], result: Any, grad: Any, x: Any, start: Any, size: Any) -> tuple[Any, ...]:
    # slice_grad_like is linear in `grad`: its own gradient slices the same region back out.
    return (_K().slice(grads[0], start, size), None, None, None)


@graph.lift("slice_grad_like", grad=_slice_grad_grad, same_as=1)
def _scatter_slice(grad: Any, x: Any, start: Any, size: Any) -> np.ndarray:
    grad = np.asarray(grad)
    dtype = grad.dtype if grad.dtype.kind in "fc" else np.result_type(grad.dtype, np.float32)
    out = np.zeros(np.shape(x), dtype=dtype)
    begin = [int(b) for b in np.atleast_1d(np.asarray(start))]
    out[tuple(slice(b, b + n) for b, n in zip(begin, grad.shape))] = grad  # grad's shape is the region's (size -1 resolved)
    return out


def slice_grad_like(grad: Any, x: Any, start: Any, size: Any) -> Any:
    """Zeros shaped like `x` with `grad` written at the region `slice(x, start, size)` read (the gradient of `slice`)."""
    if not graph.is_symbolic(x):
        x = np.asarray(x)
    return _scatter_slice(grad, x, start, size)


# --------------------------------------------------------------------------- list arguments


def unstack_like(grad: Any, xs: Sequence[Any], axis: int = 0) -> list[Any]:
    """The gradient of `stack(xs, axis)` for each of `xs`: `grad`'s slices along `axis`."""
    ndim = len(grad.shape) if isinstance(grad, graph.GraphValue) else np.ndim(grad)
    axis = axis % ndim
    return [graph.getitem(grad, (slice(None),) * axis + (i,)) for i in range(len(xs))]


def split_like(grad: Any, xs: Sequence[Any], axis: int = -1) -> list[Any]:
    """The gradient of `concatenate(xs, axis)` for each of `xs`: consecutive blocks of `grad` along `axis`."""
    ndim = len(grad.shape) if isinstance(grad, graph.GraphValue) else np.ndim(grad)
    axis = axis % ndim
    out, start = [], 0
    for x in xs:
        shape = _static(x)
        size = shape[axis] if len(shape) > axis else 1
        if size is None:
            raise NotImplementedError("keras_numba.gradients: concatenate needs the sizes along its axis to be known")
        out.append(graph.getitem(grad, (slice(None),) * axis + (slice(start, start + size),)))
        start += size
    return out


# --------------------------------------------------------------------------- dot products
#
# Written with backend functions (reshape, permute, dot), so second-order
# gradients of dot products come out of the same engine.


def _static(value: Any) -> tuple[Any, ...]:
    return tuple(value.shape) if isinstance(value, graph.GraphValue) else np.shape(value)


def _size(dims: tuple[Any, ...]) -> int:
    if any(d is None for d in dims):
        raise NotImplementedError("keras_numba.gradients: dot gradients need y's dimensions other than the contracted one to be known")
    return int(np.prod(dims, dtype=np.int64))


def _matmul_of(a: Any, b: Any) -> np.ndarray:
    """a @ b for 2-D arrays (transposed views included: BLAS reads them without a copy)."""
    from . import array_ops

    dtype = np.result_type(a, b)
    return array_ops._matmul(a.astype(dtype, copy=False), b.astype(dtype, copy=False), dtype)


def _matmul_nt_grad(grads: Sequence[Any], result: Any, a: Any, b: Any) -> tuple[Any, ...]:
    return (_K().dot(grads[0], b), matmul_tn(grads[0], a))


@graph.lift("matmul_nt", grad=_matmul_nt_grad)
def matmul_nt(a: Any, b: Any) -> np.ndarray:
    """`a @ b.T` for 2-D `a` and `b`: dot's gradient with respect to x."""
    a, b = np.asarray(a), np.asarray(b)
    return _matmul_of(a, b.T)


def _matmul_tn_grad(grads: Sequence[Any], result: Any, a: Any, b: Any) -> tuple[Any, ...]:
    return (matmul_nt(b, grads[0]), _K().dot(a, grads[0]))


@graph.lift("matmul_tn", grad=_matmul_tn_grad)
def matmul_tn(a: Any, b: Any) -> np.ndarray:
    """`a.T @ b` for 2-D `a` and `b`: dot's gradient with respect to y."""
    a, b = np.asarray(a), np.asarray(b)
    return _matmul_of(a.T, b)


def _matmul_tn_sum_grad(grads: Sequence[Any], result: Any, a_list: Sequence[Any], b_list: Sequence[Any]) -> tuple[Any, ...]:
    g = grads[0]
    return ([matmul_nt(b, g) for b in b_list], [_K().dot(a, g) for a in a_list])


@graph.lift("matmul_tn_sum", grad=_matmul_tn_sum_grad)
def matmul_tn_sum(a_list: Sequence[Any], b_list: Sequence[Any]) -> np.ndarray:
    """The sum of `a.T @ b` over pairs of 2-D arrays, as one product of the row-stacked pairs.

    A weight an unrolled loop uses at every step gets its gradient this way:
    one large GEMM instead of a small one per step and their sum.
    """
    a = np.concatenate([np.asarray(v) for v in a_list], axis=0)
    b = np.concatenate([np.asarray(v) for v in b_list], axis=0)
    return _matmul_of(a.T, b)


def dot_grad_x(grad: Any, x: Any, y: Any) -> Any:
    """d(dot(x, y))/dx applied to `grad` (Keras/NumPy dot: x's last axis with y's second-to-last)."""
    K = _K()
    ys = _static(y)
    if len(ys) == 1:
        return K.expand_dims(grad, -1) * y
    if len(ys) == 2 and len(_static(grad)) == 2:
        return matmul_nt(grad, y)  # one node, no transpose node (an unrolled LSTM has 100 per batch)
    if len(ys) == 2:  # (..., k) . (k, n): no reshapes, so unknown dims anywhere are fine
        return K.dot(grad, K.transpose(y))
    k = ys[-2]
    perm = (len(ys) - 2,) + tuple(range(len(ys) - 2)) + (len(ys) - 1,)
    rest = _size(ys[:-2] + ys[-1:])
    y2 = K.reshape(K.permute_dimensions(y, perm), (k, -1) if k is not None else (-1, rest))  # (k, B*N)
    g2 = K.reshape(grad, (-1, rest))  # (A, B*N)
    return reshape_like(K.dot(g2, K.transpose(y2)), x)


def dot_grad_y(grad: Any, x: Any, y: Any) -> Any:
    """d(dot(x, y))/dy applied to `grad`."""
    K = _K()
    xs, ys = _static(x), _static(y)
    k = xs[-1]
    if len(xs) == 2 and len(ys) == 2:
        return matmul_tn(x, grad)
    x2 = x if len(xs) == 2 else K.reshape(x, (-1, k))  # (A, k)
    if len(ys) == 1:
        return K.sum(x2 * K.reshape(grad, (-1, 1)), axis=0)
    g2 = K.reshape(grad, (-1, _size(ys[:-2] + ys[-1:])))  # (A, B*N)
    dy2 = K.dot(K.transpose(x2), g2)  # (k, B*N)
    moved = (-1 if k is None else k,) + tuple(ys[:-2]) + (ys[-1],)
    perm = (len(ys) - 2,) + tuple(range(len(ys) - 2)) + (len(ys) - 1,)
    return K.permute_dimensions(K.reshape(dy2, moved), tuple(int(i) for i in np.argsort(perm)))


# --------------------------------------------------------------------------- tiling, repeats, scans, padding
#
# Written with backend functions (reshape, sum, reverse, cumsum, slicing), so
# their own gradients come out of the same engine (second order).


def _known(fn: str, dims: tuple[Any, ...]) -> tuple[int, ...]:
    if any(d is None for d in dims):
        raise NotImplementedError(f"keras_numba.gradients: the gradient of {fn} needs its input's shape to be known")
    return tuple(int(d) for d in dims)


def cumsum(v: Any, axis: int = 0) -> Any:
    return _K().cumsum(v, axis)


def _tile_reps(n: Any, rank: int) -> tuple[int, ...]:
    reps = tuple(int(r) for r in np.atleast_1d(np.asarray(n, dtype=np.int64)))
    return (1,) * (rank - len(reps)) + reps


def _untile_grad(grads: Sequence[Any], result: Any, grad: Any, x: Any, n: Any) -> tuple[Any, ...]:
    return (_K().tile(grads[0], n), None, None)  # untile is linear in grad; its adjoint tiles again


@graph.lift("untile", grad=_untile_grad, same_as=1)
def _untile_arrays(grad: Any, x: Any, n: Any) -> np.ndarray:
    """untile on values: used when x's static shape has unknown dims (a batch axis)."""
    grad, shape = np.asarray(grad), np.shape(x)
    split = tuple(v for r, s in zip(_tile_reps(n, len(shape)), shape) for v in (r, s))
    return grad.reshape(split).sum(axis=tuple(range(0, 2 * len(shape), 2))) if shape else grad.reshape(())


def untile(grad: Any, x: Any, n: Any) -> Any:
    """The gradient of `tile(x, n)`: the copies of x in `grad` summed (one reshape, one sum)."""
    shape = _static(x)
    if any(d is None for d in shape):
        return _untile_arrays(grad, x, n)
    reps = _tile_reps(n, len(shape))
    if not shape:
        return reshape_like(grad, x)
    split = tuple(v for r, s in zip(reps, shape) for v in (r, s))  # axis i of the result = (copy, element)
    return reshape_like(_K().sum(_K().reshape(grad, split), axis=tuple(range(0, 2 * len(shape), 2))), x)


def unrepeat(v: Any, x: Any, rep: int, axis: int) -> Any:
    """The gradient of `repeat_elements(x, rep, axis)` applied to `v`: each run of `rep` slices summed.

    Only x's size along `axis` is read from x, so it also undoes one repeat of several.
    """
    vs = _static(v)
    a = int(axis) % len(vs)
    size = _known("repeat_elements", (_static(x)[a],))[0]
    dims = tuple(vs[:a]) + (size, int(rep)) + tuple(vs[a + 1 :])
    if sum(d is None for d in dims) > 1:
        raise NotImplementedError("keras_numba.gradients: the gradient of repeat_elements needs all but one size of x known")
    split = tuple(-1 if d is None else int(d) for d in dims)  # one unknown size (a batch axis) is inferred
    return _K().sum(_K().reshape(v, split), axis=a + 1)


def unpad(grad: Any, x: Any, padding: Any, data_format: Any = None) -> Any:
    """The gradient of zero padding (temporal/spatial_2d/spatial_3d_padding): the interior of `grad`.

    x has rank 2 + (number of padded axes); they start after the batch axis
    (channels_last) or after the batch and channel axes (channels_first).
    """
    from . import array_ops
    from . import config as _config

    shape = _static(x)
    pairs = array_ops._pad_pairs("gradients", padding, len(shape) - 2)
    first = 2 if (data_format or _config.image_data_format()) == "channels_first" else 1
    key: list[Any] = [slice(None)] * len(shape)
    for axis, (before, after) in enumerate(pairs, start=first):
        key[axis] = slice(before, -after if after else None)  # needs no static size (a None batch or time axis)
    return graph.getitem(grad, tuple(key))


# --------------------------------------------------------------------------- batch_dot


def _batch_dot_axes(x_ndim: int, y_ndim: int, axes: Any) -> tuple[int, int]:
    if axes is None:
        pair = (x_ndim - 1, y_ndim - 1 if y_ndim == 2 else y_ndim - 2)
    elif isinstance(axes, (int, np.integer)):
        pair = (int(axes), int(axes))
    else:
        pair = (int(axes[0]), int(axes[1]))
    return pair[0] % x_ndim, pair[1] % y_ndim


def _batch_dot_layout(x: Any, y: Any, axes: Any) -> tuple[Any, ...]:
    """(batch, a0, a1, x's kept axes, y's kept axes, their sizes' products, contracted size)."""
    xs, ys = _static(x), _static(y)
    a0, a1 = _batch_dot_axes(len(xs), len(ys), axes)
    xr = [i for i in range(1, len(xs)) if i != a0]
    yr = [i for i in range(1, len(ys)) if i != a1]
    known_x = _known("batch_dot", tuple(xs[1:]))
    known_y = _known("batch_dot", tuple(ys[1:]))
    mx = int(np.prod([known_x[i - 1] for i in xr], dtype=np.int64))
    my = int(np.prod([known_y[i - 1] for i in yr], dtype=np.int64))
    batch = -1 if xs[0] is None else int(xs[0])
    return batch, a0, a1, xr, yr, mx, my, known_x[a0 - 1], known_x, known_y


def batch_dot_grad_x(grad: Any, x: Any, y: Any, axes: Any = None) -> Any:
    """d(batch_dot(x, y, axes))/dx applied to `grad`, itself a batch_dot (so it differentiates again)."""
    K = _K()
    batch, a0, a1, xr, yr, mx, my, k, known_x, _ = _batch_dot_layout(x, y, axes)
    g = K.reshape(grad, (batch, mx, my))
    y2 = K.reshape(K.permute_dimensions(y, tuple([0, a1] + yr)), (batch, k, my))
    dx = K.batch_dot(g, y2, axes=(2, 2))  # (batch, mx, k)
    dx = K.reshape(dx, (batch,) + tuple(known_x[i - 1] for i in xr) + (k,))
    return permute_back(dx, [0] + xr + [a0])


def batch_dot_grad_y(grad: Any, x: Any, y: Any, axes: Any = None) -> Any:
    """d(batch_dot(x, y, axes))/dy applied to `grad`."""
    K = _K()
    batch, a0, a1, xr, yr, mx, my, k, _, known_y = _batch_dot_layout(x, y, axes)
    g = K.reshape(grad, (batch, mx, my))
    x2 = K.reshape(K.permute_dimensions(x, tuple([0] + xr + [a0])), (batch, mx, k))
    dy = K.batch_dot(x2, g, axes=(1, 1))  # (batch, k, my)
    dy = K.reshape(dy, (batch, k) + tuple(known_y[i - 1] for i in yr))
    return permute_back(dy, [0, a1] + yr)
