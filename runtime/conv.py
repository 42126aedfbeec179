"""Convolutions: 1-D/2-D/3-D, transposed, separable and locally connected, with their gradients.

The generated wrappers call the public functions here with converted arguments
(floating arrays of one dtype, tuples of ints, validated padding/data_format
strings); what is checked here depends on shapes: ranks, channel counts,
window lengths, strides and dilation rates, `output_shape`.

Layout: everything runs channels-last on C-contiguous arrays, `(N, *spatial, C)`
inputs and Keras kernels `(*window, C_in, C_out)`; channels-first inputs are
transposed in and out (as TensorFlow does on CPU). float16 computes in float32
and rounds once at the end.

Building blocks, shared by every function (new variants such as
conv3d_transpose, depthwise_conv2d or separable_conv1d are a few lines on top):

- `_Geometry`: sizes, TensorFlow's padding arithmetic (`same` puts an odd
  extra pad at the end, `causal` pads `dilation * (k - 1)` at the start),
  strides and dilations of one problem of any spatial rank.
- `_conv_nd` / `_conv_nd_grad_input` / `_conv_nd_grad_kernel`: the dense
  correlation, its transpose (the input gradient, also the transposed
  convolution) and the kernel gradient.
- `_depthwise_nd` and its two gradients (the depthwise half of separable).
- `_local_nd` and its two gradients (unshared weights).

Strategy (measured, see the conv entries' bench rows): the dense correlation
is a matrix product over im2col columns built chunk by chunk (a few hundred
output rows, so the columns stay in L2) and fed to BLAS (`np.matmul`); a Numba im2col
(one output row per job, padding as zeros) was measured and dropped: no faster
than NumPy's copy of the window view (single-threaded, L2-sized chunks: 2.73 vs
2.76 ms on a CNN's 32->64 layer; Keras CNN epoch within noise). With few input channels (taps * C <= 27, a CNN's first layer)
the columns are built transposed, one shifted input plane per (tap, channel)
(`_planar_columns`), for the forward and the kernel gradient. 3x3 windows at
stride 1 with >= 16 channels in and out run as Winograd F(2x2, 3x3)
(`_conv_winograd`: Numba tile transforms around 16 BLAS products with 2.25x
fewer flops; conv2d bench 13.4-13.6 -> 9.5-10.4 ms, the Keras CNN's 32->64
layer unchanged at ~1.75 ms), or, where its larger tiles waste little (`winograd.beats_f2`),
as F(4x4, 3x3) (`runtime/winograd.py`: 36 products per 4x4 outputs; A/B against F(2x2) on
the Keras CNN's 32->64 layer 1.70 -> 1.57 ms median, on the conv2d bench shape 13.6 -> 11.9;
the Keras CNN step 12.7 -> 12.3 ms per batch, interleaved on a noisy box). The same
geometry's gradients run its adjoint (`winograd.kernel_gradient`: 36 products
(C, tiles) x (tiles, F), 1.77 -> 1.44 ms median on that layer, 16.1 -> 9.6 ms on the bench
shape; `winograd.input_gradient` when C < F, where it replaces grad @ W^T + col2im: 1.67 ->
1.40 ms; with C >= F the flipped correlation stays as fast or faster: 6.6 vs 8.8 ms on the
bench shape). All three together: Keras CNN step 11.8 -> 11.0 ms per batch (A/B, medians);
that includes the stride-1 input gradient when
it is a correlation; 3-D windows (KD, 3, 3) run it per depth
plane (`_conv_winograd3d`). 3x3 windows at strides 2 (conv2d_transpose, the strided
input gradient) run a Winograd of their own (`_conv_transpose_winograd`: per axis the even
outputs are F(2, 2), the odd ones plain products; 25 products per 4x4 outputs instead of 36,
no col2im; bench 3.4-3.9 -> 3.0-3.5 ms). The
input gradient at stride 1 is the same correlation with the kernel flipped
and transposed; at larger strides it is `grad @ W^T` (BLAS, per chunk of
images) whose window columns a Numba gather (`conv_kernels._col2im`, one
input row per job) adds up where they land. Depthwise correlations and their
gradients are Numba loops (`conv_kernels`); separable ones run the depthwise
kernel, then one pointwise BLAS product.

Measured alternative for the dense forward (conv2d 32x32x32x64, 3x3, 64->64,
'same'): "shifted GEMM" (one sgemm per tap on the zero-padded input seen as a
flat (rows, C) matrix, accumulated with beta = 1 through CBLAS, L2-sized row
chunks) is as fast as the im2col chunks here (13.3 vs 13.5 ms) because both
are bound by the sgemm kernel: numpy's OpenBLAS 0.3.31 runs its Haswell
(AVX2) kernels here (~150-230 GFLOP/s on 2 cores) because this machine's
environment sets OPENBLAS_CORETYPE=Haswell; without that variable OpenBLAS
picks its SkylakeX (AVX-512) kernels on this Zen 5 CPU by itself, and the
same code runs at ~300-430 GFLOP/s (im2col 9.0 ms, shifted GEMM 8.1 ms;
PyTorch/oneDNN ~5.4 ms; the Keras CNN's 32->64 layer 1.6 -> 0.95 ms). A
user's explicit OPENBLAS_CORETYPE is respected: nothing here overrides it.

Where the bench rows stand against PyTorch under those Haswell kernels (2 threads, best of
15-60, measured on a shared box): separable_conv2d's 1x1 product (32768, 64) x (64, 64)
alone takes 1.39 ms (~190 GFLOP/s; PyTorch's whole separable op ~0.92 ms, its 1x1
convolution 0.58 ms), so that row stays near or below 0.5x whatever the depthwise stage
does (a Numba row-by-row product of the same shape took 3.5-4.1 ms). conv2d_transpose with
strides 2 was `grad @ W^T` (2.8 ms, 604 MFLOP) plus col2im (1.0 ms); it now runs the
stride-2 Winograd (`_conv_transpose_winograd`): its 25 products (419 MFLOP) take ~1.9 ms
at ~220 GFLOP/s plus ~0.25 ms input and ~0.4 ms output transform, so it stays near 0.45x
of PyTorch (1.35 ms) under these sgemm kernels. conv3d_transpose is still `grad @ W^T`
(~1.05 ms) plus a 27-tap col2im (~1.0 ms, it reads 14 MB of columns); the same per-plane
split (even depth planes = taps 0 and 2 summed in the transformed domain, odd = tap 1)
would drop the col2im, but its products are (tiles, 32) x (32, 32), where sgemm runs
below ~175 GFLOP/s. conv3d with
(KD, 3, 3) windows at stride 1 runs F(2x2, 3x3) per depth plane with the depth taps summed
in the transformed domain (`_conv_winograd3d`: 11.8-11.9 -> 6.6-6.9 ms on the bench,
PyTorch 3.3 ms); in one piece instead of image chunks it took 10.6-11.1 ms.

What moved those three rows to about 0.5x or more (bench, float32, best of the budget,
same process as PyTorch; 2 runs before -> 10 after): conv3d 7.0 ms / 0.48-0.49x ->
5.8-6.4 ms / 0.52-0.61x (one run at 8.7 ms / 0.39x), conv2d_transpose 3.2 ms / 0.46-0.48x
-> 2.6-3.1 ms / 0.49-0.57x (0.50x or more in 9 of 10), separable_conv2d 2.2 ms /
0.44-0.53x -> 1.7-2.1 ms / 0.50-0.58x:
- Winograd component planes one spare row apart (`winograd.planes`): the transforms read or
  write all 16 (25) planes of a tile at once, and planes a multiple of 4 KB apart share
  L1 sets. Interleaved A/B, best of 30: conv3d 7.15 -> 6.4 ms, conv2d_transpose 3.4 -> 3.0,
  conv2d (F(2x2) path) 8.9 -> 7.9, the Keras CNN's 32->64 layer 1.3 -> 1.07.
- the 3x3 depthwise forward four output rows per pass (`conv_kernels._dw3_rows_py`):
  kernel alone 0.56-0.59 -> 0.355 ms (1 thread 1.16 -> 0.72); separable_conv2d A/B best
  of 60 2.2-2.9 -> 1.97-2.15 ms, depthwise_conv2d bench 0.60x -> 0.80x.
- the kernel transforms as one product with G (x) G (69 -> 25 us for the transposed one).
Why the Numba stages cost more in these rows than alone: after a multi-threaded BLAS call
OpenBLAS's worker thread keeps spinning for tens of ms, and a TBB loop started then shares
a core with it (a 0.072 ms transform took 0.09-0.14 ms right after a product, 0.072 ms
after another TBB loop or with OPENBLAS_NUM_THREADS=1; numba.set_parallel_chunksize did not
help and made the separable row slower). So the transforms and the depthwise loop count
at about one core's speed inside these pipelines, and fewer loads per value pays twice.
Measured and dropped (interleaved A/B): F(2x2x2, 3x3x3) for 3x3x3 conv3d (64 products
per 2x2x2 outputs, 1.5x fewer flops: products 4.3 -> 3.7-3.9 ms in the pipeline, but its
transforms took 2.4 + 1.8 ms there against 1.15 + 0.65; best 7.0-7.6 ms against 6.6-7.0
before the spare rows, which brought the per-plane path to 6.4); adding conv3d's
depth-tap products up in the output transform instead of numpy (6.3-6.7 vs 5.9-6.0 ms);
the input transforms reading the unpadded input in place, tiles on an edge through a
small zero-padded patch (conv3d 6.85-7.0 vs 6.3-6.4 ms, conv2d 7.8-8.1 vs 7.7-7.8); the
transposed Winograd's 25 products as 10 batched calls (0.755 vs 0.76 ms per chunk);
grouping the products that share an input component into wider ones (16 products of
64-256 columns: 2.02-2.05 vs 2.01-2.06 ms); tile-major component buffers (BLAS writing
strided rows ran at ~120 GFLOP/s instead of ~185); other chunk sizes
(conv2d_transpose 4 / 8 / 16 MB: 3.19 / 3.04-3.09 / 3.23-5.9 ms; conv3d 4 vs 8 MB equal).
"""

from __future__ import annotations

import itertools
import math
from typing import Any, Sequence

import numpy as np

from . import blas_threads, config, conv_kernels, winograd

_F16 = np.dtype("float16")
_F32 = np.dtype("float32")
_FIRST = "channels_first"

#: Bytes of im2col columns per BLAS call: ~1800 rows x (9 taps x 64 channels) float32,
#: ~2 MB per BLAS thread (L2 is 1 MB per core here). Measured on conv2d
#: (32, 32, 32, 64) * (3, 3, 64, 64) 'same', interleaved runs on a loaded 2-core box
#: (4 MB won a sequential run; under contention every BLAS call waits for both threads,
#: so fewer, larger calls are safer):
#: 512 KB 148 GFLOP/s, 1 MB 175, 2 MB 177, 4 MB 126, whole batch ~40 (PyTorch 230).
_CHUNK_BYTES = 1 << 22

#: Bytes of window columns (`grad @ W^T`) per BLAS call in the strided input gradient /
#: transposed convolution. Measured on conv2d_transpose (32, 16, 16, 64) -> (32, 32, 32, 64),
#: 3x3, strides 2 (18.9 MB of columns), 25 interleaved calls on a loaded 2-core box:
#: 4 MB chunks min 16.5 / median 58 ms, 16 MB 19.8 / 27.9, whole batch 9.7 / 14.1; unloaded
#: the 4 MB chunks ran 3.6-4.1 ms. Few large calls win under contention (each call waits for
#: both BLAS threads), so chunks here are only a memory cap.
_COLS_CHUNK_BYTES = 1 << 25


# --------------------------------------------------------------------------- argument helpers


def _data_format(data_format: str | None) -> str:
    return config.image_data_format() if data_format is None else data_format


def _compute_dtype(dtype: np.dtype) -> np.dtype:
    """float16 computes in float32 and rounds once at the end (DESIGN.md §4)."""
    return _F32 if dtype == _F16 else dtype


def _need_rank(fn: str, arg: str, a: np.ndarray, rank: int, what: str) -> None:
    if a.ndim != rank:
        raise ValueError(f"keras_numba.{fn}: {arg} must have rank {rank} {what}; got shape {a.shape}")


def _tuple(fn: str, arg: str, value: Any, d: int, positive: bool = True) -> tuple[int, ...]:
    """An int or a sequence of `d` ints (one per spatial axis) as a d-tuple."""
    if value is None:
        raise TypeError(f"keras_numba.{fn}: {arg} must be an int or a sequence of {d} ints; got None")
    if isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_)):
        items: tuple[Any, ...] = (int(value),) * d
    else:
        try:
            items = tuple(value)
        except TypeError:
            raise TypeError(f"keras_numba.{fn}: {arg} must be an int or a sequence of {d} ints; got {value!r}") from None
        if any(isinstance(i, (bool, np.bool_)) or not isinstance(i, (int, np.integer)) for i in items):
            raise TypeError(f"keras_numba.{fn}: {arg} must be an int or a sequence of {d} ints; got {value!r}")
        items = tuple(int(i) for i in items)
        if len(items) == 1:
            items = items * d
        if len(items) != d:
            raise ValueError(f"keras_numba.{fn}: {arg} must be an int or a sequence of {d} ints; got {value!r}")
    if positive and any(i <= 0 for i in items):
        raise ValueError(f"keras_numba.{fn}: {arg} must be positive; got {value!r}")
    return items


def _steps(fn: str, d: int, strides, dilation_rate, padding: str, causal: bool = False) -> tuple[tuple[int, ...], tuple[int, ...]]:  # type: ignore[no-untyped-def]
    """(strides, dilation_rate) as d-tuples, with `padding` checked ('causal' only for 1-D when allowed).

    Strides > 1 together with dilation > 1 is refused: TensorFlow computes something
    else there (a 7x6 'same' input with strides 2 gives 3x4).
    """
    s = _tuple(fn, "strides", strides, d)
    dl = _tuple(fn, "dilation_rate", dilation_rate, d)
    allowed = ("valid", "same", "causal") if causal and d == 1 else ("valid", "same")
    if padding not in allowed:
        raise ValueError(f"keras_numba.{fn}: padding must be one of {', '.join(map(repr, allowed))}; got {padding!r}")
    if any(v > 1 for v in s) and any(v > 1 for v in dl):
        raise ValueError(f"keras_numba.{fn}: strides > 1 cannot be combined with dilation_rate > 1 (as in TensorFlow); got strides={strides!r}, dilation_rate={dilation_rate!r}")
    return s, dl


def _to_cl(x: np.ndarray, first: bool) -> np.ndarray:
    """Channels-first (N, C, *S) -> channels-last (N, *S, C) as a view."""
    return np.moveaxis(x, 1, -1) if first else x


def _from_cl(y: np.ndarray, first: bool) -> np.ndarray:
    return np.ascontiguousarray(np.moveaxis(y, -1, 1)) if first else y


def _finish(y: np.ndarray, dtype: np.dtype, first: bool) -> np.ndarray:
    y = _from_cl(y, first)
    return y.astype(dtype) if y.dtype != dtype else y


# --------------------------------------------------------------------------- geometry


class _Geometry:
    """One convolution problem of spatial rank d (all sizes spatial-only tuples)."""

    __slots__ = ("in_sizes", "k_sizes", "strides", "dilations", "out_sizes", "pad_before", "pad_after")

    def __init__(self, in_sizes, k_sizes, strides, dilations, padding, out_sizes=None):  # type: ignore[no-untyped-def]
        self.in_sizes = tuple(in_sizes)
        self.k_sizes = tuple(k_sizes)
        self.strides = tuple(strides)
        self.dilations = tuple(dilations)
        outs, before, after = [], [], []
        for i, k, s, dl in zip(self.in_sizes, self.k_sizes, self.strides, self.dilations):
            dk = (k - 1) * dl + 1
            if padding == "same":
                o = -(-i // s)
                total = max((o - 1) * s + dk - i, 0)
                b = total // 2
            elif padding == "causal":
                b = dl * (k - 1)
                o = -(-i // s) if i > 0 else 0
            else:
                o = (i - dk) // s + 1 if i >= dk else 0
                b = 0
            outs.append(o)
            before.append(b)
            # the end pad reaches the last window exactly (negative: crop unread input)
            after.append((o - 1) * s + dk - i - b if o > 0 else -i - b)
        self.out_sizes = tuple(outs) if out_sizes is None else tuple(out_sizes)
        self.pad_before = tuple(before)
        self.pad_after = tuple(after)

    @property
    def taps(self) -> int:
        return math.prod(self.k_sizes)

    def padded(self, x: np.ndarray, dtype: np.dtype) -> np.ndarray:
        """`x` (N, *S, C) zero-padded/cropped to exactly the positions the windows read, C-contiguous."""
        d = len(self.in_sizes)
        src = [slice(None)]
        dst = [slice(None)]
        shape = [x.shape[0]]
        for i in range(d):
            b, a, n = self.pad_before[i], self.pad_after[i], self.in_sizes[i]
            size = max(n + b + a, 0)
            lo, hi = max(-b, 0), n - max(-a, 0)
            hi = max(hi, lo)
            src.append(slice(lo, hi))
            dst.append(slice(max(b, 0), max(b, 0) + hi - lo))
            shape.append(size)
        src.append(slice(None))
        dst.append(slice(None))
        shape.append(x.shape[-1])
        if all(p == 0 for p in self.pad_before + self.pad_after):
            return np.ascontiguousarray(x, dtype=dtype)
        out = np.zeros(shape, dtype)
        out[tuple(dst)] = x[tuple(src)]
        return out

    def windows(self, xp: np.ndarray) -> np.ndarray:
        """The read-only im2col view (N, *O, *K, C) of a padded input."""
        d = len(self.in_sizes)
        st = xp.strides
        shape = (xp.shape[0], *self.out_sizes, *self.k_sizes, xp.shape[-1])
        strides = (st[0], *(st[1 + i] * self.strides[i] for i in range(d)), *(st[1 + i] * self.dilations[i] for i in range(d)), st[-1])
        return np.lib.stride_tricks.as_strided(xp, shape, strides, writeable=False)

    def scatter(self, xp: np.ndarray, cols: np.ndarray, n0: int = 0) -> None:
        """xp[n0:n0+n] (padded, N, *S, C) += the windows' values `cols` (n, *O, *K, C), tap by tap."""
        d = len(self.in_sizes)
        n = cols.shape[0]
        for tap in itertools.product(*(range(k) for k in self.k_sizes)):
            sl = [slice(n0, n0 + n)]
            for i in range(d):
                start = tap[i] * self.dilations[i]
                sl.append(slice(start, start + (self.out_sizes[i] - 1) * self.strides[i] + 1, self.strides[i]))
            sl.append(slice(None))
            xp[tuple(sl)] += cols[(slice(None),) * (1 + d) + tap]


def _row_chunks(n: int, rows_per_item: int, row_bytes: int) -> int:
    """Batch items per chunk so that one chunk's im2col columns take about _CHUNK_BYTES."""
    if rows_per_item == 0 or row_bytes == 0:
        return max(n, 1)
    return max(1, _CHUNK_BYTES // max(rows_per_item * row_bytes, 1))


# --------------------------------------------------------------------------- dense correlation


#: Largest taps * in_channels (the im2col width) that runs as planar columns (_planar_columns).
_PLANAR_MAX_WIDTH = 27


def _planar_pays(g: _Geometry, c: int) -> bool:
    """Whether the columns are better built transposed, one plane per (tap, channel).

    With few input channels (a CNN's first layer) the im2col matrix is tall and thin:
    building it row by row copies runs of C values (1 for grey images), ~0.43 ms for
    (64, 28, 28, 1) 3x3, and BLAS multiplies a 9-column matrix poorly. Transposed, each
    (tap, channel) row is a shifted copy of one input plane (runs of the output width):
    0.07 ms, and the products take it as a transposed operand (measured on that layer,
    2 threads: forward 0.59 -> 0.24 ms, kernel gradient 0.75 -> 0.35 ms).
    """
    return g.taps * c <= _PLANAR_MAX_WIDTH


def _planar_columns(x: np.ndarray, g: _Geometry, dtype: np.dtype, i: int, j: int, buf: np.ndarray) -> np.ndarray:
    """(rows of buf, rows of images i..j-1): the transposed im2col matrix in buf's first taps * C
    rows, in one strided copy; rows past those (a row of ones, see _planar_buffer) are kept."""
    d = len(g.in_sizes)
    view = g.windows(g.padded(x[i:j], dtype))  # (n, *O, *K, C)
    order = (*range(1 + d, 1 + 2 * d), 1 + 2 * d, 0, *range(1, 1 + d))  # (*K, C, n, *O)
    cols = buf[:, : (j - i) * math.prod(g.out_sizes)]
    width = g.taps * x.shape[-1]
    np.copyto(cols[:width].reshape(*g.k_sizes, x.shape[-1], j - i, *g.out_sizes), view.transpose(order))
    return cols


def _planar_buffer(width: int, step: int, g: _Geometry, dtype: np.dtype, ones: bool) -> np.ndarray:
    """The planar columns' buffer for `step` images, with a last row of ones when `ones`.

    The ones row makes a bias one more row of the kernel in the forward product, and the
    bias gradient (the column sums of grad) one more row of the kernel gradient's product.
    """
    buf = np.empty((width + ones, step * math.prod(g.out_sizes)), dtype)
    if ones:
        buf[width] = 1
    return buf


def _planar_step(n: int, g: _Geometry, c: int, dtype: np.dtype) -> int:
    """Images per chunk of planar columns (a memory cap: these products stream well)."""
    per_image = math.prod(g.out_sizes) * g.taps * c * dtype.itemsize
    return max(1, min(n, _COLS_CHUNK_BYTES // max(per_image, 1)))


def _conv_planar(x: np.ndarray, w2: np.ndarray, g: _Geometry, dtype: np.dtype, out: np.ndarray, bias: np.ndarray | None = None) -> np.ndarray:
    """out = planar columns^T @ w2 (+ bias), by parts of the images (one per thread in one-thread
    BLAS mode: Keras CNN first layer, (43264, 10) x (10, 32), 0.51 -> 0.40 ms)."""
    n, f = x.shape[0], w2.shape[-1]
    width = w2.shape[0]
    if bias is not None:
        w2 = np.concatenate([w2, bias[None]])

    def part(lo: int, hi: int) -> None:
        step = _planar_step(hi - lo, g, x.shape[-1], dtype)
        buf = _planar_buffer(width, step, g, dtype, bias is not None)
        for i in range(lo, hi, step):
            j = min(i + step, hi)
            np.matmul(_planar_columns(x, g, dtype, i, j, buf).T, w2, out=out[i:j].reshape(-1, f))

    blas_threads.split(n, part, out.size * w2.shape[0])
    return out


#: Winograd F(2x2, 3x3) filter transform G (B^T and A^T are written out in conv_kernels).
_WINO_G = np.array([[1.0, 0.0, 0.0], [0.5, 0.5, 0.5], [0.5, -0.5, 0.5], [0.0, 0.0, 1.0]])

#: Bytes of Winograd tile buffers (16 transformed inputs + 16 products) per chunk of images:
#: below glibc's 32 MB mmap ceiling, so the buffers are recycled instead of page-faulted in.
_WINO_CHUNK_BYTES = 1 << 24


def _winograd_pays(g: _Geometry, c: int, f: int) -> bool:
    """3x3 windows at stride 1, no dilation, with enough channels for the 16 products to run well.

    Winograd F(2x2, 3x3) does 16 multiply-adds per 2x2 outputs and channel pair instead of
    36: 2.25x fewer flops in products of (tiles, C) x (C, F), for two cheap transforms.
    """
    return (
        len(g.k_sizes) == 2 and g.k_sizes == (3, 3) and g.strides == (1, 1) and g.dilations == (1, 1)
        and c >= 16 and f >= 16 and all(o > 0 for o in g.out_sizes)
    )


#: G (x) G: row 4 * i + j, column 3 * a + b holds G[i, a] * G[j, b].
_WINO_GG = np.kron(_WINO_G, _WINO_G)


def _winograd1d_pays(g: _Geometry, c: int, f: int) -> bool:
    """3-tap 1-D windows at stride 1, undilated, >= 16 channels in and out: Winograd F(4, 3).

    6 products per 4 outputs instead of 12 multiply-adds (conv1d bench (32, 1024, 64) x
    (3, 64, 64) 'same': 5.0 -> 3.3 ms, best of 20).
    """
    return (
        len(g.k_sizes) == 1 and g.k_sizes == (3,) and g.strides == (1,) and g.dilations == (1,)
        and c >= 16 and f >= 16 and g.out_sizes[0] > 0 and g.pad_before[0] >= 0
    )


def _winograd_kernel(w: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """U = G w G^T per channel pair, as (..., 16, C, F) in `dtype` for w (..., 3, 3, C, F).

    One product (G (x) G) @ w seen as (9, C * F) per leading index: two tensordots and a
    transposing copy took 17-23 us per 3x3 kernel (einsum 0.16 ms).
    """
    wd = np.asarray(w, dtype=dtype)
    lead, (c, f) = wd.shape[:-4], wd.shape[-2:]
    u = np.matmul(_WINO_GG.astype(dtype), wd.reshape(*lead, 9, c * f))
    return u.reshape(*lead, 16, c, f)


#: The F(2x2, 3x3) product component whose output transform adds it to all four outputs of
#: its tile (column 1 of A^T is all ones): where a bias is added (see winograd.BIAS_COMPONENT_2D).
_WINO_BIAS_COMPONENT = 4 * 1 + 1


def _conv_winograd(x: np.ndarray, w: np.ndarray, g: _Geometry, dtype: np.dtype, out: np.ndarray, bias: np.ndarray | None = None) -> np.ndarray:
    """_conv_nd by Winograd F(2x2, 3x3), chunk by chunk of images (see _winograd_pays), plus `bias`."""
    n, c, f = x.shape[0], x.shape[-1], w.shape[-1]
    (oh, ow), (ph, pw) = g.out_sizes, g.pad_before
    ty, tx = -(-oh // 2), -(-ow // 2)
    u = _winograd_kernel(w, dtype)
    step = max(1, min(n, _WINO_CHUNK_BYTES // max(16 * ty * tx * (c + f) * dtype.itemsize, 1)))
    # the padded chunk: input at (ph, pw), zeros around it up to the last tile's patch
    xp = np.zeros((step, 2 * ty + 2, 2 * tx + 2, c), dtype)
    h, wd = min(g.in_sizes[0], 2 * ty + 2 - ph), min(g.in_sizes[1], 2 * tx + 2 - pw)
    # flat buffers: a last, shorter chunk takes a C-contiguous prefix of each
    v = np.empty(16 * (step * ty * tx + 1) * c, dtype)
    m = np.empty(16 * (step * ty * tx + 1) * f, dtype)
    for i in range(0, n, step):
        j = min(i + step, n)
        k = j - i
        rows = k * ty * tx
        xp[:k, ph: ph + h, pw: pw + wd] = x[i:j, :h, :wd]
        vk, mk = winograd.planes(v, 16, rows, c), winograd.planes(m, 16, rows, f)
        parallel = conv_kernels.use_parallel(vk.size)
        conv_kernels.loop("_wino_in", parallel)(xp[:k], vk, tx)
        blas_threads.stacked_matmul(vk[:, :rows], u, mk[:, :rows])
        if bias is not None:
            mk[_WINO_BIAS_COMPONENT, :rows] += bias
        conv_kernels.loop("_wino_out", parallel)(mk, out[i:j], tx)
    return out


#: Bytes of _conv_winograd3d's buffers per chunk of images (one bench image takes 6.5 MB).
#: conv3d bench, best of 10 x 3 interleaved: 2 MB 6.75 ms, 4 MB 6.66, 8 MB 6.68, 16 MB 7.28,
#: 32 MB 12.3 (page-faulted buffers past glibc's mmap ceiling).
_WINO3D_CHUNK_BYTES = 1 << 23


def _winograd3d_pays(g: _Geometry, c: int, f: int) -> bool:
    """(KD, 3, 3) windows at stride 1, no dilation, >= 16 channels in and out: Winograd per depth plane."""
    return (
        len(g.k_sizes) == 3 and g.k_sizes[1:] == (3, 3) and g.strides == (1, 1, 1) and g.dilations == (1, 1, 1)
        and c >= 16 and f >= 16 and all(o > 0 for o in g.out_sizes)
    )


def _conv_winograd3d(x: np.ndarray, w: np.ndarray, g: _Geometry, dtype: np.dtype, out: np.ndarray) -> np.ndarray:
    """_conv_nd of a 3-D problem as F(2x2, 3x3) over height and width, the depth taps summed.

    Every depth plane of the depth-padded input is transformed once; output plane o of
    image i then takes, per depth tap a, the transformed plane o + a times that tap's
    transformed kernel, and these products of the 16 components add up before one output
    transform (conv3d bench (8,16,16,16,32) 3x3x3 32->32, best of 15: 12.4 -> 10.6-11.1 ms).
    """
    n, c, f = x.shape[0], x.shape[-1], w.shape[-1]
    (od, oh, ow), (pd, ph, pw), kd = g.out_sizes, g.pad_before, g.k_sizes[0]
    ty, tx = -(-oh // 2), -(-ow // 2)
    tiles = ty * tx
    dp = od + kd - 1  # depth-padded planes read by the windows
    u = _winograd_kernel(w, dtype)  # (KD, 16, C, F)
    per_image = 16 * tiles * (dp * c + 2 * od * f) * dtype.itemsize
    step = max(1, min(n, _WINO3D_CHUNK_BYTES // max(per_image, 1)))
    xp = np.zeros((step, dp, 2 * ty + 2, 2 * tx + 2, c), dtype)
    h, wd = min(g.in_sizes[1], 2 * ty + 2 - ph), min(g.in_sizes[2], 2 * tx + 2 - pw)
    d_lo, d_hi = max(pd, 0), min(dp, pd + g.in_sizes[0])  # padded planes that hold input planes
    v = np.empty(16 * (step * dp * tiles + 1) * c, dtype)
    m = np.empty(16 * (step * od * tiles + 1) * f, dtype)
    t = np.empty_like(m)
    for i in range(0, n, step):
        j = min(i + step, n)
        k = j - i
        if d_hi > d_lo:
            xp[:k, d_lo:d_hi, ph: ph + h, pw: pw + wd] = x[i:j, d_lo - pd: d_hi - pd, :h, :wd]
        vk, mk_all = winograd.planes(v, 16, k * dp * tiles, c), winograd.planes(m, 16, k * od * tiles, f)
        mk = mk_all[:, : k * od * tiles].reshape(16, k, od * tiles, f)
        tk = winograd.planes(t, 16, k * od * tiles, f)[:, : k * od * tiles].reshape(mk.shape)
        parallel = conv_kernels.use_parallel(vk.size)
        conv_kernels.loop("_wino_in", parallel)(xp[:k].reshape(k * dp, *xp.shape[2:]), vk, tx)
        v4 = vk[:, : k * dp * tiles].reshape(16, k, dp * tiles, c)
        for a in range(kd):
            np.matmul(v4[:, :, a * tiles: (a + od) * tiles], u[a][:, None], out=mk if a == 0 else tk)
            if a > 0:
                mk += tk
        conv_kernels.loop("_wino_out", parallel)(mk_all, out[i:j].reshape(k * od, oh, ow, f), tx)
    return out


#: Per axis, the five products of the stride-2 3-tap transposed Winograd: rows of the kernel
#: transform (taps w0, w1, w2 -> w2, w0 + w2, w0, w1, w1) and the input component each one
#: multiplies (components d0 - d1, d1, d2 - d1, d2 of the three gradient values d0..d2).
_WINT_G = np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 1.0, 0.0]])
_WINT_COMPONENT = (0, 1, 2, 1, 3)

#: Smallest output (dx) height/width for _winograd_t_pays (below, cropped tile work dominates).
_WINT_MIN_SIZE = 16

#: Bytes of the transposed Winograd's buffers (16 components + 25 products) per chunk of
#: images. conv2d_transpose bench, best of 30, 3 interleaved rounds: 1 MB 5.6 ms (many thin
#: products), 2 MB 3.6, 4 MB 3.2, 8 MB 3.0-3.1, 16 MB 5.3-6.2 (noisy; buffers out of L3).
_WINT_CHUNK_BYTES = 1 << 23


def _winograd_t_pays(g: _Geometry, c: int, f: int) -> bool:
    """Whether a 2-D input gradient / transposed convolution runs as the stride-2 3x3 Winograd.

    At strides 2 a 3x3 window splits each axis into an even output class read by two taps
    and an odd one read by one: per 4x4 outputs, 25 products of (tiles, F) x (F, C) instead
    of the 36 of `grad @ W^T`, and no col2im pass (the products land in place through one
    output transform). Measured against `grad @ W^T` + col2im (best of 2 x 20, loaded 2-core
    box; (batch, gradient size, F -> C)): (32, 16, 64 -> 64) 3.5 vs 3.9 ms (the bench row),
    (32, 16, 16 -> 16) 0.39 vs 0.48, (8, 32, 32 -> 32) 1.09 vs 1.21, (4, 64, 16 -> 16) 0.99 vs
    1.34; but (32, 16, 8 -> 8) 0.40 vs 0.34 (products too thin) and (64, 7, 64 -> 32) 0.84 vs
    0.66 (14x14 outputs in 4x4 tiles: 30% of the tiles' work is cropped away).
    Also measured and dropped: 8x8 tiles (F(4, 2) for the even class, 81 products per 64
    outputs instead of 100): the 81 products of (512, 64) x (64, 64) ran at ~170 GFLOP/s
    instead of ~220 (2.0 ms, no faster than the 25 larger ones), with slower transforms.
    """
    return (
        len(g.k_sizes) == 2 and g.k_sizes == (3, 3) and g.strides == (2, 2) and g.dilations == (1, 1)
        and c >= 16 and f >= 16 and all(o > 0 for o in g.out_sizes) and min(g.in_sizes) >= _WINT_MIN_SIZE
    )


#: _WINT_G (x) _WINT_G: row 5 * pa + pb, column 3 * a + b.
_WINT_GG = np.kron(_WINT_G, _WINT_G)


def _winograd_t_kernel(w: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """The 25 transformed kernels (25, F, C): G w^T G^T per axis pair, w (3, 3, C, F).

    One product (G (x) G) @ w^T seen as (9, F * C) (two tensordots and a transposing copy
    took 69 us for 64 -> 64 channels, a fortieth of the bench row).
    """
    c, f = w.shape[-2], w.shape[-1]
    wt = np.ascontiguousarray(np.swapaxes(np.asarray(w, dtype=dtype), -1, -2)).reshape(9, f * c)
    return (_WINT_GG.astype(dtype) @ wt).reshape(25, f, c)


def _conv_transpose_winograd(gy: np.ndarray, w: np.ndarray, g: _Geometry, dtype: np.dtype) -> np.ndarray:
    """_conv_nd_grad_input for 3x3 windows at strides 2 (see _winograd_t_pays), chunk by chunk of images.

    In padded coordinates (p = i + pad_before) a tile of 4x4 outputs starting at 4 * t reads
    the 3x3 gradient values at 2 * t - 1 .. 2 * t + 1 (per axis: p = 4t is gy[2t] w0 + gy[2t-1] w2,
    4t + 1 is gy[2t] w1, 4t + 2 is gy[2t+1] w0 + gy[2t] w2, 4t + 3 is gy[2t+1] w1): the even
    pair is F(2, 2) (3 products), the odd pair 2 plain products.
    """
    n, c, f = gy.shape[0], w.shape[-2], w.shape[-1]
    (h, wd), (oh, ow), (ph, pw) = g.in_sizes, g.out_sizes, g.pad_before
    ty, tx = -(-(h + ph) // 4), -(-(wd + pw) // 4)
    tiles = ty * tx
    u = _winograd_t_kernel(w, dtype)
    dx = np.empty((n, h, wd, c), dtype)
    step = max(1, min(n, _WINT_CHUNK_BYTES // max(tiles * (16 * f + 25 * c) * dtype.itemsize, 1)))
    gp = np.zeros((step, 2 * ty + 1, 2 * tx + 1, f), dtype)
    rh, rw = min(oh, 2 * ty), min(ow, 2 * tx)  # gradient rows/columns the tiles read
    v = np.empty(16 * (step * tiles + 1) * f, dtype)
    m = np.empty(25 * (step * tiles + 1) * c, dtype)
    for i in range(0, n, step):
        j = min(i + step, n)
        k = j - i
        rows = k * tiles
        gp[:k, 1: 1 + rh, 1: 1 + rw] = gy[i:j, :rh, :rw]
        vk, mk = winograd.planes(v, 16, rows, f), winograd.planes(m, 25, rows, c)
        parallel = conv_kernels.use_parallel(vk.size)
        conv_kernels.loop("_wint_in", parallel)(gp[:k], vk, tx)
        for a in range(5):
            for b in range(5):
                np.matmul(vk[4 * _WINT_COMPONENT[a] + _WINT_COMPONENT[b], :rows], u[5 * a + b], out=mk[5 * a + b, :rows])
        conv_kernels.loop("_wint_out", parallel)(mk, dx[i:j], tx, ph, pw)
    return dx


def _conv_nd(x: np.ndarray, w: np.ndarray, g: _Geometry, dtype: np.dtype, bias: np.ndarray | None = None) -> np.ndarray:
    """y (N, *O, F) = correlation of x (N, *S, C) with w (*K, C, F), in `dtype`, plus `bias` (F,)
    in `dtype` when given: Winograd adds it to one product component and planar columns
    multiply it by a row of ones (no pass of their own); the other routes add it at the end."""
    n, c, f = x.shape[0], x.shape[-1], w.shape[-1]
    out = np.empty((n, *g.out_sizes, f), dtype)
    rows = math.prod(g.out_sizes)
    if out.size == 0:
        return out
    if c == 0 or g.taps == 0:
        out[...] = 0 if bias is None else bias
        return out
    if _winograd_pays(g, c, f):
        if winograd.beats_f2(g.out_sizes):
            return winograd.correlate(x, w, g.pad_before, out, bias)
        return _conv_winograd(x, w, g, dtype, out, bias)
    if _winograd1d_pays(g, c, f):
        return winograd.correlate1d(x, w, g.pad_before[0], out, bias)
    w2 = np.ascontiguousarray(w, dtype=dtype).reshape(-1, f)
    if _planar_pays(g, c) and g.taps > 1:
        return _conv_planar(x, w2, g, dtype, out, bias)
    if _winograd3d_pays(g, c, f):
        _conv_winograd3d(x, w, g, dtype, out)
    elif g.taps == 1 and all(s == 1 for s in g.strides):  # 1x1 window: one product, no columns
        xp = g.padded(x, dtype)
        np.matmul(xp.reshape(-1, c), w2, out=out.reshape(-1, f))
    elif rows * g.taps * c * dtype.itemsize > _CHUNK_BYTES and len(g.out_sizes) >= 1:
        _conv_nd_large(x, w2, g, dtype, out)
    else:
        view = g.windows(g.padded(x, dtype))
        step = _row_chunks(n, rows, g.taps * c * dtype.itemsize)
        for i in range(0, n, step):
            j = min(i + step, n)
            cols = np.ascontiguousarray(view[i:j]).reshape(-1, g.taps * c)
            np.matmul(cols, w2, out=out[i:j].reshape(-1, f))
    if bias is not None:
        np.add(out, bias, out=out)
    return out


def _conv_nd_large(x: np.ndarray, w2: np.ndarray, g: _Geometry, dtype: np.dtype, out: np.ndarray) -> np.ndarray:
    """_conv_nd for images whose columns outgrow a chunk: chunks along the first spatial axis too."""
    n, c, f = x.shape[0], x.shape[-1], w2.shape[-1]
    rows = math.prod(g.out_sizes)
    view = g.windows(g.padded(x, dtype))
    per_row = rows // g.out_sizes[0]
    o_step = max(1, _CHUNK_BYTES // max(per_row * g.taps * c * dtype.itemsize, 1))
    cols = np.empty((o_step * per_row, g.taps * c), dtype)
    for i in range(n):
        for o0 in range(0, g.out_sizes[0], o_step):
            o1 = min(o0 + o_step, g.out_sizes[0])
            part = view[i, o0:o1]
            m = (o1 - o0) * per_row
            np.copyto(cols[:m].reshape(part.shape), part)
            np.matmul(cols[:m], w2, out=out[i, o0:o1].reshape(m, f))
    return out


def _flipped(w: np.ndarray) -> np.ndarray:
    """The kernel of the input gradient at stride 1: spatial axes reversed, channels swapped."""
    d = w.ndim - 2
    return np.ascontiguousarray(np.swapaxes(w[(slice(None, None, -1),) * d], -1, -2))


def _col2im_pays(g: _Geometry, c: int, f: int) -> bool:
    """Whether a stride-1 input gradient is faster as grad @ W^T + col2im than as a full correlation.

    The correlation's product has only c output columns and im2col-copies
    f channels per tap; with fewer input than output channels and a small
    window, the col2im route wins (measured, best of 15: a Keras CNN's 3x3
    32->64 'valid' layer 7.5 -> 1.8 ms, 3x3 1->32 1.8 -> 1.5 ms), while for
    5x5 windows its tap columns outgrow the cache (16->32: 10.7 vs 22.8 ms).
    """
    return g.taps <= 9 and c < f


def _conv_nd_grad_input(gy: np.ndarray, w: np.ndarray, g: _Geometry, dtype: np.dtype) -> np.ndarray:
    """dx (N, *S, C) of y = _conv_nd(x, w, g) given dy (N, *O, F): the transposed convolution."""
    n, c, f = gy.shape[0], w.shape[-2], w.shape[-1]
    if gy.size == 0 or c == 0 or math.prod(g.out_sizes) == 0:
        return np.zeros((n, *g.in_sizes, c), dtype)
    if _winograd_t_pays(g, c, f):
        return _conv_transpose_winograd(np.ascontiguousarray(gy, dtype=dtype), w, g, dtype)
    if c < f and _winograd_pays(g, c, f) and winograd.beats_f2(g.out_sizes):
        # the adjoint of F(4x4, 3x3); with c >= f the flipped correlation below is as fast or faster
        return winograd.input_gradient(gy, w, g.in_sizes, g.pad_before, dtype)
    if all(s == 1 for s in g.strides) and not _col2im_pays(g, c, f):
        # a correlation of grad, padded by (dk - 1 - before) at the start, with the flipped kernel
        before = [(k - 1) * dl - b for k, dl, b in zip(g.k_sizes, g.dilations, g.pad_before)]
        gg = _Geometry(g.out_sizes, g.k_sizes, (1,) * len(g.k_sizes), g.dilations, "valid")
        gg.pad_before = tuple(before)
        gg.pad_after = tuple(g.in_sizes[i] + (g.k_sizes[i] - 1) * g.dilations[i] - g.out_sizes[i] - before[i] for i in range(len(before)))
        gg.out_sizes = g.in_sizes
        return _conv_nd(gy, _flipped(w), gg, dtype)
    # one BLAS product grad @ W^T per chunk of images gives every window's tap values; a Numba
    # gather (one input row per job) adds them up where they land, straight into the result
    w2t = np.ascontiguousarray(np.ascontiguousarray(w, dtype=dtype).reshape(-1, f).T)
    d = len(g.in_sizes)
    dx = np.empty((n, *g.in_sizes, c), dtype)
    if dx.size == 0:
        return dx
    rows = math.prod(g.out_sizes)
    step = max(1, _COLS_CHUNK_BYTES // max(rows * g.taps * c * dtype.itemsize, 1))
    gy = np.ascontiguousarray(gy, dtype=dtype)
    lift = (1,) * (3 - d)  # run 1-D and 2-D problems as 3-D ones
    ks, ss, ds, ps = (lift + g.k_sizes, lift + g.strides, lift + g.dilations, (0,) * (3 - d) + g.pad_before)
    dx5 = dx.reshape(n, *lift, *g.in_sizes, c)
    cols = np.empty((min(step, n) * rows, g.taps * c), dtype)
    for i in range(0, n, step):
        j = min(i + step, n)
        part = cols[: (j - i) * rows]
        np.matmul(gy[i:j].reshape(-1, f), w2t, out=part)
        loop = conv_kernels.loop("_col2im", conv_kernels.use_parallel(dx5[i:j].size))
        loop(part.reshape(j - i, *lift, *g.out_sizes, g.taps * c), dx5[i:j], *ks, *ss, *ds, *ps)
    return dx


def _conv_nd_grad_kernel(x: np.ndarray, gy: np.ndarray, k_shape: tuple[int, ...], g: _Geometry, dtype: np.dtype, bias_sum: np.ndarray | None = None) -> np.ndarray:
    """dw (*K, C, F) of y = _conv_nd(x, w, g) given dy: sum over windows of x^T dy.

    `bias_sum` (F,) float64, when given, gets dy summed over all but its channel axis added to
    it (the gradient of a bias added to y): Winograd reads it off its transformed gradient,
    planar columns get it from a row of ones in the same product; other routes sum dy once more.
    """
    n, c, f = x.shape[0], x.shape[-1], gy.shape[-1]
    dw = np.zeros((g.taps * c, f), dtype)
    rows = math.prod(g.out_sizes)
    if n == 0 or rows == 0 or f == 0:
        return dw.reshape(k_shape)
    if _winograd_pays(g, c, f) and winograd.beats_f2(g.out_sizes):
        return winograd.kernel_gradient(x, gy, g.pad_before, dtype, bias_sum)
    gy = np.ascontiguousarray(gy, dtype=dtype)
    if _planar_pays(g, c) and dw.size:
        # not split across threads in one-thread BLAS mode: two halves of this tall product at
        # once ran slower than one (Keras CNN first layer, (10, 43264) x (43264, 32): 0.74 vs 0.82 ms)
        ones = bias_sum is not None
        step = _planar_step(n, g, c, dtype)
        buf = _planar_buffer(g.taps * c, step, g, dtype, ones)
        dwb = np.zeros((g.taps * c + ones, f), dtype)
        for i in range(0, n, step):
            j = min(i + step, n)
            dwb += _planar_columns(x, g, dtype, i, j, buf) @ gy[i:j].reshape(-1, f)
        if ones:
            bias_sum += dwb[-1]
        return dwb[: g.taps * c].reshape(k_shape)
    if bias_sum is not None:
        bias_sum += gy.reshape(-1, f).sum(axis=0, dtype=np.float64)
    if dw.size == 0:
        return dw.reshape(k_shape)
    view = g.windows(g.padded(x, dtype))
    step = _row_chunks(n, rows, g.taps * c * dtype.itemsize)
    for i in range(0, n, step):
        j = min(i + step, n)
        cols = np.ascontiguousarray(view[i:j]).reshape(-1, g.taps * c)
        dw += cols.T @ gy[i:j].reshape(-1, f)
    return dw.reshape(k_shape)


# --------------------------------------------------------------------------- depthwise correlation


def _as_2d(g: _Geometry) -> tuple[int, int, int, int, int, int]:
    """(sh, sw, dh, dw, ph, pw) of a 1-D or 2-D problem seen as 2-D (a 1-D one has height 1)."""
    if len(g.in_sizes) == 1:
        return 1, g.strides[0], 1, g.dilations[0], 0, g.pad_before[0]
    return g.strides[0], g.strides[1], g.dilations[0], g.dilations[1], g.pad_before[0], g.pad_before[1]


def _image(a: np.ndarray, d: int, dtype: np.dtype) -> np.ndarray:
    """(N, *S, C) as a C-contiguous (N, H, W, C) array in `dtype` (1-D: H = 1)."""
    a = np.ascontiguousarray(a, dtype=dtype)
    return a.reshape(a.shape[0], 1, *a.shape[1:]) if d == 1 else a


def _dw_kernel(w: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """(*K, C, M) -> C-contiguous (KH, KW, C*M) in `dtype` (1-D: KH = 1)."""
    w = np.ascontiguousarray(w, dtype=dtype)
    k = w.shape[:-2]
    if len(k) == 1:
        k = (1, k[0])
    return w.reshape(*k, w.shape[-2] * w.shape[-1])


#: Values per vectorised run of the 3-wide depthwise kernel (its tiled kernel, KH * 3 * this, stays in L1).
_DW3_BLOCK = 512


def _depthwise_nd(x: np.ndarray, w: np.ndarray, g: _Geometry, dtype: np.dtype) -> np.ndarray:
    """y (N, *O, C*M) = per-channel correlation of x (N, *S, C) with w (*K, C, M); channel c*M + m."""
    n, c, m = x.shape[0], x.shape[-1], w.shape[-1]
    d = len(g.in_sizes)
    out = np.empty((n, *g.out_sizes, c * m), dtype)
    if out.size == 0:
        return out
    if math.prod(g.in_sizes) == 0:
        out[...] = 0
        return out
    x4, w3 = _image(x, d, dtype), _dw_kernel(w, dtype)
    out4 = out.reshape(x4.shape[0], -1, out.shape[-2], out.shape[-1]) if d == 1 else out
    sh, sw, dh, dw, ph, pw = _as_2d(g)
    parallel = conv_kernels.use_parallel(out.size)
    if m == 1 and sw == 1 and w3.shape[1] == 3:
        # three taps per pass over a block of output columns, four output rows at once (see _dw3_rows_py)
        blk = max(1, min(out4.shape[2], _DW3_BLOCK // max(c, 1)))
        wt = np.ascontiguousarray(np.tile(w3, (1, 1, blk)))
        conv_kernels.loop("_dw3p", parallel)(x4, wt, out4, sh, dh, dw, ph, pw)
        return out
    if m == 1 and sw == 1:
        # the kernel tiled along an output row: one contiguous run per tap (see _dw_flat_row_py)
        wt = np.ascontiguousarray(np.tile(w3, (1, 1, out4.shape[2])))
        conv_kernels.loop("_dw_flat", parallel)(x4, wt, out4, sh, dh, dw, ph, pw)
        return out
    conv_kernels.loop("_dw_fwd", parallel)(x4, w3, out4, sh, sw, dh, dw, ph, pw)
    return out


def _depthwise_nd_grad_input(gy: np.ndarray, w: np.ndarray, g: _Geometry, dtype: np.dtype) -> np.ndarray:
    """dx (N, *S, C) of y = _depthwise_nd(x, w, g) given dy (N, *O, C*M)."""
    n, c = gy.shape[0], w.shape[-2]
    d = len(g.in_sizes)
    dx = np.zeros((n, *g.in_sizes, c), dtype)
    if gy.size == 0 or dx.size == 0:
        return dx
    gy4, w3 = _image(gy, d, dtype), _dw_kernel(w, dtype)
    dx4 = dx.reshape(n, 1, *dx.shape[1:]) if d == 1 else dx
    conv_kernels.loop("_dw_gin", conv_kernels.use_parallel(dx.size + gy.size))(gy4, w3, dx4, *_as_2d(g))
    return dx


def _depthwise_nd_grad_kernel(x: np.ndarray, gy: np.ndarray, k_shape: tuple[int, ...], g: _Geometry, dtype: np.dtype) -> np.ndarray:
    """dw (*K, C, M) of y = _depthwise_nd(x, w, g) given dy (N, *O, C*M)."""
    d = len(g.in_sizes)
    if x.shape[0] == 0 or math.prod(g.out_sizes) == 0 or math.prod(k_shape) == 0 or math.prod(g.in_sizes) == 0:
        return np.zeros(k_shape, dtype)
    x4, gy4 = _image(x, d, dtype), _image(gy, d, dtype)
    kh, kw = (1, k_shape[0]) if d == 1 else k_shape[:2]
    rows = gy4.shape[0] * gy4.shape[1]
    parallel = conv_kernels.use_parallel(gy.size + x.size)
    # one partial sum per chunk of output rows, added up here (a few KB each)
    parts = np.zeros((min(rows, 8) if parallel else 1, kh, kw, gy4.shape[-1]), dtype)
    conv_kernels.loop("_dw_gk", parallel)(x4, gy4, parts, *_as_2d(g))
    return parts.sum(axis=0).reshape(k_shape)


# --------------------------------------------------------------------------- locally connected


def _local_patches(x: np.ndarray, g: _Geometry, first: bool, dtype: np.dtype) -> np.ndarray:
    """(P, N, features) patches of x (N, *S, C) (channels-last); features ordered (*K, C), or (C, *K) for channels_first."""
    d = len(g.in_sizes)
    view = g.windows(np.ascontiguousarray(x, dtype=dtype))  # (N, *O, *K, C)
    if first:
        order = (*range(1, 1 + d), 0, 1 + 2 * d, *range(1 + d, 1 + 2 * d))
    else:
        order = (*range(1, 1 + d), 0, *range(1 + d, 2 + 2 * d))
    p = math.prod(g.out_sizes)
    return np.ascontiguousarray(view.transpose(order)).reshape(p, x.shape[0], g.taps * x.shape[-1])


def _local_nd(x: np.ndarray, kernel: np.ndarray, g: _Geometry, first: bool, dtype: np.dtype) -> np.ndarray:
    n, f = x.shape[0], kernel.shape[-1]
    patches = _local_patches(x, g, first, dtype)
    y = np.matmul(patches, np.asarray(kernel, dtype=dtype))  # (P, N, F)
    return np.moveaxis(y.reshape(*g.out_sizes, n, f), -2, 0)  # (N, *O, F)


def _local_nd_grad_kernel(x: np.ndarray, gy: np.ndarray, g: _Geometry, first: bool, dtype: np.dtype) -> np.ndarray:
    n, f = x.shape[0], gy.shape[-1]
    patches = _local_patches(x, g, first, dtype)
    gyp = np.ascontiguousarray(np.moveaxis(np.asarray(gy, dtype=dtype), 0, -2)).reshape(math.prod(g.out_sizes), n, f)  # (P, N, F)
    return np.matmul(patches.transpose(0, 2, 1), gyp)


def _local_nd_grad_input(gy: np.ndarray, kernel: np.ndarray, g: _Geometry, first: bool, c: int, dtype: np.dtype) -> np.ndarray:
    n, f = gy.shape[0], kernel.shape[-1]
    d = len(g.in_sizes)
    gyp = np.ascontiguousarray(np.moveaxis(np.asarray(gy, dtype=dtype), 0, -2)).reshape(math.prod(g.out_sizes), n, f)
    dp = np.matmul(gyp, np.swapaxes(np.asarray(kernel, dtype=dtype), 1, 2))  # (P, N, features)
    if first:
        cols = dp.reshape(*g.out_sizes, n, c, *g.k_sizes)
        cols = cols.transpose(d, *range(d), *range(d + 2, 2 * d + 2), d + 1)
    else:
        cols = dp.reshape(*g.out_sizes, n, *g.k_sizes, c)
        cols = np.moveaxis(cols, d, 0)
    dx = np.zeros((n, *g.in_sizes, c), dtype)
    g.scatter(dx, cols)
    return dx


# --------------------------------------------------------------------------- dense convolutions (public)

_NAMES = {1: "conv1d", 2: "conv2d", 3: "conv3d"}


def _dense_problem(fn: str, d: int, x, kernel, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    """Validated (x channels-last, kernel, geometry, compute dtype, channels_first?) of a dense conv."""
    x = np.asarray(x)
    kernel = np.asarray(kernel)
    first = _data_format(data_format) == _FIRST
    _need_rank(fn, "x", x, d + 2, "(batch, " + ("channels, spatial..." if first else "spatial..., channels") + ")")
    _need_rank(fn, "kernel", kernel, d + 2, "(window..., in_channels, out_channels)")
    xs = _to_cl(x, first)
    if xs.shape[-1] != kernel.shape[-2]:
        raise ValueError(
            f"keras_numba.{fn}: kernel expects {kernel.shape[-2]} input channels (kernel.shape[-2]) but x has {xs.shape[-1]}"
            f" (x {x.shape}, kernel {kernel.shape}, data_format {_data_format(data_format)!r})"
        )
    s, dl = _steps(fn, d, strides, dilation_rate, padding, causal=True)
    g = _Geometry(xs.shape[1:-1], kernel.shape[:d], s, dl, padding)
    return xs, kernel, g, _compute_dtype(x.dtype), first, x.dtype


def _dense(d: int, x, kernel, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype = _dense_problem(_NAMES[d], d, x, kernel, strides, padding, data_format, dilation_rate)
    return _finish(_conv_nd(xs, kernel, g, cd), dtype, first)


def _dense_grad_input(d: int, grad, x, kernel, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype = _dense_problem(_NAMES[d], d, x, kernel, strides, padding, data_format, dilation_rate)
    gy = _to_cl(np.asarray(grad), first)
    cd = np.result_type(cd, _compute_dtype(gy.dtype))
    return _finish(_conv_nd_grad_input(gy, kernel, g, cd), dtype, first)


def _dense_grad_kernel(d: int, grad, x, kernel, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype = _dense_problem(_NAMES[d], d, x, kernel, strides, padding, data_format, dilation_rate)
    gy = _to_cl(np.asarray(grad), first)
    cd = np.result_type(cd, _compute_dtype(gy.dtype))
    dw = _conv_nd_grad_kernel(xs, gy, kernel.shape, g, cd)
    return dw.astype(kernel.dtype) if dw.dtype != kernel.dtype else dw


# --------------------------------------------------------------------------- bias epilogues
#
# Keras builds Conv*D(use_bias=True) as bias_add(conv(x, kernel), bias). The graph builds that
# pair as one node of `conv*d_biased` (spec `bias_epilogue` on the convolutions, `folds_bias`
# on bias_add; see graph._folded), whose gradient rule makes one node for the kernel and bias
# gradients together. On the Keras CNN's layers this saves the bias pass over the output and
# the one over its gradient (per batch, in the step: 0.28 and 0.25 ms of ~10).


def _epilogue_bias(bias: Any, f: int, dtype: np.dtype, cd: np.dtype) -> np.ndarray | None:
    """The bias as (F,) in the compute dtype, or None when bias_add's own rules must apply
    (another rank, length or dtype: it then reports or broadcasts as it always does)."""
    b = np.asarray(bias)
    if b.ndim != 1 or b.shape[0] != f or b.dtype != dtype:
        return None
    return np.ascontiguousarray(b, dtype=cd)


def _dense_biased(d: int, x, kernel, bias, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    """bias_add(conv(x, kernel, ...), bias, data_format): the bias added inside the convolution."""
    xs, kernel, g, cd, first, dtype = _dense_problem(_NAMES[d], d, x, kernel, strides, padding, data_format, dilation_rate)
    b = _epilogue_bias(bias, kernel.shape[-1], dtype, cd)
    if b is None:
        from .array_ops import bias_add

        return bias_add(_finish(_conv_nd(xs, kernel, g, cd), dtype, first), np.asarray(bias), data_format)
    return _finish(_conv_nd(xs, kernel, g, cd, b), dtype, first)


def _dense_grad_kernel_bias(d: int, grad, x, kernel, bias, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    """(kernel gradient, bias gradient) of `_dense_biased`, from one pass over grad where the route allows."""
    xs, kernel, g, cd, first, dtype = _dense_problem(_NAMES[d], d, x, kernel, strides, padding, data_format, dilation_rate)
    bias = np.asarray(bias)
    gy = _to_cl(np.asarray(grad), first)
    cd = np.result_type(cd, _compute_dtype(gy.dtype))
    sums = np.zeros(gy.shape[-1], np.float64)
    dw = _conv_nd_grad_kernel(xs, gy, kernel.shape, g, cd, sums)
    db = sums.astype(bias.dtype).reshape(bias.shape) if bias.shape == sums.shape else _sum_to_layout(gy, bias, first)
    return (dw.astype(kernel.dtype) if dw.dtype != kernel.dtype else dw), db


def _sum_to_layout(gy: np.ndarray, bias: np.ndarray, first: bool) -> np.ndarray:
    """bias_add's bias gradient for a bias other than (F,) (its rank ndim - 1 layouts)."""
    from .derivatives import _bias_layout

    g = _from_cl(gy, first)
    layout = _bias_layout(g.ndim, bias.shape, _FIRST if first else "channels_last")
    axes = tuple(i for i, n in enumerate(layout) if n == 1)
    return g.sum(axis=axes, dtype=np.float64).astype(bias.dtype).reshape(bias.shape)


def _biased_rule(d: int) -> Any:
    """The gradient rule of conv{d}d_biased: the input gradient, and one node for kernel and bias."""
    name = _NAMES[d]

    def rule(grad, result, x, kernel, bias, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
        from .derivatives import lifted_module

        lifted = lifted_module("conv")
        dk, db = getattr(lifted, f"{name}_grad_kernel_bias")(grad, x, kernel, bias, strides, padding, data_format, dilation_rate)
        return {"x": getattr(lifted, f"{name}_grad_input")(grad, x, kernel, strides, padding, data_format, dilation_rate), "kernel": dk, "bias": db}

    rule.keyword_rule = True  # type: ignore[attr-defined]
    rule.__name__ = f"grad_{name}_biased"
    return rule


def conv1d_biased(x, kernel, bias, strides=1, padding="valid", data_format=None, dilation_rate=1):  # type: ignore[no-untyped-def]
    return _dense_biased(1, x, kernel, bias, strides, padding, data_format, dilation_rate)


def conv2d_biased(x, kernel, bias, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    return _dense_biased(2, x, kernel, bias, strides, padding, data_format, dilation_rate)


def conv3d_biased(x, kernel, bias, strides=(1, 1, 1), padding="valid", data_format=None, dilation_rate=(1, 1, 1)):  # type: ignore[no-untyped-def]
    return _dense_biased(3, x, kernel, bias, strides, padding, data_format, dilation_rate)


def conv1d_grad_kernel_bias(grad, x, kernel, bias, strides=1, padding="valid", data_format=None, dilation_rate=1):  # type: ignore[no-untyped-def]
    return _dense_grad_kernel_bias(1, grad, x, kernel, bias, strides, padding, data_format, dilation_rate)


def conv2d_grad_kernel_bias(grad, x, kernel, bias, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    return _dense_grad_kernel_bias(2, grad, x, kernel, bias, strides, padding, data_format, dilation_rate)


def conv3d_grad_kernel_bias(grad, x, kernel, bias, strides=(1, 1, 1), padding="valid", data_format=None, dilation_rate=(1, 1, 1)):  # type: ignore[no-untyped-def]
    return _dense_grad_kernel_bias(3, grad, x, kernel, bias, strides, padding, data_format, dilation_rate)


conv1d_biased.gradient = _biased_rule(1)  # type: ignore[attr-defined]
conv2d_biased.gradient = _biased_rule(2)  # type: ignore[attr-defined]
conv3d_biased.gradient = _biased_rule(3)  # type: ignore[attr-defined]


def conv1d(x, kernel, strides=1, padding="valid", data_format=None, dilation_rate=1):  # type: ignore[no-untyped-def]
    return _dense(1, x, kernel, strides, padding, data_format, dilation_rate)


def conv2d(x, kernel, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    return _dense(2, x, kernel, strides, padding, data_format, dilation_rate)


def conv3d(x, kernel, strides=(1, 1, 1), padding="valid", data_format=None, dilation_rate=(1, 1, 1)):  # type: ignore[no-untyped-def]
    return _dense(3, x, kernel, strides, padding, data_format, dilation_rate)


def conv1d_grad_input(grad, x, kernel, strides=1, padding="valid", data_format=None, dilation_rate=1):  # type: ignore[no-untyped-def]
    return _dense_grad_input(1, grad, x, kernel, strides, padding, data_format, dilation_rate)


def conv1d_grad_kernel(grad, x, kernel, strides=1, padding="valid", data_format=None, dilation_rate=1):  # type: ignore[no-untyped-def]
    return _dense_grad_kernel(1, grad, x, kernel, strides, padding, data_format, dilation_rate)


def conv2d_grad_input(grad, x, kernel, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    return _dense_grad_input(2, grad, x, kernel, strides, padding, data_format, dilation_rate)


def conv2d_grad_kernel(grad, x, kernel, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    return _dense_grad_kernel(2, grad, x, kernel, strides, padding, data_format, dilation_rate)


def conv3d_grad_input(grad, x, kernel, strides=(1, 1, 1), padding="valid", data_format=None, dilation_rate=(1, 1, 1)):  # type: ignore[no-untyped-def]
    return _dense_grad_input(3, grad, x, kernel, strides, padding, data_format, dilation_rate)


def conv3d_grad_kernel(grad, x, kernel, strides=(1, 1, 1), padding="valid", data_format=None, dilation_rate=(1, 1, 1)):  # type: ignore[no-untyped-def]
    return _dense_grad_kernel(3, grad, x, kernel, strides, padding, data_format, dilation_rate)


def output_shape(x, kernel, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    """Static output shape of conv1d/2d/3d from shape tuples (None = unknown size)."""
    d = len(x) - 2
    first = _data_format(data_format) == _FIRST
    fn = _NAMES.get(d, "conv")
    s = _tuple(fn, "strides", strides, d)
    dl = _tuple(fn, "dilation_rate", dilation_rate, d)
    spatial = x[2:] if first else x[1:-1]
    outs = []
    for i, k, st, r in zip(spatial, kernel[:d], s, dl):
        if i is None or k is None:
            outs.append(None)
            continue
        outs.append(_Geometry((i,), (k,), (st,), (r,), padding).out_sizes[0])
    f = kernel[-1]
    return (x[0], f, *outs) if first else (x[0], *outs, f)


# --------------------------------------------------------------------------- transposed convolution (public)


def _transpose_problem(fn: str, d: int, x, kernel, out_shape, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    x = np.asarray(x)
    kernel = np.asarray(kernel)
    first = _data_format(data_format) == _FIRST
    _need_rank(fn, "x", x, d + 2, "(batch, " + ("channels, spatial..." if first else "spatial..., channels") + ")")
    _need_rank(fn, "kernel", kernel, d + 2, "(window..., out_channels, in_channels)")
    xs = _to_cl(x, first)
    if xs.shape[-1] != kernel.shape[-1]:
        raise ValueError(
            f"keras_numba.{fn}: kernel expects {kernel.shape[-1]} input channels (kernel.shape[-1]) but x has {xs.shape[-1]}"
            f" (x {x.shape}, kernel {kernel.shape}, data_format {_data_format(data_format)!r})"
        )
    s, dl = _steps(fn, d, strides, dilation_rate, padding)
    shape = _transpose_out_shape(fn, d, x.shape, out_shape, first, kernel.shape, s, padding, dl)
    out_cl = (shape[0], *shape[2:], shape[1]) if first else shape
    if out_cl[0] != x.shape[0]:
        raise ValueError(f"keras_numba.{fn}: output_shape has batch size {out_cl[0]} but x has {x.shape[0]}; got output_shape={out_shape!r}")
    if out_cl[-1] != kernel.shape[-2]:
        raise ValueError(f"keras_numba.{fn}: output_shape has {out_cl[-1]} channels but kernel.shape[-2] is {kernel.shape[-2]}; got output_shape={out_shape!r}")
    g = _Geometry(out_cl[1:-1], kernel.shape[:d], s, dl, padding)
    if g.out_sizes != xs.shape[1:-1]:
        raise ValueError(
            f"keras_numba.{fn}: output_shape {tuple(out_shape)} does not match x: a {padding!r} convolution of that shape gives spatial size "
            f"{g.out_sizes}, but x has {xs.shape[1:-1]}"
        )
    return xs, kernel, g, _compute_dtype(x.dtype), first, x.dtype, out_cl


def _transpose_out_shape(fn: str, d: int, x_shape, out_shape, first, k_shape, strides, padding, dilations):  # type: ignore[no-untyped-def]
    """`output_shape` with a None/-1 batch taken from x and None sizes filled in (Keras' layer rule)."""
    if hasattr(out_shape, "tolist") and not isinstance(out_shape, (list, tuple)):
        out_shape = out_shape.tolist()
    try:
        items = list(out_shape)
    except TypeError:
        raise TypeError(f"keras_numba.{fn}: output_shape must be a sequence of {d + 2} ints; got {out_shape!r}") from None
    # 0-d integer arrays are ints too: Keras 2 passes `K.shape(x)[0]`, an array when a graph runs
    items = [v.item() if isinstance(v, np.ndarray) and v.ndim == 0 and v.dtype.kind in "iu" else v for v in items]
    if len(items) != d + 2:
        raise ValueError(f"keras_numba.{fn}: output_shape must be a sequence of {d + 2} ints (batch, spatial and channels in data_format order); got {out_shape!r}")
    if items[0] is None or (isinstance(items[0], (int, np.integer)) and items[0] == -1):
        items[0] = x_shape[0]
    spatial = list(range(2, d + 2)) if first else list(range(1, d + 1))
    cpos = 1 if first else d + 1
    if items[cpos] is None:
        items[cpos] = k_shape[-2]
    xs = [x_shape[i] for i in spatial]
    for j, i in enumerate(spatial):
        if items[i] is None:
            dk = (k_shape[j] - 1) * dilations[j] + 1
            items[i] = xs[j] * strides[j] + (max(dk - strides[j], 0) if padding == "valid" else 0)
    for v in items:
        if v is None or isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer)):
            raise TypeError(f"keras_numba.{fn}: output_shape must be a sequence of {d + 2} ints or None; got {out_shape!r}")
        if v < 0:
            raise ValueError(f"keras_numba.{fn}: output_shape sizes must be non-negative (the batch may be None or -1); got {out_shape!r}")
    return tuple(int(v) for v in items)


def conv2d_transpose(x, kernel, output_shape, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype, _ = _transpose_problem("conv2d_transpose", 2, x, kernel, output_shape, strides, padding, data_format, dilation_rate)
    return _finish(_conv_nd_grad_input(xs, kernel, g, cd), dtype, first)


def conv2d_transpose_grad_input(grad, x, kernel, output_shape, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype, _ = _transpose_problem("conv2d_transpose", 2, x, kernel, output_shape, strides, padding, data_format, dilation_rate)
    gy = _to_cl(np.asarray(grad), first)
    cd = np.result_type(cd, _compute_dtype(gy.dtype))
    return _finish(_conv_nd(gy, kernel, g, cd), dtype, first)


def conv2d_transpose_grad_kernel(grad, x, kernel, output_shape, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype, _ = _transpose_problem("conv2d_transpose", 2, x, kernel, output_shape, strides, padding, data_format, dilation_rate)
    gy = _to_cl(np.asarray(grad), first)
    cd = np.result_type(cd, _compute_dtype(gy.dtype))
    dw = _conv_nd_grad_kernel(gy, xs, kernel.shape, g, cd)
    return dw.astype(kernel.dtype) if dw.dtype != kernel.dtype else dw


def conv3d_transpose(x, kernel, output_shape, strides=(1, 1, 1), padding="valid", data_format=None):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype, _ = _transpose_problem("conv3d_transpose", 3, x, kernel, output_shape, strides, padding, data_format, 1)
    return _finish(_conv_nd_grad_input(xs, kernel, g, cd), dtype, first)


def conv3d_transpose_grad_input(grad, x, kernel, output_shape, strides=(1, 1, 1), padding="valid", data_format=None):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype, _ = _transpose_problem("conv3d_transpose", 3, x, kernel, output_shape, strides, padding, data_format, 1)
    gy = _to_cl(np.asarray(grad), first)
    cd = np.result_type(cd, _compute_dtype(gy.dtype))
    return _finish(_conv_nd(gy, kernel, g, cd), dtype, first)


def conv3d_transpose_grad_kernel(grad, x, kernel, output_shape, strides=(1, 1, 1), padding="valid", data_format=None):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype, _ = _transpose_problem("conv3d_transpose", 3, x, kernel, output_shape, strides, padding, data_format, 1)
    gy = _to_cl(np.asarray(grad), first)
    cd = np.result_type(cd, _compute_dtype(gy.dtype))
    dw = _conv_nd_grad_kernel(gy, xs, kernel.shape, g, cd)
    return dw.astype(kernel.dtype) if dw.dtype != kernel.dtype else dw


def conv3d_transpose_output_shape(x, kernel, output_shape, strides, padding, data_format):  # type: ignore[no-untyped-def]
    """Static output shape of conv3d_transpose (no dilation)."""
    return transpose_output_shape(x, kernel, output_shape, strides, padding, data_format, 1)


def transpose_output_shape(x, kernel, output_shape, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    """Static output shape of conv2d_transpose (None stays None when it depends on an unknown size)."""
    d = len(x) - 2
    fn = {2: "conv2d_transpose", 3: "conv3d_transpose"}.get(d, "conv_transpose")
    first = _data_format(data_format) == _FIRST
    s = _tuple(fn, "strides", strides, d)
    dl = _tuple(fn, "dilation_rate", dilation_rate, d)
    items = list(output_shape.tolist() if hasattr(output_shape, "tolist") else output_shape)
    if items and (items[0] is None or items[0] == -1):
        items[0] = x[0]
    spatial = list(range(2, d + 2)) if first else list(range(1, d + 1))
    cpos = 1 if first else d + 1
    if items[cpos] is None:
        items[cpos] = kernel[-2]
    for j, i in enumerate(spatial):
        if items[i] is None and x[i] is not None and kernel[j] is not None:
            dk = (kernel[j] - 1) * dl[j] + 1
            items[i] = x[i] * s[j] + (max(dk - s[j], 0) if padding == "valid" else 0)
    return tuple(items)


# --------------------------------------------------------------------------- separable convolution (public)


def _separable_problem(fn: str, d: int, x, dw, pw, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    x, dw, pw = np.asarray(x), np.asarray(dw), np.asarray(pw)
    first = _data_format(data_format) == _FIRST
    _need_rank(fn, "x", x, d + 2, "(batch, " + ("channels, spatial..." if first else "spatial..., channels") + ")")
    _need_rank(fn, "depthwise_kernel", dw, d + 2, "(window..., in_channels, depth_multiplier)")
    _need_rank(fn, "pointwise_kernel", pw, d + 2, "((1,) * rank, in_channels * depth_multiplier, out_channels)")
    xs = _to_cl(x, first)
    if xs.shape[-1] != dw.shape[-2]:
        raise ValueError(
            f"keras_numba.{fn}: depthwise_kernel expects {dw.shape[-2]} input channels (depthwise_kernel.shape[-2]) but x has {xs.shape[-1]}"
            f" (x {x.shape}, data_format {_data_format(data_format)!r})"
        )
    if pw.shape[:d] != (1,) * d or pw.shape[-2] != dw.shape[-2] * dw.shape[-1]:
        raise ValueError(
            f"keras_numba.{fn}: pointwise_kernel must have shape {(1,) * d + (dw.shape[-2] * dw.shape[-1], 'out_channels')} for depthwise_kernel "
            f"{dw.shape}; got {pw.shape}"
        )
    s, dl = _steps(fn, d, strides, dilation_rate, padding)
    g = _Geometry(xs.shape[1:-1], dw.shape[:d], s, dl, padding)
    return xs, dw, pw.reshape(pw.shape[-2], pw.shape[-1]), g, _compute_dtype(x.dtype), first, x.dtype


def _separable_forward(xs: np.ndarray, dw: np.ndarray, pw: np.ndarray, g: _Geometry, cd: np.dtype) -> np.ndarray:
    """y (N, *O, F) = (depthwise of xs) @ pw.

    One depthwise kernel call and one BLAS product over the whole batch. Chunks of images
    (depthwise of ~1-4 MB of output, then one product per chunk straight into its slice of
    `y`, so BLAS reads the intermediate channels from cache) were measured twice and lost
    both times: earlier 3.0-3.4 vs 2.9-3.9 ms; again in `python -m benchmarks --only
    separable_conv2d` (TBB kernels, interleaved runs, bench shape): whole batch 2.15-2.18 ms,
    1 MB chunks 2.43-2.45 ms, and on a loaded box 1-4 MB chunks took 3-60 ms against
    5.8-6.9 ms (each chunk hands the cores from TBB to the OpenBLAS threads and back).
    """
    z = _depthwise_nd(xs, dw, g, cd)
    k, f = pw.shape
    y = np.empty((*z.shape[:-1], f), cd)
    if y.size:
        rows = y.size // f
        np.matmul(z.reshape(rows, k), np.ascontiguousarray(pw, dtype=cd), out=y.reshape(rows, f))
    return y


def _separable(fn: str, d: int, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    xs, dw, pw, g, cd, first, dtype = _separable_problem(fn, d, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)
    return _finish(_separable_forward(xs, dw, pw, g, cd), dtype, first)


def separable_conv1d(x, depthwise_kernel, pointwise_kernel, strides=1, padding="valid", data_format=None, dilation_rate=1):  # type: ignore[no-untyped-def]
    return _separable("separable_conv1d", 1, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)


def separable_conv2d(x, depthwise_kernel, pointwise_kernel, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    return _separable("separable_conv2d", 2, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)


def _separable_grads(which: str, fn: str, d: int, grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    xs, dw, pw, g, cd, first, dtype = _separable_problem(fn, d, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)
    gy = _to_cl(np.asarray(grad), first)
    cd = np.result_type(cd, _compute_dtype(gy.dtype))
    gy = np.asarray(gy, dtype=cd)
    pwc = pw.astype(cd, copy=False)
    if which == "pointwise":
        z = _depthwise_nd(xs, dw, g, cd)
        k = z.shape[-1]
        dp = z.reshape(-1, k).T @ gy.reshape(-1, gy.shape[-1])
        pk = np.asarray(pointwise_kernel)
        return dp.reshape(pk.shape).astype(pk.dtype)
    gz = np.matmul(gy, pwc.T)
    if which == "depthwise":
        return _depthwise_nd_grad_kernel(xs, gz, dw.shape, g, cd).astype(dw.dtype)
    return _finish(_depthwise_nd_grad_input(gz, dw, g, cd), dtype, first)


def separable_conv1d_grad_input(grad, x, depthwise_kernel, pointwise_kernel, strides=1, padding="valid", data_format=None, dilation_rate=1):  # type: ignore[no-untyped-def]
    return _separable_grads("input", "separable_conv1d", 1, grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)


def separable_conv1d_grad_depthwise(grad, x, depthwise_kernel, pointwise_kernel, strides=1, padding="valid", data_format=None, dilation_rate=1):  # type: ignore[no-untyped-def]
    return _separable_grads("depthwise", "separable_conv1d", 1, grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)


def separable_conv1d_grad_pointwise(grad, x, depthwise_kernel, pointwise_kernel, strides=1, padding="valid", data_format=None, dilation_rate=1):  # type: ignore[no-untyped-def]
    return _separable_grads("pointwise", "separable_conv1d", 1, grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)


def separable_conv2d_grad_input(grad, x, depthwise_kernel, pointwise_kernel, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    return _separable_grads("input", "separable_conv2d", 2, grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)


def separable_conv2d_grad_depthwise(grad, x, depthwise_kernel, pointwise_kernel, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    return _separable_grads("depthwise", "separable_conv2d", 2, grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)


def separable_conv2d_grad_pointwise(grad, x, depthwise_kernel, pointwise_kernel, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    return _separable_grads("pointwise", "separable_conv2d", 2, grad, x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate)


def separable_output_shape(x, depthwise_kernel, pointwise_kernel, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    d = len(x) - 2
    shape = output_shape(x, depthwise_kernel, strides, padding, data_format, dilation_rate)
    first = _data_format(data_format) == _FIRST
    f = pointwise_kernel[-1]
    return (shape[0], f, *shape[2:]) if first else (*shape[: d + 1], f)


# --------------------------------------------------------------------------- depthwise convolution (public)


def _depthwise_problem(fn: str, d: int, x, kernel, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    x, kernel = np.asarray(x), np.asarray(kernel)
    first = _data_format(data_format) == _FIRST
    _need_rank(fn, "x", x, d + 2, "(batch, " + ("channels, spatial..." if first else "spatial..., channels") + ")")
    _need_rank(fn, "depthwise_kernel", kernel, d + 2, "(window..., in_channels, depth_multiplier)")
    xs = _to_cl(x, first)
    if xs.shape[-1] != kernel.shape[-2]:
        raise ValueError(
            f"keras_numba.{fn}: depthwise_kernel expects {kernel.shape[-2]} input channels (depthwise_kernel.shape[-2]) but x has {xs.shape[-1]}"
            f" (x {x.shape}, data_format {_data_format(data_format)!r})"
        )
    s, dl = _steps(fn, d, strides, dilation_rate, padding)
    g = _Geometry(xs.shape[1:-1], kernel.shape[:d], s, dl, padding)
    return xs, kernel, g, _compute_dtype(x.dtype), first, x.dtype


def depthwise_conv2d(x, depthwise_kernel, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype = _depthwise_problem("depthwise_conv2d", 2, x, depthwise_kernel, strides, padding, data_format, dilation_rate)
    return _finish(_depthwise_nd(xs, kernel, g, cd), dtype, first)


def depthwise_conv2d_grad_input(grad, x, depthwise_kernel, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype = _depthwise_problem("depthwise_conv2d", 2, x, depthwise_kernel, strides, padding, data_format, dilation_rate)
    gy = _to_cl(np.asarray(grad), first)
    cd = np.result_type(cd, _compute_dtype(gy.dtype))
    return _finish(_depthwise_nd_grad_input(gy, kernel, g, cd), dtype, first)


def depthwise_conv2d_grad_kernel(grad, x, depthwise_kernel, strides=(1, 1), padding="valid", data_format=None, dilation_rate=(1, 1)):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype = _depthwise_problem("depthwise_conv2d", 2, x, depthwise_kernel, strides, padding, data_format, dilation_rate)
    gy = _to_cl(np.asarray(grad), first)
    cd = np.result_type(cd, _compute_dtype(gy.dtype))
    dw = _depthwise_nd_grad_kernel(xs, gy, kernel.shape, g, cd)
    return dw.astype(kernel.dtype) if dw.dtype != kernel.dtype else dw


def depthwise_output_shape(x, depthwise_kernel, strides, padding, data_format, dilation_rate):  # type: ignore[no-untyped-def]
    """Static output shape of depthwise_conv2d: conv2d's with in_channels * depth_multiplier channels."""
    c = depthwise_kernel[-2] * depthwise_kernel[-1] if depthwise_kernel[-2] is not None and depthwise_kernel[-1] is not None else None
    return output_shape(x, (*depthwise_kernel[:-2], depthwise_kernel[-2], c), strides, padding, data_format, dilation_rate)


# --------------------------------------------------------------------------- locally connected (public)


def _local_problem(fn: str, d: int, inputs, kernel, kernel_size, strides, out_sizes, data_format):  # type: ignore[no-untyped-def]
    x, kernel = np.asarray(inputs), np.asarray(kernel)
    first = _data_format(data_format) == _FIRST
    _need_rank(fn, "inputs", x, d + 2, "(batch, " + ("channels, spatial..." if first else "spatial..., channels") + ")")
    _need_rank(fn, "kernel", kernel, 3, "(output positions, window size * channels, filters)")
    ks = _tuple(fn, "kernel_size", kernel_size, d)
    s = _tuple(fn, "strides", strides, d)
    xs = _to_cl(x, first)
    c = xs.shape[-1]
    if out_sizes is None:
        out_sizes = (kernel.shape[0],)
    else:
        out_sizes = _tuple(fn, "output_shape", out_sizes, d, positive=False)
        if any(o < 0 for o in out_sizes):
            raise ValueError(f"keras_numba.{fn}: output_shape must be non-negative; got {out_sizes!r}")
    for i, (n, k, st, o) in enumerate(zip(xs.shape[1:-1], ks, s, out_sizes)):
        if o > 0 and (o - 1) * st + k > n:
            what = "kernel.shape[0]" if d == 1 else f"output_shape[{i}]"
            raise ValueError(
                f"keras_numba.{fn}: {what} = {o} windows of size {k} with stride {st} do not fit in the {n} input positions of spatial axis {i}"
            )
    if kernel.shape[0] != math.prod(out_sizes):
        raise ValueError(f"keras_numba.{fn}: kernel.shape[0] must be the number of output positions {math.prod(out_sizes)}; got kernel shape {kernel.shape}")
    if kernel.shape[1] != math.prod(ks) * c:
        raise ValueError(
            f"keras_numba.{fn}: kernel.shape[1] must be prod(kernel_size) * channels = {math.prod(ks) * c}; got kernel shape {kernel.shape} for inputs {x.shape}"
        )
    g = _Geometry(xs.shape[1:-1], ks, s, (1,) * d, "valid", out_sizes=out_sizes)
    return xs, kernel, g, _compute_dtype(x.dtype), first, x.dtype


def _local(fn, d, inputs, kernel, kernel_size, strides, out_sizes, data_format):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype = _local_problem(fn, d, inputs, kernel, kernel_size, strides, out_sizes, data_format)
    return _finish(_local_nd(xs, kernel, g, first, cd), dtype, first)


def local_conv1d(inputs, kernel, kernel_size, strides, data_format=None):  # type: ignore[no-untyped-def]
    return _local("local_conv1d", 1, inputs, kernel, kernel_size, strides, None, data_format)


def local_conv2d(inputs, kernel, kernel_size, strides, output_shape, data_format=None):  # type: ignore[no-untyped-def]
    return _local("local_conv2d", 2, inputs, kernel, kernel_size, strides, output_shape, data_format)


def _local_grad(which, fn, d, grad, inputs, kernel, kernel_size, strides, out_sizes, data_format):  # type: ignore[no-untyped-def]
    xs, kernel, g, cd, first, dtype = _local_problem(fn, d, inputs, kernel, kernel_size, strides, out_sizes, data_format)
    gy = _to_cl(np.asarray(grad), first)
    cd = np.result_type(cd, _compute_dtype(gy.dtype))
    if which == "kernel":
        return _local_nd_grad_kernel(xs, gy, g, first, cd).astype(kernel.dtype)
    return _finish(_local_nd_grad_input(gy, kernel, g, first, xs.shape[-1], cd), dtype, first)


def local_conv1d_grad_inputs(grad, inputs, kernel, kernel_size, strides, data_format=None):  # type: ignore[no-untyped-def]
    return _local_grad("inputs", "local_conv1d", 1, grad, inputs, kernel, kernel_size, strides, None, data_format)


def local_conv1d_grad_kernel(grad, inputs, kernel, kernel_size, strides, data_format=None):  # type: ignore[no-untyped-def]
    return _local_grad("kernel", "local_conv1d", 1, grad, inputs, kernel, kernel_size, strides, None, data_format)


def local_conv2d_grad_inputs(grad, inputs, kernel, kernel_size, strides, output_shape, data_format=None):  # type: ignore[no-untyped-def]
    return _local_grad("inputs", "local_conv2d", 2, grad, inputs, kernel, kernel_size, strides, output_shape, data_format)


def local_conv2d_grad_kernel(grad, inputs, kernel, kernel_size, strides, output_shape, data_format=None):  # type: ignore[no-untyped-def]
    return _local_grad("kernel", "local_conv2d", 2, grad, inputs, kernel, kernel_size, strides, output_shape, data_format)


def local_output_shape(inputs: Sequence[Any], kernel: Sequence[Any], out_sizes: Sequence[Any] | None, data_format: str | None) -> tuple[Any, ...]:
    """Static output shape of local_conv1d/2d."""
    outs = (kernel[0],) if out_sizes is None else tuple(out_sizes)
    first = _data_format(data_format) == _FIRST
    return (inputs[0], kernel[-1], *outs) if first else (inputs[0], *outs, kernel[-1])


# inf/NaN inputs give inf/NaN results without RuntimeWarnings, as in TensorFlow (and the other kernels).
# np.errstate is a ContextDecorator; applied here once rather than inside every BLAS call.
for _name in [n for n, f in list(globals().items()) if callable(f) and not n.startswith("_") and getattr(f, "__module__", None) == __name__ and not isinstance(f, type)]:
    globals()[_name] = np.errstate(all="ignore")(globals()[_name])
del _name
