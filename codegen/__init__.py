"""The keras_numba generator: spec/ -> generated/ (package, stubs, tests, docs).

Run ``python -m codegen`` to regenerate, ``python -m codegen --check`` to
verify generated/ is up to date. Spec errors exit with status 2.
"""
