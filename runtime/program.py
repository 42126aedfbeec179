"""Running graphs: `Program` orders the nodes a set of targets needs and evaluates them.

A training step of an unrolled recurrent model runs thousands of small
nodes (an LSTM over 50 steps: about 5000 per batch, most on 64x64 arrays),
so the per-node cost of this loop is a large share of an epoch. The first
run therefore compiles each node into a *step*: the function to call and
one `operator.itemgetter` over the run's value table that fetches all of its
arguments in a single C call, positionally. Constant arguments are entered
into that table once, under negative keys (object ids are positive), so a
node mixing tensors and constants is still one fetch. Nodes with nested
arguments (a list of tensors) or control dependencies take the general path.
"""

from __future__ import annotations

import inspect
import time
from contextlib import nullcontext
from operator import itemgetter
from typing import Any, Callable, Sequence

import numpy as np

from . import blas_threads, fusion, graph
from .graph import GraphValue, Node, Placeholder, Tensor


#: Programs whose profiling run takes less than this keep BLAS's default threads (no trial).
_TRIAL_MIN_SECONDS = 1e-3


class Program:
    """A graph compiled for evaluation: the nodes needed for `targets`, in dependency order."""

    def __init__(self, targets: Sequence[Any]) -> None:
        from .variables import Variable

        order: list[Node] = []
        state: dict[int, bool] = {}  # id(node) -> True once its inputs are ordered
        placeholders: dict[int, Placeholder] = {}
        variables: dict[int, Variable] = {}
        stack: list[Any] = list(reversed([t for t in targets]))
        while stack:  # iterative post-order: unrolled loops make graphs too deep to recurse
            v = stack[-1]
            if isinstance(v, Variable):
                variables[id(v)] = v
                stack.pop()
                continue
            if isinstance(v, Placeholder):
                placeholders[id(v)] = v
                stack.pop()
                continue
            if not isinstance(v, Tensor) or v.node is None:
                stack.pop()
                continue
            node = v.node
            status = state.get(id(node))
            if status is None:
                state[id(node)] = False
                stack.extend(reversed(node.inputs))
                if node.control:  # control inputs are computed before the node too
                    stack.extend(reversed(graph._control_values(node)))
            else:
                stack.pop()
                if status is False:
                    state[id(node)] = True
                    order.append(node)
        self.nodes = order
        self.placeholders = list(placeholders.values())
        self.variables = list(variables.values())
        self.targets = list(targets)
        # Compiled on the first run: many programs are built only to order or
        # inspect a graph (autodiff, `is_keras_tensor`) and never run.
        self._compiled: tuple[list[_Step], dict[int, Any]] | None = None
        self.runs = 0  # `fusion.PROFILE_RUN` fuses the program
        # After fusion, a program whose runs take a while is timed with BLAS on one thread and on
        # its default threads, and keeps the faster (`blas_threads`); None: default threads.
        self._blas_trial: blas_threads.Trial | None = None
        self.blas_single: bool | None = None  # the trial's decision, once made

    def _compile(self) -> tuple[list[_Step], dict[int, Any]]:
        """The steps and the constants they fetch (built together: threads may compile at once)."""
        constants: dict[int, Any] = {}
        steps = [_compile_step(node, constants) for node in self.nodes]
        _set_releases(steps, self.targets)
        return steps, constants

    def run(self, feeds: dict[int, Any], fn: str = "eval") -> list[Any]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = self._compile()
        self.runs += 1
        if self.runs == fusion.PROFILE_RUN and fusion.enabled():
            start = time.perf_counter()
            results = self._profile_and_fuse(compiled, feeds, fn)
            if time.perf_counter() - start >= _TRIAL_MIN_SECONDS and blas_threads.available():
                self._blas_trial = blas_threads.Trial()
            return results
        trial = self._blas_trial
        single = trial.next_single() if trial is not None else bool(self.blas_single)
        start = time.perf_counter()
        with blas_threads.single() if single else nullcontext():
            values = self._execute(compiled, feeds, fn)
        if trial is not None:
            trial.record(single, time.perf_counter() - start)
            if trial.decision is not None:
                self.blas_single, self._blas_trial = trial.decision, None
        return [_lookup(values, t) if isinstance(t, GraphValue) else t for t in self.targets]

    def _profile_and_fuse(self, compiled: tuple[list[_Step], dict[int, Any]], feeds: dict[int, Any], fn: str) -> list[Any]:
        """Run keeping every value, then fuse elementwise chains by the shapes and dtypes seen (`fusion`)."""
        steps, constants = compiled
        info: dict[int, tuple[tuple[int, ...], np.dtype]] = {}
        values = self._execute(compiled, feeds, fn, _Recording(info))
        results = [_lookup(values, t) if isinstance(t, GraphValue) else t for t in self.targets]
        values.pop_all()
        # Fresh copies: another thread may still be running `steps` with their releases.
        copies = [_Step.unreleased(step) for step in steps]
        fused = fusion.fuse(self.nodes, copies, info, self.targets, _positional_arguments)
        if fused is not copies:
            _set_releases(fused, self.targets)
            self._compiled = (fused, constants)
        return results

    def _execute(self, compiled: tuple[list[Any], dict[int, Any]], feeds: dict[int, Any], fn: str, table: dict[int, Any] | None = None) -> Any:
        """Evaluate the steps; returns the value table (the targets' values and any kept ones)."""
        from .variables import Variable

        steps, constants = compiled
        values: dict[int, Any] = {} if table is None else table
        values.update(constants)
        values.update(feeds)
        for p in self.placeholders:
            if id(p) not in values:
                if p.default is None:
                    raise ValueError(f"keras_numba.{fn}: placeholder {p.name!r} must be fed a value (it has no default)")
                values[id(p)] = p.default() if callable(p.default) else p.default
        for v in self.variables:
            values[id(v)] = v.value

        def lookup(v: Any) -> Any:
            try:
                return values[id(v)]
            except KeyError:
                if isinstance(v, Variable):
                    return v.value
                raise

        applied: dict[int, np.ndarray] = {}  # id(update) -> the value it assigned in this run

        def execute(step: Any, values: dict[int, Any]) -> None:
            _run_step(step, values, applied, lookup, fn)

        with np.errstate(all="ignore"):
            for step in steps:
                fetch = step.fetch
                arity = step.arity
                if fetch is None:
                    result = _run_general(step.node, values, applied, lookup, fn)
                elif arity == 1:
                    result = step.call(fetch(values))
                elif arity > 0:
                    result = step.call(*fetch(values))
                elif arity == _PASSES_SAME_SHAPE:  # its first argument when both are arrays of one shape
                    a, b = fetch(values)
                    same = type(a) is np.ndarray and type(b) is np.ndarray and a.shape == b.shape
                    result = a if same else step.call(a, b)
                else:  # a fused group stores its own results
                    step.call(values, execute)
                    for key in step.release:
                        values.pop(key, None)
                    continue
                single = step.single
                if single is not None and type(result) is np.ndarray:
                    values[single] = result
                else:
                    arrays, _ = graph._flatten(result)
                    for t, a in zip(step.node.outputs, arrays):
                        values[id(t)] = a
                for key in step.release:
                    values.pop(key, None)
        return values


class _Recording(dict):  # type: ignore[type-arg]
    """A value table noting the shape and dtype of each array it drops (the profiling run of `fusion`)."""

    def __init__(self, info: dict[int, tuple[tuple[int, ...], np.dtype]]) -> None:
        super().__init__()
        self.info = info

    def pop(self, key: int, default: Any = None) -> Any:
        value = dict.pop(self, key, default)
        if type(value) is np.ndarray:
            self.info[key] = (value.shape, value.dtype)
        return value

    def pop_all(self) -> None:
        for key in list(self):
            self.pop(key)


def _lookup(values: dict[int, Any], v: Any) -> Any:
    from .variables import Variable

    try:
        return values[id(v)]
    except KeyError:
        if isinstance(v, Variable):
            return v.value
        raise


def _run_step(step: Any, values: dict[int, Any], applied: dict[int, np.ndarray], lookup: Callable[[Any], Any], fn: str) -> None:
    """One step outside the main loop (a fused group's members when its guard fails); no releases.

    `Program._execute` inlines the same dispatch: a call per step there costs ~0.2 µs on
    thousands of steps a batch.
    """
    fetch = step.fetch
    if fetch is None:
        result = _run_general(step.node, values, applied, lookup, fn)
    elif step.arity == 1:
        result = step.call(fetch(values))
    elif step.arity > 0:
        result = step.call(*fetch(values))
    else:
        a, b = fetch(values)
        same = type(a) is np.ndarray and type(b) is np.ndarray and a.shape == b.shape
        result = a if same else step.call(a, b)
    arrays, _ = graph._flatten(result)
    for t, a in zip(step.node.outputs, arrays):
        values[id(t)] = a


#: `_Step.arity` of a step whose call is skipped when its two arguments have one shape.
_PASSES_SAME_SHAPE = -2


class _Step:
    """One node, compiled for `Program.run`."""

    __slots__ = ("node", "call", "fetch", "arity", "single", "release")

    def __init__(self, node: Node, call: Callable[..., Any], fetch: Callable[[dict[int, Any]], Any] | None, arity: int) -> None:
        self.node = node
        self.call = call
        self.fetch = fetch  # None: the general path
        self.arity = arity  # arguments fetched; -2: two, and the call is skipped when their shapes match
        self.single = id(node.outputs[0]) if len(node.outputs) == 1 and node.structure == 0 else None
        self.release: tuple[int, ...] = ()

    @property
    def reads(self) -> list[int]:
        return [id(v) for v in self.node.inputs] + ([id(v) for v in graph._control_values(self.node)] if self.node.control else [])

    @property
    def writes(self) -> list[int]:
        return [id(t) for t in self.node.outputs]

    @classmethod
    def unreleased(cls, step: _Step) -> _Step:
        """A copy of `step` that drops nothing (a profiling run keeps every value)."""
        return cls(step.node, step.call, step.fetch, step.arity)


def _compile_step(node: Node, constants: dict[int, Any]) -> _Step:
    """The fast form of `node` when its arguments can be fetched flat and passed positionally."""
    items = _positional_arguments(node)
    if node.control or items is None or not items:
        return _Step(node, node.fn, None, 0)
    keys = []
    for item in items:
        if graph.is_symbolic(item):
            keys.append(id(item))
        elif type(item) in (list, tuple, dict) and any(graph.is_symbolic(v) for v in graph._leaves(item)):
            return _Step(node, node.fn, None, 0)  # symbolic values nested in a structure
        else:
            key = -1 - len(constants)
            constants[key] = item
            keys.append(key)
    arity = len(keys)
    if arity == 2 and getattr(node.fn, "passes_same_shape", False):
        arity = _PASSES_SAME_SHAPE  # e.g. sum_to_like: an identity in most gradient graphs, decided by a shape test
    return _Step(node, node.fn, itemgetter(*keys), arity)


def _positional_arguments(node: Node) -> list[Any] | None:
    """node.args followed by node.kwargs in parameter order, or None when keywords cannot be passed by position."""
    if not node.kwargs:
        return list(node.args)
    names = _parameter_names(node.fn)
    start = len(node.args)
    if names is None or tuple(node.kwargs) != names[start : start + len(node.kwargs)]:
        return None
    return [*node.args, *node.kwargs.values()]


_names_cache: dict[Callable[..., Any], tuple[str, ...] | None] = {}


def _parameter_names(fn: Callable[..., Any]) -> tuple[str, ...] | None:
    """The leading positional-or-keyword parameter names of `fn` (cached per function)."""
    try:
        return _names_cache[fn]
    except KeyError:
        pass
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        names = None
    else:
        ordered = []
        for p in params:
            if p.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD:
                break
            ordered.append(p.name)
        names = tuple(ordered)
    _names_cache[fn] = names
    return names


def _run_general(node: Node, values: dict[int, Any], applied: dict[int, np.ndarray], lookup: Callable[[Any], Any], fn: str) -> Any:
    read = _after_control(node, values, applied, lookup, fn) if node.control else lookup
    return node.fn(*graph._substitute(node.args, read), **graph._substitute(node.kwargs, read))


def _set_releases(steps: Sequence[Any], targets: Sequence[Any]) -> None:
    """Give each step the ids of results no later step (nor a target) reads.

    Program.run drops them once the step has run: an unrolled training step
    makes thousands of intermediate arrays, and keeping them all alive until
    the end made every step allocate fresh, cache-cold memory (a chain of
    small ops ran at 12 µs a node instead of 3).
    """
    kept = {id(t) for t in graph._leaves(list(targets)) if isinstance(t, GraphValue)}
    last: dict[int, int] = {}
    produced: set[int] = set()
    for i, step in enumerate(steps):
        for key in step.reads:
            last[key] = i
        for key in step.writes:
            last.setdefault(key, i)  # a result nothing reads is dropped at once
            produced.add(key)
    release: list[list[int]] = [[] for _ in steps]
    for key, i in last.items():
        if key in produced and key not in kept:
            release[i].append(key)
    for step, r in zip(steps, release):
        step.release = tuple(r)


def _after_control(node: Node, values: dict[int, Any], applied: dict[int, np.ndarray], lookup: Callable[[Any], Any], fn: str) -> Callable[[Any], Any]:
    """Apply the node's pending control updates (once per run) and return its argument lookup.

    The node reads the variables those updates assigned at their new values
    (the point of the dependency); nodes made outside the block keep reading
    the values the run started with, so their results do not depend on the
    order nodes happen to run in.
    """
    assigned: dict[int, np.ndarray] = {}
    for c in node.control:
        if isinstance(c, GraphValue):
            continue  # a control tensor: already computed (it is ordered before the node)
        if id(c) not in applied:
            new = c.value
            if isinstance(new, GraphValue):
                new = lookup(new)
            applied[id(c)] = c.variable.checked(new, fn)
            c.variable.value = applied[id(c)]  # like TensorFlow's assign op: the variable keeps it
        assigned[id(c.variable)] = applied[id(c)]
    if not assigned:
        return lookup

    def read(v: Any) -> Any:
        key = id(v)
        return assigned[key] if key in assigned else lookup(v)

    return read
