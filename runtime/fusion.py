"""Fusing chains of elementwise graph nodes into one generated Numba loop.

An unrolled recurrent training step is thousands of small nodes, most of
them elementwise maps over one (batch, units) shape: an LSTM time step is
about ten of them forward (gates, cell, output) and twenty backward. Each
costs a Python dispatch of a few microseconds for a kernel of a few hundred
nanoseconds. A `Program` that keeps running (`PROFILE_RUN`) is therefore
profiled once, and each connected set of such nodes becomes one *fused
step*: a generated loop that loads its inputs once per element, applies the
members' scalar bodies (the `<op>_scalar` functions the spec generates, the
same code the eager kernels inline) and stores only the results something
outside the set reads.

What may join a group (decided from the spec and the profiled run):
  * a wrapper registered by the generated code as a same-dtype map
    (`elementwise.FUSABLE`; codegen `views.fusable`), whose tensor
    arguments and result had one shape and one float dtype in the profile;
  * `graph.add_n` over same-shaped values (an n-ary add);
  * `sum_to_like` whose two arguments had the result's shape: the identity;
  * a masked rnn's `select_rows` / `split_rows` over (samples, units) values
    with a (samples,) bool mask, read once per row.
Constant Python numbers join as kernel arguments in the group's dtype, the
weak typing the wrappers give them. Groups never create a cycle: a node
joins a group only when none of its other inputs depends on that group.

At run time a fused step checks that its inputs are arrays of one shape and
one dtype its members accept; otherwise it runs its members' own steps, so
a fused program computes what the unfused one does on any input. Results
agree to rounding: inlined into one loop, LLVM may contract a product and a
sum of two members into one fused multiply-add where the separate kernels
rounded in between.

Generated sources are written under the kernel cache directory (named by a
hash of the source and of the kernel modules it calls) so Numba's on-disk
cache serves later processes; identical groups (the same step of each time
step) share one compiled loop. `KERAS_NUMBA_FUSION=0` turns fusion off.
"""

from __future__ import annotations

import hashlib
import heapq
import importlib.util
import os
import sys
import tempfile
import threading
import warnings
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from . import elementwise, graph, kernels
from .graph import Node

#: A program is profiled and fused on this run: the first runs of most
#: programs (tests, evaluation, a model's first batch) would not repay the
#: compilation of their loops; a training loop repays it within an epoch.
PROFILE_RUN = 3

_FLOATS = (np.dtype(np.float32), np.dtype(np.float64))
_lock = threading.Lock()
_modules: dict[str, Any] = {}  # source hash -> imported module of generated loops
_loops: dict[tuple[str, np.dtype, bool], Callable[..., Any]] = {}


def enabled() -> bool:
    return os.environ.get("KERAS_NUMBA_FUSION", "1") not in ("0", "false", "no", "off")


# --------------------------------------------------------------------------- what fuses


class _Member:
    """One fused node: how its values are computed from the group's operands."""

    __slots__ = ("node", "kind", "scalar", "operands", "dtypes", "threshold", "zero_d")

    def __init__(self, node: Node, kind: str, scalar: tuple[str, str] | None, operands: list[Any], dtypes: frozenset[np.dtype], threshold: int, zero_d: set[int]) -> None:
        self.node = node
        # "map": scalar(*operands); "sum": the operands added; "pass": operands[0] (operands[1] is a
        # shape witness); "select": operands[1] in the rows where the row mask operands[0] is true,
        # operands[2] in the others; "split": (operands[1], 0) in masked rows, (0, operands[1]) in others.
        self.kind = kind
        self.scalar = scalar  # (kernel module, function name) of a map
        self.operands = operands  # graph values or Python numbers
        self.dtypes = dtypes
        self.threshold = threshold  # elements from which the loop runs on threads
        self.zero_d = zero_d  # ids of operands that are 0-d arrays of the dtype (an optimizer's beta_1, its lr_t)


#: Row masks (one bool per sample) of `select`/`split` members are read once per row.
_MASK = np.dtype(bool)
_RUNTIME_THRESHOLD = 200_000


def _runtime_forms() -> dict[Callable[..., Any], tuple[str, int]]:
    """Hand-written graph functions with a fused form: function -> (kind, number of results)."""
    from . import control_flow, derivatives

    def raw(fn: Callable[..., Any]) -> Callable[..., Any]:
        return getattr(fn, "__wrapped__", fn)

    return {
        raw(graph.add_n): ("sum", 1),
        raw(derivatives.sum_to_like): ("pass", 1),
        raw(control_flow.select_rows): ("select", 1),
        raw(control_flow.split_rows): ("split", 2),
    }


_forms: dict[Callable[..., Any], tuple[str, int]] = {}


def _member(node: Node, info: dict[int, tuple[tuple[int, ...], np.dtype]], positional: Callable[[Node], list[Any] | None]) -> _Member | None:
    """`node` as a fusable member, or None (with the shape and dtype of its results in the profile)."""
    if node.control or not node.outputs:
        return None
    out = info.get(id(node.outputs[0]))
    if out is None or out[1] not in _FLOATS or any(info.get(id(t)) != out for t in node.outputs):
        return None
    fn = node.fn
    registered = elementwise.FUSABLE.get(fn)
    if registered is not None:
        kind, n_results = "map", 1
    else:
        if not _forms:
            _forms.update(_runtime_forms())
        form = _forms.get(fn)
        if form is None:
            return None
        kind, n_results = form
    if len(node.outputs) != n_results or node.structure != (0 if n_results == 1 else (0, 1)):
        return None
    items = positional(node)
    if not items:
        return None
    masked = kind in ("select", "split")
    if masked and (len(out[0]) != 2 or not graph.is_symbolic(items[0]) or info.get(id(items[0])) != ((out[0][0],), _MASK)):
        return None  # row masks only over (samples, units) values
    zero_d: set[int] = set()
    for item in items[1:] if masked else items:
        if graph.is_symbolic(item):
            seen = info.get(id(item))
            if seen == ((), out[1]) and kind in ("map", "sum") and out[0] != ():
                zero_d.add(id(item))  # read once, before the loop
            elif seen != out:
                return None
        elif kind in ("pass", "split") or type(item) not in (int, float):
            return None  # arrays and NumPy scalars are not weakly typed: leave them to the wrapper
    if kind == "map":
        kernels_, dtypes = registered  # type: ignore[misc]
        if len(items) != kernels_.n_inputs or kernels_.scalar_types or out[1] not in dtypes:
            return None
        return _Member(node, kind, (kernels_.module_name, f"{kernels_.op}_scalar"), items, dtypes, kernels_.parallel_threshold, zero_d)
    if (kind == "pass" and len(items) != 2) or (kind == "select" and len(items) != 3) or (kind == "split" and len(items) != 2):
        return None
    if kind == "sum" and len(zero_d) == len(items):
        return None
    return _Member(node, kind, None, items, frozenset(_FLOATS), _RUNTIME_THRESHOLD, zero_d)


class Group:
    """A set of members that run as one loop, in dependency order."""

    def __init__(self, index: int, shape: tuple[int, ...], dtype: np.dtype) -> None:
        self.index = index
        self.shape = shape
        self.dtype = dtype
        self.members: list[_Member] = []
        self.ids: set[int] = set()  # ids of the members' result tensors


def plan(nodes: Sequence[Node], info: dict[int, tuple[tuple[int, ...], np.dtype]], positional: Callable[[Node], list[Any] | None]) -> list[Group]:
    """Groups of two or more fusable nodes, none depending on itself through an outside node.

    `info` holds the profiled (shape, dtype) of every array value by id.
    Walks the nodes backwards: a member joins the group of one of its
    consumers when its shape and dtype match and none of its other consumers
    leads back into that group (`below`: per node, the bit set of the groups
    downstream of it). Nodes after it are all placed by then and membership
    never changes, so `below` is exact and no group can close a cycle.
    """
    consumers: dict[int, list[Node]] = {}
    for node in nodes:
        for v in _reads(node):
            consumers.setdefault(id(v), []).append(node)
    groups: list[Group] = []
    group_of: dict[int, Group] = {}  # id(node) -> its group
    below: dict[int, int] = {}  # id(node) -> bits of the groups downstream of it
    for node in reversed(nodes):
        outs = [c for t in node.outputs for c in consumers.get(id(t), ())]
        member = _member(node, info, positional)
        if member is not None:
            shape, dtype = info[id(node.outputs[0])]
            chosen: Group | None = None
            for c in outs:
                g = group_of.get(id(c))
                if g is None or g.shape != shape or g.dtype != dtype:
                    continue
                bit = 1 << g.index
                if not any(below[id(o)] & bit for o in outs if group_of.get(id(o)) is not g):
                    chosen = g
                    break
            if chosen is None:
                chosen = Group(len(groups), shape, dtype)
                groups.append(chosen)
            chosen.members.insert(0, member)  # walking backwards: members stay in program order
            chosen.ids.update(id(t) for t in node.outputs)
            group_of[id(node)] = chosen
        bits = 0
        for o in outs:
            g = group_of.get(id(o))
            bits |= below[id(o)] | ((1 << g.index) if g is not None else 0)
        below[id(node)] = bits
    return [g for g in reversed(groups) if len(g.members) >= 2 and any(m.kind != "pass" for m in g.members)]


# --------------------------------------------------------------------------- generated loops


class Loop:
    """The generated source of one group and how to call it."""

    def __init__(self, group: Group, exports: list[int]) -> None:
        self.inputs: list[Any] = []  # external values of the group's shape the loop reads, in argument order
        self.masks: list[Any] = []  # external row masks, read once per row
        self.zero_d: list[Any] = []  # external 0-d arrays, read once
        self.witnesses: list[Any] = []  # external values only checked for shape ("pass" witnesses)
        self.constants: list[float] = []
        self.exports = exports  # ids of member results stored for the rest of the program
        ref: dict[int, str] = {}  # value id -> expression name in the loop body
        imports: dict[tuple[str, str], str] = {}
        body: list[str] = []
        loads: list[str] = []
        row_loads: list[str] = []
        first_loads: list[str] = []

        def constant(c: float) -> str:
            self.constants.append(c)
            return f"c{len(self.constants) - 1}"

        def operand(v: Any) -> str:
            if not graph.is_symbolic(v):
                return constant(v)
            name = ref.get(id(v))
            if name is None and id(v) in zero_d:
                k = len(self.zero_d)
                self.zero_d.append(v)
                name = ref[id(v)] = f"s{k}"
                first_loads.append(f"{name} = single{k}[()]")
            elif name is None:
                k = len(self.inputs)
                self.inputs.append(v)
                name = ref[id(v)] = f"x{k}"
                loads.append(f"{name} = in{k}[i, j]")
            return name

        def mask(v: Any) -> str:
            name = ref.get(id(v))
            if name is None:
                k = len(self.masks)
                self.masks.append(v)
                name = ref[id(v)] = f"r{k}"
                row_loads.append(f"{name} = mask{k}[i]")
            return name

        zero_d = {key for m in group.members for key in m.zero_d}
        for m_index, m in enumerate(group.members):
            out = f"t{m_index}"
            outs = [out]
            if m.kind == "pass":
                body.append(f"{out} = {operand(m.operands[0])}")
                witness = m.operands[1]
                if id(witness) not in group.ids:
                    self.witnesses.append(witness)
            elif m.kind == "sum":
                body.append(f"{out} = " + " + ".join(operand(v) for v in m.operands))
            elif m.kind == "select":
                row = mask(m.operands[0])
                body.append(f"{out} = {operand(m.operands[1])} if {row} else {operand(m.operands[2])}")
            elif m.kind == "split":
                row, g, zero = mask(m.operands[0]), operand(m.operands[1]), constant(0.0)
                outs = [f"{out}a", f"{out}b"]
                body.append(f"{out}a = {g} if {row} else {zero}")
                body.append(f"{out}b = {zero} if {row} else {g}")
            else:
                assert m.scalar is not None
                fn = imports.setdefault(m.scalar, f"op{len(imports)}")
                body.append(f"{out} = {fn}(" + ", ".join(operand(v) for v in m.operands) + ")")
            for t, name in zip(m.node.outputs, outs):
                ref[id(t)] = name
        stores = [f"out{k}[i, j] = {ref[e]}" for k, e in enumerate(exports)]
        params = [f"in{k}" for k in range(len(self.inputs))] + [f"mask{k}" for k in range(len(self.masks))]
        params += [f"single{k}" for k in range(len(self.zero_d))]
        params += [f"out{k}" for k in range(len(exports))] + [f"c{k}" for k in range(len(self.constants))]
        self.source = _source(imports, params, len(self.inputs), first_loads, row_loads, loads + body + stores, [m.node.op for m in group.members])
        self.modules = sorted({module for module, _ in imports})


def _source(imports: dict[tuple[str, str], str], params: list[str], n_in: int, first_lines: list[str], row_lines: list[str], lines: list[str], ops: list[str]) -> str:
    unit = " and ".join(f"unit_rows(in{k})" for k in range(n_in)) or "True"
    text = [
        f"# @generated by keras_numba._runtime.fusion — one loop for: {', '.join(ops)}",
        "from numba import prange",
        "from keras_numba._runtime.scalar import unit_rows",
    ]
    text += [f"from {module} import {name} as {alias}" for (module, name), alias in sorted(imports.items(), key=lambda kv: kv[1])]
    for suffix, rng in (("", "range"), ("_parallel", "prange")):
        text += ["", "", f"def fused{suffix}({', '.join(params)}):"]
        text += [f"    {line}" for line in first_lines]
        text.append("    # Two copies of one loop: under the stride test LLVM vectorises the unit-stride rows.")
        for condition in (f"if {unit}:", "else:"):
            text.append(f"    {condition}")
            text.append(f"        for i in {rng}(out0.shape[0]):")
            text += [f"            {line}" for line in row_lines]
            text.append("            for j in range(out0.shape[1]):")
            text += [f"                {line}" for line in lines]
    return "\n".join(text) + "\n"


def compiled(loop: Loop, dtype: np.dtype, parallel: bool) -> Callable[..., Any]:
    """The Numba dispatcher of `loop` for `dtype` (compiled once per process, cached on disk)."""
    digest = _digest(loop)
    key = (digest, dtype, parallel)
    fn = _loops.get(key)
    if fn is not None:
        return fn
    with _lock:
        fn = _loops.get(key)
        if fn is None:
            module = _modules.get(digest) or _import(digest, loop.source)
            numba = kernels._numba()
            types = numba.types
            element = numba.from_dtype(dtype)
            arg = types.Array(element, 2, "A", readonly=True)
            row = types.Array(types.boolean, 1, "A", readonly=True)
            single = types.Array(element, 0, "C", readonly=True)
            res = types.Array(element, 2, "C")
            sig = types.void(*[arg] * len(loop.inputs), *[row] * len(loop.masks), *[single] * len(loop.zero_d), *[res] * len(loop.exports), *[element] * len(loop.constants))
            py_func = getattr(module, "fused_parallel" if parallel else "fused")
            fn = _loops[key] = kernels.jit(py_func, sig, parallel=parallel)
    return fn


def _digest(loop: Loop) -> str:
    cached = getattr(loop, "_digest", None)
    if cached is None:
        h = hashlib.sha256(loop.source.encode())
        for name in loop.modules:  # a changed scalar body must not load a stale cached loop
            spec = importlib.util.find_spec(name)
            if spec is not None and spec.origin:
                h.update(Path(spec.origin).read_bytes())
        h.update(kernels._helpers_hash().encode())
        cached = loop._digest = h.hexdigest()[:20]  # type: ignore[attr-defined]
    return cached


def _import(digest: str, source: str) -> Any:
    root = kernels.cache_dir()
    directory = (root / "fused") if root is not None else Path(tempfile.gettempdir()) / f"keras_numba-fused-{os.getpid()}"
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"fused_{digest}.py"
    if not path.exists() or path.read_text() != source:
        tmp = directory / f".{path.name}.{os.getpid()}.{threading.get_ident()}"
        tmp.write_text(source)
        os.replace(tmp, path)  # atomic: concurrent processes write the same text
    name = f"keras_numba._fused_{digest}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    _modules[digest] = module
    return module


# --------------------------------------------------------------------------- the fused step


class FusedStep:
    """A `Program` step running one group: its loop when the guard holds, else its members' steps."""

    __slots__ = ("node", "group", "loop", "fetch", "arity", "call", "single", "release", "members", "internal", "dtypes", "threshold", "reads", "writes", "n_shaped", "usable", "ready")

    def __init__(self, group: Group, loop: Loop, member_steps: list[Any]) -> None:
        self.node = group.members[-1].node
        self.group = group
        self.loop = loop
        checked = loop.inputs + loop.witnesses + loop.masks + loop.zero_d
        self.n_shaped = len(loop.inputs) + len(loop.witnesses)  # values of the group's shape, then masks, then 0-d
        self.fetch = itemgetter(*[id(v) for v in checked], id(checked[0]))  # value-table keys; always a tuple
        self.arity = FUSED
        self.call = self.run
        self.single = None
        self.release: tuple[int, ...] = ()
        self.members = member_steps
        self.internal = tuple(i for i in group.ids if i not in set(loop.exports))
        dtypes = frozenset(_FLOATS)
        for m in group.members:
            dtypes &= m.dtypes
        self.dtypes = dtypes
        self.threshold = min(m.threshold for m in group.members)
        self.reads = [id(v) for v in checked]
        self.writes = list(loop.exports)
        self.usable = True  # False once its loop failed to compile: the members' steps from then on
        self.ready: dict[tuple[np.dtype, bool], tuple[Callable[..., Any], tuple[Any, ...]]] = {}

    def run(self, values: dict[int, Any], execute: Callable[[Any, dict[int, Any]], None]) -> None:
        arrays = self.fetch(values)
        if self.usable and self._guard(arrays):
            n_in = len(self.loop.inputs)
            try:
                self._fused(values, arrays[:n_in], arrays[self.n_shaped : -1])  # masks and 0-d arrays, in argument order
                return
            except Exception as exc:  # noqa: BLE001  (a loop that fails to compile must not stop the program)
                self.usable = False
                warnings.warn(f"keras_numba: a fused loop failed ({type(exc).__name__}: {exc}); its {len(self.members)} nodes run one by one", RuntimeWarning, stacklevel=2)
        for step in self.members:  # the guard failed: the members' own steps
            execute(step, values)
        for key in self.internal:
            values.pop(key, None)

    def _guard(self, arrays: Sequence[Any]) -> bool:
        """Whether the loop computes what the members would: one shape, one accepted dtype, row masks."""
        first = arrays[0]
        if type(first) is not np.ndarray:
            return False
        shape, dtype = first.shape, first.dtype
        if dtype not in self.dtypes:
            return False
        n = self.n_shaped
        for a in arrays[1:n]:
            if type(a) is not np.ndarray or a.shape != shape or a.dtype != dtype:
                return False
        n_masks = len(self.loop.masks)
        for m in arrays[n : n + n_masks]:
            if type(m) is not np.ndarray or m.dtype != _MASK or len(shape) != 2 or m.shape != shape[:1]:
                return False
        for a in arrays[n + n_masks : -1]:
            if type(a) is not np.ndarray or a.shape != () or a.dtype != dtype:
                return False
        return True

    def _fused(self, values: dict[int, Any], arrays: Sequence[np.ndarray], extras: Sequence[np.ndarray]) -> bool:
        first = arrays[0]
        shape, dtype, size = first.shape, first.dtype, first.size
        loop = self.loop
        if len(shape) == 2:
            rows, ins = shape[0], arrays
        else:
            cols = shape[-1] if len(shape) > 1 else max(size, 1)
            rows = size // cols if cols else 0
            ins = [a.reshape(rows, cols) for a in arrays]
        outs = [np.empty(shape, dtype) for _ in loop.exports]
        if size:
            flat = outs if len(shape) == 2 else [o.reshape(rows, -1) for o in outs]
            parallel = size >= self.threshold and rows > 1 and size <= kernels.PARALLEL_MAX_OUTPUT and kernels.parallel_available()
            ready = self.ready.get((dtype, parallel))
            if ready is None:  # the dispatcher and the constants in this dtype, once per step
                ready = self.ready[(dtype, parallel)] = (compiled(loop, dtype, parallel), tuple(dtype.type(c) for c in loop.constants))
            fn, constants = ready
            fn(*ins, *extras, *flat, *constants)
        for key, out in zip(loop.exports, outs):
            values[key] = out
        return True


#: `_Step.arity` of a fused step: `call(values, execute)` stores its own results.
FUSED = -3


def fuse(nodes: Sequence[Node], steps: list[Any], info: dict[int, tuple[tuple[int, ...], np.dtype]], targets: Sequence[Any], positional: Callable[[Node], list[Any] | None]) -> list[Any]:
    """The program's steps with each planned group replaced by one `FusedStep`, reordered topologically.

    `steps[i]` runs `nodes[i]`.
    """
    groups = plan(nodes, info, positional)
    if not groups:
        return steps
    position = {id(n): i for i, n in enumerate(nodes)}
    member_ids = {key: g for g in groups for key in g.ids}
    kept = {id(t) for t in graph._leaves(list(targets)) if isinstance(t, graph.GraphValue)}
    exports: dict[int, set[int]] = {g.index: {key for key in g.ids if key in kept} for g in groups}
    for node in nodes:
        own = member_ids.get(id(node.outputs[0])) if node.outputs else None
        for v in _reads(node):
            g = member_ids.get(id(v))
            if g is not None and g is not own:
                exports[g.index].add(id(v))
    unit_of = list(range(len(nodes)))  # node position -> the position of its unit (a fused group runs as one)
    fused: dict[int, FusedStep] = {}
    for g in groups:
        ordered = [id(t) for m in g.members for t in m.node.outputs if id(t) in exports[g.index]]
        if not ordered:
            continue  # nothing outside reads the group
        first = position[id(g.members[0].node)]
        member_steps = [steps[position[id(m.node)]] for m in g.members]
        fused[first] = FusedStep(g, Loop(g, ordered), member_steps)
        for m in g.members:
            unit_of[position[id(m.node)]] = first
    return _topological(nodes, unit_of, [fused[u] if u in fused else steps[u] for u in range(len(nodes))])


def _reads(node: Node) -> list[Any]:
    return list(node.inputs) + (graph._control_values(node) if node.control else [])


def _topological(nodes: Sequence[Node], unit_of: list[int], step_at: list[Any]) -> list[Any]:
    """One step per unit, each after the units it reads from; ties in program order."""
    producer = {id(t): unit_of[i] for i, node in enumerate(nodes) for t in node.outputs}
    needs: dict[int, set[int]] = {}
    for i, node in enumerate(nodes):
        unit = unit_of[i]
        deps = needs.setdefault(unit, set())
        for v in _reads(node):
            p = producer.get(id(v))
            if p is not None and p != unit:
                deps.add(p)
    consumers: dict[int, list[int]] = {u: [] for u in needs}
    for unit, deps in needs.items():
        for p in deps:
            consumers[p].append(unit)
    waiting = {u: len(deps) for u, deps in needs.items()}
    ready = [u for u, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order: list[Any] = []
    while ready:
        unit = heapq.heappop(ready)
        order.append(step_at[unit])
        for c in consumers[unit]:
            waiting[c] -= 1
            if waiting[c] == 0:
                heapq.heappush(ready, c)
    if len(order) != len(needs):  # a cycle: a planning bug, never a silent wrong order
        raise AssertionError("keras_numba: graph fusion produced a cyclic step order")
    return order
