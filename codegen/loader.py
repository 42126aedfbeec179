"""Load spec/ into the typed model, reporting every error with its file:line.

The loader reads YAML node trees (not plain dicts) so that every value keeps
its line; errors inside block scalars (kernel bodies, references) point at the
exact line inside the block. All errors of all files are collected and raised
together as one `SpecError`.
"""

from __future__ import annotations

import ast
import doctest
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import pyexpr, vocabulary
from .model import (
    NON_DIFFERENTIABLE,
    BenchSpec,
    NOT_IMPLEMENTED,
    STRATEGIES,
    CallCase,
    Category,
    Derivative,
    DTypeTable,
    ErrorCase,
    Kernel,
    OpSpec,
    Param,
    Precondition,
    Signature,
    Spec,
    TestSpec,
    TypeExpr,
)

TOP_KEYS = {
    "name": True,
    "category": True,
    "signature": True,
    "dtypes": False,
    "summary": True,
    "description": False,
    "args": False,
    "returns": True,
    "reference": False,
    "shape": False,
    "preconditions": False,
    "kernel": True,
    "derivatives": False,
    "examples": True,
    "notes": False,
    "tests": False,
    "bench": False,
    "symbolic": False,
    "sparse": False,
    "keras2_result": False,
    "monotone": False,
    "hoists_monotone": False,
    "bias_epilogue": False,
    "folds_bias": False,
}
KERAS2_RESULTS = {"variable"}  # what the Keras 2 adapter makes of a result (spec `keras2_result:`)
BENCH_KEYS = {"enabled", "torch", "tf", "params", "shape", "shapes", "inputs", "numpy", "variants"}
KERNEL_KEYS = {"strategy", "body", "function", "none_as", "fastmath", "parallel_threshold", "init", "step", "merge", "finish", "center", "input_cast", "fused_body"}
TEST_KEYS = {"domain", "special_values", "params", "fd_params", "shapes", "fd_avoid", "tolerance", "cases", "errors"}
FASTMATH_FLAGS = {"contract", "reassoc", "nsz", "arcp", "afn"}  # never nnan/ninf: inf and NaN stay exact
SCALAR_TYPES = {"float", "int", "bool", "str", "DType", "Any", "None", "Axis", "Shape", "Ints", "Callable"}


class SpecError(Exception):
    """All problems found in the spec, one `path:line: [name] message` per line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class _Value:
    """A YAML value with the line of its first character (1-based).

    `block` is True for literal/folded block scalars, whose text starts on the
    line after the indicator, so snippet line k is at line + 1 + k.
    """

    value: Any
    line: int
    block: bool = False
    children: dict[Any, _Value] = field(default_factory=dict)
    items: list[_Value] = field(default_factory=list)

    def snippet_line(self, offset: int) -> int:
        return self.line + (1 if self.block else 0) + offset


def _convert(node: yaml.Node) -> _Value:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = _Value({}, line)
        for key_node, value_node in node.value:
            key = _convert(key_node).value
            child = _convert(value_node)
            out.children[key] = child
            out.value[key] = child.value
        return out
    if isinstance(node, yaml.SequenceNode):
        out = _Value([], line)
        for item in node.value:
            child = _convert(item)
            out.items.append(child)
            out.value.append(child.value)
        return out
    assert isinstance(node, yaml.ScalarNode)
    value = yaml.SafeLoader.construct_scalar(yaml.SafeLoader(""), node)
    if node.style is None:  # plain scalars get YAML's implicit typing (ints, floats, null, bools)
        value = _plain_scalar(node)
    return _Value(value, line, block=node.style in ("|", ">"))


def _plain_scalar(node: yaml.ScalarNode) -> Any:
    loader = yaml.SafeLoader("")
    resolved = loader.resolve(yaml.ScalarNode, node.value, (True, False))
    typed = yaml.ScalarNode(resolved, node.value, node.start_mark, node.end_mark, node.style)
    return loader.construct_object(typed)


class _FileContext:
    """Collects the errors of one spec file."""

    def __init__(self, rel_path: str, op_name: str, problems: list[str]) -> None:
        self.rel_path = rel_path
        self.op_name = op_name
        self.problems = problems

    def error(self, line: int, message: str) -> None:
        self.problems.append(f"{self.rel_path}:{line}: [{self.op_name}] {message}")

    def snippet(self, value: _Value, source: str, mode: str, what: str) -> ast.AST | None:
        try:
            return pyexpr.parse(source, mode)
        except pyexpr.SnippetError as exc:
            self.error(value.snippet_line(exc.offset), f"{what}: {exc.message}")
            return None

    def names(self, value: _Value, tree: ast.AST | None, allowed: set[str] | frozenset[str], what: str) -> None:
        if tree is None:
            return
        for exc in pyexpr.check_names(tree, allowed, what):
            self.error(value.snippet_line(exc.offset), exc.message)


# --------------------------------------------------------------------------- signatures


def _parse_type(node: ast.expr | None, typevars: set[str], dtypes: DTypeTable, dtype_params: frozenset[str] = frozenset()) -> TypeExpr:
    if node is None:
        raise ValueError("every parameter needs an annotation")
    if isinstance(node, ast.Constant) and node.value is None:
        return TypeExpr("none")
    if isinstance(node, ast.Name):
        if node.id not in SCALAR_TYPES:
            raise ValueError(f"unknown type {node.id!r}")
        return TypeExpr({"DType": "dtype", "Any": "any", "None": "none", "Axis": "axis", "Shape": "shape", "Ints": "ints", "Callable": "callable"}.get(node.id, node.id))
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        head = node.value.id
        if head == "Tensor":
            if not isinstance(node.slice, ast.Name):
                raise ValueError("Tensor[...] takes one type variable or dtype name")
            dt = node.slice.id
            if dt not in typevars and dt not in dtypes.concrete and dt != "floatx" and dt not in dtype_params:
                raise ValueError(f"Tensor[{dt}]: {dt!r} is neither a declared type variable, a dtype, nor a DType parameter")
            return TypeExpr("tensor", dtype=dt)
        if head == "DType":
            if not isinstance(node.slice, ast.Name) or node.slice.id not in dict(dtypes.classes):
                raise ValueError("DType[...] takes a dtype class from spec/dtypes.yaml")
            return TypeExpr("dtype", dtype=node.slice.id)
        if head == "Optional":
            return TypeExpr("optional", inner=_parse_type(node.slice, typevars, dtypes, dtype_params))
        if head == "Tuple":  # several results (return annotations only)
            elts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            return TypeExpr("tuple", items=tuple(_parse_type(e, typevars, dtypes, dtype_params) for e in elts))
        if head == "List":
            inner = _parse_type(node.slice, typevars, dtypes, dtype_params)
            if not inner.is_tensor:
                raise ValueError("List[...] takes Tensor[...]")
            return TypeExpr("tensor_list", dtype=inner.dtype)
        if head == "Literal":
            elts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            if not all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elts):
                raise ValueError("Literal[...] takes strings")
            return TypeExpr("literal", choices=tuple(e.value for e in elts))  # type: ignore[attr-defined]
    raise ValueError(f"unsupported annotation {ast.unparse(node)!r}")


def _parse_signature(
    ctx: _FileContext, v: _Value, typevars: set[str], dtypes: DTypeTable, docs: dict[str, str], doc_lines: dict[str, int]
) -> Signature | None:
    tree = ctx.snippet(v, f"def {v.value}: pass", "exec", "signature")
    if tree is None:
        return None
    fn = tree.body[0]  # type: ignore[attr-defined]
    assert isinstance(fn, ast.FunctionDef)
    if fn.name != ctx.op_name:
        ctx.error(v.line, f"signature names {fn.name!r}, file is for {ctx.op_name!r}")
    args = fn.args
    if args.vararg or args.kwonlyargs or args.posonlyargs:
        ctx.error(v.line, "signature: only positional-or-keyword parameters and **kwargs are supported")
    defaults: list[ast.expr | None] = [None] * (len(args.args) - len(args.defaults)) + list(args.defaults)
    dtype_params = frozenset(
        a.arg for a in args.args
        if a.annotation is not None and "DType" in {n.id for n in ast.walk(a.annotation) if isinstance(n, ast.Name)}
    )
    params: list[Param] = []
    for arg, default in zip(args.args, defaults):
        try:
            typ = _parse_type(arg.annotation, typevars, dtypes, dtype_params)
        except ValueError as exc:
            ctx.error(v.line, f"signature: parameter {arg.arg!r}: {exc}")
            continue
        default_src = None
        if default is not None:
            default_src = ast.unparse(default)
            try:
                ast.literal_eval(default)
            except ValueError:
                ctx.error(v.line, f"signature: default of {arg.arg!r} must be a literal, got {default_src!r}")
        if arg.arg not in docs:
            ctx.error(v.line, f"parameter {arg.arg!r} has no entry under args:")
        params.append(Param(arg.arg, typ, default_src, docs.get(arg.arg, "")))
    for extra in sorted(set(docs) - {a.arg for a in args.args} - ({args.kwarg.arg} if args.kwarg else set())):
        ctx.error(doc_lines.get(extra, v.line), f"args: documents {extra!r}, which is not a parameter")
    try:
        returns = _parse_type(fn.returns, typevars, dtypes, dtype_params) if fn.returns is not None else TypeExpr("none")
    except ValueError as exc:
        ctx.error(v.line, f"signature: return type: {exc}")
        return None
    return Signature(fn.name, tuple(params), returns, args.kwarg.arg if args.kwarg else None)


# --------------------------------------------------------------------------- one op


def _reference_source(sig: Signature, source: str) -> str:
    """A reference is an expression over the parameters or a `def reference(...)`."""
    if source.lstrip().startswith("def "):
        return source.rstrip() + "\n"
    params = ", ".join(p.name + (f"={p.default}" if p.default is not None else "") for p in sig.params)
    return f"def reference({params}):\n    return (\n{source.strip()}\n    )\n"


def _load_op(path: Path, rel: str, dtypes: DTypeTable, categories: dict[str, Category], problems: list[str]) -> OpSpec | None:
    text = path.read_text()
    ctx = _FileContext(rel, path.stem, problems)
    try:
        root = _convert(yaml.compose(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        ctx.error(mark.line + 1 if mark else 1, f"invalid YAML: {getattr(exc, 'problem', exc)}")
        return None
    if not isinstance(root.value, dict):
        ctx.error(1, "a spec entry is a mapping")
        return None
    top = root.children
    for key, child in top.items():
        if key not in TOP_KEYS:
            ctx.error(child.line, f"unknown key {key!r} (known: {', '.join(TOP_KEYS)})")
    for key, required in TOP_KEYS.items():
        if required and key not in top:
            ctx.error(1, f"missing required key {key!r}")
    if any(required and key not in top for key, required in TOP_KEYS.items()):
        return None

    def text_of(key: str, default: str = "") -> str:
        v = top.get(key)
        if v is None:
            return default
        if not isinstance(v.value, str):
            ctx.error(v.line, f"{key} must be a string")
            return default
        return v.value

    name = text_of("name")
    if name != path.stem:
        ctx.error(top["name"].line, f"name {name!r} does not match the file name {path.stem!r}")
    category = text_of("category")
    if category not in categories:
        ctx.error(top["category"].line, f"unknown category {category!r} (declared in spec/categories.yaml: {', '.join(categories)})")

    # dtypes: type variable -> class
    typevar_map: dict[str, str] = {}
    if "dtypes" in top:
        dv = top["dtypes"]
        if not isinstance(dv.value, dict):
            ctx.error(dv.line, "dtypes must map type variables to dtype classes")
        else:
            known = dict(dtypes.classes)
            for var, cls_v in dv.children.items():
                if cls_v.value not in known:
                    ctx.error(cls_v.line, f"dtypes: unknown dtype class {cls_v.value!r} (known: {', '.join(known)})")
                typevar_map[str(var)] = str(cls_v.value)

    arg_docs: dict[str, str] = {}
    arg_lines: dict[str, int] = {}
    if "args" in top:
        av = top["args"]
        if not isinstance(av.value, dict):
            ctx.error(av.line, "args must map parameter names to descriptions")
        else:
            arg_docs = {str(k): str(v) for k, v in av.value.items()}
            arg_lines = {str(k): child.line for k, child in av.children.items()}
    sig = _parse_signature(ctx, top["signature"], set(typevar_map), dtypes, arg_docs, arg_lines)
    if sig is None:
        return None
    for var in typevar_map:
        if not any(p.type.base.dtype == var for p in sig.params) and sig.returns.base.dtype != var:
            ctx.error(top["dtypes"].children[var].line, f"dtypes: type variable {var!r} is not used in the signature")
    param_names = {p.name for p in sig.params}
    tensor_names = {p.name for p in sig.tensor_params}

    # kernel
    kv = top["kernel"]
    kernel = _load_kernel(ctx, kv, sig)
    symbolic = None  # runtime function taking symbolic arguments directly (static answers such as int_shape)
    if "symbolic" in top:
        module, _, attr = str(top["symbolic"].value).partition(".")
        if module not in vocabulary.RUNTIME_MODULES or not attr.isidentifier():
            ctx.error(top["symbolic"].line, f"symbolic: needs `module.name` with module in {sorted(vocabulary.RUNTIME_MODULES)}")
        else:
            symbolic = f"{module}.{attr}"
    keras2_result = None  # Keras 2.3.1's backend returns something else here; the adapter converts
    if "keras2_result" in top:
        keras2_result = str(top["keras2_result"].value)
        if keras2_result not in KERAS2_RESULTS:
            ctx.error(top["keras2_result"].line, f"keras2_result: must be one of {sorted(KERAS2_RESULTS)}")
            keras2_result = None
    monotone = _load_attribute_values(ctx, top, "monotone", sig)
    hoists_monotone = _load_attribute_values(ctx, top, "hoists_monotone", sig)
    if monotone is not None and len(sig.tensor_params) != 1:
        ctx.error(top["monotone"].line, "monotone: the op must take exactly one tensor (the map's argument)")
    if hoists_monotone is not None and not sig.tensor_params:
        ctx.error(top["hoists_monotone"].line, "hoists_monotone: the op takes no tensor to hoist a map out of")
    bias_epilogue = _load_runtime_function(ctx, top, "bias_epilogue")
    folds_bias = _load_folds_bias(ctx, top, sig)
    sparse_fn = None  # runtime function taking the arguments when any tensor argument is sparse
    if "sparse" in top:
        module, _, attr = str(top["sparse"].value).partition(".")
        if module not in vocabulary.RUNTIME_MODULES or not attr.isidentifier():
            ctx.error(top["sparse"].line, f"sparse: needs `module.name` with module in {sorted(vocabulary.RUNTIME_MODULES)}")
        else:
            sparse_fn = f"{module}.{attr}"

    # reference
    reference = None
    if "reference" in top:
        rv = top["reference"]
        src = _reference_source(sig, str(rv.value))
        # `def reference(...)` written out is checked as is; an expression is wrapped (offset by one line)
        shift = 0 if str(rv.value).lstrip().startswith("def ") else -2  # lines added by the wrapper
        tree = _snippet_with_offset(ctx, rv, src, shift, "reference")
        if tree is not None:
            fn = tree.body[0]  # type: ignore[attr-defined]
            if not isinstance(fn, ast.FunctionDef) or fn.name != "reference":
                ctx.error(rv.line, "reference: a block reference must be `def reference(...)`")
            else:
                ref_params = [a.arg for a in fn.args.args]
                if ref_params != [p.name for p in sig.params]:
                    ctx.error(rv.line, f"reference: parameters {ref_params} differ from the signature's {[p.name for p in sig.params]}")
            for exc in pyexpr.check_names(tree, vocabulary.REFERENCE_NAMES, "reference"):
                ctx.error(rv.snippet_line(exc.offset + shift), exc.message)
        reference = src
    elif kernel is not None and kernel.strategy != "python":
        ctx.error(1, "missing reference: every computed function needs an independent NumPy reference")

    # shape rule
    shape = None
    if "shape" in top:
        sv = top["shape"]
        shape = str(sv.value)
        tree = ctx.snippet(sv, shape, "eval", "shape")
        ctx.names(sv, tree, vocabulary.SHAPE_NAMES | vocabulary.RUNTIME_MODULES | param_names, "shape")

    # preconditions
    preconditions: list[Precondition] = []
    if "preconditions" in top:
        for item in top["preconditions"].items:
            pre = _load_precondition(ctx, item, param_names)
            if pre is not None:
                preconditions.append(pre)

    # derivatives: every tensor parameter listed
    derivatives: list[Derivative] = []
    dv_map = top["derivatives"].children if "derivatives" in top else {}
    if "derivatives" in top and not isinstance(top["derivatives"].value, dict):
        ctx.error(top["derivatives"].line, "derivatives must map tensor parameters to formulas")
        dv_map = {}
    for arg in dv_map:
        if arg not in tensor_names:
            ctx.error(dv_map[arg].line, f"derivatives: {arg!r} is not a tensor parameter")
    for p in sig.tensor_params:
        if p.name not in dv_map:
            ctx.error(top["derivatives"].line if "derivatives" in top else 1,
                      f"derivatives: tensor parameter {p.name!r} is not listed (give a formula, non_differentiable or not_implemented)")
            continue
        v = dv_map[p.name]
        formula = str(v.value)
        if formula in (NON_DIFFERENTIABLE, NOT_IMPLEMENTED):
            derivatives.append(Derivative(p.name, None, formula))
            continue
        tree = ctx.snippet(v, formula, "eval", f"derivative of {p.name}")
        ctx.names(v, tree, vocabulary.DERIVATIVE_NAMES | vocabulary.RUNTIME_MODULES | param_names, f"derivative of {p.name}")
        derivatives.append(Derivative(p.name, formula, "formula"))

    # examples: doctest syntax, every source line valid Python
    ev = top["examples"]
    examples = str(ev.value)
    try:
        parsed = doctest.DocTestParser().get_examples(examples)
    except ValueError as exc:
        ctx.error(ev.line, f"examples: {exc}")
        parsed = []
    if not parsed:
        ctx.error(ev.line, "examples: at least one `>>>` example is required")
    for ex in parsed:
        try:
            compile(ex.source, "<example>", "single")
        except SyntaxError as exc:
            ctx.error(ev.snippet_line(ex.lineno), f"examples: syntax error: {exc.msg}")

    tests = _load_tests(ctx, top.get("tests"), sig)
    bench = _load_bench(ctx, top.get("bench"), param_names)
    if kernel is None or tests is None:
        return None
    return OpSpec(
        name=name,
        category=category,
        signature=sig,
        dtypes=tuple(typevar_map.items()),
        summary=text_of("summary").strip(),
        description=text_of("description").strip(),
        returns_doc=text_of("returns").strip(),
        reference=reference,
        shape=shape,
        preconditions=tuple(preconditions),
        kernel=kernel,
        symbolic=symbolic,
        sparse=sparse_fn,
        keras2_result=keras2_result,
        monotone=monotone,
        hoists_monotone=hoists_monotone,
        bias_epilogue=bias_epilogue,
        folds_bias=folds_bias,
        derivatives=tuple(derivatives),
        examples=examples,
        notes=text_of("notes").strip(),
        tests=tests,
        bench=bench,
        source=rel,
    )


def _snippet_with_offset(ctx: _FileContext, v: _Value, source: str, offset: int, what: str) -> ast.AST | None:
    try:
        return pyexpr.parse(source, "exec")
    except pyexpr.SnippetError as exc:
        ctx.error(v.snippet_line(exc.offset + offset), f"{what}: {exc.message}")
        return None


def _load_attribute_values(ctx: _FileContext, top: dict[str, _Value], key: str, sig: Signature) -> tuple[tuple[str, str], ...] | None:
    """`key: {param: value, ...}` over non-tensor parameters, values as Python literals; None when absent."""
    if key not in top:
        return None
    v = top[key]
    if not isinstance(v.value, dict):
        ctx.error(v.line, f"{key}: must map parameter names to values")
        return None
    attributes = {p.name for p in sig.params if p not in sig.tensor_params}
    items: list[tuple[str, str]] = []
    for pname, value in v.value.items():
        if str(pname) not in attributes:
            ctx.error(v.children[pname].line, f"{key}: {pname!r} is not a non-tensor parameter of the signature")
        elif value is not None and not isinstance(value, (bool, int, float, str)):
            ctx.error(v.children[pname].line, f"{key}: the value of {pname!r} must be a number, a string, a bool or null")
        else:
            items.append((str(pname), repr(value)))
    return tuple(items)


def _load_runtime_function(ctx: _FileContext, top: dict[str, _Value], key: str) -> str | None:
    """`key: module.function` naming a function of a runtime module; None when absent."""
    if key not in top:
        return None
    module, _, attr = str(top[key].value).partition(".")
    if module not in vocabulary.RUNTIME_MODULES or not attr.isidentifier():
        ctx.error(top[key].line, f"{key}: needs `module.name` with module in {sorted(vocabulary.RUNTIME_MODULES)}")
        return None
    return f"{module}.{attr}"


def _load_folds_bias(ctx: _FileContext, top: dict[str, _Value], sig: Signature) -> tuple[str, str, tuple[str, ...]] | None:
    """`folds_bias: {tensor: <param>, bias: <param>, same: [<param>, ...]}`; None when absent."""
    if "folds_bias" not in top:
        return None
    v = top["folds_bias"]
    if not isinstance(v.value, dict) or set(v.value) != {"tensor", "bias", "same"}:
        ctx.error(v.line, "folds_bias: needs exactly the keys tensor, bias and same")
        return None
    tensors = {p.name for p in sig.tensor_params}
    attributes = {p.name for p in sig.params} - tensors
    tensor, bias, same = str(v.value["tensor"]), str(v.value["bias"]), v.value["same"]
    ok = True
    for key, name in (("tensor", tensor), ("bias", bias)):
        if name not in tensors:
            ctx.error(v.children[key].line, f"folds_bias: {key} {name!r} is not a tensor parameter of the signature")
            ok = False
    if not isinstance(same, list) or not all(str(a) in attributes for a in same):
        ctx.error(v.children["same"].line, f"folds_bias: same must list non-tensor parameters of the signature ({sorted(attributes)})")
        ok = False
    return (tensor, bias, tuple(str(a) for a in same)) if ok else None


def _load_kernel(ctx: _FileContext, kv: _Value, sig: Signature) -> Kernel | None:
    if not isinstance(kv.value, dict):
        ctx.error(kv.line, "kernel must be a mapping with a strategy")
        return None
    for key, child in kv.children.items():
        if key not in KERNEL_KEYS:
            ctx.error(child.line, f"kernel: unknown key {key!r} (known: {', '.join(sorted(KERNEL_KEYS))})")
    strategy = kv.value.get("strategy")
    if strategy not in STRATEGIES:
        ctx.error(kv.children["strategy"].line if "strategy" in kv.children else kv.line,
                  f"kernel: strategy must be one of {', '.join(STRATEGIES)}; got {strategy!r}")
        return None
    param_names = {p.name for p in sig.params}
    body = kv.value.get("body")
    function = kv.value.get("function")
    if strategy == "elementwise":
        if not body:
            ctx.error(kv.line, "kernel: elementwise needs a scalar `body`")
            return None
        bv = kv.children["body"]
        tree = ctx.snippet(bv, body, "exec", "kernel body")
        if tree is not None:
            ctx.names(bv, tree, vocabulary.KERNEL_NAMES | param_names, "kernel body")
            if not pyexpr.returns_value(body):
                ctx.error(bv.line, "kernel body must `return` the element value")
        for p in sig.attr_params:
            if p.type.base.kind not in ("float", "int", "bool"):
                ctx.error(kv.line, f"kernel: elementwise parameter {p.name!r} must be float, int or bool")
    elif strategy == "reduction":
        names = [p.name for p in sig.params]
        if names != ["x", "axis", "keepdims"]:
            ctx.error(kv.line, f"kernel: a reduction's signature is (x, axis, keepdims); got {names}")
        for key in ("init", "step", "merge", "finish"):
            if key not in kv.children:
                if key != "finish":
                    ctx.error(kv.line, f"kernel: reduction needs `{key}`")
                continue
            cv = kv.children[key]
            tree = ctx.snippet(cv, str(cv.value), "eval", f"kernel {key}")
            ctx.names(cv, tree, vocabulary.KERNEL_NAMES | vocabulary.REDUCTION_NAMES, f"kernel {key}")
        for src, dst in (kv.value.get("input_cast") or {}).items():
            if dst != "floatx" and dst not in ("bool", "float32", "float64", "int64"):
                ctx.error(kv.children["input_cast"].line, f"kernel: input_cast target {dst!r} must be floatx, bool, float32, float64 or int64")
    elif strategy == "numpy":
        if not body:
            ctx.error(kv.line, "kernel: numpy needs a `body` expression")
            return None
        bv = kv.children["body"]
        tree = ctx.snippet(bv, body, "eval", "kernel body")
        ctx.names(bv, tree, vocabulary.NUMPY_KERNEL_NAMES | param_names, "kernel body")
    else:
        module, _, attr = str(function or "").partition(".")
        if module not in vocabulary.RUNTIME_MODULES or not attr.isidentifier():
            ctx.error(kv.children["function"].line if "function" in kv.children else kv.line,
                      f"kernel: python needs `function: module.name` with module in {sorted(vocabulary.RUNTIME_MODULES)}")
            return None
    fused_body = kv.value.get("fused_body")
    if fused_body is not None:
        fv = kv.children["fused_body"]
        if strategy not in ("numpy", "python"):
            ctx.error(fv.line, "kernel: fused_body is for numpy and python strategies (an elementwise `body` is fused as it is)")
        tree = ctx.snippet(fv, str(fused_body), "exec", "kernel fused_body")
        if tree is not None:
            ctx.names(fv, tree, vocabulary.KERNEL_NAMES | param_names, "kernel fused_body")
            if not pyexpr.returns_value(str(fused_body)):
                ctx.error(fv.line, "kernel fused_body must `return` the element value")
        if sig.attr_params:
            ctx.error(fv.line, "kernel: fused_body needs a function of tensors only (no attributes reach a fused loop)")
    none_as: list[tuple[str, str]] = []
    for pname, val in (kv.value.get("none_as") or {}).items():
        if pname not in param_names or not sig.param(pname).type.optional:
            ctx.error(kv.children["none_as"].line, f"kernel: none_as names {pname!r}, which is not an Optional parameter")
        none_as.append((str(pname), str(val)))
    fastmath = tuple(kv.value.get("fastmath", ["contract"]))
    for flag in fastmath:
        if flag not in FASTMATH_FLAGS:
            ctx.error(kv.children["fastmath"].line, f"kernel: fastmath flag {flag!r} not allowed (allowed: {', '.join(sorted(FASTMATH_FLAGS))})")
    threshold = kv.value.get("parallel_threshold", 200_000)
    if not isinstance(threshold, int) or threshold < 1:
        ctx.error(kv.children["parallel_threshold"].line, "kernel: parallel_threshold must be a positive integer")
        threshold = 200_000
    return Kernel(
        strategy,
        body,
        function,
        tuple(none_as),
        fastmath,
        threshold,
        init=str(kv.value["init"]) if "init" in kv.value else None,
        step=str(kv.value["step"]) if "step" in kv.value else None,
        merge=str(kv.value["merge"]) if "merge" in kv.value else None,
        finish=str(kv.value.get("finish", "acc")),
        center=bool(kv.value.get("center", False)),
        input_cast=tuple((str(k), str(v)) for k, v in (kv.value.get("input_cast") or {}).items()),
        fused_body=str(fused_body) if fused_body is not None else None,
    )


def _load_precondition(ctx: _FileContext, item: _Value, param_names: set[str]) -> Precondition | None:
    if not isinstance(item.value, dict) or set(item.value) != {"check", "raises", "message"}:
        ctx.error(item.line, "preconditions: each entry needs exactly check, raises, message")
        return None
    cv = item.children["check"]
    tree = ctx.snippet(cv, str(cv.value), "eval", "precondition")
    ctx.names(cv, tree, vocabulary.PRECONDITION_NAMES | param_names, "precondition")
    if item.value["raises"] not in vocabulary.EXCEPTIONS:
        ctx.error(item.children["raises"].line, f"preconditions: raises must be one of {sorted(vocabulary.EXCEPTIONS)}")
    return Precondition(str(cv.value), str(item.value["raises"]), str(item.value["message"]))


def _load_tests(ctx: _FileContext, tv: _Value | None, sig: Signature) -> TestSpec | None:
    if tv is None:
        return TestSpec()
    if not isinstance(tv.value, dict):
        ctx.error(tv.line, "tests must be a mapping")
        return None
    c = tv.children
    for key, child in c.items():
        if key not in TEST_KEYS:
            ctx.error(child.line, f"tests: unknown key {key!r} (known: {', '.join(sorted(TEST_KEYS))})")
    param_names = {p.name for p in sig.params}
    domain = tuple(tv.value.get("domain", (-10.0, 10.0)))
    if len(domain) != 2 or not all(isinstance(d, (int, float)) for d in domain) or domain[0] >= domain[1]:
        ctx.error(c["domain"].line, "tests: domain must be [low, high] with low < high")
        domain = (-10.0, 10.0)
    def param_values(key: str) -> list[tuple[str, tuple[str, ...]]]:
        out: list[tuple[str, tuple[str, ...]]] = []
        if not isinstance(c[key].value, dict):
            ctx.error(c[key].line, f"tests: {key} must map parameters to lists of values")
            return out
        for pname, pv in c[key].children.items():
            if pname not in param_names:
                ctx.error(pv.line, f"tests: {key} names {pname!r}, which is not a parameter")
            if not isinstance(pv.value, list) or not pv.value:
                ctx.error(pv.line, f"tests: {key}.{pname} must be a non-empty list of values")
                continue
            out.append((str(pname), tuple(repr(x) for x in pv.value)))
        return out

    params = param_values("params") if "params" in c else []
    fd_params = param_values("fd_params") if "fd_params" in c else None
    for p in sig.attr_params if sig.tensor_params else ():  # property tests need a value for each
        if p.default is None and p.name not in dict(params):
            ctx.error(tv.line, f"tests: params must list values for the required parameter {p.name!r}")
    shapes: list[tuple[tuple[str, tuple[int, ...]], ...]] = []
    tensor_names = [p.name for p in sig.tensor_params]
    for item in c["shapes"].items if "shapes" in c else []:
        if not isinstance(item.value, dict) or set(item.value) != set(tensor_names) or not all(
            isinstance(v, list) and all(isinstance(d, int) and d >= 0 for d in v) for v in item.value.values()
        ):
            ctx.error(item.line, f"tests: each shapes entry maps every tensor parameter {tensor_names} to a list of sizes")
            continue
        shapes.append(tuple((name, tuple(item.value[name])) for name in tensor_names))
    fd_avoid = None
    if "fd_avoid" in c:
        fv = c["fd_avoid"]
        fd_avoid = str(fv.value)
        tree = ctx.snippet(fv, fd_avoid, "eval", "tests.fd_avoid")
        ctx.names(fv, tree, param_names | {"np"}, "tests.fd_avoid")
    tolerance: list[tuple[str, float, float]] = []
    for dt, tol in (tv.value.get("tolerance") or {}).items():
        if not isinstance(tol, dict) or set(tol) - {"rtol", "atol"}:
            ctx.error(c["tolerance"].line, f"tests: tolerance.{dt} takes rtol and atol")
            continue
        tolerance.append((str(dt), float(tol.get("rtol", 0.0)), float(tol.get("atol", 0.0))))
    cases: list[CallCase] = []
    for item in c["cases"].items if "cases" in c else []:
        if not isinstance(item.value, dict) or set(item.value) != {"call", "expect"}:
            ctx.error(item.line, "tests: each case needs exactly call and expect")
            continue
        for key in ("call", "expect"):
            ctx.snippet(item.children[key], str(item.value[key]), "eval", f"tests.cases {key}")
        cases.append(CallCase(str(item.value["call"]), str(item.value["expect"])))
    errors: list[ErrorCase] = []
    for item in c["errors"].items if "errors" in c else []:
        if not isinstance(item.value, dict) or set(item.value) != {"call", "raises", "match"}:
            ctx.error(item.line, "tests: each error case needs exactly call, raises, match")
            continue
        ctx.snippet(item.children["call"], str(item.value["call"]), "eval", "tests.errors call")
        if item.value["raises"] not in vocabulary.EXCEPTIONS:
            ctx.error(item.children["raises"].line, f"tests: raises must be one of {sorted(vocabulary.EXCEPTIONS)}")
        errors.append(ErrorCase(str(item.value["call"]), str(item.value["raises"]), str(item.value["match"])))
    return TestSpec(
        domain=(float(domain[0]), float(domain[1])),
        special_values=bool(tv.value.get("special_values", True)),
        params=tuple(params),
        fd_params=tuple(fd_params) if fd_params is not None else None,
        shapes=tuple(shapes),
        fd_avoid=fd_avoid,
        tolerance=tuple(tolerance),
        cases=tuple(cases),
        errors=tuple(errors),
    )


def _load_bench(ctx: _FileContext, bv: _Value | None, param_names: set[str], nested: bool = False) -> BenchSpec:
    if bv is None:
        return BenchSpec()
    if not isinstance(bv.value, dict):
        ctx.error(bv.line, "bench must be a mapping")
        return BenchSpec()
    for key, child in bv.children.items():
        if key not in BENCH_KEYS:
            ctx.error(child.line, f"bench: unknown key {key!r} (known: {', '.join(sorted(BENCH_KEYS))})")
    for key, names in (("torch", {"torch"}), ("tf", {"tf", "tfk"})):
        if key in bv.children:
            tree = ctx.snippet(bv.children[key], str(bv.value[key]), "eval", f"bench.{key}")
            ctx.names(bv.children[key], tree, names | param_names | {"np"}, f"bench.{key}")
    params = tuple((str(k), repr(v)) for k, v in (bv.value.get("params") or {}).items())
    for name, _ in params:
        if name not in param_names:
            ctx.error(bv.children["params"].line, f"bench: params names {name!r}, which is not a parameter")
    shape = bv.value.get("shape")
    if shape is not None and not (isinstance(shape, list) and all(isinstance(d, int) and d > 0 for d in shape)):
        ctx.error(bv.children["shape"].line, "bench: shape must be a list of positive sizes")
        shape = None
    shapes: list[tuple[str, tuple[int, ...]]] = []
    for name, dims in (bv.value.get("shapes") or {}).items():
        if name not in param_names or not (isinstance(dims, list) and all(isinstance(d, int) and d >= 0 for d in dims)):
            ctx.error(bv.children["shapes"].line, f"bench: shapes maps tensor parameters to lists of sizes; got {name!r}: {dims!r}")
            continue
        shapes.append((str(name), tuple(dims)))
    inputs: list[tuple[str, str]] = []
    if "inputs" in bv.children:
        iv = bv.children["inputs"]
        if not isinstance(iv.value, dict):
            ctx.error(iv.line, "bench: inputs must map tensor parameters to Python expressions")
        else:
            for name, source in iv.value.items():
                if name not in param_names or not isinstance(source, str):
                    ctx.error(iv.line, f"bench: inputs maps parameters to Python expressions; got {name!r}: {source!r}")
                    continue
                tree = ctx.snippet(iv.children[name], source, "eval", f"bench.inputs.{name}")
                ctx.names(iv.children[name], tree, {"np", "rng", "dtype"}, f"bench.inputs.{name}")
                inputs.append((str(name), source))
    variants: list[BenchSpec] = []
    if "variants" in bv.children:
        vv = bv.children["variants"]
        if not isinstance(vv.value, list) or (nested and vv.value):
            ctx.error(vv.line, "bench: variants must be a list of mappings (torch, tf, params, shape, shapes), not nested")
        else:
            variants = [_load_bench(ctx, item, param_names, nested=True) for item in vv.items]
    return BenchSpec(
        bool(bv.value.get("enabled", True)),
        bv.value.get("torch"),
        bv.value.get("tf"),
        params,
        tuple(shape) if shape else None,
        tuple(shapes),
        tuple(inputs),
        bool(bv.value.get("numpy", True)),
        tuple(variants),
    )


# --------------------------------------------------------------------------- tables


def _load_dtypes(path: Path, rel: str, problems: list[str]) -> DTypeTable:
    data = yaml.safe_load(path.read_text())
    raw: dict[str, list[str]] = data["classes"]
    expanded: dict[str, tuple[str, ...]] = {}

    def expand(name: str, stack: tuple[str, ...]) -> tuple[str, ...]:
        if name in expanded:
            return expanded[name]
        if name in stack:
            problems.append(f"{rel}:1: [dtypes] class {name!r} includes itself")
            return ()
        out: list[str] = []
        for member in raw[name]:
            for dt in expand(member, stack + (name,)) if member in raw and member != name else (member,):
                if dt not in out:
                    out.append(dt)
        expanded[name] = tuple(out)
        return expanded[name]

    for cls in raw:
        expand(cls, ())
    aliases = tuple((str(k), str(v)) for k, v in (data.get("aliases") or {}).items())
    return DTypeTable(tuple(expanded.items()), aliases)


def _load_categories(path: Path) -> tuple[Category, ...]:
    data = yaml.safe_load(path.read_text())
    return tuple(
        Category(name, d["title"], d["module"], d.get("doc", ""), bool(d.get("export", True))) for name, d in data.items()
    )


def load_spec(root: Path) -> Spec:
    """Load spec/ under `root`; raise SpecError listing every problem."""
    spec_dir = root / "spec"
    problems: list[str] = []
    dtypes = _load_dtypes(spec_dir / "dtypes.yaml", "spec/dtypes.yaml", problems)
    categories = _load_categories(spec_dir / "categories.yaml")
    cat_map = {c.name: c for c in categories}
    ops: list[OpSpec] = []
    for path in sorted((spec_dir / "ops").glob("*.yaml")):
        op = _load_op(path, f"spec/ops/{path.name}", dtypes, cat_map, problems)
        if op is not None:
            ops.append(op)
    if problems:
        raise SpecError(problems)
    return Spec(tuple(sorted(ops, key=lambda o: o.name)), dtypes, categories)
