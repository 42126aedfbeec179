# @generated from spec/ops/*.yaml by codegen/templates/stub.pyi.j2 — do not edit
"""Type stubs for keras_numba (one signature per spec entry)."""

from typing import Any, Callable, Literal, Optional, Sequence, Union

import numpy as np
import numpy.typing as npt

TensorLike = npt.ArrayLike
DTypeLike = Union[str, type, np.dtype[Any]]

__version__: str

# Elementwise absolute value.
def abs(x: TensorLike) -> np.ndarray: ...

# Publicly accessible method for determining the current backend.
def backend() -> str: ...

# Casts a tensor to a different dtype and returns it.
def cast(x: TensorLike, dtype: DTypeLike) -> np.ndarray: ...

# Cast a NumPy array to the default Keras float type.
def cast_to_floatx(x: TensorLike) -> np.ndarray: ...

# Elementwise value clipping.
def clip(x: TensorLike, min_value: Optional[TensorLike], max_value: Optional[TensorLike]) -> np.ndarray: ...

# Elementwise cosine.
def cos(x: TensorLike) -> np.ndarray: ...

# Exponential linear unit.
def elu(x: TensorLike, alpha: float = 1.0) -> np.ndarray: ...

# Returns the value of the fuzz factor used in numeric expressions.
def epsilon() -> float: ...

# Elementwise equality (x == y).
def equal(x: TensorLike, y: TensorLike) -> np.ndarray: ...

# Elementwise exponential.
def exp(x: TensorLike) -> np.ndarray: ...

# Returns the default float type, as a string.
def floatx() -> str: ...

# Elementwise truth value of (x > y).
def greater(x: TensorLike, y: TensorLike) -> np.ndarray: ...

# Elementwise truth value of (x >= y).
def greater_equal(x: TensorLike, y: TensorLike) -> np.ndarray: ...

# Segment-wise linear approximation of the sigmoid.
def hard_sigmoid(x: TensorLike) -> np.ndarray: ...

# Returns the default image data format convention.
def image_data_format() -> str: ...

# Elementwise truth value of (x < y).
def less(x: TensorLike, y: TensorLike) -> np.ndarray: ...

# Elementwise truth value of (x <= y).
def less_equal(x: TensorLike, y: TensorLike) -> np.ndarray: ...

# Elementwise natural logarithm.
def log(x: TensorLike) -> np.ndarray: ...

# Elementwise maximum of two tensors.
def maximum(x: TensorLike, y: TensorLike) -> np.ndarray: ...

# Elementwise minimum of two tensors.
def minimum(x: TensorLike, y: TensorLike) -> np.ndarray: ...

# Elementwise inequality (x != y).
def not_equal(x: TensorLike, y: TensorLike) -> np.ndarray: ...

# Elementwise exponentiation, `x ** a`.
def pow(x: TensorLike, a: TensorLike) -> np.ndarray: ...

# Rectified linear unit, with optional leak, saturation and threshold.
def relu(x: TensorLike, alpha: float = 0.0, max_value: Optional[float] = None, threshold: float = 0.0) -> np.ndarray: ...

# Elementwise rounding to the nearest integer, half to even.
def round(x: TensorLike) -> np.ndarray: ...

# Sets the value of the fuzz factor used in numeric expressions.
def set_epsilon(value: float) -> None: ...

# Sets the default float type.
def set_floatx(value: Literal['float16', 'float32', 'float64']) -> None: ...

# Sets the value of the image data format convention.
def set_image_data_format(data_format: Literal['channels_last', 'channels_first']) -> None: ...

# Elementwise logistic sigmoid, `1 / (1 + exp(-x))`.
def sigmoid(x: TensorLike) -> np.ndarray: ...

# Elementwise sign.
def sign(x: TensorLike) -> np.ndarray: ...

# Elementwise sine.
def sin(x: TensorLike) -> np.ndarray: ...

# Softplus activation, `log(1 + exp(x))`.
def softplus(x: TensorLike) -> np.ndarray: ...

# Softsign activation, `x / (1 + |x|)`.
def softsign(x: TensorLike) -> np.ndarray: ...

# Elementwise square root, with negative inputs clipped to 0.
def sqrt(x: TensorLike) -> np.ndarray: ...

# Elementwise square.
def square(x: TensorLike) -> np.ndarray: ...

# Elementwise hyperbolic tangent.
def tanh(x: TensorLike) -> np.ndarray: ...
