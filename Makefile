# keras_numba: `make generate` sets everything up, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: help env generate codegen check-generated test test-fast test-keras2 docs bench demo clean

help:
	@echo "make generate         create .venv if missing, regenerate generated/, build the docs site, run the demo"
	@echo "make test             check generated/ is current, then run the whole test suite"
	@echo "make test-keras2      only the Keras 2.3.1 integration suite (installs Keras into build/keras2-site)"
	@echo "make bench            time every function against NumPy (and PyTorch / tf_keras when installed)"
	@echo "make docs             build the API docs site into site/"
	@echo "make check-generated  fail with a diff when generated/ is stale or hand-edited"

# The environment: created once, reinstalled when pyproject.toml changes.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

env: $(STAMP)

codegen: env
	$(BIN)/python -m codegen

generate: codegen docs demo

check-generated: env
	$(BIN)/python -m codegen --check

test: check-generated
	$(BIN)/python -m pytest -n 2 -q $(PYTEST_ARGS)

test-keras2: env
	$(BIN)/python -m pytest -n 2 -q tests/keras2 $(PYTEST_ARGS)

test-fast: env
	$(BIN)/python -m pytest -x -q $(PYTEST_ARGS)

docs: env
	rm -rf build/docs-src
	mkdir -p build/docs-src
	cp -r docs/pages/. build/docs-src/
	cp -r generated/docs/. build/docs-src/
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m mkdocs build --quiet --strict -f docs/mkdocs.yml
	@echo "docs site: site/index.html"

demo: env
	$(BIN)/python examples/demo.py

bench: env
	$(BIN)/python -m benchmarks $(BENCH_ARGS)
	$(BIN)/python -m benchmarks.keras2_epochs

clean:
	rm -rf build site .pytest_cache .hypothesis
