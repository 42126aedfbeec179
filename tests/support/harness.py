"""The checks every generated test module runs against its function.

Generated tests only declare data (dtypes, parameter values, domain, the
reference, derivative formulas); the machinery lives here, once:

- `run_examples`: the spec's doctest examples, against the op or the reference;
- `check_against_reference`: hypothesis draws dtypes, shapes (0-d, size-0,
  broadcasting), memory layouts (C, F, strided, reversed), special values and
  parameters, and compares op and reference in value, shape and dtype;
- `check_derivative`: the spec's derivative formula against central finite
  differences of the op itself, in float64, including broadcast inputs;
- `check_error` / `check_case`: fixed calls from the spec.
"""

from __future__ import annotations

import builtins
import doctest
import itertools
import math
import re
from types import SimpleNamespace
from typing import Any, Callable

import numpy as np
import pytest
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

DEFAULT_TOLERANCE = {"float16": (5e-3, 1e-3), "float32": (1e-5, 1e-6), "float64": (1e-12, 1e-12)}
SPECIALS = (math.inf, -math.inf, math.nan, 0.0, -0.0)
LAYOUTS = ("C", "F", "strided", "reversed")

# --------------------------------------------------------------------------- examples

_NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|[-+]?inf|nan")


class _FloatTolerantChecker(doctest.OutputChecker):
    """Accepts outputs whose numbers agree to printing precision (last digits may differ)."""

    def check_output(self, want: str, got: str, optionflags: int) -> bool:
        if super().check_output(want, got, optionflags):
            return True
        if _NUMBER.sub("#", "".join(want.split())) != _NUMBER.sub("#", "".join(got.split())):
            return False
        wants, gots = _NUMBER.findall(want), _NUMBER.findall(got)
        return len(wants) == len(gots) and all(
            (w == g) or math.isclose(float(w), float(g), rel_tol=2e-6, abs_tol=1e-7) for w, g in zip(wants, gots)
        )


def run_examples(examples: str, name: str, namespace: Any) -> None:
    """Run the spec's doctest examples with `K` bound to `namespace`."""
    parser = doctest.DocTestParser()
    test = parser.get_doctest(examples, {"K": namespace, "np": np}, name, f"spec/ops/{name}.yaml", 0)
    runner = doctest.DocTestRunner(checker=_FloatTolerantChecker(), optionflags=doctest.NORMALIZE_WHITESPACE)
    out: list[str] = []
    result = runner.run(test, out=out.append)
    assert result.failed == 0, "".join(out)


def reference_namespace(K: Any, name: str, reference: Callable[..., Any]) -> Any:
    """`K` with the function under test replaced by its NumPy reference."""

    class _Namespace(SimpleNamespace):
        def __getattr__(self, attr: str) -> Any:
            return reference if attr == name else getattr(K, attr)

    return _Namespace()


# --------------------------------------------------------------------------- properties


def _elements(dtype: np.dtype, domain: tuple[float, float], special: bool) -> st.SearchStrategy[Any]:
    lo, hi = domain
    if dtype.kind == "b":
        return st.booleans()
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        return st.integers(max(int(math.ceil(lo)), int(info.min)), min(int(math.floor(hi)), int(info.max)))
    width = dtype.itemsize * 8
    finite = st.floats(
        max(lo, float(np.finfo(dtype).min)), min(hi, float(np.finfo(dtype).max)), width=width, allow_subnormal=False
    )
    return st.one_of(finite, st.sampled_from(SPECIALS)) if special else finite


def _layout(a: np.ndarray, layout: str) -> np.ndarray:
    """The same values in another memory layout (a view where possible)."""
    if a.ndim == 0 or a.size == 0:
        return a
    if layout == "F":
        return np.asfortranarray(a)
    if layout == "strided":
        big = np.zeros(a.shape[:-1] + (2 * a.shape[-1],), a.dtype)
        big[..., ::2] = a
        return big[..., ::2]
    if layout == "reversed":
        return np.ascontiguousarray(a[..., ::-1])[..., ::-1]
    return a


def _tolerance(dtype: np.dtype, overrides: dict[str, tuple[float, float]]) -> tuple[float, float]:
    return overrides.get(dtype.name, DEFAULT_TOLERANCE.get(dtype.name, (0.0, 0.0)))


def assert_same(actual: Any, expected: Any, tolerance: dict[str, tuple[float, float]] | None = None) -> None:
    """Equal shape and dtype, values equal within the dtype's tolerance (NaN == NaN).

    Tuples and lists (functions with several results) compare item by item.
    """
    if isinstance(expected, (tuple, list)) and not isinstance(actual, np.ndarray):
        assert isinstance(actual, (tuple, list)), f"expected {len(expected)} results, got {type(actual).__name__}"
        assert len(actual) == len(expected), f"{len(actual)} results != reference {len(expected)}"
        for a, e in zip(actual, expected):
            assert_same(a, e, tolerance)
        return
    actual, expected = np.asarray(actual), np.asarray(expected)
    assert actual.shape == expected.shape, f"shape {actual.shape} != reference {expected.shape}"
    assert actual.dtype == expected.dtype, f"dtype {actual.dtype} != reference {expected.dtype}"
    if actual.dtype.kind in "fc":
        rtol, atol = _tolerance(actual.dtype, tolerance or {})
        wide = np.complex128 if actual.dtype.kind == "c" else np.float64
        np.testing.assert_allclose(actual.astype(wide), expected.astype(wide), rtol=rtol, atol=atol, equal_nan=True)
    else:
        np.testing.assert_array_equal(actual, expected)


def check_against_reference(
    data: st.DataObject,
    op: Callable[..., Any],
    reference: Callable[..., Any],
    tensors: dict[str, list[str]],
    typevars: dict[str, str],
    params: dict[str, list[Any]],
    domain: tuple[float, float],
    special: bool,
    tolerance: dict[str, tuple[float, float]],
    lists: tuple[str, ...] = (),
    fixed_shapes: list[dict[str, tuple[int, ...]]] | None = None,
) -> None:
    """Op and reference agree on drawn inputs; a list parameter gets 1-3 same-shape arrays.

    `fixed_shapes` (the spec's tests.shapes) replaces drawn shapes for functions
    whose parameters constrain the input shape.
    """
    names = list(tensors)
    chosen: dict[str, np.dtype] = {}
    for name in names:
        var = typevars[name]
        if var not in chosen:
            chosen[var] = np.dtype(data.draw(st.sampled_from(tensors[name]), label=f"dtype {var}"))
    if fixed_shapes:
        entry = data.draw(st.sampled_from(fixed_shapes), label="shapes")
        shapes = [tuple(entry[n]) for n in names]
    elif len(names) == 1:
        shapes = [data.draw(hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=5), label="shape")]
    else:
        bshapes = data.draw(hnp.mutually_broadcastable_shapes(num_shapes=len(names), min_dims=0, max_dims=3, min_side=0, max_side=4))
        shapes = list(bshapes.input_shapes)
    kwargs: dict[str, Any] = {}
    ref_kwargs: dict[str, Any] = {}
    for name, shape in zip(names, shapes):
        dtype = chosen[typevars[name]]
        if name in lists:
            count = data.draw(st.integers(1, 3), label=f"len({name})")
            arrays = [data.draw(hnp.arrays(dtype, shape, elements=_elements(dtype, domain, special)), label=f"{name}[{i}]") for i in range(count)]
            ref_kwargs[name] = [a.copy() for a in arrays]
            kwargs[name] = [_layout(a, data.draw(st.sampled_from(LAYOUTS), label=f"{name}[{i}] layout")) for i, a in enumerate(arrays)]
            continue
        arr = data.draw(hnp.arrays(dtype, shape, elements=_elements(dtype, domain, special)), label=name)
        ref_kwargs[name] = arr.copy()
        if len(names) > 1 and arr.ndim == 0 and data.draw(st.booleans(), label=f"{name} as Python scalar"):
            kwargs[name] = arr.item()  # a weak Python number: takes the other operands' dtype
            ref_kwargs[name] = arr.item()
        else:
            kwargs[name] = _layout(arr, data.draw(st.sampled_from(LAYOUTS), label=f"{name} layout"))
    for pname, values in params.items():
        value = data.draw(st.sampled_from(values), label=pname)
        kwargs[pname] = ref_kwargs[pname] = value
    if all(not isinstance(v, (np.ndarray, list)) for k, v in kwargs.items() if k in tensors):
        return  # all-Python-number calls follow floatx rules, covered by examples and cases
    with np.errstate(all="ignore"):
        try:
            expected = reference(**ref_kwargs)
        except ValueError:  # values the function refuses (e.g. CTC lengths that do not fit): it must refuse them too
            with pytest.raises(ValueError):
                op(**kwargs)
            return
    actual = op(**kwargs)
    assert_same(actual, expected, tolerance)
    for name in names:  # inputs are never modified
        if isinstance(kwargs[name], (np.ndarray, list)):
            np.testing.assert_array_equal(kwargs[name], ref_kwargs[name])


# --------------------------------------------------------------------------- derivatives

_FD_SHAPES = {
    1: [((3, 4),), ((),)],
    2: [((3, 4), (3, 4)), ((3, 4), (4,)), ((), (2, 3))],
    3: [((3, 4), (3, 4), (3, 4)), ((3, 4), (), (4,))],
}


def _param_combos(params: dict[str, list[Any]], required: tuple[str, ...]) -> list[dict[str, Any]]:
    """The defaults (first listed value of required ones), then each listed value on its own."""
    base = {name: params[name][0] for name in required}
    combos: list[dict[str, Any]] = [base]
    for name, values in params.items():
        combos.extend({**base, name: v} for v in values)
    return combos


def _unbroadcast(g: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    while g.ndim > len(shape):
        g = g.sum(axis=0)
    for axis, size in enumerate(shape):
        if size == 1 and g.shape[axis] != 1:
            g = g.sum(axis=axis, keepdims=True)
    return g


def _fd_draw(rng: np.random.Generator, lo: float, hi: float, shape: tuple[int, ...], dtypes: list[str]) -> np.ndarray:
    """float64 values in [lo, hi); integer ones in [lo, hi) for integer-only inputs (indices)."""
    if any(np.dtype(d).kind == "f" for d in dtypes):
        return rng.uniform(lo, hi, size=shape)
    return rng.integers(int(math.ceil(lo)), max(int(math.ceil(lo)) + 1, int(math.ceil(hi))), size=shape).astype(dtypes[0])


def check_derivative(
    op: Callable[..., Any],
    arg: str,
    formula: Callable[..., Any],
    tensors: dict[str, list[str]],
    params: dict[str, list[Any]],
    domain: tuple[float, float],
    avoid: Callable[..., Any] | None = None,
    required: tuple[str, ...] = (),
    shapes: list[dict[str, tuple[int, ...]]] | None = None,
) -> None:
    """The spec formula equals central differences of the op, in float64.

    `params` lists the parameter values to check at; `required` names the
    parameters without a default (their first listed value is the baseline).
    """
    from keras_numba._runtime import config

    config.set_floatx("float64")  # finite differences need float64 throughout (restored by conftest)
    rng = np.random.default_rng(20261124)
    names = list(tensors)
    lo, hi = max(domain[0], -5.0), min(domain[1], 5.0)
    shape_sets = [tuple(tuple(e[n]) for n in names) for e in shapes] if shapes else _FD_SHAPES[len(names)]
    for shape_set, kw in itertools.product(shape_sets, _param_combos(params, required)):
        values = {n: _fd_draw(rng, lo, hi, s, tensors[n]) for n, s in zip(names, shape_set)}
        for _ in range(200):
            if avoid is None or not np.any(avoid(**values, **kw)):
                break
            values = {n: _fd_draw(rng, lo, hi, s, tensors[n]) for n, s in zip(names, shape_set)}
        else:
            pytest.fail(f"could not sample points away from fd_avoid for {shape_set} {kw}")
        result = op(**values, **kw)
        # several results: `grad` and `result` are tuples, the objective sums over all of them
        several = isinstance(result, tuple)
        g: Any = tuple(rng.normal(size=np.shape(r)) for r in result) if several else rng.normal(size=np.shape(result))

        def objective(out: Any) -> float:
            if several:
                return float(sum(np.sum(gi * np.asarray(oi, dtype=np.float64)) for gi, oi in zip(g, out)))
            return float(np.sum(g * out))

        analytic = np.asarray(formula(grad=g, result=result, **values, **kw), dtype=np.float64)
        if analytic.shape != values[arg].shape and not several:  # elementwise: result-shaped, summed over broadcasting
            analytic = _unbroadcast(np.broadcast_to(analytic, np.shape(result)), values[arg].shape)
        assert analytic.shape == values[arg].shape, f"d/d{arg} has shape {analytic.shape}, {arg} {values[arg].shape}"
        numeric = central_difference(lambda v: objective(op(**{**values, arg: v}, **kw)), values[arg], relative=True)
        np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-6, err_msg=f"d/d{arg} at shapes {shape_set}, params {kw}")


def central_difference(f: Callable[[np.ndarray], Any], x: np.ndarray, h: float = 1e-6, relative: bool = False) -> np.ndarray:
    """d f / d x by central differences, one element of x at a time (f returns a number).

    `relative`: the step for an element is h * max(1, |x|), for inputs of any magnitude.
    """
    numeric = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        step = h * max(1.0, abs(float(x[idx]))) if relative else h
        xp, xm = x.copy(), x.copy()
        xp[idx] += step
        xm[idx] -= step
        numeric[idx] = (f(xp) - f(xm)) / (2 * step)
    return numeric


# --------------------------------------------------------------------------- fixed calls


def namespace(package: Any, module: Any) -> Any:
    """`package` (keras_numba) with the functions of an internal `module` reachable as attributes too."""

    class _Namespace(SimpleNamespace):
        def __getattr__(self, attr: str) -> Any:
            return getattr(module, attr) if hasattr(module, attr) else getattr(package, attr)

    return _Namespace()


def _namespace(K: Any = None) -> dict[str, Any]:
    if K is None:
        import keras_numba as K

    return {"K": K, "np": np}


def check_error(call: str, exc: str, match: str, K: Any = None) -> None:
    with pytest.raises(getattr(builtins, exc), match=re.escape(match)):
        eval(call, _namespace(K))  # noqa: S307  (spec-declared test call)


def check_case(call: str, expect: str, K: Any = None) -> None:
    ns = _namespace(K)
    actual = eval(call, ns)  # noqa: S307
    expected = eval(expect, ns)  # noqa: S307
    if isinstance(expected, np.ndarray) or isinstance(actual, np.ndarray):
        assert_same(actual, expected)
    else:
        assert actual == expected, f"{call} gave {actual!r}, expected {expected!r}"


# --------------------------------------------------------------------------- symbolic mode


def check_symbolic(
    op: Callable[..., Any],
    tensors: dict[str, list[str]],
    params: dict[str, list[Any]],
    domain: tuple[float, float],
    differentiable: tuple[str, ...] = (),
    required: tuple[str, ...] = (),
    shapes: list[dict[str, tuple[int, ...]]] | None = None,
    avoid: Callable[..., Any] | None = None,
    lists: tuple[str, ...] = (),
) -> None:
    """The op on placeholders, run by `K.function`, equals the eager op; `K.gradients` equals finite differences.

    Runs in float64 at the first shape set and each parameter combination.
    """
    import keras_numba as K
    from keras_numba._runtime import config

    config.set_floatx("float64")
    rng = np.random.default_rng(7)
    names = list(tensors)
    lo, hi = max(domain[0], -5.0), min(domain[1], 5.0)
    shape_set = tuple(tuple(shapes[0][n]) for n in names) if shapes else _FD_SHAPES[len(names)][0]
    for kw in _param_combos(params, required):
        values = {n: rng.uniform(lo, hi, size=s) for n, s in zip(names, shape_set)}
        for _ in range(200):
            if avoid is None or not np.any(avoid(**values, **kw)):
                break
            values = {n: rng.uniform(lo, hi, size=s) for n, s in zip(names, shape_set)}
        dtypes = {n: ("float64" if "float64" in tensors[n] else tensors[n][0]) for n in names}
        values = {n: v.astype(dtypes[n]) for n, v in values.items()}
        if lists:  # tensor-list parameters: two arrays of the drawn shape
            feeds = [values[n] if n not in lists else values[n] + 1 for n in names] + [values[n] for n in lists]
            listed = {n: [values[n] + 1, values[n]] for n in lists}
            holders_l = {n: [K.placeholder(shape=values[n].shape, dtype=values[n].dtype) for _ in range(2)] for n in lists}
            holders = {n: K.placeholder(shape=values[n].shape, dtype=values[n].dtype) for n in names if n not in lists}
            symbolic = op(**{**holders, **holders_l}, **kw)
            inputs = [holders[n] if n in holders else holders_l[n][0] for n in names] + [holders_l[n][1] for n in lists]
            assert_same(K.function(inputs, symbolic)(feeds), op(**{**values, **listed}, **kw))
            for arg in lists:  # list gradients: each element against finite differences
                if arg not in differentiable or dtypes[arg] != "float64":
                    continue
                g = rng.normal(size=np.shape(symbolic))
                grads = K.gradients(K.sum(symbolic * g), holders_l[arg])
                got = K.function(inputs, grads)(feeds)
                for i, (gi, xi) in enumerate(zip(got, listed[arg])):
                    def objective(v: np.ndarray, i: int = i) -> float:
                        items = list(listed[arg])
                        items[i] = v
                        return float(np.sum(g * op(**{**values, **listed, arg: items}, **kw)))
                    numeric = np.zeros_like(xi)
                    for idx in np.ndindex(xi.shape):
                        xp, xm = xi.copy(), xi.copy()
                        xp[idx] += 1e-6
                        xm[idx] -= 1e-6
                        numeric[idx] = (objective(xp) - objective(xm)) / 2e-6
                    np.testing.assert_allclose(gi, numeric, rtol=1e-5, atol=1e-6, err_msg=f"K.gradients d/d{arg}[{i}]")
            continue
        eager = op(**values, **kw)
        holders = {n: K.placeholder(shape=v.shape, dtype=v.dtype, name=n) for n, v in values.items()}
        symbolic = op(**holders, **kw)
        run = K.function(list(holders.values()), symbolic)
        assert_same(run([values[n] for n in names]), eager)
        if isinstance(eager, tuple):
            continue  # several results: the derivative check covers their gradients
        for arg in differentiable:
            if dtypes[arg] != "float64" or np.ndim(eager) is None:
                continue
            g = rng.normal(size=np.shape(eager))
            loss = K.sum(symbolic * g)
            (grad,) = K.gradients(loss, [holders[arg]])
            analytic = np.zeros_like(values[arg]) if grad is None else K.function(list(holders.values()), grad)([values[n] for n in names])
            numeric = central_difference(lambda v: np.sum(g * op(**{**values, arg: v}, **kw)), values[arg], relative=True)
            np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-6, err_msg=f"K.gradients d/d{arg} at {shape_set}, {kw}")
