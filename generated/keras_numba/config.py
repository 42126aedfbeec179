# @generated from spec/ops/floatx.yaml, spec/ops/set_floatx.yaml by codegen/templates/module.py.j2 — do not edit
"""Configuration: Global backend configuration (float type, fuzz factor, image data format).

Public wrappers: each validates and converts its arguments (errors name the
function and the argument), then runs its kernel. Kernels compile lazily on
first call; importing this module compiles nothing.
"""

import numpy as _np

from keras_numba import _dtype_table
from keras_numba._runtime import checks as _checks
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES


# --- floatx (spec/ops/floatx.yaml)


def floatx():
    """Returns the default float type, as a string.

    The dtype creation functions and Python-number inputs of floating functions
    use: 'float32' unless changed with `set_floatx`.

    Returns:
        The current default float type: 'float16', 'float32' or 'float64'.

    Examples:
        >>> K.floatx()
        'float32'
    """
    return _config.floatx()


# --- set_floatx (spec/ops/set_floatx.yaml)


def set_floatx(value):
    """Sets the default float type.

    Affects every later call that takes its dtype from `floatx()`. Returns None.

    Args:
        value: The new default float type: 'float16', 'float32' or 'float64'.

    Returns:
        None.

    Raises:
        ValueError: value not one of 'float16', 'float32', 'float64'

    Examples:
        >>> K.set_floatx('float64')
        >>> K.floatx()
        'float64'
        >>> K.set_floatx('float32')
    """
    value = _checks.choice('set_floatx', 'value', value, ('float16', 'float32', 'float64'))
    return _config.set_floatx(value)
