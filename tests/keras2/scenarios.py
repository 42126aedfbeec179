"""Keras 2.3.1 training scenarios run on keras_numba, one per process.

Run by tests/keras2/test_keras2.py as
``KERAS_BACKEND=keras_numba.keras2 python scenarios.py <name>`` in the
environment that tests/keras2/environment.py prepares. Each scenario trains a
small model on a synthetic task a correct backend learns easily, and prints
one JSON line of measurements for the test to check; a scenario never asserts
itself, so a failure reports what was measured.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any, Callable

import numpy as np

import keras  # noqa: E402  (KERAS_BACKEND is set by the caller)
from keras import backend as K
from keras import layers
from keras.models import Model, Sequential

SCENARIOS: dict[str, Callable[[], dict[str, Any]]] = {}


def scenario(fn: Callable[[], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
    SCENARIOS[fn.__name__] = fn
    return fn


def blobs(n: int, features: int, classes: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Linearly separable classes with a margin: labels from the argmax of a random projection,
    keeping only points whose best score leads the next by 0.5 (weights are initialised
    without a seed, so the task must leave room for run-to-run variation)."""
    rng = np.random.RandomState(seed)
    projection = rng.randn(features, classes)
    kept: list[np.ndarray] = []
    while sum(len(k) for k in kept) < n:
        x = rng.randn(n, features).astype("float32")
        scores = np.sort(x @ projection, axis=1)
        kept.append(x[scores[:, -1] - scores[:, -2] > 0.5])
    x = np.concatenate(kept)[:n]
    return x, np.argmax(x @ projection, axis=1)


def images(n: int, data_format: str, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """12x12 one-channel images: a bright 4x4 square in the top half (class 0) or the bottom half (1)."""
    rng = np.random.RandomState(seed)
    x = rng.rand(n, 12, 12, 1).astype("float32") * 0.3
    labels = rng.randint(0, 2, n)
    for i, label in enumerate(labels):
        row = rng.randint(0, 2) + (6 if label else 0)
        col = rng.randint(0, 8)
        x[i, row : row + 4, col : col + 4, 0] += 1.0
    if data_format == "channels_first":
        x = x.transpose(0, 3, 1, 2).copy()
    return x, labels


def sequences(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Zero-padded token sequences; the label says whether token 7 occurs."""
    rng = np.random.RandomState(seed)
    x = np.zeros((n, 12), dtype="int32")
    labels = rng.randint(0, 2, n)
    for i, label in enumerate(labels):
        length = rng.randint(4, 13)
        tokens = rng.randint(1, 7, length) if not label else np.where(np.arange(length) == rng.randint(length), 7, rng.randint(1, 7, length))
        x[i, 12 - length :] = tokens  # pre-padding, as keras' pad_sequences
    return x, labels


def mlp(optimizer: str, loss: str) -> dict[str, Any]:
    x, labels = blobs(1200, 20, 3)
    y = keras.utils.to_categorical(labels, 3)
    model = Sequential([layers.Dense(32, activation="relu", input_shape=(20,)), layers.Dropout(0.2), layers.Dense(3, activation="softmax")])
    model.compile(optimizer, loss, metrics=["accuracy"])
    history = model.fit(x[:1000], y[:1000], epochs=25, batch_size=32, verbose=0, validation_split=0.2)
    _, accuracy = model.evaluate(x[1000:], y[1000:], verbose=0)
    return {"accuracy": float(accuracy), "val_accuracy": float(history.history["val_accuracy"][-1]), "loss_first": float(history.history["loss"][0]), "loss_last": float(history.history["loss"][-1])}


@scenario
def mlp_sgd() -> dict[str, Any]:
    return mlp(keras.optimizers.SGD(lr=0.1, momentum=0.9), "categorical_crossentropy")


@scenario
def mlp_adam() -> dict[str, Any]:
    return mlp("adam", "categorical_crossentropy")


@scenario
def mlp_rmsprop_mse() -> dict[str, Any]:
    return mlp("rmsprop", "mse")


def cnn(data_format: str) -> dict[str, Any]:
    K.set_image_data_format(data_format)
    x, labels = images(600, data_format)
    y = keras.utils.to_categorical(labels, 2)
    shape = (12, 12, 1) if data_format == "channels_last" else (1, 12, 12)
    axis = -1 if data_format == "channels_last" else 1
    model = Sequential(
        [
            layers.Conv2D(8, 3, padding="same", activation="relu", input_shape=shape),
            layers.BatchNormalization(axis=axis),
            layers.MaxPooling2D(2),
            layers.Conv2D(8, 3, activation="relu"),
            layers.Flatten(),
            layers.Dense(2, activation="softmax"),
        ]
    )
    model.compile("adam", "categorical_crossentropy", metrics=["accuracy"])
    start = time.perf_counter()
    model.fit(x[:500], y[:500], epochs=8, batch_size=32, verbose=0)
    seconds = time.perf_counter() - start
    _, accuracy = model.evaluate(x[500:], y[500:], verbose=0)
    return {"accuracy": float(accuracy), "image_data_format": K.image_data_format(), "fit_seconds": seconds}


@scenario
def cnn_channels_last() -> dict[str, Any]:
    return cnn("channels_last")


@scenario
def cnn_channels_first() -> dict[str, Any]:
    return cnn("channels_first")


def recurrent(cell: Any) -> dict[str, Any]:
    x, labels = sequences(800)
    model = Sequential([layers.Embedding(8, 8, mask_zero=True, input_length=12), cell(16), layers.Dense(1, activation="sigmoid")])
    model.compile("adam", "binary_crossentropy", metrics=["accuracy"])
    model.fit(x[:700], labels[:700], epochs=15, batch_size=32, verbose=0)
    _, accuracy = model.evaluate(x[700:], labels[700:], verbose=0)
    return {"accuracy": float(accuracy)}


@scenario
def lstm() -> dict[str, Any]:
    return recurrent(layers.LSTM)


@scenario
def gru() -> dict[str, Any]:
    return recurrent(layers.GRU)


@scenario
def functional_two_in_two_out() -> dict[str, Any]:
    xa, labels = blobs(1000, 10, 3, seed=1)
    xb = np.random.RandomState(2).randn(1000, 5).astype("float32")
    target = (xb.sum(axis=1, keepdims=True) + xa[:, :1]).astype("float32")
    a, b = layers.Input((10,), name="a"), layers.Input((5,), name="b")
    joined = layers.concatenate([layers.Dense(16, activation="relu")(a), layers.Dense(16, activation="relu")(b)])
    cls = layers.Dense(3, activation="softmax", name="cls")(joined)
    reg = layers.Dense(1, name="reg")(layers.concatenate([joined, b]))
    model = Model([a, b], [cls, reg])
    model.compile("adam", {"cls": "categorical_crossentropy", "reg": "mse"}, loss_weights={"cls": 1.0, "reg": 0.5}, metrics={"cls": "accuracy"})
    model.fit({"a": xa[:800], "b": xb[:800]}, {"cls": keras.utils.to_categorical(labels[:800], 3), "reg": target[:800]}, epochs=40, batch_size=32, verbose=0)
    cls_pred, reg_pred = model.predict([xa[800:], xb[800:]])
    return {
        "accuracy": float(np.mean(np.argmax(cls_pred, axis=1) == labels[800:])),
        "reg_mse": float(np.mean((reg_pred - target[800:]) ** 2)),
        "target_var": float(np.var(target[800:])),
        "outputs": [list(cls_pred.shape), list(reg_pred.shape)],
    }


@scenario
def fit_loop_api() -> dict[str, Any]:
    """validation_split + callbacks, evaluate, predict, train_on_batch, get/set_weights."""
    x, labels = blobs(1000, 8, 2, seed=3)
    y = keras.utils.to_categorical(labels, 2)
    model = Sequential([layers.Dense(16, activation="tanh", input_shape=(8,)), layers.Dense(2, activation="softmax")])
    model.compile(keras.optimizers.SGD(lr=0.05), "categorical_crossentropy", metrics=["accuracy"])
    stop = keras.callbacks.EarlyStopping(monitor="val_loss", patience=2, min_delta=1e-3)
    history = model.fit(x, y, epochs=200, batch_size=32, validation_split=0.25, callbacks=[stop], verbose=0)
    loss, accuracy = model.evaluate(x, y, verbose=0)
    batch = model.train_on_batch(x[:32], y[:32])
    weights = model.get_weights()
    before = model.predict(x[:50])
    clone = Sequential([layers.Dense(16, activation="tanh", input_shape=(8,)), layers.Dense(2, activation="softmax")])
    clone.set_weights(weights)
    rebuilt = keras.models.model_from_json(model.to_json())
    rebuilt.set_weights(weights)
    return {
        "accuracy": float(accuracy),
        "epochs_run": len(history.history["loss"]),
        "history_keys": sorted(history.history),
        "train_on_batch": [float(v) for v in batch],
        "predict_shape": list(before.shape),
        "clone_max_diff": float(np.max(np.abs(clone.predict(x[:50]) - before))),
        "json_max_diff": float(np.max(np.abs(rebuilt.predict(x[:50]) - before))),
        "loss": float(loss),
    }


@scenario
def layer_zoo() -> dict[str, Any]:
    """Many more layers and optimizers, two epochs each: every model must build, train and predict."""
    rng = np.random.RandomState(0)
    img, seq = rng.rand(32, 8, 8, 3).astype("float32"), rng.rand(32, 10, 4).astype("float32")
    target = rng.rand(32, 1).astype("float32")
    models = {
        "conv1d_causal_gap": (lambda: Sequential([layers.Conv1D(4, 3, padding="causal", input_shape=(10, 4)), layers.GlobalAveragePooling1D(), layers.Dense(1)]), seq),
        "zeropad_upsample_conv2d_transpose": (lambda: Sequential([layers.ZeroPadding2D(1, input_shape=(8, 8, 3)), layers.Conv2D(4, 3), layers.UpSampling2D(2), layers.Conv2DTranspose(2, 3, strides=2, padding="same"), layers.GlobalMaxPooling2D(), layers.Dense(1)]), img),
        "separable_depthwise": (lambda: Sequential([layers.SeparableConv2D(4, 3, input_shape=(8, 8, 3)), layers.DepthwiseConv2D(3), layers.Flatten(), layers.Dense(1)]), img),
        "bidirectional_simplernn_timedistributed": (lambda: Sequential([layers.Bidirectional(layers.SimpleRNN(5, return_sequences=True), input_shape=(10, 4)), layers.TimeDistributed(layers.Dense(2)), layers.Flatten(), layers.Dense(1)]), seq),
        "stacked_lstm_gru_recurrent_dropout": (lambda: Sequential([layers.LSTM(6, return_sequences=True, dropout=0.2, recurrent_dropout=0.2, input_shape=(10, 4)), layers.GRU(4), layers.Dense(1)]), seq),
        "reshape_permute_repeat_lambda": (lambda: Sequential([layers.Reshape((2, 2), input_shape=(4,)), layers.Permute((2, 1)), layers.Flatten(), layers.RepeatVector(3), layers.Lambda(lambda t: K.sum(t, axis=1)), layers.Dense(1)]), rng.rand(32, 4).astype("float32")),
        "advanced_activations": (lambda: Sequential([layers.Dense(8, input_shape=(4,)), layers.LeakyReLU(0.1), layers.Dense(8), layers.PReLU(), layers.Dense(8), layers.ELU(), layers.Dense(1)]), rng.rand(32, 4).astype("float32")),
        "conv3d_pool3d": (lambda: Sequential([layers.Conv3D(2, 2, input_shape=(4, 4, 4, 1)), layers.MaxPooling3D(), layers.Flatten(), layers.Dense(1)]), rng.rand(32, 4, 4, 4, 1).astype("float32")),
    }
    losses: dict[str, float] = {}
    for name, (build, x) in models.items():
        model = build()
        model.compile("adam", "mse")
        history = model.fit(x, target, epochs=2, batch_size=16, verbose=0)
        assert model.predict(x[:4]).shape == (4, 1)
        losses[name] = float(history.history["loss"][-1])
    sparse = Sequential([layers.Embedding(20, 4, input_length=10), layers.Flatten(), layers.Dense(3, activation="softmax")])
    sparse.compile("adam", "sparse_categorical_crossentropy", metrics=["sparse_categorical_accuracy"])
    losses["embedding_sparse_categorical"] = float(sparse.fit(rng.randint(0, 20, (32, 10)), rng.randint(0, 3, (32, 1)), epochs=2, verbose=0).history["loss"][-1])
    for optimizer in ("adagrad", "adadelta", "adamax", "nadam"):
        model = Sequential([layers.Dense(2, input_shape=(4,), kernel_regularizer="l2", kernel_constraint=keras.constraints.max_norm(2.0))])
        model.compile(optimizer, "mse", metrics=["mae", "cosine_proximity"])
        losses[optimizer] = float(model.fit(rng.rand(32, 4), rng.rand(32, 2), epochs=2, verbose=0).history["loss"][-1])
    return {"losses": losses}


@scenario
def surface() -> dict[str, Any]:
    """What Keras sees: the backend module, the config shared both ways, variables and updates."""
    import keras_numba
    import keras_numba.keras2

    seen = {}
    K.set_floatx("float64")
    seen["numba_sees_keras_floatx"] = keras_numba.floatx()
    keras_numba.set_epsilon(1e-5)
    seen["keras_sees_numba_epsilon"] = K.epsilon()
    keras_numba.set_image_data_format("channels_first")
    seen["keras_sees_numba_format"] = K.image_data_format()
    K.set_floatx("float32")
    K.set_epsilon(1e-7)
    K.set_image_data_format("channels_last")
    v = K.zeros((2, 2))
    seen["zeros_is_variable"] = bool(K.is_variable(v))
    pending = K.update_add(v, K.ones((2, 2)))
    seen["update_deferred"] = float(np.sum(K.get_value(v)))
    K.function([], [], updates=[pending])([])
    seen["update_applied"] = float(np.sum(K.get_value(v)))
    seen["np_inf"] = bool(np.Inf == np.inf)
    names = [n for n in vars(keras.backend) if not n.startswith("_")]
    seen["backend_names"] = len(names)
    seen["keras2_module"] = keras_numba.keras2.__name__
    return seen


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[1] not in SCENARIOS:
        print(f"usage: scenarios.py {{{','.join(SCENARIOS)}}}", file=sys.stderr)
        return 2
    np.random.seed(0)
    result = SCENARIOS[argv[1]]()
    result["backend"] = K.backend()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
