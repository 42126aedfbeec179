# @generated from spec/ops/*.yaml by codegen/templates/init.py.j2 — do not edit
"""keras_numba: the legacy Keras backend API on NumPy + Numba.

Use it as ``import keras_numba as K``. Every function is generated from its
spec entry in spec/ops/; see the API docs for each. Kernels compile lazily on
first call and are cached on disk, so importing is fast.
"""

__version__ = "0.1.0"

from keras_numba.math_ops import (
    abs,
    cos,
    exp,
    log,
    pow,
    round,
    sign,
    sin,
    sqrt,
    square,
    tanh,
)
from keras_numba.activations import (
    elu,
    hard_sigmoid,
    relu,
    sigmoid,
    softplus,
    softsign,
)
from keras_numba.comparison import (
    clip,
    equal,
    greater,
    greater_equal,
    less,
    less_equal,
    maximum,
    minimum,
    not_equal,
)
from keras_numba.dtype_ops import (
    cast,
    cast_to_floatx,
)
from keras_numba.config import (
    backend,
    epsilon,
    floatx,
    image_data_format,
    set_epsilon,
    set_floatx,
    set_image_data_format,
)
from keras_numba.creation import (
    arange,
    constant,
    eye,
    ones,
    ones_like,
    zeros,
    zeros_like,
)
from keras_numba.reductions import (
    all,
    any,
    argmax,
    argmin,
    l2_normalize,
    max,
    mean,
    min,
    prod,
    softmax,
    std,
    sum,
    var,
)

__all__ = [
    "abs",
    "all",
    "any",
    "arange",
    "argmax",
    "argmin",
    "backend",
    "cast",
    "cast_to_floatx",
    "clip",
    "constant",
    "cos",
    "elu",
    "epsilon",
    "equal",
    "exp",
    "eye",
    "floatx",
    "greater",
    "greater_equal",
    "hard_sigmoid",
    "image_data_format",
    "l2_normalize",
    "less",
    "less_equal",
    "log",
    "max",
    "maximum",
    "mean",
    "min",
    "minimum",
    "not_equal",
    "ones",
    "ones_like",
    "pow",
    "prod",
    "relu",
    "round",
    "set_epsilon",
    "set_floatx",
    "set_image_data_format",
    "sigmoid",
    "sign",
    "sin",
    "softmax",
    "softplus",
    "softsign",
    "sqrt",
    "square",
    "std",
    "sum",
    "tanh",
    "var",
    "zeros",
    "zeros_like",
]
