"""Test configuration shared by tests/ and generated/tests/.

Hypothesis profiles: `ci` (the default) is derandomised so CI runs are
reproducible; `dev` explores more examples with fresh randomness. Pick one
with HYPOTHESIS_PROFILE=dev.
"""

from __future__ import annotations

import os
from typing import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("dev", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _restore_config() -> Iterator[None]:
    """Every test starts from, and leaves behind, the default configuration."""
    from keras_numba._runtime import config

    saved = dict(config._state)
    yield
    config._state.clear()
    config._state.update(saved)
