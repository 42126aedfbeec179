"""What `keras_numba.keras2` does before Keras 2.3.1 copies its namespace.

Keras 2.3.1 (`keras/backend/load_backend.py`) imports the module named by
KERAS_BACKEND and copies every entry of its `__dict__` that Keras' own
`keras.backend.common` does not define. Three things must be in place by then:

* Python >= 3.10 removed the ABC aliases in `collections` that Keras 2.3.1
  imports later (`collections.Iterable`, `.Mapping`, `.Sequence`, ...).
  Keras imports its backend before those modules, so aliasing them here
  (from `collections.abc`, only where missing) lets `import keras` finish.
* NumPy 2 removed `np.Inf` (Keras' EarlyStopping, ReduceLROnPlateau and
  ModelCheckpoint start from it) and `np.string_` (its HDF5 helpers): both
  are aliased back, again only where missing.
* Keras keeps floatx / epsilon / image data format in `keras.backend.common`
  and exports its own getters and setters; keras_numba's must read and write
  the same values, so the configuration is stored in that module's globals.
* Keras builds a training graph once and runs it many times: every
  `update*` call must return a pending update for `K.function(updates=...)`,
  never assign at graph-construction time as tf_keras' eager mode does.
"""

from __future__ import annotations

import collections
import collections.abc
import functools
import inspect
import sys
from typing import Any, Callable

import numpy as np

from . import config, session

# The ABCs Keras 2.3.1 and its dependencies reach through `collections`.
_COLLECTION_ALIASES = ("Callable", "Iterable", "Mapping", "MutableMapping", "MutableSet", "OrderedDict", "Sequence", "Set")

# Names NumPy 2 removed that Keras 2.3.1 uses -> their NumPy 2 spelling.
_NUMPY_ALIASES = {"Inf": "inf", "string_": "bytes_"}

# keras_numba config key -> global of keras.backend.common holding it.
_KERAS_CONFIG_GLOBALS = {"floatx": "_FLOATX", "epsilon": "_EPSILON", "image_data_format": "_IMAGE_DATA_FORMAT"}


def alias_collections_abcs() -> None:
    """Restore `collections.<ABC>` names that Python 3.10 removed (only missing ones)."""
    for name in _COLLECTION_ALIASES:
        if not hasattr(collections, name) and hasattr(collections.abc, name):
            setattr(collections, name, getattr(collections.abc, name))


def alias_numpy_names() -> None:
    """Restore the NumPy 1 names Keras 2.3.1 uses (only missing ones)."""
    for old, new in _NUMPY_ALIASES.items():
        if old not in vars(np):
            setattr(np, old, getattr(np, new))


def share_config_with_keras() -> bool:
    """Store keras_numba's configuration in `keras.backend.common`, if Keras is loading us.

    Returns whether Keras' common module was found. It is only looked up in
    `sys.modules`: importing Keras from here would re-enter its backend loading.
    """
    common = sys.modules.get("keras.backend.common")
    if common is None:
        return False
    config.share_state(vars(common), _KERAS_CONFIG_GLOBALS)
    return True


def prepare() -> None:
    """Everything the adapter does at import, in order."""
    alias_collections_abcs()
    alias_numpy_names()
    share_config_with_keras()
    session.defer_updates(True)


def returning_variable(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn` whose array result becomes a variable, as Keras 2.3.1's backend returns from zeros/ones/eye.

    Like that backend, a result with a zero-sized dimension stays a tensor.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = fn(*args, **kwargs)
        if isinstance(result, np.ndarray) and all(result.shape):
            bound = inspect.signature(fn).bind(*args, **kwargs)
            return session.variable(result, dtype=result.dtype, name=bound.arguments.get("name"))
        return result

    return wrapper
