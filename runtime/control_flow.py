"""rnn, map_fn, foldl and foldr: loops over a leading axis, eager and symbolic.

One code path serves both modes: the loop body calls backend functions, so on
arrays it computes and on symbolic tensors it builds the unrolled graph (which
`gradients` then differentiates step by step, i.e. backpropagation through
time). Symbolic loops therefore need the looped-over dimension to be known.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np

from . import graph


def _K() -> Any:
    import keras_numba

    return keras_numba


def _length(fn: str, arg: str, x: Any, axis: int = 0) -> int:
    shape = x.shape if graph.is_symbolic(x) else np.shape(x)
    if len(shape) <= axis:
        raise ValueError(f"keras_numba.{fn}: {arg} must have rank > {axis}; got shape {tuple(shape)}")
    n = shape[axis]
    if n is None:
        raise ValueError(
            f"keras_numba.{fn}: the length of {arg} along axis {axis} must be known to build a symbolic loop "
            "(give the placeholder a static size for that axis)"
        )
    return int(n)


def _as_tensor(x: Any) -> Any:
    return x if graph.is_symbolic(x) else np.asarray(x)


def _item(x: Any, t: int) -> Any:
    return x[t] if graph.is_symbolic(x) else np.asarray(x[t])


def _unstack_grad(grads: Sequence[Any], result: Any, x: Any) -> tuple[Any, ...]:
    return (_K().stack(list(grads), axis=0),)


@graph.lift("unstack", grad=_unstack_grad)
def _unstack_values(x: Any) -> tuple[np.ndarray, ...]:
    x = np.asarray(x)
    return tuple(x[t] for t in range(x.shape[0]))


def _unstack(x: Any) -> tuple[Any, ...]:
    """The slices of `x` along its first axis (time), as one node: slicing step by step would
    give each step's gradient its own full-size scatter, quadratic in the sequence length."""
    return tuple(_unstack_values(x)) if graph.is_symbolic(x) else tuple(np.asarray(x)[t] for t in range(np.shape(x)[0]))


def _rank(x: Any) -> int:
    return len(x.shape) if graph.is_symbolic(x) else np.ndim(x)


def _select_rows_grad(grads: Sequence[Any], result: Any, mask_t: Any, new: Any, old: Any) -> tuple[Any, ...]:
    to_new, to_old = split_rows(mask_t, grads[0])
    return (None, to_new, to_old)


def _split_rows_grad(grads: Sequence[Any], result: Any, mask_t: Any, g: Any) -> tuple[Any, ...]:
    to_new, to_old = grads
    if to_new is None and to_old is None:
        return (None, None)
    return (None, select_rows(mask_t, 0.0 if to_new is None else to_new, 0.0 if to_old is None else to_old))


@graph.lift("split_rows", grad=_split_rows_grad)
def split_rows(mask_t: Any, g: Any) -> tuple[np.ndarray, np.ndarray]:
    """`g` split by a (samples,) mask: (its rows where the mask is true, the others), zeros elsewhere.

    The gradient of `select_rows` for both of its inputs, in one node.
    """
    g = np.asarray(g)
    mask_t = np.asarray(mask_t)
    m = mask_t.reshape(mask_t.shape + (1,) * (g.ndim - mask_t.ndim))
    to_new = np.zeros_like(g)
    np.copyto(to_new, g, where=m)  # copies (not multiplications): inf and NaN stay in their rows
    to_old = g.copy()
    np.copyto(to_old, 0, where=m)
    return to_new, to_old


@graph.lift("select_rows", grad=_select_rows_grad)
def select_rows(mask_t: Any, new: Any, old: Any) -> np.ndarray:
    """`new` in the rows (samples) where the (samples,) mask `mask_t` is true, `old` in the others.

    A masked rnn step keeps each state's old rows where a sample is masked.
    One node per state, not an `expand_dims` per trailing axis and a
    broadcasting `where`: a masked LSTM runs three of them per time step,
    and six more in its backward pass.
    """
    mask_t = np.asarray(mask_t)
    rank = max(np.ndim(new), np.ndim(old))
    m = mask_t.reshape(mask_t.shape + (1,) * (rank - mask_t.ndim))
    if type(new) is np.ndarray and type(old) is np.ndarray and new.shape == old.shape and new.dtype == old.dtype and mask_t.shape == old.shape[: mask_t.ndim]:
        out = old.copy()
        np.copyto(out, new, where=m)  # a copy and a masked copy: cheaper than where's three-way broadcast
        return out
    return np.asarray(np.where(m, new, old))


def rnn(
    step_function: Callable[..., Any],
    inputs: Any,
    initial_states: Any,
    go_backwards: bool = False,
    mask: Any = None,
    constants: Any = None,
    unroll: bool = False,
    input_length: Any = None,
    time_major: bool = False,
    zero_output_for_mask: bool = False,
    return_all_outputs: bool = True,
) -> tuple[Any, Any, list[Any]]:
    K = _K()
    if not callable(step_function):
        raise TypeError("keras_numba.rnn: step_function must be callable")
    inputs = _as_tensor(inputs)
    if _rank(inputs) < 3:
        raise ValueError(f"keras_numba.rnn: inputs must have rank >= 3 (samples, time, ...); got rank {_rank(inputs)}")
    if not isinstance(initial_states, (list, tuple)):
        raise TypeError("keras_numba.rnn: initial_states must be a list of tensors")
    states = [_as_tensor(s) for s in initial_states]
    constants = [_as_tensor(c) for c in (constants or [])]
    if not time_major:
        inputs = K.permute_dimensions(inputs, (1, 0) + tuple(range(2, _rank(inputs))))
    steps = _length("rnn", "inputs", inputs, 0)
    if input_length is not None and not graph.is_symbolic(input_length) and int(input_length) != steps:
        raise ValueError(f"keras_numba.rnn: input_length={input_length} does not match the {steps} time steps of inputs")
    if mask is not None:
        mask = _as_tensor(mask)
        if _rank(mask) == 3:  # (samples, time, 1)
            mask = K.squeeze(mask, -1)
        if _rank(mask) != 2:
            raise ValueError(f"keras_numba.rnn: mask must have shape (samples, time); got rank {_rank(mask)}")
        if not graph.is_symbolic(mask) and np.asarray(mask).dtype != bool:
            mask = np.asarray(mask).astype(bool)
        elif graph.is_symbolic(mask) and np.dtype(mask.dtype) != bool:
            mask = K.cast(mask, "bool")
        if not time_major:
            mask = K.transpose(mask)
    order = range(steps - 1, -1, -1) if go_backwards else range(steps)
    step_inputs = _unstack(inputs)  # one node with a result per step, so one gradient (a stack), not one per step
    step_masks = _unstack(mask) if mask is not None else None
    outputs: list[Any] = []
    prev_output: Any = None
    for t in order:
        output, new_states = step_function(step_inputs[t], list(states) + constants)
        if not isinstance(new_states, (list, tuple)):
            new_states = [new_states]
        if len(new_states) != len(states):
            raise ValueError(f"keras_numba.rnn: step_function returned {len(new_states)} states, expected {len(states)}")
        if step_masks is not None:
            m = step_masks[t]
            new_states = [select_rows(m, ns, s) for ns, s in zip(new_states, states)]
            if prev_output is None:
                prev_output = K.zeros_like(output)
            kept = K.zeros_like(output) if zero_output_for_mask else prev_output
            output = select_rows(m, output, kept)
            prev_output = output
        states = list(new_states)
        outputs.append(output)
    if not outputs:
        raise ValueError("keras_numba.rnn: inputs must have at least one time step")
    last_output = outputs[-1]
    if return_all_outputs:
        stacked = K.stack(outputs, axis=0 if time_major else 1)
    else:
        stacked = K.expand_dims(last_output, 0 if time_major else 1)
    return last_output, stacked, states


def map_fn(fn: Callable[[Any], Any], elems: Any, name: Any = None, dtype: Any = None) -> Any:
    if not callable(fn):
        raise TypeError("keras_numba.map_fn: fn must be callable")
    elems = _as_tensor(elems)
    n = _length("map_fn", "elems", elems)
    results = [fn(_item(elems, i)) for i in range(n)]
    K = _K()
    if not results:
        out = np.zeros((0,), dtype=np.dtype(dtype) if dtype is not None else np.asarray(elems).dtype)
        return out
    stacked = K.stack(results, axis=0)
    return K.cast(stacked, dtype) if dtype is not None else stacked


def _fold(fn_name: str, fn: Callable[[Any, Any], Any], elems: Any, initializer: Any, reverse: bool) -> Any:
    if not callable(fn):
        raise TypeError(f"keras_numba.{fn_name}: fn must be callable")
    elems = _as_tensor(elems)
    n = _length(fn_name, "elems", elems)
    indices = list(range(n - 1, -1, -1)) if reverse else list(range(n))
    if initializer is None:
        if n == 0:
            raise ValueError(f"keras_numba.{fn_name}: elems is empty and no initializer was given")
        acc = _item(elems, indices[0])
        indices = indices[1:]
    else:
        acc = _as_tensor(initializer)
    for i in indices:
        acc = fn(acc, _item(elems, i))
    return acc if graph.is_symbolic(acc) else np.asarray(acc)


def foldl(fn: Callable[[Any, Any], Any], elems: Any, initializer: Any = None, name: Any = None) -> Any:
    return _fold("foldl", fn, elems, initializer, reverse=False)


def foldr(fn: Callable[[Any, Any], Any], elems: Any, initializer: Any = None, name: Any = None) -> Any:
    return _fold("foldr", fn, elems, initializer, reverse=True)
