"""The names each kind of spec snippet may use, and where kernels import them from.

A name that is not declared here (or a parameter of the function) is a spec
error at its line. `tests/codegen/test_vocabulary.py` checks that every kernel
name really exists where this table says it does.
"""

from __future__ import annotations

#: Names a scalar kernel body may call, and the module each is imported from.
#: `T` is bound by the kernel itself to its compute dtype.
KERNEL_IMPORTS: dict[str, str] = {
    "exp": "keras_numba._runtime.numerics",
    "expm1": "keras_numba._runtime.numerics",
    "log": "keras_numba._runtime.numerics",
    "log1p": "keras_numba._runtime.numerics",
    "tanh": "keras_numba._runtime.numerics",
    "sigmoid": "keras_numba._runtime.numerics",
    "softplus": "keras_numba._runtime.numerics",
    "sqrt": "math",
    "sin": "math",
    "cos": "math",
    "floor": "math",
    "ceil": "math",
    "isnan": "math",
    "isinf": "math",
    "inf": "math",
    "nan": "math",
    "rint": "keras_numba._runtime.scalar",
    "ipow": "keras_numba._runtime.scalar",
    "lowest": "keras_numba._runtime.scalar",
    "highest": "keras_numba._runtime.scalar",
    "maximum": "keras_numba._runtime.row_kernels",
    "minimum": "keras_numba._runtime.row_kernels",
}
#: Names a reduction's init/step/merge/finish snippets may use besides KERNEL_NAMES:
#: `acc` (the accumulator), `v` (an element), `a`/`b` (two partial results),
#: `n` (the number of reduced elements), `zero` (a zero of the compute type).
REDUCTION_NAMES = frozenset({"acc", "v", "a", "b", "n", "zero"})
#: Imported by every kernel module for its loops (not for spec bodies).
LOOP_IMPORTS: dict[str, str] = {name: "keras_numba._runtime.scalar" for name in ("at", "hoist", "unit_rows")}
KERNEL_NAMES = frozenset(KERNEL_IMPORTS) | {"T"}

#: Names available to references (run by the tests, never by the package).
REFERENCE_NAMES = frozenset({"np", "math", "floatx", "epsilon", "image_data_format"})

#: Names available to numpy-strategy kernel expressions.
NUMPY_KERNEL_NAMES = frozenset({"np"})

#: Names available to preconditions, evaluated on converted arguments.
PRECONDITION_NAMES = frozenset({"np"})

#: Names available to output shape rules; every tensor parameter is bound to its shape.
SHAPE_NAMES = frozenset({"broadcast", "math", "np"})

#: Names derivative formulas may use. Each is a backend function of the same
#: meaning; the tests evaluate them with NumPy, the autodiff engine with the
#: backend itself. `grad` is the incoming gradient, `result` the op's output.
#: `unreduce(v, x, axis, keepdims)` broadcasts a reduction's output-shaped `v`
#: back to `x`'s shape; `reduced_size(x, axis)` counts the reduced elements;
#: `mean_over(x, axis)` is x's mean over `axis`, keeping the reduced axes;
#: `reshape_like(v, x)` is `v` reshaped to x's shape (same number of elements);
#: `permute_back(v, pattern)` undoes a permutation of axes (None: all reversed);
#: `flip(v, axes)` reverses axes; `sum_keep(v, axis)` sums over one axis, kept;
#: `scatter_add_like(grad, reference, indices)` adds `grad`'s rows into zeros shaped
#: like `reference` at `indices` (the gradient of `gather`);
#: `bias_add_grad(grad, x, bias, data_format)` is the gradient of `bias_add`'s bias;
#: `unstack_like(grad, xs, axis)` / `split_like(grad, xs, axis)` give one gradient
#: per tensor of a list argument (of `stack` / `concatenate`);
#: `dot_grad_x(grad, x, y)` / `dot_grad_y(grad, x, y)` are the two gradients of `dot`;
#: `slice_grad_like(grad, x, start, size)` writes `grad` into zeros shaped like `x` at the
#: region `slice(x, start, size)` reads (the gradient of `slice`);
#: `cumsum(v, axis)` is the backend's cumulative sum; `untile(grad, x, n)` sums tile's copies;
#: `unrepeat(v, x, rep, axis)` sums repeat_elements' runs; `unpad(grad, x, padding, data_format)`
#: crops a zero padding's borders; `operators.<name>(...)` calls an internal spec entry (category
#: operators), e.g. the fused `operators.relu_grad`; `batch_dot_grad_x/_y(grad, x, y, axes)` are batch_dot's gradients.
DERIVATIVE_NAMES = frozenset(
    {
        "grad",
        "result",
        "where",
        "exp",
        "log",
        "sqrt",
        "square",
        "sign",
        "sigmoid",
        "tanh",
        "cos",
        "sin",
        "abs",
        "zeros_like",
        "ones_like",
        "maximum",
        "minimum",
        "logical_and",
        "logical_or",
        "cast_like",
        "unreduce",
        "reduced_size",
        "mean_over",
        "reshape_like",
        "permute_back",
        "flip",
        "sum_keep",
        "bias_add_grad",
        "scatter_add_like",
        "unstack_like",
        "split_like",
        "dot_grad_x",
        "dot_grad_y",
        "slice_grad_like",
        "cumsum",
        "untile",
        "unrepeat",
        "unpad",
        "batch_dot_grad_x",
        "batch_dot_grad_y",
        "operators",
    }
)

#: Runtime modules a python-strategy kernel may name as "module.function".
#: Derivative formulas may call `module.function` of these too (gradients that
#: need their own kernels, e.g. a convolution's input gradient).
RUNTIME_MODULES = frozenset(
    {
        "config",
        "arrays",
        "shape_ops",
        "array_ops",
        "reductions",
        "conv",
        "pooling",
        "normalization",
        "losses",
        "ctc",
        "sparse",
        "rng",
        "session",
        "control_flow",
    }
)

#: Exceptions preconditions and error cases may name.
EXCEPTIONS = frozenset({"ValueError", "TypeError", "IndexError"})
