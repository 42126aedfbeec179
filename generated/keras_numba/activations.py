# @generated from spec/ops/elu.yaml by codegen/templates/module.py.j2 — do not edit
"""Activations: Fused activation functions.

Public wrappers: each validates and converts its arguments (errors name the
function and the argument), then runs its kernel. Kernels compile lazily on
first call; importing this module compiles nothing.
"""

import numpy as _np

from keras_numba import _dtype_table
from keras_numba._runtime import checks as _checks
from keras_numba._runtime import dtypes as _dtypes
from keras_numba._runtime import elementwise as _elementwise
from keras_numba._runtime.kernels import KernelSet as _KernelSet
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES
_FLOATING = _dtype_table.CLASSES['floating']


# --- elu (spec/ops/elu.yaml)

_elu_kernels = _KernelSet('keras_numba.kernels.elu', 'elu', 1, ('float64',), ('contract',), 20000)


def elu(x, alpha=1.0):
    """Exponential linear unit.

    `x` where `x > 0`, `alpha * (exp(x) - 1)` elsewhere, fused into one pass.
    Never overflows: the exponential is only taken of non-positive values.

    Args:
        x: Input tensor.
        alpha: Scale of the negative section.

    Returns:
        A tensor of the shape and dtype of `x`.

    Raises:
        TypeError: x with a dtype outside floating
        TypeError: alpha that is not a float

    Examples:
        >>> K.elu(np.array([-1.0, 0.0, 2.0], dtype="float32"))
        array([-0.63212055,  0.        ,  2.        ], dtype=float32)
        >>> K.elu(np.array([-1.0, 3.0]), alpha=0.5)
        array([-0.31606028,  3.        ])
    """
    (x,), dtype_T = _dtypes.resolve('elu', ('x',), (x,), _FLOATING)
    alpha = _checks.to_float('elu', 'alpha', alpha)
    return _elementwise.run('elu', ('x',), _elu_kernels, [x], (alpha,), dtype_T, dtype_T)
