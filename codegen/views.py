"""Turn the spec model into the plain values templates lay out.

All decisions live here (which conversion a parameter needs, which helpers a
kernel imports, how a float literal is typed); templates only place text.
Per-function differences come from spec fields, never from a function's name.
"""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass

from . import pyexpr, vocabulary
from .model import NON_DIFFERENTIABLE, NOT_IMPLEMENTED, OpSpec, Param, Spec, TypeExpr

PACKAGE = "keras_numba"
NUMBA_SCALAR = {"float": "float64", "int": "int64", "bool": "boolean"}
HALF_COMPUTE = "float32"


def class_const(cls: str) -> str:
    """Name of the module-level constant holding a dtype class."""
    return "_" + cls.upper()


@dataclass(frozen=True)
class Conversion:
    """One line of a wrapper that converts/validates an argument in place."""

    code: str


def _convert_expr(fn: str, p: Param, typ: TypeExpr, value: str) -> str | None:
    """Python expression converting `value` (the argument) per its annotation."""
    k = typ.kind
    if k == "float":
        return f"_checks.to_float({fn!r}, {p.name!r}, {value})"
    if k == "int":
        return f"_checks.to_int({fn!r}, {p.name!r}, {value})"
    if k == "bool":
        return f"_checks.to_bool({fn!r}, {p.name!r}, {value})"
    if k == "str":
        return f"_checks.to_str({fn!r}, {p.name!r}, {value})"
    if k == "literal":
        return f"_checks.choice({fn!r}, {p.name!r}, {value}, {typ.choices!r})"
    if k == "dtype":
        cls = typ.dtype or "castable"
        return f"_dtypes.normalize({fn!r}, {p.name!r}, {value}, _ALIASES, {class_const(cls)})"
    if k in ("axis", "shape", "ints"):
        return f"_checks.to_{k}({fn!r}, {p.name!r}, {value})"
    if k == "callable":
        return f"_checks.to_callable({fn!r}, {p.name!r}, {value})"
    return None  # any / tensor: handled elsewhere


def attr_conversions(op: OpSpec) -> list[str]:
    """Lines converting every non-tensor parameter, Optional ones included."""
    lines: list[str] = []
    none_as = dict(op.kernel.none_as)
    for p in op.signature.attr_params:
        typ = p.type
        inner = typ.base
        expr = _convert_expr(op.name, p, inner, p.name)
        if expr is None:
            continue
        if typ.optional:
            fallback = none_as.get(p.name, "None")
            lines.append(f"{p.name} = {fallback} if {p.name} is None else {expr}")
        else:
            lines.append(f"{p.name} = {expr}")
    return lines


@dataclass(frozen=True)
class TensorGroup:
    """The tensor parameters sharing one type variable, converted together."""

    var: str
    names: tuple[str, ...]
    const: str  # module constant of the allowed dtype class
    unpack: str  # "(x, y)" / "(x,)": target and argument tuple source
    is_list: bool = False  # one List[Tensor[T]] parameter


def tensor_none_defaults(op: OpSpec) -> list[str]:
    """Lines replacing None for Optional tensor parameters (e.g. an open clip bound)."""
    none_as = dict(op.kernel.none_as)
    return [
        f"{p.name} = {none_as[p.name]} if {p.name} is None else {p.name}"
        for p in op.signature.tensor_params
        if p.type.optional and p.name in none_as
    ]


def tensor_groups(op: OpSpec) -> list[TensorGroup]:
    typevars = op.typevars
    groups: dict[str, list[str]] = {}
    out = []
    for p in op.signature.tensor_params:
        if p.type.base.kind == "tensor_list":
            var = p.type.base.dtype or ""
            cls = typevars.get(var, var)
            out.append(TensorGroup(var, (p.name,), class_const(cls), p.name, is_list=True))
        else:
            groups.setdefault(p.type.base.dtype or "", []).append(p.name)
    for var, names in groups.items():
        cls = typevars.get(var, var)  # a concrete dtype such as Tensor[bool] is its own class
        out.append(TensorGroup(var, tuple(names), class_const(cls), _tuple_src(names)))
    return out


def _tuple_src(names: list[str] | tuple[str, ...]) -> str:
    """Source of a tuple of the named variables: "()", "(a,)", "(a, b)"."""
    if len(names) == 1:
        return f"({names[0]},)"
    return "(" + ", ".join(names) + ")"


def out_dtype_expr(op: OpSpec) -> str:
    """Expression for the output dtype from the return annotation."""
    ret = op.signature.returns.base
    if ret.kind != "tensor":
        return "None"
    if ret.dtype in op.typevars:
        return f"dtype_{ret.dtype}"
    if ret.dtype == "floatx":
        return "np.dtype(_config.floatx())"
    if any(p.name == ret.dtype for p in op.signature.params):  # Tensor[<a DType parameter>]
        return ret.dtype or "None"
    return f"np.dtype({ret.dtype!r})"


def used_classes(spec: Spec) -> list[str]:
    classes: set[str] = set()
    for op in spec.ops:
        classes.update(op.typevars.values())
        for g in tensor_groups(op):
            classes.add(g.const[1:].lower())
        for p in op.signature.attr_params:
            if p.type.base.kind == "dtype":
                classes.add(p.type.base.dtype or "castable")
    return sorted(classes)


def docstring(op: OpSpec) -> str:
    """The wrapper's docstring: summary, description, Args, Returns, Raises, Examples."""
    parts = [op.summary]
    if op.description:
        parts.append(op.description)
    if op.signature.params:
        args = ["Args:"]
        for p in op.signature.params:
            args.append(textwrap.indent(f"{p.name}: {p.doc}", "    "))
        parts.append("\n".join(args))
    parts.append("Returns:\n" + textwrap.indent(op.returns_doc, "    "))
    raises = raises_list(op)
    if raises:
        parts.append("Raises:\n" + "\n".join(f"    {exc}: {why}" for exc, why in raises))
    parts.append("Examples:\n" + textwrap.indent(op.examples.rstrip(), "    "))
    text = "\n\n".join(parts)
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def raises_list(op: OpSpec) -> list[tuple[str, str]]:
    """What the function raises, derived from its signature and preconditions."""
    out: list[tuple[str, str]] = []
    for g in tensor_groups(op):
        out.append(("TypeError", f"{', '.join(g.names)} of a dtype not in the `{g.const[1:].lower()}` class (see Dtypes)"))
    if len(op.signature.tensor_params) > 1:
        out.append(("ValueError", "tensor arguments whose shapes do not broadcast"))
    for p in op.signature.attr_params:
        k = p.type.base.kind
        if k in ("float", "int", "bool", "str"):
            out.append(("TypeError", f"{p.name} that is not a {k}"))
        elif k == "literal":
            out.append(("ValueError", f"{p.name} not one of {', '.join(map(repr, p.type.base.choices))}"))
        elif k == "dtype":
            out.append(("TypeError", f"{p.name} that is not a known dtype name"))
    for pre in op.preconditions:
        out.append((pre.raises, pre.message))
    return out


# --------------------------------------------------------------------------- kernels


@dataclass(frozen=True)
class KernelView:
    op: str
    imports: list[tuple[str, list[str]]]
    scalar_fn: str
    scalar_params: list[str]
    scalar_body: str
    inputs: list[str]
    float_params: list[str]
    scalars: list[str]
    scalar_types: list[str]
    loop_params: str  # "x, out, alpha"
    call_1d: str  # "x[i], alpha"
    call_2d: str  # "x[i, j], alpha"
    hoists: list[str]  # 1d loops: single-element (0-d) operands read once, before the loop
    type_1d: str  # the compute type in a 1d loop, whose inputs may be scalars
    type_2d: str
    rows_contiguous: str  # 2d loops: the test for every input walking its rows with unit stride


def kernel_view(op: OpSpec) -> KernelView:
    body = op.kernel.scalar_body or ""
    tensors = [p.name for p in op.signature.tensor_params]
    scalars = [p.name for p in op.signature.attr_params]
    typed = pyexpr.type_float_literals(body, "T")
    used = {name for name, _ in pyexpr.free_names(ast.parse(body))}
    if pyexpr.has_float_literal(body) or "T" in used:  # T: the compute dtype, for typed constants
        typed = f"T = type({tensors[0]})\n" + typed
    by_module: dict[str, list[str]] = {}
    wanted = {name: vocabulary.KERNEL_IMPORTS[name] for name in used & set(vocabulary.KERNEL_IMPORTS)}
    wanted.update(vocabulary.LOOP_IMPORTS)
    for name in sorted(wanted):
        by_module.setdefault(wanted[name], []).append(name)
    float_params = [p.name for p in op.signature.attr_params if p.type.base.kind == "float"]
    types = [NUMBA_SCALAR[p.type.base.kind] for p in op.signature.attr_params]
    return KernelView(
        op=op.name,
        imports=sorted((m, names) for m, names in by_module.items()),
        scalar_fn=f"{op.name}_scalar",
        scalar_params=tensors + scalars,
        scalar_body=typed,
        inputs=tensors,
        float_params=float_params,
        scalars=scalars,
        scalar_types=types,
        loop_params=", ".join(tensors + ["out"] + scalars),
        call_1d=", ".join([f"at({t}_, i)" for t in tensors] + scalars),
        hoists=[f"{t}_ = hoist({t})" for t in tensors],
        call_2d=", ".join([f"{t}[i, j]" for t in tensors] + scalars),
        type_1d=f"type(at({tensors[0]}_, 0))",
        type_2d=f"{tensors[0]}.dtype.type",
        rows_contiguous=" and ".join(f"unit_rows({t})" for t in tensors),
    )


@dataclass(frozen=True)
class ReductionView:
    op: str
    imports: list[tuple[str, list[str]]]
    init: str
    step: str
    merge: str
    finish: str
    finish_uses_t: bool
    center: bool
    minus_mu: str  # subtracted from each element of a row in centred folds
    minus_mu_i: str


def _typed_expr(expr: str, type_name: str) -> str:
    return pyexpr.type_float_literals(expr, type_name)


def reduction_view(op: OpSpec) -> ReductionView:
    k = op.kernel
    snippets = {"init": k.init or "zero", "step": k.step or "acc", "merge": k.merge or "a", "finish": k.finish}
    used: set[str] = set()
    for src in snippets.values():
        used |= {name for name, _ in pyexpr.free_names(ast.parse(src, mode="eval"))}
    by_module: dict[str, list[str]] = {}
    for name in sorted(used & set(vocabulary.KERNEL_IMPORTS)):
        by_module.setdefault(vocabulary.KERNEL_IMPORTS[name], []).append(name)
    # float literals: typed like `zero` in init, like `acc` in step/merge/finish
    typed = {
        "init": _typed_expr(snippets["init"], "type(zero)"),
        "step": _typed_expr(snippets["step"], "type(acc)"),
        "merge": _typed_expr(snippets["merge"], "type(a)"),
        "finish": _typed_expr(snippets["finish"], "T"),
    }
    return ReductionView(
        op=op.name,
        imports=sorted((m, names) for m, names in by_module.items()),
        init=typed["init"],
        step=typed["step"],
        merge=typed["merge"],
        finish=typed["finish"],
        finish_uses_t=pyexpr.has_float_literal(snippets["finish"]) or "T" in used,
        center=k.center,
        minus_mu=" - mu" if k.center else "",
        minus_mu_i=" - mu[i]" if k.center else "",
    )


# --------------------------------------------------------------------------- wrappers


@dataclass(frozen=True)
class WrapperView:
    op: OpSpec
    params_src: str  # "x, alpha=1.0"
    call_args: str  # "x, alpha" for forwarding
    docstring: str
    strategy: str
    tensor_groups: list[TensorGroup]
    tensor_defaults: list[str]
    conversions: list[str]
    preconditions: list[tuple[str, str, str]]
    out_dtype: str
    kernel_var: str
    kernel_module: str
    n_inputs: int
    scalar_types: tuple[str, ...]
    scalar_args: str
    names_tuple: str
    inputs_list: str
    numpy_body: str
    runtime_call: str
    compute_dtype: str
    input_cast: str  # reduction: {input dtype or "*": target}
    symbolic_scan: str  # "" when the function takes no tensors; else the arguments to scan for symbolic values
    symbolic_kwargs: str  # "{'x': x, 'alpha': alpha}": the node's arguments
    gradient_rule: str  # "_gradients.elu" or "None"
    sparse_scan: str  # "" or the tensor arguments to test for sparse values (spec `sparse:`)
    sparse_call: str  # the runtime call taking over when one is sparse
    symbolic_call: str  # "" or the runtime call answering for symbolic arguments (spec `symbolic:`)
    fusable: bool  # graph fusion may inline its scalar body (see `fusable`)
    rewrites: str  # graph.apply's rewrite arguments: ", hoists=(arg, {attr: value})" (spec `hoists_monotone`), ", folds_bias=(...)" (spec `folds_bias`)
    monotone: str  # "" or the arguments of graph.register_monotone after the def (spec `monotone`)
    bias_epilogue: str  # "" or the arguments of graph.register_bias_epilogue after the def (spec `bias_epilogue`)


def fusable(op: OpSpec) -> bool:
    """Whether a graph may run this op inside a fused elementwise loop (runtime/fusion.py).

    Only a same-dtype map: every parameter a tensor of the result's dtype
    variable, no attributes (nothing but tensors reaches the scalar body), no
    preconditions or sparse path to skip, so applying `<op>_scalar` per element
    is the whole of the wrapper for inputs of one shape and one dtype of the class.
    A spec `fused_body` states exactly that for its entry, preconditions included
    (e.g. `divide`'s broadcasting check, which one shape always passes).
    """
    sig = op.signature
    ret = sig.returns
    return (
        op.kernel.scalar_body is not None
        and ret.kind == "tensor"
        and bool(sig.params)
        and all(p.type.kind == "tensor" and p.type.dtype == ret.dtype for p in sig.params)
        and not sig.kwargs
        and (not op.preconditions or op.kernel.fused_body is not None)
        and not op.sparse
        and not op.symbolic
        and not op.kernel.none_as
    )


def wrapper_view(op: OpSpec) -> WrapperView:
    sig = op.signature
    params_src = ", ".join([p.name + (f"={p.default}" if p.default is not None else "") for p in sig.params] + ([f"**{sig.kwargs}"] if sig.kwargs else []))
    tensors = [p.name for p in sig.tensor_params]
    groups = tensor_groups(op)
    first_var = groups[0].var if groups else ""
    kv = kernel_view(op) if op.kernel.scalar_body is not None else None
    runtime_call = ""
    if op.kernel.strategy == "python":
        module, _, attr = (op.kernel.function or "").partition(".")
        runtime_call = f"_{module}.{attr}({', '.join([p.name for p in sig.params] + ([f'**{sig.kwargs}'] if sig.kwargs else []))})"
    preconditions = [(pre.check, pre.raises, f"keras_numba.{op.name}: {pre.message}") for pre in op.preconditions]
    return WrapperView(
        op=op,
        params_src=params_src,
        call_args=", ".join(p.name for p in sig.params),
        docstring=docstring(op),
        strategy=op.kernel.strategy,
        tensor_groups=groups,
        tensor_defaults=tensor_none_defaults(op),
        conversions=attr_conversions(op),
        preconditions=preconditions,
        out_dtype=reduction_out_dtype(op) if op.kernel.strategy == "reduction" else out_dtype_expr(op),
        kernel_var=f"_{op.name}_kernels",
        kernel_module=f"{PACKAGE}.kernels.{op.name}",
        n_inputs=len(tensors),
        scalar_types=tuple(kv.scalar_types) if kv else (),
        scalar_args=_tuple_src(kv.scalars if kv else []),
        names_tuple=repr(tuple(tensors)),
        inputs_list="[" + ", ".join(tensors) + "]",
        numpy_body=(op.kernel.body or "").strip() if op.kernel.strategy == "numpy" else "",
        runtime_call=runtime_call,
        compute_dtype=f"dtype_{first_var}" if groups else "None",
        input_cast=repr(dict(op.kernel.input_cast)),
        symbolic_scan=_tuple_src([p.name for p in sig.params]) if tensors else "",
        symbolic_kwargs="{" + ", ".join(f"{p.name!r}: {p.name}" for p in sig.params) + "}",
        gradient_rule=f"_gradients.grad_{op.name}" if has_gradient_rule(op) else "None",
        sparse_scan=_tuple_src(tensors) if op.sparse else "",
        sparse_call=f"_{op.sparse.partition('.')[0]}.{op.sparse.partition('.')[2]}({', '.join(p.name for p in sig.params)})" if op.sparse else "",
        symbolic_call=f"_{op.symbolic.partition('.')[0]}.{op.symbolic.partition('.')[2]}({', '.join(p.name for p in sig.params)})" if op.symbolic else "",
        fusable=fusable(op),
        rewrites=(f", hoists=({tensors[0]!r}, {_dict_src(op.hoists_monotone)})" if op.hoists_monotone is not None else "")
        + (f", folds_bias={op.folds_bias!r}" if op.folds_bias is not None else ""),
        monotone=f"{op.name}, {tensors[0]!r}, {_dict_src(op.monotone)}" if op.monotone is not None else "",
        bias_epilogue=f"{op.name}, _{op.bias_epilogue}" if op.bias_epilogue else "",
    )


def _dict_src(items: tuple[tuple[str, str], ...]) -> str:
    """`{'alpha': 0.0, 'max_value': None}` from (name, Python literal) pairs."""
    return "{" + ", ".join(f"{k!r}: {v}" for k, v in items) + "}"


def has_gradient_rule(op: OpSpec) -> bool:
    """Whether the op gets a function in keras_numba/_gradients.py (some input has a formula or is not implemented)."""
    return any(d.status != "non_differentiable" for d in op.derivatives)


@dataclass(frozen=True)
class GradientView:
    op: OpSpec
    params_src: str
    entries: list[tuple[str, str]]  # (argument, formula source or NOT_IMPLEMENTED)


def gradient_views(spec: Spec) -> tuple[list[GradientView], list[str], list[str]]:
    """The gradient rules, the vocabulary names and runtime modules they use."""
    views_: list[GradientView] = []
    names: set[str] = {"zeros_like", "ones_like"}
    modules: set[str] = set()
    for op in spec.ops:
        if not has_gradient_rule(op):
            continue
        entries = []
        for d in op.derivatives:
            if d.status == "formula" and d.formula is not None:
                free = {n for n, _ in pyexpr.free_names(ast.parse(d.formula, mode="eval"))}
                names |= free & vocabulary.DERIVATIVE_NAMES - {"grad", "result"}
                modules |= free & vocabulary.RUNTIME_MODULES
                rewritten = pyexpr.equality_as_calls(d.formula)
                if rewritten != ast.unparse(ast.parse(d.formula, mode="eval")):
                    names |= {"equal", "not_equal"} & {n for n, _ in pyexpr.free_names(ast.parse(rewritten, mode="eval"))}
                    entries.append((d.arg, rewritten))
                else:
                    entries.append((d.arg, d.formula))
            elif d.status == "not_implemented":
                entries.append((d.arg, "NOT_IMPLEMENTED"))
        params = ", ".join(["grad", "result"] + [_param_src(p) for p in op.signature.params])
        views_.append(GradientView(op, params, entries))
    return views_, sorted(names), sorted(modules)


def reduction_out_dtype(op: OpSpec) -> str:
    """None (the input's dtype after input_cast) for Tensor[T] results, else the concrete dtype."""
    ret = op.signature.returns.base
    return "None" if ret.dtype in op.typevars else out_dtype_expr(op)


@dataclass(frozen=True)
class ModuleView:
    name: str
    title: str
    doc: str
    sources: list[str]
    wrappers: list[WrapperView]
    classes: list[tuple[str, str]]
    runtime_modules: list[str]
    uses_kernels: bool
    uses_reductions: bool
    exported: bool
    uses_graph: bool
    uses_gradients: bool
    uses_dtypes: bool


def module_views(spec: Spec) -> list[ModuleView]:
    out = []
    for cat in spec.categories:
        ops = [op for op in spec.ops if op.category == cat.name]
        if not ops:
            continue
        wrappers = [wrapper_view(op) for op in ops]
        classes: set[str] = set()
        for w in wrappers:
            for g in w.tensor_groups:
                classes.add(g.const)
            for p in w.op.signature.attr_params:
                if p.type.base.kind == "dtype":
                    classes.add(class_const(p.type.base.dtype or "castable"))
        runtime_modules = sorted(
            {(w.op.kernel.function or "").partition(".")[0] for w in wrappers if w.strategy == "python"}
            | {(w.op.symbolic or "").partition(".")[0] for w in wrappers if w.op.symbolic}
            | {(w.op.sparse or "").partition(".")[0] for w in wrappers if w.op.sparse}
            | {(w.op.bias_epilogue or "").partition(".")[0] for w in wrappers if w.op.bias_epilogue}
        )
        out.append(
            ModuleView(
                name=cat.module,
                title=cat.title,
                doc=cat.doc,
                sources=[op.source for op in ops],
                exported=cat.exported,
                uses_graph=any(w.symbolic_scan for w in wrappers),
                uses_gradients=any(w.symbolic_scan and w.gradient_rule != "None" for w in wrappers),
                wrappers=wrappers,
                classes=sorted((c, c[1:].lower()) for c in classes),
                runtime_modules=runtime_modules,
                uses_kernels=any(w.strategy == "elementwise" or w.fusable for w in wrappers),
                uses_reductions=any(w.strategy == "reduction" for w in wrappers),
                uses_dtypes=bool(classes),
            )
        )
    return out


# --------------------------------------------------------------------------- tests


@dataclass(frozen=True)
class DerivativeView:
    arg: str
    status: str
    formula: str
    names: list[str]


@dataclass(frozen=True)
class TestView:
    op: OpSpec
    reference: str
    tensor_args: list[str]
    typevar_of: dict[str, str]
    dtypes_of: dict[str, list[str]]
    params: list[tuple[str, tuple[str, ...]]]
    fd_params: list[tuple[str, tuple[str, ...]]]
    fd_params_differ: bool  # the spec gives tests.fd_params (else the FD check reuses PARAMS)
    required: tuple[str, ...]
    domain: tuple[float, float]
    special_values: bool
    tolerance: dict[str, tuple[float, float]]
    derivatives: list[DerivativeView]
    derivative_imports: list[str]
    derivative_runtime_imports: list[str]  # runtime modules derivative formulas call (`module.function`)
    formula_args: tuple[str, ...]  # tensor arguments with a derivative formula
    internal_module: str  # "" for public functions; else the module internal functions live in
    fd_avoid: str
    lambda_args: str
    param_names: str
    examples: str
    strategy: str
    lists: tuple[str, ...]
    shapes: list[dict[str, tuple[int, ...]]]
    errors: list[tuple[str, str, str]]
    cases: list[tuple[str, str]]
    auto_errors: list[tuple[str, str, str]]


def _bad_dtype_for(classes: list[str], spec: Spec) -> str | None:
    """A dtype outside every listed class, to provoke a TypeError in the tests."""
    allowed = {d for c in classes for d in spec.dtypes.members(c)}
    for candidate in ("int32", "float32", "bool", "complex64"):
        if candidate not in allowed:
            return candidate
    return None


def _auto_errors(op: OpSpec, spec: Spec) -> list[tuple[str, str, str]]:
    """Error cases every function gets from its signature alone."""
    out: list[tuple[str, str, str]] = []
    sig = op.signature
    good: dict[str, str] = {}
    for p in sig.params:
        typ = p.type.base
        if typ.kind in ("tensor", "tensor_list"):
            cls = op.typevars.get(typ.dtype or "", typ.dtype or "")
            members = spec.dtypes.members(cls) if cls in dict(spec.dtypes.classes) else (cls,)
            dt = "float32" if "float32" in members else members[0]
            one = f"np.ones((2, 3), dtype={dt!r})"
            good[p.name] = f"[{one}, {one}]" if typ.kind == "tensor_list" else one
        elif p.default is not None:
            good[p.name] = p.default
        elif typ.kind == "literal":
            good[p.name] = repr(typ.choices[0])
        elif typ.kind == "float":
            good[p.name] = "0.5"
        elif typ.kind == "dtype":
            good[p.name] = "'float32'"
    if len(good) != len(sig.params):
        return out

    def call(name: str, bad: str) -> str:
        args = ", ".join(f"{p.name}={bad if p.name == name else good[p.name]}" for p in sig.params)
        return f"K.{op.name}({args})"

    for p in sig.params:
        typ = p.type.base
        if typ.kind in ("tensor", "tensor_list"):
            cls = op.typevars.get(typ.dtype or "", typ.dtype or "")
            if cls in dict(spec.dtypes.classes):
                bad = _bad_dtype_for([cls], spec)
                if bad is not None:
                    bad_arg = f"np.ones((2, 3), dtype={bad!r})"
                    if typ.kind == "tensor_list":
                        bad_arg = f"[{bad_arg}]"
                    out.append((call(p.name, bad_arg), "TypeError", f"{op.name}: {p.name}"))
        elif typ.kind in ("float", "int"):
            out.append((call(p.name, "'text'"), "TypeError", f"{op.name}: {p.name}"))
        elif typ.kind == "literal":
            out.append((call(p.name, "'no-such-choice'"), "ValueError", f"{op.name}: {p.name}"))
        elif typ.kind == "dtype":
            out.append((call(p.name, "'no-such-dtype'"), "TypeError", f"{op.name}: {p.name}"))
    return out


def _param_src(p: Param) -> str:
    return p.name + (f"={p.default}" if p.default is not None else "")


def test_view(op: OpSpec, spec: Spec) -> TestView:
    sig = op.signature
    tensors = [p.name for p in sig.tensor_params]
    typevar_of = {p.name: p.type.base.dtype or "" for p in sig.tensor_params}
    dtypes_of: dict[str, list[str]] = {}
    for name, var in typevar_of.items():
        cls = op.typevars.get(var, var)
        members = spec.dtypes.members(cls) if cls in dict(spec.dtypes.classes) else (cls,)
        dtypes_of[name] = list(members)
    derivs = []
    names: set[str] = set()
    runtime_used: set[str] = set()
    for d in op.derivatives:
        used: list[str] = []
        if d.formula is not None:
            free = {n for n, _ in pyexpr.free_names(ast.parse(d.formula, mode="eval"))}
            used = sorted(free & vocabulary.DERIVATIVE_NAMES - {"grad", "result"})
            names.update(used)
            runtime_used.update(free & vocabulary.RUNTIME_MODULES)
        derivs.append(DerivativeView(d.arg, d.status, d.formula or "", used))
    return TestView(
        op=op,
        reference=op.reference or "",
        tensor_args=tensors,
        typevar_of=typevar_of,
        dtypes_of=dtypes_of,
        params=list(op.tests.params),
        fd_params=list(op.tests.fd_params if op.tests.fd_params is not None else op.tests.params),
        fd_params_differ=op.tests.fd_params is not None,
        required=tuple(p.name for p in sig.attr_params if p.default is None),
        domain=op.tests.domain,
        special_values=op.tests.special_values,
        tolerance={dt: (r, a) for dt, r, a in op.tests.tolerance},
        derivatives=derivs,
        derivative_imports=sorted(names),
        derivative_runtime_imports=sorted(runtime_used),
        formula_args=tuple(d.arg for d in op.derivatives if d.status == "formula"),
        internal_module="" if spec.category(op.category).exported else spec.category(op.category).module,
        fd_avoid=op.tests.fd_avoid or "",
        lambda_args=", ".join(["grad", "result"] + [_param_src(p) for p in sig.params]),
        param_names=", ".join(_param_src(p) for p in sig.params),
        examples=op.examples,
        strategy=op.kernel.strategy,
        lists=tuple(p.name for p in sig.tensor_params if p.type.base.kind == "tensor_list"),
        shapes=[dict(entry) for entry in op.tests.shapes],
        errors=[(e.call, e.raises, e.match) for e in op.tests.errors],
        cases=[(c.call, c.expect) for c in op.tests.cases],
        auto_errors=_auto_errors(op, spec),
    )


# --------------------------------------------------------------------------- docs


@dataclass(frozen=True)
class DocView:
    op: OpSpec
    signature: str
    dtype_rows: list[tuple[str, str, str]]
    params: list[tuple[str, str, str, str]]
    derivatives: list[tuple[str, str]]
    raises: list[tuple[str, str]]
    category_title: str
    computes: bool  # arithmetic kernels (float16 computes in float32)


def doc_view(op: OpSpec, spec: Spec) -> DocView:
    sig = op.signature
    signature = f"K.{op.name}(" + ", ".join(
        p.name + (f"={p.default}" if p.default is not None else "") for p in sig.params
    ) + ")"
    dtype_rows = [(var, cls, ", ".join(spec.dtypes.members(cls))) for var, cls in op.dtypes]
    params = [(p.name, p.type.render(), p.default if p.default is not None else "required", p.doc) for p in sig.params]
    derivatives = []
    for d in op.derivatives:
        if d.status == "formula":
            derivatives.append((d.arg, f"`{d.formula}`"))
        elif d.status == NON_DIFFERENTIABLE:
            derivatives.append((d.arg, "not differentiable (no gradient flows)"))
        elif d.status == NOT_IMPLEMENTED:
            derivatives.append((d.arg, "not implemented yet"))
    computes = op.kernel.strategy in ("elementwise", "reduction")
    raises = raises_list(op) + [(e.raises, f"for example `{e.call}` (message contains “{e.match}”)") for e in op.tests.errors]
    return DocView(op, signature, dtype_rows, params, derivatives, raises, spec.category(op.category).title, computes)


# --------------------------------------------------------------------------- stubs


def stub_type(typ: TypeExpr, is_return: bool = False) -> str:
    """The annotation of a parameter or result in the .pyi stub."""
    k = typ.kind
    if k == "tensor":
        return "np.ndarray" if is_return else "TensorLike"
    if k == "tensor_list":
        return "list[np.ndarray]" if is_return else "Sequence[TensorLike]"
    if k == "tuple":
        return "tuple[" + ", ".join(stub_type(i, is_return) for i in typ.items) + "]"
    if k in ("axis", "ints"):
        return "Union[None, int, Sequence[int]]" if k == "axis" else "Union[int, Sequence[int]]"
    if k == "shape":
        return "Optional[Sequence[Optional[int]]]"
    if k == "callable":
        return "Callable[..., Any]"
    if k == "optional":
        assert typ.inner is not None
        return f"Optional[{stub_type(typ.inner, is_return)}]"
    if k == "literal":
        return "Literal[" + ", ".join(repr(c) for c in typ.choices) + "]"
    if k == "dtype":
        return "DTypeLike"
    if k == "any":
        return "Any"
    if k == "none":
        return "None"
    return k


def stub_signature(op: OpSpec) -> str:
    params = ", ".join(
        f"{p.name}: {stub_type(p.type)}" + (f" = {p.default}" if p.default is not None else "")
        for p in op.signature.params
    )
    if op.signature.kwargs:
        params += f", **{op.signature.kwargs}: Any"
    return f"def {op.name}({params}) -> {stub_type(op.signature.returns, True)}: ..."
