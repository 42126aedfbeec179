# @generated from spec/dtypes.yaml by codegen/templates/dtype_table.py.j2 — do not edit
"""Dtype classes and accepted dtype names, as declared in spec/dtypes.yaml."""

import numpy as _np

CLASSES = {
    "floating": frozenset(_np.dtype(d) for d in ("float16", "float32", "float64", )),
    "signed_integer": frozenset(_np.dtype(d) for d in ("int8", "int16", "int32", "int64", )),
    "unsigned_integer": frozenset(_np.dtype(d) for d in ("uint8", "uint16", "uint32", "uint64", )),
    "integer": frozenset(_np.dtype(d) for d in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", )),
    "numeric": frozenset(_np.dtype(d) for d in ("float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", )),
    "bool": frozenset(_np.dtype(d) for d in ("bool", )),
    "all": frozenset(_np.dtype(d) for d in ("float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool", )),
    "complex": frozenset(_np.dtype(d) for d in ("complex64", "complex128", )),
    "castable": frozenset(_np.dtype(d) for d in ("float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "bool", "complex64", "complex128", )),
}

ALIASES = {
    "half": "float16",
    "float": "float32",
    "double": "float64",
    "complex": "complex128",
}
