# @generated from spec/ops/*.yaml by codegen/templates/init.py.j2 — do not edit
"""keras_numba: the legacy Keras backend API on NumPy + Numba.

Use it as ``import keras_numba as K``. Every function is generated from its
spec entry in spec/ops/; see the API docs for each. Kernels compile lazily on
first call and are cached on disk, so importing is fast.
"""

__version__ = "0.1.0"

from keras_numba.activations import (
    elu,
)
from keras_numba.comparison import (
    greater,
    maximum,
)
from keras_numba.config import (
    floatx,
    set_floatx,
)

__all__ = [
    "elu",
    "floatx",
    "greater",
    "maximum",
    "set_floatx",
]
