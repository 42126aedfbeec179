"""Command line: regenerate generated/ from spec/, or check that it is current."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .generate import check, render_all, write
from .loader import SpecError, load_spec

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail with a diff when generated/ is stale")
    parser.add_argument("--root", type=Path, default=ROOT, help="project root holding spec/ and generated/")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        spec = load_spec(args.root)
    except SpecError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} spec error(s)", file=sys.stderr)
        return 2
    files = render_all(spec, args.root)
    gen = args.root / "generated"
    if args.check:
        diffs = check(files, gen)
        if diffs:
            sys.stdout.write("".join(diffs))
            print(f"generated/ is stale: {len(diffs)} file(s) differ from the spec; run `make generate`", file=sys.stderr)
            return 1
        print(f"generated/ is up to date ({len(spec.ops)} functions, {len(files)} files)")
        return 0
    written, removed = write(files, gen)
    took = time.perf_counter() - start
    print(f"generated {len(spec.ops)} functions: {len(written)} file(s) written, {len(removed)} removed, "
          f"{len(files) - len(written)} unchanged ({took:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
