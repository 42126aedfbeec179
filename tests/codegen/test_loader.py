"""Every kind of spec error is reported, all at once, at its file:line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from codegen.loader import SpecError, load_spec
from tests.codegen.conftest import GOOD_OP, ROOT


def problems_for(project, text: str, name: str = "good") -> list[str]:
    root = project(**{name: text})
    with pytest.raises(SpecError) as info:
        load_spec(root)
    return info.value.problems


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing `needle`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_valid_entry_loads(project):
    spec = load_spec(project(good=GOOD_OP))
    (op,) = spec.ops
    assert op.name == "good" and op.signature.params[1].default == "1.0"
    assert [p.name for p in op.signature.tensor_params] == ["x"]


@pytest.mark.parametrize(
    "old, new, needle, message",
    [
        ("summary: A valid entry.", "summary: A valid entry.\nsumary: typo", "sumary:", "unknown key 'sumary'"),
        ("category: math", "category: nope", "category:", "unknown category 'nope'"),
        ("dtypes: {T: floating}", "dtypes: {T: floaty}", "dtypes:", "unknown dtype class 'floaty'"),
        ('alpha: float = 1.0) ->', "alpha: flot = 1.0) ->", "signature:", "unknown type 'flot'"),
        ('alpha: float = 1.0) ->', "alpha: float = 1.0 ->", "signature:", "syntax error"),
        ("    return x * alpha", "    y = 2\n    return x * beta", "return x * beta", "unknown name 'beta'"),
        ("    return x * alpha", "    return x *", "return x *", "syntax error"),
        ('reference: "x * alpha"', 'reference: "x * gamma"', "reference:", "unknown name 'gamma'"),
        ('  x: "grad * alpha"', '  x: "grad * delta"', 'x: "grad * delta"', "unknown name 'delta'"),
        ("  strategy: elementwise", "  strategy: magic", "strategy:", "strategy must be one of"),
        ("  >>> K.good(np.array([1.0]))", "  >>> K.good(np.array([1.0])", ">>> K.good", "examples: syntax error"),
        ("  alpha: Scale.", "  alpha: Scale.\n  beta: Extra.", "beta: Extra.", "documents 'beta'"),
        # graph-rewrite fields
        ("shape: x", "shape: x\nmonotone: {x: 1.0}", "monotone:", "'x' is not a non-tensor parameter"),
        ("shape: x", "shape: x\nhoists_monotone: {alpha: [1]}", "hoists_monotone:", "must be a number, a string, a bool or null"),
        ("shape: x", "shape: x\nbias_epilogue: nowhere.fn", "bias_epilogue:", "needs `module.name`"),
        ("shape: x", "shape: x\nfolds_bias: {tensor: x, bias: alpha, same: []}", "bias: alpha", "bias 'alpha' is not a tensor parameter"),
        ("shape: x", "shape: x\nfolds_bias: {tensor: x, bias: x, same: [x]}", "same: [x]", "same must list non-tensor parameters"),
        ("shape: x", "shape: x\nfolds_bias: {tensor: x}", "folds_bias:", "needs exactly the keys tensor, bias and same"),
    ],
)
def test_error_points_at_its_line(project, old, new, needle, message):
    text = GOOD_OP.replace(old, new)
    assert text != GOOD_OP
    problems = problems_for(project, text)
    expected_line = line_of(text, needle)
    assert any(p.startswith(f"spec/ops/good.yaml:{expected_line}: [good] ") and message in p for p in problems), problems


def test_block_reference_errors_point_inside_the_block(project):
    text = GOOD_OP.replace(
        'reference: "x * alpha"',
        "reference: |\n  def reference(x, alpha=1.0):\n      y = x * alpha\n      return y + undefined_name",
    )
    problems = problems_for(project, text)
    line = line_of(text, "undefined_name")
    assert any(p.startswith(f"spec/ops/good.yaml:{line}:") and "undefined_name" in p for p in problems), problems


def test_missing_derivative_and_required_keys(project):
    no_deriv = GOOD_OP.replace('derivatives:\n  x: "grad * alpha"\n', "")
    assert any("tensor parameter 'x' is not listed" in p for p in problems_for(project, no_deriv))
    no_summary = GOOD_OP.replace("summary: A valid entry.\n", "")
    assert any(p.startswith("spec/ops/good.yaml:1: [good] missing required key 'summary'") for p in problems_for(project, no_summary))


def test_name_must_match_file(project):
    problems = problems_for(project, GOOD_OP, name="other")
    assert any("does not match the file name 'other'" in p for p in problems)


def test_all_errors_of_all_files_reported_together(project):
    root = project(
        bad1=GOOD_OP.replace("name: good", "name: bad1").replace("good(", "bad1(").replace("category: math", "category: x"),
        bad2=GOOD_OP.replace("name: good", "name: bad2").replace("good(", "bad2(").replace("x * alpha\n", "x * zeta\n"),
    )
    with pytest.raises(SpecError) as info:
        load_spec(root)
    files = {p.split(":")[0] for p in info.value.problems}
    assert files == {"spec/ops/bad1.yaml", "spec/ops/bad2.yaml"}


def test_cli_exits_2_on_spec_errors(project):
    root = project(good=GOOD_OP.replace("category: math", "category: nope"))
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "--root", str(root)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "spec/ops/good.yaml:2: [good] unknown category 'nope'" in result.stderr


def test_real_spec_loads_and_matches_the_api_signatures():
    """Every entry's parameters and defaults match shared/api/signatures.txt."""
    spec = load_spec(ROOT)
    api_file = ROOT.parent / "shared" / "api" / "signatures.txt"
    if not api_file.exists():
        pytest.skip("shared/api/signatures.txt is not beside this checkout")
    import ast

    api = {}
    for line in api_file.read_text().splitlines():
        fn = ast.parse(f"def {line}: pass").body[0]
        args = fn.args
        defaults = [None] * (len(args.args) - len(args.defaults)) + [ast.unparse(d) for d in args.defaults]
        api[fn.name] = [(a.arg, d) for a, d in zip(args.args, defaults)]
    for op in spec.ops:
        if op.name in api:
            ours = [(p.name, p.default) for p in op.signature.params]
            assert ours == api[op.name], f"{op.source}: {ours} != {api[op.name]}"


def test_bench_variants_load_and_nested_ones_are_errors(project):
    text = GOOD_OP + 'bench:\n  torch: "x"\n  params: {alpha: 2.0}\n  variants:\n    - {params: {alpha: 3.0}, torch: "x * alpha"}\n'
    (op,) = load_spec(project(good=text)).ops
    (variant,) = op.bench.variants
    assert variant.params == (("alpha", "3.0"),) and variant.torch == "x * alpha"
    nested = text + "      variants: [{params: {alpha: 4.0}}]\n"
    nested = nested.replace('    - {params: {alpha: 3.0}, torch: "x * alpha"}\n      variants', "    - params: {alpha: 3.0}\n      variants")
    problems = problems_for(project, nested)
    assert any("variants must be a list of mappings" in p for p in problems), problems


def test_bench_inputs_load_and_are_checked(project):
    text = GOOD_OP + 'bench:\n  numpy: false\n  inputs:\n    x: "rng.uniform(0, 1, (3, 4)).astype(dtype)"\n'
    (op,) = load_spec(project(good=text)).ops
    assert op.bench.inputs == (("x", "rng.uniform(0, 1, (3, 4)).astype(dtype)"),) and op.bench.numpy is False
    problems = problems_for(project, text.replace('    x: "rng', '    nope: "rng'))
    assert any("bench: inputs maps parameters" in p and "'nope'" in p for p in problems), problems
    problems = problems_for(project, text.replace("astype(dtype)", "astype(torch)"))
    assert any("bench.inputs.x" in p and "torch" in p for p in problems), problems


def test_fused_body_is_a_scalar_body_for_numpy_maps_of_tensors_only(project):
    text = (
        GOOD_OP.replace("x: Tensor[T], alpha: float = 1.0", "x: Tensor[T]")
        .replace("  alpha: Scale.\n", "")
        .replace('reference: "x * alpha"', 'reference: "x * 2"')
        .replace("  fastmath: [reassoc, contract, nsz]\n  body: |\n    return x * alpha\n", "  body: 'np.asarray(x * 2)'\n  fused_body: |\n    return x * 2.0\n")
        .replace("strategy: elementwise", "strategy: numpy")
        .replace('x: "grad * alpha"', 'x: "grad * 2.0"')
    )
    (op,) = load_spec(project(good=text)).ops
    assert op.kernel.fused_body == "return x * 2.0\n" and op.kernel.scalar_body == op.kernel.fused_body
    problems = problems_for(project, text.replace("return x * 2.0", "x * 2.0"))
    assert any("fused_body must `return`" in p for p in problems), problems
    problems = problems_for(project, text.replace("return x * 2.0", "return nope(x)"))
    assert any("nope" in p for p in problems), problems
    with_attribute = GOOD_OP.replace("strategy: elementwise", "strategy: numpy").replace("  fastmath: [reassoc, contract, nsz]\n  body: |\n    return x * alpha\n", "  body: 'np.asarray(x * alpha)'\n  fused_body: |\n    return x * alpha\n")
    problems = problems_for(project, with_attribute)
    assert any("fused_body needs a function of tensors only" in p for p in problems), problems
    elementwise = GOOD_OP.replace("  strategy: elementwise\n", "  strategy: elementwise\n  fused_body: |\n    return x\n")
    problems = problems_for(project, elementwise)
    assert any("fused_body is for numpy and python strategies" in p for p in problems), problems


def test_graph_rewrite_fields_load(project):
    text = GOOD_OP.replace("shape: x", "shape: x\nbias_epilogue: conv.conv2d_biased\nfolds_bias: {tensor: x, bias: x, same: [alpha]}")
    (op,) = load_spec(project(good=text)).ops
    assert op.bias_epilogue == "conv.conv2d_biased"
    assert op.folds_bias == ("x", "x", ("alpha",))
