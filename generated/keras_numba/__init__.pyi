# @generated from spec/ops/*.yaml by codegen/templates/stub.pyi.j2 — do not edit
"""Type stubs for keras_numba (one signature per spec entry)."""

from typing import Any, Literal, Optional, Union

import numpy as np
import numpy.typing as npt

TensorLike = npt.ArrayLike
DTypeLike = Union[str, type, np.dtype[Any]]

__version__: str

# Exponential linear unit.
def elu(x: TensorLike, alpha: float = 1.0) -> np.ndarray: ...

# Returns the default float type, as a string.
def floatx() -> str: ...

# Elementwise truth value of (x > y).
def greater(x: TensorLike, y: TensorLike) -> np.ndarray: ...

# Elementwise maximum of two tensors.
def maximum(x: TensorLike, y: TensorLike) -> np.ndarray: ...

# Sets the default float type.
def set_floatx(value: Literal['float16', 'float32', 'float64']) -> None: ...
