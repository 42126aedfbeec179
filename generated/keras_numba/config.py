# @generated from spec/ops/backend.yaml, spec/ops/epsilon.yaml, spec/ops/floatx.yaml, spec/ops/image_data_format.yaml, spec/ops/set_epsilon.yaml, spec/ops/set_floatx.yaml, spec/ops/set_image_data_format.yaml by codegen/templates/module.py.j2 — do not edit
"""Configuration: Global backend configuration (float type, fuzz factor, image data format).

Public wrappers: each validates and converts its arguments (errors name the
function and the argument), then runs its kernel. Kernels compile lazily on
first call; importing this module compiles nothing.
"""

import numpy as np

from keras_numba import _dtype_table
from keras_numba._runtime import checks as _checks
from keras_numba._runtime import config as _config

_ALIASES = _dtype_table.ALIASES


# --- backend (spec/ops/backend.yaml)


def backend():
    """Publicly accessible method for determining the current backend.

    Returns 'keras_numba'. (tf_keras returns 'tensorflow'; code that branches on
    the name, as Keras 2 does for 'theano' and 'cntk', takes its generic path.)

    Returns:
        The name of this backend, 'keras_numba'.

    Examples:
        >>> K.backend()
        'keras_numba'
    """
    return _config.backend()


# --- epsilon (spec/ops/epsilon.yaml)


def epsilon():
    """Returns the value of the fuzz factor used in numeric expressions.

    1e-07 unless changed with `set_epsilon`. Crossentropies clip probabilities
    to `[epsilon(), 1 - epsilon()]`.

    Returns:
        The fuzz factor, a float.

    Examples:
        >>> K.epsilon()
        1e-07
    """
    return _config.epsilon()


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


# --- image_data_format (spec/ops/image_data_format.yaml)


def image_data_format():
    """Returns the default image data format convention.

    'channels_last' unless changed with `set_image_data_format`; convolution,
    pooling, padding and resizing functions use it when `data_format` is None.

    Returns:
        'channels_last' or 'channels_first'.

    Examples:
        >>> K.image_data_format()
        'channels_last'
    """
    return _config.image_data_format()


# --- set_epsilon (spec/ops/set_epsilon.yaml)


def set_epsilon(value):
    """Sets the value of the fuzz factor used in numeric expressions.

    Args:
        value: The new fuzz factor, a positive finite float.

    Returns:
        None.

    Raises:
        TypeError: value that is not a float
        ValueError: value must be a positive finite float

    Examples:
        >>> K.set_epsilon(1e-5)
        >>> K.epsilon()
        1e-05
        >>> K.set_epsilon(1e-7)
    """
    value = _checks.to_float('set_epsilon', 'value', value)
    if not (0.0 < value < float('inf')):
        raise ValueError('keras_numba.set_epsilon: value must be a positive finite float')
    return _config.set_epsilon(value)


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


# --- set_image_data_format (spec/ops/set_image_data_format.yaml)


def set_image_data_format(data_format):
    """Sets the value of the image data format convention.

    Args:
        data_format: 'channels_last' or 'channels_first'.

    Returns:
        None.

    Raises:
        ValueError: data_format not one of 'channels_last', 'channels_first'

    Examples:
        >>> K.set_image_data_format('channels_first')
        >>> K.image_data_format()
        'channels_first'
        >>> K.set_image_data_format('channels_last')
    """
    data_format = _checks.choice('set_image_data_format', 'data_format', data_format, ('channels_last', 'channels_first'))
    return _config.set_image_data_format(data_format)
