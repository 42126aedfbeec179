"""The typed model of the spec: what the loader builds and the views read.

Every spec entry becomes one frozen `OpSpec`. Nothing here parses YAML or
renders text; the loader (`codegen.loader`) fills these classes and the views
(`codegen.views`) turn them into template contexts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: Kernel strategies a spec entry may choose (DESIGN.md §5).
Strategy = Literal["elementwise", "reduction", "numpy", "python"]
STRATEGIES: tuple[str, ...] = ("elementwise", "reduction", "numpy", "python")

#: What a derivative entry may say instead of a formula.
NON_DIFFERENTIABLE = "non_differentiable"
NOT_IMPLEMENTED = "not_implemented"


@dataclass(frozen=True)
class Location:
    """A place in a spec file, for error messages (`spec/ops/x.yaml:LINE`)."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class TypeExpr:
    """A parameter or return annotation of a signature.

    kind is one of: tensor (dtype = a type variable or a concrete dtype name),
    tensor_list (a list of tensors of one dtype), tuple (several results,
    `items`; return annotations only), float, int, bool, str, dtype,
    literal (choices), axis (None, an int or a sequence of ints), shape (a
    sequence of ints or None), ints (an int or a sequence of ints), callable,
    any, none, optional (inner).
    """

    kind: str
    dtype: str | None = None
    choices: tuple[str, ...] = ()
    inner: TypeExpr | None = None
    items: tuple[TypeExpr, ...] = ()

    @property
    def is_tensor(self) -> bool:
        return self.kind == "tensor"

    @property
    def optional(self) -> bool:
        return self.kind == "optional"

    @property
    def base(self) -> TypeExpr:
        """The annotation without its Optional[...] wrapper."""
        return self.inner if self.kind == "optional" and self.inner else self

    def render(self) -> str:
        """The annotation as it appears in signatures, stubs and docs."""
        if self.kind == "tensor":
            return f"Tensor[{self.dtype}]"
        if self.kind == "tensor_list":
            return f"List[Tensor[{self.dtype}]]"
        if self.kind == "tuple":
            return "Tuple[" + ", ".join(i.render() for i in self.items) + "]"
        if self.kind == "literal":
            return "Literal[" + ", ".join(repr(c) for c in self.choices) + "]"
        if self.kind == "optional":
            assert self.inner is not None
            return f"Optional[{self.inner.render()}]"
        if self.kind == "none":
            return "None"
        if self.kind == "any":
            return "Any"
        if self.kind == "dtype":
            return "DType"
        if self.kind in ("axis", "shape", "ints", "callable"):
            return self.kind.capitalize()
        return self.kind


@dataclass(frozen=True)
class Param:
    name: str
    type: TypeExpr
    default: str | None  # Python source of the default, None when required
    doc: str

    @property
    def has_default(self) -> bool:
        return self.default is not None


@dataclass(frozen=True)
class Signature:
    name: str
    params: tuple[Param, ...]
    returns: TypeExpr
    kwargs: str | None = None  # name of a **kwargs parameter, if any

    @property
    def tensor_params(self) -> tuple[Param, ...]:
        """Tensor and tensor-list parameters (the differentiable inputs)."""
        return tuple(p for p in self.params if p.type.base.kind in ("tensor", "tensor_list"))

    @property
    def attr_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.type.base.kind not in ("tensor", "tensor_list"))

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)


@dataclass(frozen=True)
class Precondition:
    check: str  # Python expression over the (converted) arguments; must be true
    raises: str  # ValueError | TypeError | IndexError
    message: str


@dataclass(frozen=True)
class Kernel:
    strategy: str
    body: str | None = None  # elementwise: scalar body; numpy: expression
    function: str | None = None  # python: runtime function as "module.name"
    none_as: tuple[tuple[str, str], ...] = ()  # Optional params: value passed when None
    fastmath: tuple[str, ...] = ("contract",)
    parallel_threshold: int = 200_000  # elements; serial below (measured: waking TBB threads costs 2-6 us, repaid from ~2e5)
    # reduction strategy: a fold over the reduced elements
    init: str | None = None  # the accumulator's start, from `zero` (a zero of the compute type)
    step: str | None = None  # the accumulator after element `v`
    merge: str | None = None  # two partial accumulators `a`, `b` combined
    finish: str = "acc"  # the result from the accumulator and the count `n`
    center: bool = False  # fold over `v - mean` (a first pass computes the mean)
    input_cast: tuple[tuple[str, str], ...] = ()  # input dtype (or "*") -> dtype ("floatx" allowed) before folding
    # numpy/python strategies: the scalar body graph fusion inlines (runtime/fusion.py), when the
    # eager path stays NumPy's (e.g. its SIMD tanh is faster on large arrays, but a fused loop
    # needs a per-element body). It states that the op is this body on same-shape floating
    # inputs, preconditions included.
    fused_body: str | None = None

    @property
    def scalar_body(self) -> str | None:
        """The per-element body a generated kernel module holds: `body` or `fused_body`."""
        return self.body if self.strategy == "elementwise" else self.fused_body


@dataclass(frozen=True)
class Derivative:
    arg: str
    formula: str | None  # None when non_differentiable / not_implemented
    status: str  # "formula" | NON_DIFFERENTIABLE | NOT_IMPLEMENTED


@dataclass(frozen=True)
class ErrorCase:
    call: str  # Python expression using K and np
    raises: str
    match: str


@dataclass(frozen=True)
class CallCase:
    """A fixed call and its expected value (special cases, config behaviour)."""

    call: str
    expect: str


@dataclass(frozen=True)
class TestSpec:
    domain: tuple[float, float] = (-10.0, 10.0)
    special_values: bool = True  # property tests include +-inf and NaN
    params: tuple[tuple[str, tuple[str, ...]], ...] = ()  # param -> Python sources of values
    fd_params: tuple[tuple[str, tuple[str, ...]], ...] | None = None  # values for derivative checks
    shapes: tuple[tuple[tuple[str, tuple[int, ...]], ...], ...] = ()  # fixed input shape sets, instead of drawn ones
    fd_avoid: str | None = None  # expression: points too close to a kink
    tolerance: tuple[tuple[str, float, float], ...] = ()  # (dtype, rtol, atol)
    cases: tuple[CallCase, ...] = ()
    errors: tuple[ErrorCase, ...] = ()


@dataclass(frozen=True)
class BenchSpec:
    """How `make bench` times the function beside its NumPy reference."""

    enabled: bool = True
    torch: str | None = None  # PyTorch expression over the parameters (names: torch, params)
    tf: str | None = None  # tf_keras expression (names: tf, tfk (tf_keras.backend), params)
    params: tuple[tuple[str, str], ...] = ()  # parameter -> Python source, for the timed call
    shape: tuple[int, ...] | None = None  # fixed input shape (instead of the 1-D size sweep)
    shapes: tuple[tuple[str, tuple[int, ...]], ...] = ()  # per tensor parameter, overriding `shape`
    # per tensor parameter, Python source building its timed value (names: np, rng, dtype), for
    # inputs that random values in the test domain cannot stand for (CTC labels and probabilities)
    inputs: tuple[tuple[str, str], ...] = ()
    numpy: bool = True  # time the NumPy reference too (false: it takes minutes at this size)
    # further timed calls, each overriding some of the fields above (e.g. another axis)
    variants: tuple["BenchSpec", ...] = ()


@dataclass(frozen=True)
class OpSpec:
    name: str
    category: str
    signature: Signature
    dtypes: tuple[tuple[str, str], ...]  # type variable -> dtype class
    summary: str
    description: str
    returns_doc: str
    reference: str | None  # Python source defining `reference(...)`
    shape: str | None  # output shape rule
    preconditions: tuple[Precondition, ...]
    kernel: Kernel
    derivatives: tuple[Derivative, ...]
    examples: str
    notes: str
    tests: TestSpec
    bench: BenchSpec
    source: str  # spec/ops/<name>.yaml
    sparse: str | None = None  # "module.function" called when any tensor argument is a sparse tensor
    symbolic: str | None = None  # "module.function" called instead of building a node when an argument is symbolic
    keras2_result: str | None = None  # "variable": Keras 2.3.1's backend returns a variable; keras_numba.keras2 wraps it
    # Graph rewrites: `monotone` holds the attribute values (param -> Python literal) under which the
    # op is a non-decreasing map of its one tensor argument that commutes with a window maximum,
    # gradient included; `hoists_monotone` the attribute values under which this op takes a window
    # maximum of its first tensor argument, so that a graph builds it on such a map's input and
    # applies the map after it (fewer elements mapped, forward and backward). See runtime/graph.py.
    monotone: tuple[tuple[str, str], ...] | None = None
    hoists_monotone: tuple[tuple[str, str], ...] | None = None
    # `bias_epilogue`: "module.function" taking this op's arguments plus `bias` (rank 1), which adds
    # the bias inside the computation (its gradient rule as `.gradient`); `folds_bias`: (tensor
    # param, bias param, params that must be the same constants in both) when this op adds a
    # bias along the channel axis, so that a graph builds it on such an op's result as one node
    # of that op's biased function. See runtime/graph.py (`_folded`).
    bias_epilogue: str | None = None
    folds_bias: tuple[str, str, tuple[str, ...]] | None = None
    lines: tuple[tuple[str, int], ...] = field(default=())  # field -> line, for diagnostics

    @property
    def typevars(self) -> dict[str, str]:
        return dict(self.dtypes)


@dataclass(frozen=True)
class DTypeTable:
    """spec/dtypes.yaml: dtype classes (sets of concrete dtype names) and names."""

    classes: tuple[tuple[str, tuple[str, ...]], ...]
    aliases: tuple[tuple[str, str], ...]  # accepted names -> canonical dtype

    def members(self, cls: str) -> tuple[str, ...]:
        return dict(self.classes)[cls]

    @property
    def concrete(self) -> tuple[str, ...]:
        return dict(self.classes)["all"]


@dataclass(frozen=True)
class Category:
    name: str
    title: str
    module: str  # the generated wrapper module holding this category's functions
    doc: str
    exported: bool = True  # False: internal functions (operators), reached as keras_numba.<module>.<name>


@dataclass(frozen=True)
class Spec:
    ops: tuple[OpSpec, ...]
    dtypes: DTypeTable
    categories: tuple[Category, ...]

    def category(self, name: str) -> Category:
        for c in self.categories:
            if c.name == name:
                return c
        raise KeyError(name)
