"""Symbolic tensors and the graphs they form.

Any backend function called with a symbolic argument (a placeholder, a
variable, or a tensor computed from either) returns a symbolic `Tensor`: a
node recording the function, its arguments and the static shape and dtype
of its result. The generated wrappers make that one check first
(`active` and `any_symbolic`), so eager calls on arrays never pay for it.

Static shapes and dtypes come from running the eager function once on
stand-in arrays of the static input shapes (unknown dims as 2, and again as
3 when there are any: output dims that differ are unknown). This needs no
per-function shape code, validates every argument while the graph is built
(errors point at the line that built the node), and cannot drift from what
the function really does.

Graphs run through `program.Program` (compiled once: topological order, dead nodes
pruned) and are differentiated by `autodiff`.
"""

from __future__ import annotations

import inspect

import threading
from typing import Any, Callable, Iterable, Sequence

import numpy as np

from . import scatter

#: True once any symbolic value exists in the process; the wrappers test it
#: before scanning their arguments, so purely eager programs skip the scan.
active = False
_SYMBOLIC_TYPES: set[type] = set()
_lock = threading.Lock()


def register_symbolic_type(cls: type) -> None:
    """Mark `cls` (and only it, not subclasses) as symbolic for `any_symbolic`."""
    _SYMBOLIC_TYPES.add(cls)


def activate() -> None:
    """Called when the first placeholder or variable is made: wrappers start scanning arguments."""
    global active
    active = True


def is_symbolic(value: Any) -> bool:
    return type(value) in _SYMBOLIC_TYPES or isinstance(value, GraphValue)


def any_symbolic(values: Iterable[Any]) -> bool:
    """Whether any value (looking inside lists and tuples) is symbolic."""
    for v in values:
        t = type(v)
        if t in _SYMBOLIC_TYPES:
            return True
        if (t is list or t is tuple) and v and any_symbolic(v):
            return True
    return False


def _ops() -> Any:
    from keras_numba import operators

    return operators


def _K() -> Any:
    import keras_numba

    return keras_numba


class GraphValue:
    """What symbolic tensors and variables share: operators, NumPy interop, shape info.

    Python operators mean the backend's functions (`x + y` is
    `keras_numba.operators.add(x, y)`), so they build graph nodes too.
    `__array_ufunc__ = None` makes NumPy hand `array + tensor` to our
    reflected operators instead of converting the tensor to an array.
    """

    __array_ufunc__ = None
    shape: tuple[int | None, ...]
    dtype: np.dtype
    name: str

    # --- NumPy interop and evaluation
    def eval(self) -> np.ndarray:
        return evaluate(self)

    def numpy(self) -> np.ndarray:
        return evaluate(self)

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        value = evaluate(self)
        return value if dtype is None else value.astype(dtype, copy=False)

    def __float__(self) -> float:
        return float(evaluate(self))

    def __int__(self) -> int:
        return int(evaluate(self))

    def __index__(self) -> int:
        value = evaluate(self)
        if value.ndim or value.dtype.kind not in "iu":
            raise TypeError(f"only integer scalar tensors can be used as an index; {self.name} is {value.dtype} {value.shape}")
        return int(value)

    @property
    def ndim(self) -> int:
        return len(self.shape)

    def get_shape(self) -> tuple[int | None, ...]:
        return self.shape

    def __len__(self) -> int:
        if not self.shape:
            raise TypeError(f"len() of a 0-d tensor ({self.name})")
        if self.shape[0] is None:
            raise TypeError(f"len() of {self.name}: its first dimension is unknown until it is evaluated")
        return int(self.shape[0])

    def __iter__(self) -> Any:
        for i in range(len(self)):
            yield self[i]

    def __bool__(self) -> bool:
        raise TypeError(
            f"the truth value of symbolic tensor {self.name} is unknown while the graph is built; "
            "use keras_numba.switch (or evaluate it first)"
        )

    __hash__ = object.__hash__  # identity: tensors are dict keys in graphs (== is not overloaded)

    # --- arithmetic
    def __add__(self, other: Any) -> Any:
        return _ops().add(self, other)

    def __radd__(self, other: Any) -> Any:
        return _ops().add(other, self)

    def __sub__(self, other: Any) -> Any:
        return _ops().subtract(self, other)

    def __rsub__(self, other: Any) -> Any:
        return _ops().subtract(other, self)

    def __mul__(self, other: Any) -> Any:
        return _ops().multiply(self, other)

    def __rmul__(self, other: Any) -> Any:
        return _ops().multiply(other, self)

    def __truediv__(self, other: Any) -> Any:
        return _ops().divide(self, other)

    def __rtruediv__(self, other: Any) -> Any:
        return _ops().divide(other, self)

    def __floordiv__(self, other: Any) -> Any:
        return _ops().floor_divide(self, other)

    def __rfloordiv__(self, other: Any) -> Any:
        return _ops().floor_divide(other, self)

    def __mod__(self, other: Any) -> Any:
        return _ops().mod(self, other)

    def __rmod__(self, other: Any) -> Any:
        return _ops().mod(other, self)

    def __pow__(self, other: Any) -> Any:
        return _ops().power(self, other)

    def __rpow__(self, other: Any) -> Any:
        return _ops().power(other, self)

    def __matmul__(self, other: Any) -> Any:
        return _K().dot(self, other)

    def __rmatmul__(self, other: Any) -> Any:
        return _K().dot(other, self)

    def __neg__(self) -> Any:
        return _ops().negative(self)

    def __pos__(self) -> Any:
        return self

    def __abs__(self) -> Any:
        return _K().abs(self)

    def __invert__(self) -> Any:
        return _ops().logical_not(self)

    def __and__(self, other: Any) -> Any:
        return _ops().logical_and(self, other)

    def __rand__(self, other: Any) -> Any:
        return _ops().logical_and(other, self)

    def __or__(self, other: Any) -> Any:
        return _ops().logical_or(self, other)

    def __ror__(self, other: Any) -> Any:
        return _ops().logical_or(other, self)

    def __lt__(self, other: Any) -> Any:
        return _K().less(self, other)

    def __le__(self, other: Any) -> Any:
        return _K().less_equal(self, other)

    def __gt__(self, other: Any) -> Any:
        return _K().greater(self, other)

    def __ge__(self, other: Any) -> Any:
        return _K().greater_equal(self, other)

    def __getitem__(self, key: Any) -> Any:
        return getitem(self, key)


class Tensor(GraphValue):
    """One output of a graph node: static `shape` (None = unknown dim) and `dtype`."""

    def __init__(self, node: Node | None, index: int, shape: tuple[int | None, ...], dtype: np.dtype, name: str) -> None:
        self.node = node
        self.index = index
        self.shape = tuple(shape)
        self.dtype = np.dtype(dtype)
        self.name = name
        self._program: Any = None  # a program.Program, made on first evaluation
        self._keras_shape = self.shape  # Keras 2 reads (and sets) it on tensors

    def __repr__(self) -> str:
        shape = "(" + ", ".join("None" if d is None else str(d) for d in self.shape) + ("," if len(self.shape) == 1 else "") + ")"
        return f"<keras_numba.Tensor {self.name!r} shape={shape} dtype={self.dtype.name}>"


class Placeholder(Tensor):
    """A graph input, fed when the graph runs (`function` feeds, or `default` when unfed)."""

    def __init__(self, shape: tuple[int | None, ...], dtype: np.dtype, name: str, sparse: bool = False, default: Any = None) -> None:
        super().__init__(None, 0, shape, dtype, name)
        self.sparse = sparse
        self.default = default
        activate()

    def __repr__(self) -> str:
        return super().__repr__().replace("keras_numba.Tensor", "keras_numba.Placeholder")


register_symbolic_type(Tensor)
register_symbolic_type(Placeholder)


class Node:
    """One call of a backend function inside a graph.

    `fn` is the eager function, `args`/`kwargs` its arguments with symbolic
    values left in place (inside lists and tuples too); `grad` maps the
    output gradients to the inputs' (see `autodiff`); `outputs` are the
    result tensors, `structure` how to rebuild the function's result shape
    (a tensor, or nested tuples/lists of them). `control` holds the control
    inputs active when the node was made (`control_dependencies`): tensors
    computed before it, and pending updates applied before it runs.
    """

    __slots__ = ("op", "fn", "args", "kwargs", "grad", "outputs", "structure", "inputs", "control")

    def __init__(self, op: str, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], grad: Any) -> None:
        self.op = op
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.grad = grad
        self.outputs: list[Tensor] = []
        self.structure: Any = None
        self.inputs: list[GraphValue] = [v for v in _leaves((args, kwargs)) if is_symbolic(v)]
        self.control: tuple[Any, ...] = current_control()  # what must run first (`control_dependencies`)


def _leaves(value: Any) -> Iterable[Any]:
    if type(value) in (list, tuple):
        for v in value:
            yield from _leaves(v)
    elif type(value) is dict:
        for v in value.values():
            yield from _leaves(v)
    else:
        yield value


def _substitute(value: Any, lookup: Callable[[Any], Any]) -> Any:
    t = type(value)
    if t in _SYMBOLIC_TYPES or isinstance(value, GraphValue):
        return lookup(value)
    if t is list:
        return [_substitute(v, lookup) for v in value]
    if t is tuple:
        return tuple(_substitute(v, lookup) for v in value)
    if t is dict:
        return {k: _substitute(v, lookup) for k, v in value.items()}
    return value


# --------------------------------------------------------------------------- building nodes


#: Results up to this size keep the values they had while their node was built,
#: so that nodes built from them see consistent stand-ins: `K.shape(x)[0]` stands
#: in as the stand-in batch size (2, then 3), not as a fill value, and a reshape
#: to `(K.shape(x)[0], 2, 2)` can be checked. Larger results (data, not shapes)
#: keep only their stand-in shapes (a reshape to (-1, 4) of a (None, 10, 4) input
#: stands in as (20, 4), not (2, 4)) and are filled, which keeps the memory of a
#: graph independent of its stand-ins.
_KEPT_STAND_IN_SIZE = 64


def _stand_in(value: Any, unknown: int, hint: tuple[int | None, ...] | None = None) -> Any:
    """A concrete array standing in for a symbolic value while its node is built."""
    from .variables import Variable

    if isinstance(value, Variable):
        return value.value
    if hint is None:
        kept = getattr(value, "_stand_ins", None)
        if kept is not None:
            return kept[0 if unknown == 2 else 1].copy()
        shapes = getattr(value, "_stand_in_shapes", None)
        if shapes is not None:
            hint = shapes[0 if unknown == 2 else 1]
    shape = tuple(unknown if d is None else d for d in (hint or value.shape))
    fill = 1 if value.dtype.kind in "fc" else 0  # ones keep log/sqrt/division finite; zeros are valid indices
    return np.full(shape, fill, dtype=value.dtype)


def _has_unknown_dims(values: Iterable[Any]) -> bool:
    """Whether the stand-ins of these values differ between the two probes (unknown dims,
    or values kept from a probe that differed, such as a shape)."""
    for v in values:
        if isinstance(v, Tensor) and (any(d is None for d in v.shape) or getattr(v, "_varies", False)):
            return True
    return False


def _flatten(result: Any) -> tuple[list[np.ndarray], Any]:
    """The arrays of a function's result and its structure (-1 = not a tensor)."""
    arrays: list[np.ndarray] = []

    def walk(r: Any) -> Any:
        if hasattr(r, "dense_shape"):  # a sparse tensor: one value (its own shape and dtype)
            arrays.append(r)
            return len(arrays) - 1
        if type(r) in (tuple, list):
            return type(r)(walk(x) for x in r)
        if isinstance(r, (np.ndarray, np.generic)):
            arrays.append(np.asarray(r))
            return len(arrays) - 1
        return ("const", r)

    return arrays, walk(result)


def _rebuild(structure: Any, items: Sequence[Any]) -> Any:
    if isinstance(structure, int):
        return items[structure]
    if type(structure) is tuple and len(structure) == 2 and structure[0] == "const":
        return structure[1]
    return type(structure)(_rebuild(s, items) for s in structure)


def apply(op: str, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], grad: Any = None, same_as: int | None = None,
          hoists: tuple[str, dict[str, Any]] | None = None, folds_bias: tuple[str, str, tuple[str, ...]] | None = None) -> Any:
    """Record `fn(*args, **kwargs)` as a graph node and return its symbolic result.

    `same_as`: the result has the shape and dtype of that positional
    argument, and `fn` is not run while building (it has side effects).
    `hoists`: (argument, attribute values) under which `fn` takes window maxima
    of that argument (spec `hoists_monotone`); see `_hoisted`.
    `folds_bias`: (tensor argument, bias argument, attributes that must agree) when
    `fn` adds a bias along the channel axis (spec `folds_bias`); see `_folded`.
    """
    if hoists is not None:
        hoisted = _hoisted(op, fn, kwargs, grad, *hoists)
        if hoisted is not None:
            return hoisted
    if folds_bias is not None:
        folded = _folded(kwargs, *folds_bias)
        if folded is not None:
            return folded
    node = Node(op, fn, args, kwargs, grad)
    if same_as is not None:
        like = args[same_as]
        node.outputs.append(Tensor(node, 0, tuple(like.shape), like.dtype, f"{scope_name(op)}:0"))
        node.structure = 0
        return node.outputs[0]
    hints: dict[int, tuple[int | None, ...]] = {}
    try:
        first, second = _probe(node, None)
    except (ValueError, IndexError, TypeError) as plain_error:
        # Unknown dims that must agree with known ones elsewhere: a Keras 2 target
        # placeholder (None, None) against an output (None, 3) needs (n, 3) for a
        # dense loss and (n, 1) for a sparse one. Retry with unknown dims taken from
        # the other inputs of the same rank, then with unknown non-batch dims as 1.
        for hints in (_dims_from_other_inputs(node.inputs, [v for v in _leaves((args, kwargs)) if hasattr(v, "shape")]), _trailing_unknown_as_one(node.inputs)):
            if not hints:
                continue
            try:
                first, second = _probe(node, hints)
                break
            except (ValueError, IndexError, TypeError):
                continue
        else:
            raise plain_error from None
    arrays, structure = _flatten(first)
    shapes = [list(a.shape) for a in arrays]
    if second is not None:
        for shape, a, b in zip(shapes, arrays, _flatten(second)[0]):
            if len(a.shape) != len(b.shape):
                raise ValueError(f"keras_numba.{op}: the rank of the result depends on unknown dimensions of its inputs")
            for i, (da, db) in enumerate(zip(a.shape, b.shape)):
                if da != db:
                    shape[i] = None
    base = scope_name(op)
    seconds = _flatten(second)[0] if second is not None else arrays
    for i, (a, shape) in enumerate(zip(arrays, shapes)):
        name = f"{base}:{i}"
        t = Tensor(node, i, tuple(shape), a.dtype, name)
        if not hints and isinstance(a, np.ndarray):  # see _stand_in
            b = seconds[i]
            if a.size <= _KEPT_STAND_IN_SIZE:
                t._stand_ins = (a, b)
                t._varies = a.shape != b.shape or not np.array_equal(a, b)
            else:
                t._stand_in_shapes = (a.shape, b.shape)
        node.outputs.append(t)
    node.structure = structure
    return _rebuild(structure, node.outputs)


#: Elementwise maps that commute with a window maximum (spec `monotone`): wrapper ->
#: (its tensor argument, the attribute values under which it does).
_MONOTONE: dict[Callable[..., Any], tuple[str, dict[str, Any]]] = {}


def register_monotone(fn: Callable[..., Any], arg: str, when: dict[str, Any]) -> None:
    _MONOTONE[fn] = (arg, when)


def _hoisted(op: str, fn: Callable[..., Any], kwargs: dict[str, Any], grad: Any, arg: str, when: dict[str, Any]) -> Any:
    """max-pool(f(z)) built as f(max-pool(z)) when f is a registered monotone map, else None.

    f (relu with its defaults) is non-decreasing, so the maximum of f over a window is f of
    the window's maximum; and f's derivative is 0 wherever f ties a smaller input, so routing
    the gradient to the window's first maximum of z and then through f' gives what routing
    it to the first maximum of f(z) and through f' at that cell gives. Keras 2 stacks
    Conv2D(activation='relu') and MaxPooling2D: the map then runs on the pooled quarter of
    the elements, and so does its gradient. The node making f(z) stays in the graph for
    anything else that reads it. One difference: a window of only NaN gives f(-inf) (0 for
    relu) where pooling f(z) gives -inf.
    """
    if not all(_is_constant(kwargs.get(name), value) for name, value in when.items()):
        return None
    mapped = kwargs.get(arg)
    node = mapped.node if isinstance(mapped, Tensor) else None
    if node is None or node.fn not in _MONOTONE or node.args or len(node.outputs) != 1:
        return None
    map_arg, map_when = _MONOTONE[node.fn]
    if not all(_is_constant(node.kwargs.get(name), value) for name, value in map_when.items()):
        return None
    pooled = apply(op, fn, (), {**kwargs, arg: node.kwargs[map_arg]}, grad)
    return apply(node.op, node.fn, (), {**node.kwargs, map_arg: pooled}, node.grad)


#: Ops that add a bias inside their own computation (spec `bias_epilogue`): wrapper -> the
#: function taking its arguments plus `bias` (with its gradient rule as `.gradient`).
_BIAS_EPILOGUES: dict[Callable[..., Any], tuple[Callable[..., Any], tuple[str, ...]]] = {}


def register_bias_epilogue(fn: Callable[..., Any], biased: Callable[..., Any]) -> None:
    # its parameter order: the node's keywords in that order run by position (Program's fast path)
    _BIAS_EPILOGUES[fn] = (biased, tuple(inspect.signature(biased).parameters))


def _folded(kwargs: dict[str, Any], arg: str, bias_arg: str, same: tuple[str, ...]) -> Any:
    """bias_add(conv(...), bias) built as one node of the conv's biased form, else None.

    Only for the conv's one result, a rank-1 bias of the result's dtype, and the attributes
    in `same` (data_format) given as the same constants to both. The conv's node stays in the
    graph for anything else that reads it. A problem the biased form rejects while building
    (a bias of the wrong length) is left to the plain node, whose error names bias_add.
    """
    x, bias = kwargs.get(arg), kwargs.get(bias_arg)
    node = x.node if isinstance(x, Tensor) else None
    if node is None or node.fn not in _BIAS_EPILOGUES or node.args or len(node.outputs) != 1 or node.outputs[0] is not x:
        return None
    for name in same:
        mine, theirs = kwargs.get(name), node.kwargs.get(name)
        if not (_is_constant(mine, theirs) and _is_constant(theirs, mine)):
            return None
    shape, dtype = getattr(bias, "shape", None), getattr(bias, "dtype", None)
    if shape is None or dtype is None or len(tuple(shape)) != 1 or np.dtype(dtype) != x.dtype:
        return None
    biased, names = _BIAS_EPILOGUES[node.fn]
    given = {**node.kwargs, "bias": bias}
    try:
        return apply(node.op, biased, (), {name: given[name] for name in names if name in given}, biased.gradient)
    except (ValueError, TypeError, IndexError):
        return None


def _is_constant(value: Any, expected: Any) -> bool:
    """Whether an attribute given to a node is the constant `expected` (None, a number, a string)."""
    if expected is None or value is None:
        return value is expected
    if is_symbolic(value) or not isinstance(value, (bool, int, float, str, np.generic)):
        return False
    return bool(value == expected)


def _probe(node: Node, hints: dict[int, tuple[int | None, ...]] | None) -> tuple[Any, Any]:
    """The node's result with unknown dims standing in as 2, and as 3 (None when no dim is unknown)."""
    first = _run_stand_in(node, 2, hints)
    second = _run_stand_in(node, 3, hints) if _has_unknown_dims(node.inputs) else None
    return first, second


def _trailing_unknown_as_one(inputs: Sequence[Any]) -> dict[int, tuple[int | None, ...]]:
    """{id(tensor): its shape with every unknown dim after the first as 1}, for tensors that change."""
    hints: dict[int, tuple[int | None, ...]] = {}
    for v in inputs:
        if isinstance(v, Tensor) and None in v.shape[1:]:
            hints[id(v)] = v.shape[:1] + tuple(1 if d is None else d for d in v.shape[1:])
    return hints


def _dims_from_other_inputs(inputs: Sequence[Any], shaped: Sequence[Any]) -> dict[int, tuple[int | None, ...]]:
    """{id(tensor): its shape with unknown dims filled from other inputs}, for tensors that change.

    Only inputs of the same rank are consulted (a loss's gradient of shape
    (batch,) says nothing about the class axis of its (batch, classes)
    inputs); dims of 1 are skipped, since they broadcast.
    """
    shapes = [tuple(v.shape) for v in shaped]  # symbolic inputs and concrete arrays alike
    hints: dict[int, tuple[int | None, ...]] = {}
    for v in inputs:
        if not isinstance(v, Tensor) or None not in v.shape:
            continue
        filled = list(v.shape)
        for i, d in enumerate(v.shape):
            if d is None:
                known = [s[i] for s in shapes if len(s) == len(filled) and s[i] is not None and s[i] != 1]
                filled[i] = known[0] if known else None
        if filled != list(v.shape):
            hints[id(v)] = tuple(filled)
    return hints


def _run_stand_in(node: Node, unknown: int, hints: dict[int, tuple[int | None, ...]] | None = None) -> Any:
    cache: dict[int, Any] = {}

    def lookup(v: Any) -> Any:
        key = id(v)
        if key not in cache:
            cache[key] = _stand_in(v, unknown, hints.get(key) if hints else None)
        return cache[key]

    args = _substitute(node.args, lookup)
    kwargs = _substitute(node.kwargs, lookup)
    with np.errstate(all="ignore"):
        return node.fn(*args, **kwargs)


def lift(op: str, grad: Any = None, same_as: int | None = None, passes_same_shape: bool = False) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator: `fn` computes eagerly on arrays, and builds a node when any argument is symbolic.

    `grad(grads, result, *args, **kwargs)` returns the gradient of each
    positional argument (a tuple; None where there is none).
    `passes_same_shape`: `fn(a, b)` returns `a` itself when `a` and `b` are
    arrays of one shape, so a graph step need not call it then (Program.run).
    """

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn.passes_same_shape = passes_same_shape  # type: ignore[attr-defined]

        def lifted(*args: Any, **kwargs: Any) -> Any:
            if active and (any_symbolic(args) or any_symbolic(kwargs.values())):
                return apply(op, fn, args, kwargs, grad, same_as)
            return fn(*args, **kwargs)

        lifted.__name__ = fn.__name__
        lifted.__doc__ = fn.__doc__
        lifted.__wrapped__ = fn  # type: ignore[attr-defined]
        return lifted

    return wrap


def apply_shaped(op: str, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], grad: Any, shape: Sequence[int | None], dtype: Any) -> Tensor:
    """Like `apply` for a one-result function whose static shape and dtype the caller knows.

    For functions whose stand-in run could fail on values an unknown
    dimension may take at run time (e.g. a slice starting past 2).
    """
    node = Node(op, fn, args, kwargs, grad)
    node.outputs.append(Tensor(node, 0, tuple(shape), np.dtype(dtype), f"{scope_name(op)}:0"))
    node.structure = 0
    return node.outputs[0]


# --------------------------------------------------------------------------- control dependencies

#: Active `control_dependencies` blocks, innermost last: a tuple of control
#: inputs, or None for a block that clears the outer ones (as TensorFlow's
#: `control_dependencies(None)`).
_control: list[tuple[Any, ...] | None] = []


def current_control() -> tuple[Any, ...]:
    """The control inputs new nodes get: those of the blocks since the innermost clearing one."""
    if not _control:
        return ()
    items: list[Any] = []
    for block in reversed(_control):
        if block is None:
            break
        items[:0] = [c for c in block if not any(c is i for i in items)]
    return tuple(items)


def _control_values(node: Node) -> list[Any]:
    """The symbolic values a node's control inputs need: control tensors and pending updates' new values."""
    out = []
    for c in node.control:
        value = c if isinstance(c, GraphValue) else c.value
        if isinstance(value, GraphValue):
            out.append(value)
    return out


# --------------------------------------------------------------------------- names


_scopes: list[str] = []
_names: dict[str, int] = {}


def scope_name(base: str) -> str:
    """A unique name for a node under the current name scopes: `dense/MatMul_1`."""
    prefix = "/".join(_scopes)
    full = f"{prefix}/{base}" if prefix else base
    with _lock:
        n = _names.get(full, 0)
        _names[full] = n + 1
    return full if n == 0 else f"{full}_{n}"


def reset_names() -> None:
    _names.clear()


# --------------------------------------------------------------------------- indexing


def _getitem_grad(grads: Sequence[Any], result: Any, x: Any, key: Any) -> tuple[Any, ...]:
    return (scatter_like(grads[0], x, key), None)


@lift("getitem", grad=_getitem_grad)
def getitem(x: Any, key: Any) -> np.ndarray:
    """`x[key]` (NumPy basic and advanced indexing)."""
    return np.asarray(np.asarray(x)[key])


def _scatter_grad(grads: Sequence[Any], result: Any, v: Any, x: Any, key: Any) -> tuple[Any, ...]:
    return (getitem(grads[0], key), None, None)


@lift("scatter_like", grad=_scatter_grad)
def scatter_like(v: Any, x: Any, key: Any) -> np.ndarray:
    """Zeros shaped like `x` with `v` added at `x[key]` (repeated indices accumulate)."""
    x = np.asarray(x)
    v = np.asarray(v)
    out = np.zeros(x.shape, dtype=np.result_type(v.dtype, np.float32) if v.dtype.kind not in "fc" else v.dtype)
    if _is_basic_key(key):
        out[key] = v  # ints and slices select each element at most once: a plain store
    elif type(key) is np.ndarray and key.dtype.kind in "iu":
        scatter.add_rows_at(out, key, v.astype(out.dtype, copy=False))  # gather's gradient: rows, repeats accumulate
    else:
        np.add.at(out, key, v)  # other advanced indices may repeat: accumulate
    return out


def _scatter_many_grad(grads: Sequence[Any], result: Any, x: Any, keys: tuple[Any, ...], *vs: Any) -> tuple[Any, ...]:
    return (None, None, *[getitem(grads[0], key) for key in keys])


@lift("scatter_many", grad=_scatter_many_grad)
def scatter_many(x: Any, keys: tuple[Any, ...], *vs: Any) -> np.ndarray:
    """The sum of `scatter_like(v, x, key)` over pairs of basic `keys` and values `vs`, in one zeros array.

    The values are positional arguments, not a list, so a graph step fetches them in one go.
    """
    x = np.asarray(x)
    arrays = [np.asarray(v) for v in vs]
    dtype = np.result_type(*arrays)
    out = np.zeros(x.shape, dtype=dtype if dtype.kind in "fc" else np.result_type(dtype, np.float32))
    for v, key in zip(arrays, keys):
        out[key] += v  # basic keys: a view, so overlapping regions accumulate
    return out


def _add_n_grad(grads: Sequence[Any], result: Any, *parts: Any) -> tuple[Any, ...]:
    return tuple(grads[0] for _ in parts)


@lift("add_n", grad=_add_n_grad)
def add_n(*parts: Any) -> np.ndarray:
    """The elementwise sum of several same-shaped gradients, into one fresh array."""
    total = np.asarray(np.add(parts[0], parts[1]))  # 0-d sums come back as scalars
    for p in parts[2:]:
        if np.shape(p) == total.shape and np.result_type(total, p) == total.dtype:
            np.add(total, p, out=total)
        else:  # broadcasting or a wider dtype: a new array
            total = np.asarray(np.add(total, p))
    return total


def _is_basic_key(key: Any) -> bool:
    items = key if type(key) is tuple else (key,)
    return all(k is None or k is Ellipsis or isinstance(k, (slice, int, np.integer)) for k in items)


# --------------------------------------------------------------------------- evaluating


def evaluate(value: Any, fn: str = "eval") -> Any:
    """The value of a symbolic tensor or variable (placeholders must have defaults)."""
    from .variables import Variable

    if isinstance(value, Variable):
        return value.value.copy()
    if not isinstance(value, Tensor):
        return value
    program = value._program
    if program is None:
        from .program import Program

        program = value._program = Program([value])
    return program.run({}, fn)[0]
