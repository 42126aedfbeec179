"""Lazy Numba compilation of generated kernels, their on-disk cache, and threads.

Generated kernel modules (``keras_numba.kernels.<op>``) hold plain Python loop
functions. Nothing is compiled at import: a `KernelSet` compiles one loop for
one dtype signature the first time a wrapper asks for it, with an explicit
signature (so Numba never specialises on arbitrary layouts), and keeps the
dispatcher for the rest of the process.

Cache: Numba keys its cache on the kernel's own source file only, so a change
to a runtime helper the kernel calls (``numerics``, ``scalar``) would serve a
stale kernel. Our cache locator adds a hash of those helper files to the source
stamp. It stores under a writable directory (``KERAS_NUMBA_CACHE_DIR``,
``NUMBA_CACHE_DIR``, the user cache dir or the temp dir); when none is
writable, kernels compile without caching instead of failing.

Threads: parallel kernels run on TBB. Its ``libtbb.so.12`` lands in the
environment's ``lib/``, which Numba does not search, so it is preloaded with
RTLD_GLOBAL before the first parallel compile. The OpenMP layer next to
OpenBLAS stalls alternating calls and ``workqueue`` aborts under concurrent
callers; without TBB, kernels stay serial.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib
import os
import sys
import tempfile
import threading
import warnings
from pathlib import Path
from types import FunctionType
from typing import Any, Callable

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # site-packages or the checkout
_RUNTIME_DIR = Path(__file__).resolve().parent
_HELPER_FILES = ("numerics.py", "scalar.py", "row_kernels.py")  # runtime code compiled into kernels

_lock = threading.RLock()

#: Elementwise loops stay serial above this many output elements. Measured: the
#: first-touch page faults of a fresh 80 MB output taken from two threads ran
#: 10x slower than from one (7.6 ms into a touched buffer, 86 ms into a fresh
#: one), so past a few million elements threads lose to NumPy's single loop.
PARALLEL_MAX_OUTPUT = 2_000_000
_state: dict[str, Any] = {"cache_dir": None, "cache_checked": False, "parallel": None, "numba": None}


# --------------------------------------------------------------------------- cache


def _helpers_hash() -> str:
    h = hashlib.sha256()
    for name in _HELPER_FILES:
        path = _RUNTIME_DIR / name
        h.update(name.encode() + (path.read_bytes() if path.exists() else b""))
    return h.hexdigest()[:16]


def _candidate_cache_dirs() -> list[Path]:
    if os.environ.get("KERAS_NUMBA_CACHE_DIR"):  # an explicit choice: that directory or no cache
        return [Path(os.environ["KERAS_NUMBA_CACHE_DIR"])]
    out: list[Path] = []
    if os.environ.get("NUMBA_CACHE_DIR"):
        out.append(Path(os.environ["NUMBA_CACHE_DIR"]) / "keras_numba")
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    out.append(Path(xdg) / "keras_numba")
    out.append(Path(tempfile.gettempdir()) / f"keras_numba-{os.getuid() if hasattr(os, 'getuid') else 'user'}")
    return out


def _writable(path: Path) -> bool:
    try:
        path.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=path).close()
        return True
    except OSError:
        return False


def cache_dir() -> Path | None:
    """The kernel cache directory in use, or None when caching is off."""
    with _lock:
        if not _state["cache_checked"]:
            _state["cache_checked"] = True
            if os.environ.get("KERAS_NUMBA_DISABLE_CACHE"):
                _state["cache_dir"] = None
            else:
                _state["cache_dir"] = next((d for d in _candidate_cache_dirs() if _writable(d)), None)
        return _state["cache_dir"]


def _install_locator(numba_caching: Any) -> None:
    """Put our locator first in Numba's list; it claims only keras_numba's kernel files."""
    base = numba_caching._CacheLocator
    mixin = numba_caching._SourceFileBackedLocatorMixin
    helpers = _helpers_hash()

    class KerasNumbaCacheLocator(mixin, base):  # type: ignore[misc, valid-type]
        def __init__(self, py_func: Callable[..., Any], py_file: str) -> None:
            self._py_file = py_file
            self._lineno = py_func.__code__.co_firstlineno
            root = cache_dir()
            assert root is not None
            self._cache_path = str(root / helpers / self.get_suitable_cache_subpath(py_file))

        def get_cache_path(self) -> str:
            return self._cache_path

        def get_source_stamp(self) -> Any:
            return (super().get_source_stamp(), helpers)

        @classmethod
        def from_function(cls, py_func: Callable[..., Any], py_file: str) -> Any:
            if cache_dir() is None or not os.path.abspath(py_file).startswith(str(_PACKAGE_ROOT)):
                return None
            self = cls(py_func, py_file)
            try:
                self.ensure_cache_path()
            except OSError:
                return None
            return self

    impl = getattr(numba_caching, "CacheImpl", None) or numba_caching._CacheImpl  # renamed in numba 0.61
    classes = impl._locator_classes
    if not any(c.__name__ == "KerasNumbaCacheLocator" for c in classes):
        classes.insert(0, KerasNumbaCacheLocator)


def _numba() -> Any:
    """Import numba on first use (keeps `import keras_numba` fast)."""
    nb = _state["numba"]
    if nb is None:
        with _lock:
            if _state["numba"] is None:
                import numba
                import numba.core.caching

                try:
                    _install_locator(numba.core.caching)
                except AttributeError:  # numba's private cache API moved: stay correct, skip the cache
                    _state["cache_dir"], _state["cache_checked"] = None, True
                _state["numba"] = numba
            nb = _state["numba"]
    return nb


# --------------------------------------------------------------------------- threads


def parallel_available() -> bool:
    """True when parallel kernels can run on TBB (preloading it on first use)."""
    ok = _state["parallel"]
    if ok is None:
        with _lock:
            if _state["parallel"] is None:
                _state["parallel"] = _setup_tbb()
            ok = _state["parallel"]
    return bool(ok)


def _setup_tbb() -> bool:
    if os.environ.get("KERAS_NUMBA_SERIAL"):
        return False
    numba = _numba()
    for lib_dir in (Path(sys.prefix) / "lib", Path(sys.base_prefix) / "lib"):
        lib = lib_dir / "libtbb.so.12"
        if lib.exists():
            try:
                ctypes.CDLL(str(lib), mode=ctypes.RTLD_GLOBAL)
            except OSError:
                continue
            break
    numba.config.THREADING_LAYER = "tbb"
    try:
        from numba.np.ufunc import tbbpool  # noqa: F401  (fails when TBB cannot load)
    except ImportError:
        warnings.warn("keras_numba: TBB is not available; kernels run on one thread", RuntimeWarning, stacklevel=3)
        return False
    return True


# --------------------------------------------------------------------------- kernels


def jit(py_func: Callable[..., Any], signature: Any, *, parallel: bool = False, fastmath: frozenset[str] | set[str] = frozenset()) -> Callable[..., Any]:
    """Compile `py_func` for exactly `signature` with the project's flags and cache.

    The one place kernels are compiled: error_model='numpy' (divisions
    vectorise), nogil, no bounds checks, the on-disk cache when a writable
    location exists, and no cache (rather than an error) when none does.
    `signature` is a Numba signature or a list of them.
    """
    # Numba fixes its threading layer at the first parallel launch, which loading a
    # cached parallel loop already does: TBB must be loaded before anything is compiled
    # or loaded, or Numba falls back to OpenMP, whose pool next to OpenBLAS made a
    # Keras CNN epoch 5x slower. Without TBB, loops compile serially.
    if not parallel_available():
        parallel = False
    numba = _numba()
    options: dict[str, Any] = dict(
        cache=cache_dir() is not None,
        parallel=parallel,
        nogil=True,
        error_model="numpy",
        fastmath=set(fastmath),
        boundscheck=False,
    )
    try:
        return numba.njit(signature, **options)(py_func)
    except RuntimeError as exc:  # no cache locator could be used after all
        if "cannot cache" not in str(exc):
            raise
        options["cache"] = False
        return numba.njit(signature, **options)(py_func)



class KernelSet:
    """The loops of one generated elementwise kernel module, compiled on demand.

    `get(loop, compute, out, parallel)` returns a Numba dispatcher for the loop
    function `<op>_<loop>` (or `<op>_<loop>_parallel`) compiled for exactly
    one signature: `n_inputs` arrays of dtype `compute`, the output array of
    dtype `out`, then the scalar parameters (Numba type names).
    """

    __slots__ = ("module_name", "op", "n_inputs", "scalar_types", "fastmath", "parallel_threshold", "_module", "_compiled")

    def __init__(
        self,
        module_name: str,
        op: str,
        n_inputs: int,
        scalar_types: tuple[str, ...],
        fastmath: tuple[str, ...],
        parallel_threshold: int,
    ) -> None:
        self.module_name = module_name
        self.op = op
        self.n_inputs = n_inputs
        self.scalar_types = scalar_types
        self.fastmath = frozenset(fastmath)
        self.parallel_threshold = parallel_threshold
        self._module: Any = None
        self._compiled: dict[tuple[str, Any, Any, bool, tuple[bool, ...]], Callable[..., Any]] = {}

    def get(self, loop: str, compute: Any, out: Any, parallel: bool, scalar_inputs: tuple[bool, ...]) -> Callable[..., Any]:
        """The dispatcher of `loop`; `scalar_inputs` marks inputs passed as scalars (1d only)."""
        key = (loop, compute, out, parallel, scalar_inputs)
        fn = self._compiled.get(key)
        if fn is None:
            fn = self._compile(key)
        return fn

    def use_parallel(self, size: int) -> bool:
        return self.parallel_threshold <= size <= PARALLEL_MAX_OUTPUT and parallel_available()

    def signature(self, loop: str, compute: Any, out: Any, scalar_inputs: tuple[bool, ...]) -> Any:
        numba = _numba()
        types = numba.types
        ndim, layout = (1, "C") if loop == "1d" else (2, "A")
        # inputs typed read-only: Numba passes writable arrays to such a signature at
        # no cost, and read-only ones (broadcast views, frozen arrays) without a copy
        element = numba.from_dtype(compute)
        arg = types.Array(element, ndim, layout, readonly=True)
        single = types.Array(element, 0, "C")  # a single-element operand, as a 0-d array
        inputs = [single if scalar else arg for scalar in (scalar_inputs or (False,) * self.n_inputs)]
        res = types.Array(numba.from_dtype(out), ndim, "C")  # results are fresh C arrays: a known stride lets loops vectorise
        scalars = [getattr(types, t) for t in self.scalar_types]
        return types.void(*inputs, res, *scalars)

    def _compile(self, key: tuple[str, Any, Any, bool, tuple[bool, ...]]) -> Callable[..., Any]:
        loop, compute, out, parallel, scalar_inputs = key
        with _lock:
            if key in self._compiled:
                return self._compiled[key]
            if self._module is None:
                self._module = importlib.import_module(self.module_name)
            py_func = getattr(self._module, f"{self.op}_{loop}" + ("_parallel" if parallel else ""))
            dispatcher = jit(py_func, self.signature(loop, compute, out, scalar_inputs), parallel=parallel, fastmath=self.fastmath)
            self._compiled[key] = dispatcher
            return dispatcher


def renamed(fn: Callable[..., Any], qualname: str) -> Callable[..., Any]:
    """`fn` under another qualified name (same code and globals).

    Numba's on-disk cache keys a function by its qualified name, not by the
    `parallel` flag: one function compiled both ways needs two names, or the
    serial request loads the parallel build (and launches threads).
    """
    clone = FunctionType(fn.__code__, fn.__globals__, fn.__name__, fn.__defaults__, fn.__closure__)
    clone.__qualname__ = qualname
    clone.__module__ = fn.__module__
    return clone


class LoopSet:
    """The hand-written Numba loops of one runtime module, compiled on first use.

    `loops(name, parallel)` compiles the module global `name` (its prange
    variant `name + "_parallel"` when parallel, unless `one_variant(name)`: one
    function whose `prange` is a plain range when compiled serially) for the
    float32 and float64 signatures `signature(name, numba, dtype)` gives.
    Before the first compilation it binds the module's `prange` to Numba's and
    replaces each helper the loops call by name (`helpers`, defined as
    `<helper>_py` or `<helper>`) with an inlined Numba function; `bind()`
    returns further globals to set then (e.g. vectorised exp/log). Modules keep
    importing without Numba: nothing here imports it before the first loop.
    """

    def __init__(
        self,
        namespace: dict[str, Any],
        signature: Callable[[str, Any, str], Any],
        *,
        helpers: tuple[str, ...] = (),
        helper_fastmath: frozenset[str] = frozenset(),
        fastmath: frozenset[str] = frozenset(),
        one_variant: Callable[[str], bool] = lambda name: False,
        bind: Callable[[], dict[str, Any]] | None = None,
    ) -> None:
        self._namespace = namespace
        self._signature = signature
        self._helpers = helpers
        self._helper_fastmath = helper_fastmath
        self._fastmath = fastmath
        self._one_variant = one_variant
        self._bind = bind
        self._compiled: dict[tuple[str, bool], Callable[..., Any]] = {}
        self._prepared = False
        self._lock = threading.Lock()

    def _prepare(self) -> None:
        numba = _numba()
        g = self._namespace
        g["prange"] = numba.prange
        if self._bind is not None:
            g.update(self._bind())
        for name in self._helpers:
            py = g[name + "_py"] if name + "_py" in g else g[name]
            g[name] = numba.njit(forceinline=True, error_model="numpy", nogil=True, fastmath=set(self._helper_fastmath))(py)
        self._prepared = True

    def __call__(self, name: str, parallel: bool) -> Callable[..., Any]:
        key = (name, parallel)
        fn = self._compiled.get(key)
        if fn is None:
            with self._lock:
                fn = self._compiled.get(key)
                if fn is None:
                    if not self._prepared:
                        self._prepare()
                    sigs = [self._signature(name, _numba(), t) for t in ("float32", "float64")]
                    if self._one_variant(name):
                        py = renamed(self._namespace[name], name + ("_parallel" if parallel else "_serial"))
                    else:
                        py = self._namespace[name + ("_parallel" if parallel else "")]
                    fn = self._compiled[key] = jit(py, sigs, parallel=parallel, fastmath=self._fastmath)
        return fn
