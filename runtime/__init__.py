"""Hand-written runtime vocabulary that the generated keras_numba package imports.

Shipped as ``keras_numba._runtime``. Each module has one job:

- ``config``      global backend configuration (floatx, epsilon, image data format)
- ``dtypes``      dtype names, classes and the weak-scalar promotion rule
- ``checks``      argument conversion and validation with named errors
- ``kernels``     lazy Numba compilation, the kernel cache and the threading layer
- ``elementwise`` the driver that runs elementwise kernels over any layout
- ``axiswise``    the driver that runs generated reduction kernels over any axes
- ``arrays``, ``shape_ops``, ``array_ops``, ``reductions``  runtime functions of
                  ``python``-strategy spec entries (called with converted arguments)
- ``numerics``    vectorisable exp/expm1/log/log1p/tanh/sigmoid/softplus for kernels
- ``scalar``      small scalar helpers for kernel bodies (rint, integer power)
- ``memory``      glibc malloc settings that keep freed array blocks for reuse
                  (applied on import; ``KERAS_NUMBA_MALLOC=system`` opts out)

Nothing here imports numba at module import time except ``numerics`` and
``scalar``, which only kernels (loaded on their first call) import.
"""

from . import memory as _memory

_memory.keep_freed_blocks()
