"""The pieces of keras_numba.keras2 that do not need Keras (tests/keras2 runs Keras itself)."""

from __future__ import annotations

import collections
import types

import numpy as np
import pytest

import keras_numba as K
from keras_numba._runtime import config, keras2, session, variables


@pytest.fixture
def restore_config():
    saved = config._state
    before = (config.floatx(), config.epsilon(), config.image_data_format())
    yield
    config._state = saved
    config.set_floatx(before[0])
    config.set_epsilon(before[1])
    config.set_image_data_format(before[2])


def test_config_shared_with_another_modules_globals(restore_config):
    common = types.ModuleType("fake_common")
    common._FLOATX, common._EPSILON, common._IMAGE_DATA_FORMAT = "float64", 1e-3, "channels_first"
    config.share_state(vars(common), keras2._KERAS_CONFIG_GLOBALS)
    assert (K.floatx(), K.epsilon(), K.image_data_format()) == ("float64", 1e-3, "channels_first")  # theirs win
    K.set_floatx("float16")
    assert common._FLOATX == "float16"  # ours write theirs
    common._EPSILON = 0.5
    assert K.epsilon() == 0.5  # theirs are read live
    assert K.zeros(2).dtype == np.float16
    with pytest.raises(ValueError, match="set_floatx"):
        K.set_floatx("int8")
    assert common._FLOATX == "float16"


def test_share_state_needs_every_key():
    with pytest.raises(ValueError, match="no storage given for epsilon"):
        config.share_state({}, {"floatx": "a", "image_data_format": "b"})


def test_aliases_only_fill_missing_names():
    keras2.alias_collections_abcs()
    keras2.alias_numpy_names()
    assert collections.Iterable is collections.abc.Iterable
    assert collections.OrderedDict is not collections.abc.Mapping  # an existing name is left alone
    assert np.Inf == np.inf and np.string_ is np.bytes_


def test_deferred_updates_wait_for_function():
    v = K.variable([1.0, 2.0])
    session.defer_updates(True)
    try:
        pending = K.update_add(v, np.array([1.0, 1.0], dtype="float32"))
        assert isinstance(pending, session.Update)
        np.testing.assert_array_equal(K.get_value(v), [1.0, 2.0])
        with pytest.raises(ValueError, match="update: new value of shape"):
            K.update(v, np.zeros(3, dtype="float32"))
        K.function([], [], updates=[pending])([])
        np.testing.assert_array_equal(K.get_value(v), [2.0, 3.0])
    finally:
        session.defer_updates(False)
    K.update_add(v, np.array([1.0, 1.0], dtype="float32"))  # eager again: applied at once
    np.testing.assert_array_equal(K.get_value(v), [3.0, 4.0])


def test_returning_variable_wraps_non_empty_results():
    zeros = keras2.returning_variable(K.zeros)
    v = zeros((2, 3), dtype="float64", name="slot")
    assert isinstance(v, variables.Variable) and v.name == "slot" and v.dtype == np.float64
    assert isinstance(zeros((2, 0)), np.ndarray)  # as Keras 2.3.1: a zero-size result stays a tensor
    assert zeros.__name__ == "zeros"
