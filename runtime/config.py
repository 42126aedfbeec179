"""Global backend configuration, as tf_keras keeps it: floatx, epsilon, image data format.

The values are validated by the generated public setters (their signatures
declare the allowed values); these functions also validate, because other
runtime code and the Keras 2 adapter call them directly.
"""

from __future__ import annotations

FLOATX_CHOICES = ("float16", "float32", "float64")
DATA_FORMATS = ("channels_last", "channels_first")

_state: dict[str, object] = {
    "floatx": "float32",
    "epsilon": 1e-7,
    "image_data_format": "channels_last",
}
_KEYS = tuple(_state)


def floatx() -> str:
    return _state["floatx"]  # type: ignore[return-value]


def set_floatx(value: str) -> None:
    if value not in FLOATX_CHOICES:
        raise ValueError(f"keras_numba.set_floatx: value must be one of {', '.join(map(repr, FLOATX_CHOICES))}; got {value!r}")
    _state["floatx"] = str(value)


def epsilon() -> float:
    return _state["epsilon"]  # type: ignore[return-value]


def set_epsilon(value: float) -> None:
    value = float(value)
    if not value > 0.0 or value == float("inf"):
        raise ValueError(f"keras_numba.set_epsilon: value must be a positive finite float; got {value!r}")
    _state["epsilon"] = value


def image_data_format() -> str:
    return _state["image_data_format"]  # type: ignore[return-value]


def set_image_data_format(data_format: str) -> None:
    if data_format not in DATA_FORMATS:
        raise ValueError(
            f"keras_numba.set_image_data_format: data_format must be one of {', '.join(map(repr, DATA_FORMATS))}; got {data_format!r}"
        )
    _state["image_data_format"] = str(data_format)


def backend() -> str:
    return "keras_numba"


class _ForeignGlobals:
    """The configuration stored in another module's globals, under other names.

    Keras 2 keeps floatx / epsilon / image data format as globals of
    `keras.backend.common` and reads them there; storing ours in the same
    globals (instead of copying) keeps both sides in step whichever side sets them.
    """

    def __init__(self, namespace: dict[str, object], names: dict[str, str]) -> None:
        self._namespace = namespace
        self._names = names

    def __getitem__(self, key: str) -> object:
        return self._namespace[self._names[key]]

    def __setitem__(self, key: str, value: object) -> None:
        self._namespace[self._names[key]] = value


def share_state(namespace: dict[str, object], names: dict[str, str]) -> None:
    """Store the configuration in `namespace` under `names` ({our key: their global}).

    Their current values win: Keras has already applied its keras.json when it
    imports its backend.
    """
    global _state
    missing = sorted(set(_KEYS) - set(names))
    if missing:
        raise ValueError(f"keras_numba config: no storage given for {', '.join(missing)}")
    _state = _ForeignGlobals(namespace, names)  # type: ignore[assignment]
