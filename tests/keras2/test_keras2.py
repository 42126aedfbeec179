"""Keras 2.3.1 as a client: real models train on keras_numba through keras_numba.keras2.

Each scenario of tests/keras2/scenarios.py runs in its own process (Keras
loads its backend once per process, at import) with KERAS_BACKEND set to the
adapter, in the environment tests/keras2/environment.py caches. The tests
check what the scenario measured: that the model learned its task, and that
the fit/evaluate/predict/weights APIs gave consistent answers. The whole
module skips, saying why, when Keras 2.3.1 cannot be installed.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.keras2 import environment

SCENARIOS = Path(__file__).with_name("scenarios.py")


@pytest.fixture(scope="module")
def site() -> Path:
    try:
        return environment.ensure()
    except environment.Unavailable as exc:
        pytest.skip(f"Keras 2.3.1 integration suite skipped: {exc}")


def run(site: Path, name: str, tmp_path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(SCENARIOS), name],
        env=environment.client_env(site, tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, f"scenario {name} failed:\n{done.stderr[-4000:]}"
    assert "Using keras_numba.keras2 backend." in done.stderr  # Keras really loaded the adapter
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_surface(site: Path, tmp_path: Path) -> None:
    seen = run(site, "surface", tmp_path)
    assert seen["backend"] == "keras_numba.keras2"
    assert seen["numba_sees_keras_floatx"] == "float64"
    assert seen["keras_sees_numba_epsilon"] == 1e-5
    assert seen["keras_sees_numba_format"] == "channels_first"
    assert seen["zeros_is_variable"]
    assert seen["update_deferred"] == 0.0  # building an update assigns nothing ...
    assert seen["update_applied"] == 4.0  # ... until a function applies it
    assert seen["np_inf"]
    assert seen["backend_names"] > 150


@pytest.mark.parametrize("name", ["mlp_sgd", "mlp_adam", "mlp_rmsprop_mse"])
def test_mlp_learns(site: Path, tmp_path: Path, name: str) -> None:
    seen = run(site, name, tmp_path)
    assert seen["accuracy"] > 0.9, seen
    assert seen["val_accuracy"] > 0.9, seen
    assert seen["loss_last"] < seen["loss_first"] / 2, seen


@pytest.mark.parametrize("name", ["cnn_channels_last", "cnn_channels_first"])
def test_cnn_learns(site: Path, tmp_path: Path, name: str) -> None:
    seen = run(site, name, tmp_path)
    assert seen["image_data_format"] == name.removeprefix("cnn_")
    assert seen["accuracy"] > 0.9, seen


@pytest.mark.parametrize("name", ["lstm", "gru"])
def test_recurrent_with_masking_learns(site: Path, tmp_path: Path, name: str) -> None:
    seen = run(site, name, tmp_path)
    assert seen["accuracy"] > 0.9, seen


def test_functional_two_inputs_two_outputs(site: Path, tmp_path: Path) -> None:
    seen = run(site, "functional_two_in_two_out", tmp_path)
    assert seen["outputs"] == [[200, 3], [200, 1]]
    assert seen["accuracy"] > 0.9, seen
    assert seen["reg_mse"] < 0.1 * seen["target_var"], seen


def test_layer_zoo_builds_trains_and_predicts(site: Path, tmp_path: Path) -> None:
    seen = run(site, "layer_zoo", tmp_path)
    assert len(seen["losses"]) == 13
    assert all(math.isfinite(v) for v in seen["losses"].values()), seen


def test_fit_loop_api(site: Path, tmp_path: Path) -> None:
    seen = run(site, "fit_loop_api", tmp_path)
    assert seen["accuracy"] > 0.9, seen
    assert 3 <= seen["epochs_run"] < 200, seen  # EarlyStopping stopped it
    assert seen["history_keys"] == ["accuracy", "loss", "val_accuracy", "val_loss"]
    assert len(seen["train_on_batch"]) == 2
    assert seen["predict_shape"] == [50, 2]
    assert seen["clone_max_diff"] == 0.0 and seen["json_max_diff"] == 0.0
