"""Reverse-mode differentiation of graphs, from the spec's derivative formulas.

Each node carries its function's gradient rule (`Node.grad`): for generated
functions, `keras_numba._gradients.<name>(grad, result, **arguments)`
returning {argument: gradient}; for lifted runtime helpers, a function of
(grads, result, *args) returning one gradient per positional argument.
Rules are evaluated on symbolic tensors, so the gradients are graphs too:
usable as `function` outputs and updates, and differentiable again.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from . import graph, program


class _NotImplemented:
    """The gradient of an input whose spec derivative is `not_implemented`."""

    def __repr__(self) -> str:
        return "NOT_IMPLEMENTED"


NOT_IMPLEMENTED = _NotImplemented()


def _pairs(args: Any, grads: Any) -> Any:
    """(input value, its gradient) for every symbolic input, matching nested structures."""
    if grads is None:
        return
    if graph.is_symbolic(args) or isinstance(args, graph.GraphValue):
        yield args, grads
    elif isinstance(args, (list, tuple)) and isinstance(grads, (list, tuple)):
        for a, g in zip(args, grads):
            yield from _pairs(a, g)


def _floating(value: Any) -> bool:
    return np.dtype(value.dtype).kind in "fc"


def _relevant(order: list[graph.Node], sources: set[int]) -> set[int]:
    """Nodes with a path from one of `sources` (ids of tensors or variables)."""
    reach = set(sources)
    nodes: set[int] = set()
    for node in order:
        if any(id(v) in reach for v in node.inputs):
            nodes.add(id(node))
            reach.update(id(t) for t in node.outputs)
    return nodes


def _total(parts: list[Any] | None) -> Any:
    """The sum of one value's gradient contributions, as few graph nodes as possible.

    Contributions are collected and summed once, when the value's own node
    is reached: a weight an unrolled RNN uses at 50 steps gets one `add_n`
    node, not 49 `add`s, and the gradients of the gate slices of one matrix
    (`z[:, :n]`, `z[:, n:2n]`, ...) become one `scatter_many` into a single
    zeros array instead of a zeros array per slice plus the adds. Products
    `a_t.T @ g_t` (dot's gradient for a weight used at every step) become
    one `matmul_tn_sum`: a single GEMM over the stacked steps.
    """
    from . import derivatives

    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    by_target: dict[int, list[tuple[Any, graph.Node]]] = {}  # id(scattered-into value) -> (part, its scatter node)
    for p in parts:
        node = _basic_scatter(p)
        if node is not None:
            by_target.setdefault(id(node.args[1]), []).append((p, node))
    merged: list[Any] = []
    done: set[int] = set()
    for group in by_target.values():
        if len(group) > 1:
            nodes = [node for _, node in group]
            merged.append(graph.scatter_many(nodes[0].args[1], tuple(n.args[2] for n in nodes), *[n.args[0] for n in nodes]))
            done.update(id(p) for p, _ in group)
    products = [p for p in parts if id(p) not in done and _op_of(p) == "matmul_tn"]
    if len(products) > 1:  # a weight's gradient over the steps of an unrolled loop: one GEMM
        merged.append(derivatives.matmul_tn_sum([p.node.args[0] for p in products], [p.node.args[1] for p in products]))
        done.update(id(p) for p in products)
    rest = merged + [p for p in parts if id(p) not in done]
    return rest[0] if len(rest) == 1 else graph.add_n(*rest)


def _op_of(value: Any) -> str | None:
    node = getattr(value, "node", None)
    return None if node is None or node.kwargs else node.op


def _basic_scatter(value: Any) -> graph.Node | None:
    """The `scatter_like` node that made `value` with a basic (slice/int) key, if one did."""
    if _op_of(value) != "scatter_like" or len(value.node.args) != 3:
        return None
    return value.node if graph._is_basic_key(value.node.args[2]) else None


def _in_dtype_of(g: Any, value: Any) -> Any:
    """The gradient in its input's dtype, as TensorFlow gives it.

    Some rules compute in float64 for accuracy; left in float64, everything
    downstream of them (a whole backward pass) would run in float64.
    """
    dtype = getattr(g, "dtype", None)
    if dtype is None or dtype == value.dtype:
        return g
    if isinstance(g, graph.GraphValue):
        from keras_numba import cast

        return cast(g, value.dtype)
    return np.asarray(g).astype(value.dtype)


def _call_rule(node: graph.Node, grads: list[Any]) -> list[tuple[Any, Any]]:
    """(input, gradient) pairs from the node's rule, given its outputs' gradients."""
    from . import derivatives

    out_grads = [g if g is not None else derivatives.zeros_like(t) for g, t in zip(grads, node.outputs)]
    rule = node.grad
    if rule is None:
        return []
    single = isinstance(node.structure, int)
    result = node.outputs[0] if single else graph._rebuild(node.structure, node.outputs)
    if getattr(rule, "keyword_rule", False):  # generated: rule(grad, result, **arguments) -> {name: gradient}
        grad = out_grads[0] if single else graph._rebuild(node.structure, out_grads)
        per_arg = rule(grad, result, *node.args, **node.kwargs)
        pairs = []
        for name, g in per_arg.items():
            if g is NOT_IMPLEMENTED:
                pairs.extend((v, NotImplementedError(f"keras_numba.gradients: the derivative of {node.op} with respect to {name} is not implemented"))
                             for v in graph._leaves(node.kwargs[name]) if isinstance(v, graph.GraphValue))
                continue
            pairs.extend(_pairs(node.kwargs[name], g))
        return pairs
    per_pos = rule(out_grads, result, *node.args, **node.kwargs)  # lifted helper: one per positional argument
    return list(_pairs(node.args, tuple(per_pos)))


def gradients(loss: Any, variables: Sequence[Any]) -> list[Any]:
    """d(sum of loss)/d(each of variables): symbolic tensors, None where a variable is unconnected."""
    from . import derivatives

    if not isinstance(loss, graph.GraphValue):
        return [None for _ in variables]
    ordered = program.Program([loss])
    wanted = {id(v) for v in variables}
    relevant = _relevant(ordered.nodes, wanted)
    grads: dict[int, list[Any]] = {id(loss): [derivatives.ones_like(loss)]}  # value id -> its gradient contributions
    for node in reversed(ordered.nodes):
        if id(node) not in relevant:
            continue
        out = [_total(grads.get(id(t))) for t in node.outputs]
        if all(g is None for g in out):
            continue
        for value, g in _call_rule(node, out):
            if g is None or not _floating(value):
                continue
            key = id(value)
            if key not in wanted and not (isinstance(value, graph.Tensor) and value.node is not None and id(value.node) in relevant):
                continue
            if isinstance(g, NotImplementedError):
                raise g
            static = tuple(np.shape(g) if not isinstance(g, graph.GraphValue) else g.shape)
            if static != tuple(value.shape) or (None in static and len(node.inputs) > 1):
                # Broadcasting happens only between several inputs; with unknown dims
                # only the run knows whether it did. One input's gradient has its shape.
                g = derivatives.sum_to_like(g, value)
            g = _in_dtype_of(g, value)
            grads.setdefault(key, []).append(g)
    return [_total(grads.get(id(v))) for v in variables]
