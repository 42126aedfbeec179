"""Variables, placeholders, `function`, `gradients`, the learning phase and graph bookkeeping.

The runtime behind the spec entries of the graph family. Semantics follow
tf_keras; where its eager mode refuses (updates inside `function`,
`gradients`), its graph mode: a `function` computes its outputs from the
variables' current values, then applies every update, each computed from
the pre-update values.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any, Callable, Iterator, Sequence

import numpy as np

from . import autodiff, config, graph, program
from .sparse import SparseTensor
from .variables import Variable

_state: dict[str, Any] = {"learning_phase": None, "manual_init": False, "uids": {}, "defer_updates": False}
_lp_placeholder: list[graph.Placeholder] = []


def _is_tensor_like(x: Any) -> bool:
    return isinstance(x, (graph.GraphValue, np.ndarray, np.generic))


# --------------------------------------------------------------------------- variables and placeholders


def variable(value: Any, dtype: Any = None, name: Any = None, constraint: Any = None) -> Variable:
    if constraint is not None and not callable(constraint):
        raise TypeError(f"keras_numba.variable: constraint must be callable or None; got {type(constraint).__name__}")
    if graph.is_symbolic(value):  # e.g. an initializer's result built from other ops
        value = graph.evaluate(value, "variable")
    target = np.dtype(config.floatx() if dtype is None else dtype)
    try:
        arr = np.array(value, dtype=target, copy=True)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"keras_numba.variable: value cannot be converted to {target}: {exc}") from None
    if arr.dtype == object:
        raise TypeError("keras_numba.variable: value must be numeric")
    return Variable(arr, str(name) if name is not None else graph.scope_name("Variable"), constraint)


def placeholder(shape: Any = None, ndim: Any = None, dtype: Any = None, sparse: bool = False, name: Any = None, ragged: bool = False) -> graph.Placeholder:
    if ragged:
        raise ValueError("keras_numba.placeholder: ragged placeholders are not supported")
    if shape is None:
        if ndim is None:
            raise ValueError("keras_numba.placeholder: give shape or ndim (the rank must be known)")
        if not isinstance(ndim, (int, np.integer)) or ndim < 0:
            raise ValueError(f"keras_numba.placeholder: ndim must be a non-negative int; got {ndim!r}")
        dims: tuple[int | None, ...] = (None,) * int(ndim)
    else:
        if isinstance(shape, (int, np.integer)):
            shape = (shape,)
        try:
            dims = tuple(None if d is None or (isinstance(d, (int, np.integer)) and d < 0) else int(d) for d in shape)
        except (TypeError, ValueError):
            raise TypeError(f"keras_numba.placeholder: shape must be a sequence of ints or None; got {shape!r}") from None
        if ndim is not None and ndim != len(dims):
            raise ValueError(f"keras_numba.placeholder: shape {shape!r} does not have ndim={ndim}")
    dt = np.dtype(config.floatx() if dtype is None else dtype)
    return graph.Placeholder(dims, dt, str(name) if name is not None else graph.scope_name("Placeholder"), sparse=bool(sparse))


def is_keras_tensor(x: Any) -> bool:
    if not (_is_tensor_like(x) or type(x).__name__ == "SparseTensor"):
        raise ValueError(
            f"keras_numba.is_keras_tensor: unexpectedly found an instance of type {type(x).__name__}; expected a tensor or variable"
        )
    if isinstance(x, graph.Placeholder):
        return True
    if isinstance(x, graph.Tensor):  # symbolic, and built on a graph input (not only on variables)
        return bool(program.Program([x]).placeholders)
    return False


def is_variable(x: Any) -> bool:
    # Keras 2 asks this on every layer attribute assignment: one isinstance check, nothing else.
    return isinstance(x, Variable)


def is_tensor(x: Any) -> bool:
    # Keras 2 treats what this rejects as data to wrap (K.constant) or to feed (fit's NumPy arrays):
    # backend tensors are symbolic tensors, variables and sparse tensors, never plain arrays.
    return isinstance(x, (graph.GraphValue, SparseTensor))


def is_placeholder(x: Any) -> bool:
    # A graph input that must be fed; the learning phase (fed or defaulted) is TensorFlow's
    # PlaceholderWithDefault, which tf_keras does not count as a placeholder either.
    return isinstance(x, graph.Placeholder) and x.default is None


def eval(x: Any) -> Any:  # noqa: A001  (the API's name)
    if isinstance(x, (list, tuple)):
        raise TypeError("keras_numba.eval: x must be one tensor or variable; use batch_get_value for several")
    return np.asarray(graph.evaluate(x, "eval"))


def get_value(x: Any) -> Any:
    if isinstance(x, (list, tuple)):
        raise TypeError("keras_numba.get_value: x must be one tensor or variable; use batch_get_value for several")
    return np.asarray(graph.evaluate(x, "get_value"))


def _variable(fn: str, x: Any, arg: str = "x") -> Variable:
    if not isinstance(x, Variable):
        raise TypeError(f"keras_numba.{fn}: {arg} must be a variable (made by keras_numba.variable); got {type(x).__name__}")
    return x


def set_value(x: Any, value: Any) -> None:
    var = _variable("set_value", x)
    var.value = var.checked(value, "set_value")


def batch_get_value(tensors: Any) -> list[Any]:
    if not isinstance(tensors, (list, tuple)):
        raise TypeError("keras_numba.batch_get_value: tensors must be a list of tensors or variables")
    if not tensors:
        return []
    batch = program.Program(list(tensors))
    return [np.array(v) for v in batch.run({}, "batch_get_value")]


def batch_set_value(tuples: Any) -> None:
    try:
        pairs = [(x, v) for x, v in tuples]
    except (TypeError, ValueError):
        raise TypeError("keras_numba.batch_set_value: tuples must be a list of (variable, value) pairs") from None
    checked = [(_variable("batch_set_value", x, "tuples"), x.checked(v, "batch_set_value")) for x, v in pairs]
    for var, value in checked:  # all validated first: a bad pair changes nothing
        var.value = value


# --------------------------------------------------------------------------- updates


class Update:
    """A pending assignment `variable := value` that `function(..., updates=[...])` applies."""

    def __init__(self, variable: Variable, value: Any, fn: str) -> None:
        self.variable = variable
        self.value = value
        self.fn = fn

    def __repr__(self) -> str:
        return f"<keras_numba.Update {self.variable.name} := {getattr(self.value, 'name', 'value')}>"


def _needs_feeds(value: Any) -> bool:
    return isinstance(value, graph.Tensor) and bool(program.Program([value]).placeholders)


def defer_updates(on: bool) -> None:
    """Make every `update*` return a pending update (Keras 2 builds its training graph once)."""
    _state["defer_updates"] = bool(on)


def _assign(fn: str, x: Any, new_value: Any) -> Any:
    var = _variable(fn, x)
    if _state["defer_updates"] or _needs_feeds(new_value):  # applied by `function`
        shape = tuple(new_value.shape) if isinstance(new_value, graph.GraphValue) else np.shape(new_value)
        if len(shape) != len(var.shape) or any(d is not None and d != s for d, s in zip(shape, var.shape)):
            raise ValueError(f"keras_numba.{fn}: new value of shape {shape} does not match variable {var.name!r} of shape {var.shape}")
        return Update(var, new_value, fn)
    var.value = var.checked(new_value, fn)  # like tf_keras eager: applied now
    return var


def update(x: Any, new_x: Any) -> Any:
    return _assign("update", x, new_x)


def update_add(x: Any, increment: Any) -> Any:
    return _assign("update_add", x, _variable("update_add", x) + increment)


def update_sub(x: Any, decrement: Any) -> Any:
    return _assign("update_sub", x, _variable("update_sub", x) - decrement)


def moving_average_update(x: Any, value: Any, momentum: Any) -> Any:
    var = _variable("moving_average_update", x)
    return _assign("moving_average_update", var, var * momentum + value * (1.0 - momentum))


# --------------------------------------------------------------------------- function


class Function:
    """A compiled graph: call it with a list of input values; returns the outputs' values."""

    def __init__(self, inputs: Sequence[Any], outputs: Any, updates: Sequence[Any], name: str | None) -> None:
        self.inputs = list(inputs)
        self.single = not isinstance(outputs, (list, tuple))
        self.structure = outputs
        self.outputs = _leaves(outputs)  # nested lists/tuples of tensors (e.g. ctc_decode's) are fine
        self.name = name
        self.updates: list[tuple[Variable, Any]] = []
        for u in updates:
            if isinstance(u, Update):
                self.updates.append((u.variable, u.value))
            elif isinstance(u, Variable):  # an update already applied eagerly
                continue
            elif isinstance(u, (tuple, list)) and len(u) == 2 and isinstance(u[0], Variable):
                self.updates.append((u[0], u[1]))
            else:
                raise TypeError(f"keras_numba.function: updates must be updates (from K.update...) or (variable, value) pairs; got {u!r}")
        self.program = program.Program(self.outputs + [v for _, v in self.updates])

    def __call__(self, inputs: Any) -> Any:
        if isinstance(inputs, dict):
            inputs = [inputs[p] if p in inputs else inputs[p.name] for p in self.inputs]
        if not isinstance(inputs, (list, tuple)):
            inputs = [inputs]
        if len(inputs) != len(self.inputs):
            raise ValueError(f"keras_numba.function: expected {len(self.inputs)} input values, got {len(inputs)}")
        feeds = {id(p): _feed(p, v) for p, v in zip(self.inputs, inputs)}
        values = self.program.run(feeds, "function")
        n = len(self.outputs)
        outs = [np.asarray(v) if isinstance(v, (np.ndarray, np.generic)) else v for v in values[:n]]
        checked = [(var, var.checked(v, "function")) for (var, _), v in zip(self.updates, values[n:])]
        for var, v in checked:  # all computed from the pre-update values, then all assigned
            var.value = v
        return _rebuild(self.structure, iter(outs))  # the structure of `outputs`: one value, a list, nested ...


def _leaves(structure: Any) -> list[Any]:
    if type(structure) in (list, tuple):
        return [leaf for item in structure for leaf in _leaves(item)]
    return [structure]


def _rebuild(structure: Any, values: Any) -> Any:
    if type(structure) in (list, tuple):
        return type(structure)(_rebuild(item, values) for item in structure)
    return next(values)


def _feed(p: Any, value: Any) -> Any:
    if not isinstance(p, graph.Placeholder):
        return value
    if p.sparse and type(value).__name__ == "SparseTensor":
        return value
    arr = np.asarray(value)
    if arr.dtype != p.dtype:
        if not np.can_cast(arr.dtype, p.dtype, "same_kind") and not (arr.dtype.kind in "iub" and p.dtype.kind in "fiub"):
            raise ValueError(f"keras_numba.function: placeholder {p.name!r} of dtype {p.dtype} was fed a value of dtype {arr.dtype}")
        arr = arr.astype(p.dtype)
    if arr.ndim != len(p.shape) or any(d is not None and d != s for d, s in zip(p.shape, arr.shape)):
        raise ValueError(f"keras_numba.function: placeholder {p.name!r} of shape {graph_shape(p.shape)} was fed a value of shape {arr.shape}")
    return arr


def graph_shape(shape: Sequence[Any]) -> str:
    return "(" + ", ".join("None" if d is None else str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def function(inputs: Any, outputs: Any, updates: Any = None, name: Any = None, **kwargs: Any) -> Function:
    if kwargs:
        raise ValueError(f"keras_numba.function: invalid argument(s) {', '.join(sorted(kwargs))}")
    if not isinstance(inputs, (list, tuple)):
        raise TypeError("keras_numba.function: inputs must be a list of placeholders")
    for p in inputs:
        if not isinstance(p, graph.GraphValue):
            raise TypeError(f"keras_numba.function: inputs must be placeholders or tensors; got {type(p).__name__}")
    return Function(inputs, outputs, list(updates or []), name)


def gradients(loss: Any, variables: Any) -> list[Any]:
    if not isinstance(variables, (list, tuple)):
        variables = [variables]
    for v in variables:
        if not isinstance(v, graph.GraphValue):
            raise TypeError(f"keras_numba.gradients: variables must be variables or symbolic tensors; got {type(v).__name__}")
    if isinstance(loss, (list, tuple)):  # the gradient of their sum, as TensorFlow
        total: Any = None
        for part in loss:
            total = part if total is None else total + part
        loss = total
    return autodiff.gradients(loss, list(variables))


@graph.lift("stop_gradient")
def _stop(x: Any) -> Any:
    return np.asarray(x)


def stop_gradient(variables: Any) -> Any:
    if isinstance(variables, (list, tuple)):
        return [_stop(v) for v in variables]
    return _stop(variables)


# --------------------------------------------------------------------------- learning phase


def _phase_placeholder() -> graph.Placeholder:
    if not _lp_placeholder:
        _lp_placeholder.append(graph.Placeholder((), np.dtype(bool), "keras_learning_phase", default=np.asarray(False)))
    return _lp_placeholder[0]


def learning_phase() -> Any:
    phase = _state["learning_phase"]
    return _phase_placeholder() if phase is None else phase


def _phase_value(fn: str, value: Any) -> int:
    if value not in (0, 1) or isinstance(value, float) and value not in (0.0, 1.0):
        raise ValueError(f"keras_numba.{fn}: value must be 0 or 1; got {value!r}")
    return int(value)


def set_learning_phase(value: Any) -> None:
    _state["learning_phase"] = _phase_value("set_learning_phase", value)


@contextlib.contextmanager
def learning_phase_scope(value: Any) -> Iterator[None]:
    new = _phase_value("learning_phase_scope", value)
    previous = _state["learning_phase"]
    _state["learning_phase"] = new
    try:
        yield
    finally:
        _state["learning_phase"] = previous


def switch(condition: Any, then_expression: Any, else_expression: Any) -> Any:
    if not graph.is_symbolic(condition):
        cond = np.asarray(condition)
        if cond.ndim == 0:  # a known condition picks a branch (callables run only if chosen)
            chosen = then_expression if bool(cond) else else_expression
            return chosen() if callable(chosen) else chosen
    then_value = then_expression() if callable(then_expression) else then_expression
    else_value = else_expression() if callable(else_expression) else else_expression
    from keras_numba import operators

    cond_ndim = len(condition.shape) if graph.is_symbolic(condition) else np.ndim(condition)
    expr_ndim = len(then_value.shape) if graph.is_symbolic(then_value) else np.ndim(then_value)
    if cond_ndim > expr_ndim:
        raise ValueError(
            f"keras_numba.switch: the rank of condition ({cond_ndim}) must not exceed the rank of then_expression ({expr_ndim})"
        )
    if cond_ndim and cond_ndim < expr_ndim:  # tf_keras: a condition of lower rank applies along the leading axes
        import keras_numba as K

        for _ in range(expr_ndim - cond_ndim):
            condition = K.expand_dims(condition, -1)
    if not graph.is_symbolic(condition) and np.asarray(condition).dtype != bool:
        condition = np.asarray(condition).astype(bool)
    elif graph.is_symbolic(condition) and np.dtype(condition.dtype) != bool:
        import keras_numba as K

        condition = K.cast(condition, "bool")
    return operators.where(condition, then_value, else_value)


def in_train_phase(x: Any, alt: Any, training: Any = None) -> Any:
    if training is None:
        training = learning_phase()
    if isinstance(training, (bool, int, np.integer, np.bool_)) or (not graph.is_symbolic(training) and np.ndim(training) == 0):
        chosen = x if bool(training) else alt
        return chosen() if callable(chosen) else chosen
    return switch(training, x, alt)


def in_test_phase(x: Any, alt: Any, training: Any = None) -> Any:
    return in_train_phase(alt, x, training=training)


# --------------------------------------------------------------------------- control dependencies


def _control_items(fn: str, value: Any, out: list[Any]) -> list[Any]:
    """The control inputs of `value` (nested lists flattened) that a graph must honour.

    Pending updates and symbolic tensors are kept; variables (an update
    already applied eagerly returns its variable) and arrays are values
    that exist already, so they order nothing.
    """
    if type(value) in (list, tuple):
        for item in value:
            _control_items(fn, item, out)
    elif isinstance(value, Update) or isinstance(value, graph.Tensor):
        if not any(value is o for o in out):
            out.append(value)
    elif not isinstance(value, (Variable, np.ndarray, np.generic, SparseTensor)):
        raise TypeError(
            f"keras_numba.{fn}: control_inputs must be tensors, variables or updates (or None); got {type(value).__name__} {value!r}"
        )
    return out


@contextlib.contextmanager
def _control_block(block: tuple[Any, ...] | None) -> Iterator[None]:
    graph._control.append(block)
    try:
        yield
    finally:
        graph._control.pop()


def control_dependencies(control_inputs: Any) -> Any:
    # Validated now (not on entering the block), so a bad argument points at this call.
    if control_inputs is None:  # clears the outer blocks' control inputs, as TensorFlow
        return _control_block(None)
    block = tuple(_control_items("control_dependencies", control_inputs, []))
    if not block:  # eager values only: nothing to order
        return contextlib.nullcontext()
    return _control_block(block)


# --------------------------------------------------------------------------- names and session


@contextlib.contextmanager
def name_scope(name: Any) -> Iterator[str]:
    if not isinstance(name, str) or not name:
        raise ValueError(f"keras_numba.name_scope: name must be a non-empty string; got {name!r}")
    graph._scopes.append(name)
    try:
        yield "/".join(graph._scopes)
    finally:
        graph._scopes.pop()


def get_uid(prefix: Any = "") -> int:
    uids = _state["uids"]
    uids[prefix] = uids.get(prefix, 0) + 1
    return uids[prefix]


def reset_uids() -> None:
    _state["uids"] = {}


def clear_session() -> None:
    reset_uids()
    graph.reset_names()
    _state["learning_phase"] = None
    _lp_placeholder.clear()


def manual_variable_initialization(value: Any) -> None:
    _state["manual_init"] = bool(value)


def _print_grad(grads: Sequence[Any], result: Any, x: Any, message: str, summarize: int) -> tuple[Any, ...]:
    return (grads[0], None, None)


@graph.lift("print_tensor", grad=_print_grad, same_as=0)
def _print(x: Any, message: str, summarize: int) -> Any:
    value = np.asarray(x)
    text = np.array2string(value, threshold=max(int(summarize), 1) * 2, edgeitems=max(int(summarize), 1))
    print(f"{message}{' ' if message else ''}{text}", file=sys.stdout, flush=True)
    return value


def print_tensor(x: Any, message: Any = "", summarize: Any = 3) -> Any:
    if not isinstance(message, str):
        raise TypeError(f"keras_numba.print_tensor: message must be a str; got {type(message).__name__}")
    if isinstance(summarize, bool) or not isinstance(summarize, (int, np.integer)):
        raise TypeError(f"keras_numba.print_tensor: summarize must be an int; got {summarize!r}")
    return _print(x, message, int(summarize))


def _random_variable(fn: str, shape: Any, draw: Callable[[np.random.Generator, tuple[int, ...]], np.ndarray], dtype: Any, name: Any, seed: Any) -> Variable:
    try:
        dims = (int(shape),) if isinstance(shape, (int, np.integer)) else tuple(int(d) for d in shape)
    except (TypeError, ValueError):
        raise TypeError(f"keras_numba.{fn}: shape must be a sequence of ints; got {shape!r}") from None
    if any(d < 0 for d in dims):
        raise ValueError(f"keras_numba.{fn}: shape must not have negative sizes; got {dims}")
    rng = np.random.default_rng(seed if seed is not None else None)
    return variable(draw(rng, dims), dtype=dtype, name=name)


def random_normal_variable(shape: Any, mean: Any, scale: Any, dtype: Any = None, name: Any = None, seed: Any = None) -> Variable:
    if float(scale) < 0:
        raise ValueError(f"keras_numba.random_normal_variable: scale must be >= 0; got {scale!r}")
    return _random_variable("random_normal_variable", shape, lambda r, s: r.normal(float(mean), float(scale), s), dtype, name, seed)


def random_uniform_variable(shape: Any, low: Any, high: Any, dtype: Any = None, name: Any = None, seed: Any = None) -> Variable:
    if float(high) < float(low):
        raise ValueError(f"keras_numba.random_uniform_variable: high ({high!r}) must be >= low ({low!r})")
    return _random_variable("random_uniform_variable", shape, lambda r, s: r.uniform(float(low), float(high), s), dtype, name, seed)
