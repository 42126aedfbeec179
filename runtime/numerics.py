"""Vectorisable exp, expm1, log, log1p, tanh, sigmoid and softplus for Numba kernels.

Call these from inside an ``@njit`` kernel's loop::

    from keras_numba._runtime.numerics import exp, expm1, log, log1p, tanh, sigmoid, softplus

    @njit(error_model="numpy", fastmath={"contract"})
    def kernel(x, out):
        for i in range(x.shape[0]):
            out[i] = sigmoid(x[i])

Each function takes one float32 or float64 scalar and returns the same type;
float32 stays float32 throughout (every constant is typed). Called from plain
Python the functions fall back to NumPy, so they also work on arrays there.

Why not ``math.exp``
    Numba lowers ``math.exp``/``log``/``tanh`` to scalar libm calls, which
    stop LLVM's loop vectoriser: a loop then runs one element at a time. The
    functions here are straight-line arithmetic (polynomials, integer bit
    manipulation of the float encoding, and selects instead of branches), so
    once LLVM inlines them the surrounding loop vectorises (16 float32 or 8
    float64 lanes with AVX-512).

How they work
    * exp/expm1: ``x = k*ln2 + r`` with ``k = round(x/ln2)`` (the round is
      the add-a-shifter trick, whose low bits then hold ``k``), ``|r| <= ln2/2``.
      ``ln2`` is split in a short ``LN2_HI`` (so ``k*LN2_HI`` is exact) plus
      ``LN2_LO``, and the rounding error of ``r`` is carried along as ``c``.
      ``expm1(r) = r + r**2*Q(r)``, ``Q`` a minimax polynomial of degree 5
      (float32) or 10 (float64) fitted for this module. ``exp = 2**k*(1 +
      expm1(r))`` with the ``1 + r`` sum split exactly (Fast2Sum) so the
      result is rounded once. ``2**k`` is built from bits; it is applied in
      two halves so that overflow gives inf and subnormal results round once
      instead of being garbage. expm1 combines ``(2**k - 1) + 2**k*expm1(r)``
      exactly where ``2**k - 1`` is exact, and folds ``-2**-k`` into the small
      correction term where it is not.
    * log/log1p: ``x = 2**k * m`` with ``m`` in ``[sqrt(1/2), sqrt(2))`` read
      from the bits (subnormal inputs are first scaled by 2**25 / 2**54).
      With ``f = m - 1`` (exact) and ``s = f/(2+f)``:
      ``log(1+f) = f - (f**2/2 - s*(f**2/2 + T(s**2)))``, ``T`` a minimax
      polynomial of degree 3 (float32) or 7 (float64) in ``s**2``. Only the
      small bracket carries rounding error, the leading ``f`` is exact, so
      results near ``x = 1`` stay relatively accurate. log1p forms
      ``u = 1 + x`` and adds back the rounding error of that sum, ``c/u``.
    * tanh: an odd minimax polynomial ``x + x**3*P(x**2)`` for ``|x| < 0.625``
      (degree 5/10 in ``x**2``), else ``1 - 2/(exp(2|x|) + 1)`` where both the
      denominator and the quotient are refined with an exact FMA residual, so
      ``1 - d`` is the only significant rounding. Large ``|x|`` give exactly 1.
    * sigmoid = ``1/(1+t)`` or ``t/(1+t)`` with ``t = exp(-|x|)`` (never
      overflows; relatively accurate for tiny results), the quotient refined
      as in tanh. softplus = ``max(x, 0) + log1p(exp(-|x|))``.

Accuracy (measured, see tests/runtime/test_numerics.py): float32 within 1 ulp
of the correctly rounded result for exp/expm1/log/log1p/tanh and within 2 ulp
for sigmoid/softplus; float64 well inside 1e-13 relative error. Subnormal
results are rounded (not flushed) and within 1 ulp. Special values follow
NumPy: exp(-inf)=0, exp(inf)=inf, log(0)=-inf, log(x<0)=nan, log1p(-1)=-inf,
tanh(+-inf)=+-1, signed zeros are kept by expm1/log1p/tanh, and nan gives nan.

Flags
    The functions compile with ``error_model="numpy"`` (no division-by-zero
    branches) and ``fastmath={"contract"}`` (lets LLVM fuse a*b+c into FMA).
    These are set on the functions themselves, so the caller's own flags do
    not change how they are computed; callers should use the same pair. A
    caller must not use fastmath ``nnan``/``ninf`` (or ``fastmath=True``):
    those let LLVM assume inf/nan never occur, and the special values above
    are produced by exactly such comparisons and selects. The few products
    whose rounding error must be exact use an explicit ``llvm.fma``; on CPUs
    without hardware FMA (pre-2013 x86) that is a slow libm call.
"""

from __future__ import annotations

from collections import namedtuple
from typing import Union

import numpy as np
from numba import types
from numba.extending import intrinsic, overload, register_jitable

__all__ = ["exp", "expm1", "log", "log1p", "tanh", "sigmoid", "softplus"]

FloatLike = Union[float, np.floating, np.ndarray]

# Flags for every function here; set explicitly so they are not inherited
# from (and cannot be loosened by) the calling kernel.
_JIT_OPTIONS = {"fastmath": {"contract"}, "error_model": "numpy", "forceinline": True}


# --------------------------------------------------------------------------- constants

_Consts = namedtuple(
    "_Consts",
    [
        "zero", "one", "half", "two", "inf", "nan",
        "mant_bits", "bias",          # float format: mantissa bits, exponent bias
        "log2e", "shift", "shift_bits",  # k = round(x*log2e) via x*log2e + shift
        "ln2_hi", "ln2_lo",           # ln2 = ln2_hi + ln2_lo, k*ln2_hi exact
        "exp_min", "exp_max",         # clamp: beyond these exp is 0 / inf anyway
        "exp_q",                      # Q(r) ~ (e**r - 1 - r)/r**2, |r| <= ln2/2
        "sqrt_half_bits", "mant_mask",  # log: m in [sqrt(1/2), sqrt(2))
        "tiny", "sub_scale", "sub_k",   # log: subnormal x -> x*2**sub_k
        "log_t",                      # T(z)/z ~ (2*atanh(s)/s - 2)/z, z = s**2
        "tanh_small", "tanh_p",       # tanh: P(z) ~ (tanh(x) - x)/x**3, z = x**2
    ],
)

f32, f64, i32, i64 = np.float32, np.float64, np.int32, np.int64

# Coefficients: near-minimax (Lawson iteration on Chebyshev points, reference in
# long double), each coefficient rounded to the target type in turn and the
# rest refitted. Lowest order first.
_C32 = _Consts(
    f32(0.0), f32(1.0), f32(0.5), f32(2.0), f32(np.inf), f32(np.nan),
    i32(23), i32(127),
    f32(1.442695), f32(12582912.0), i32(0x4B400000),
    f32(0.69314575), f32(1.4286068e-06),
    f32(-104.0), f32(89.0),
    (f32(0.5), f32(0.16666666), f32(0.041666493), f32(0.008333545), f32(0.001393233), f32(0.00019762525)),
    i32(0x3F3504F3), i32(0x007FFFFF),
    f32(1.1754944e-38), f32(33554432.0), i32(-25),
    (f32(0.66666776), f32(0.39977568), f32(0.2987146)),
    f32(0.625),
    (f32(-0.3333333), f32(0.13333221), f32(-0.05394818), f32(0.021706894), f32(-0.008190013), f32(0.0021526811)),
)

_C64 = _Consts(
    f64(0.0), f64(1.0), f64(0.5), f64(2.0), f64(np.inf), f64(np.nan),
    i64(52), i64(1023),
    f64(1.4426950408889634), f64(6755399441055744.0), i64(0x4338000000000000),
    f64(0.6931471805598903), f64(5.497924164543644e-14),
    f64(-746.0), f64(710.0),
    (
        f64(0.5), f64(0.16666666666666677), f64(0.041666666666666644), f64(0.008333333333321513),
        f64(0.0013888888888907254), f64(0.00019841269886348748), f64(2.4801587266737483e-05),
        f64(2.7557244008853507e-06), f64(2.7557330244226077e-07), f64(2.5109105483075222e-08),
        f64(2.0895998978919355e-09),
    ),
    i64(0x3FE6A09E667F3BCD), i64(0x000FFFFFFFFFFFFF),
    f64(2.2250738585072014e-308), f64(18014398509481984.0), i64(-54),
    (
        f64(0.6666666666666735), f64(0.39999999999409774), f64(0.285714287435228), f64(0.22222198451683506),
        f64(0.1818357090872787), f64(0.1531387525025841), f64(0.14797772181273167),
    ),
    f64(0.625),
    (
        f64(-0.3333333333333285), f64(0.13333333333261238), f64(-0.05396825393088767), f64(0.02186948756766536),
        f64(-0.00886322089496317), f64(0.0035919883227815), f64(-0.0014549545794990076),
        f64(0.0005863026457048868), f64(-0.0002285364069667359), f64(7.711300523173989e-05),
        f64(-1.605732826877403e-05),
    ),
)


def _consts(x: types.Type) -> _Consts | None:
    """The constant set for a Numba scalar type, or None (no implementation)."""
    if x == types.float32:
        return _C32
    if x == types.float64:
        return _C64
    return None


# --------------------------------------------------------------------------- bit-level helpers


@intrinsic
def _bits(typingctx, x):  # type: ignore[no-untyped-def]
    """The IEEE encoding of a float as a same-width signed integer (a bitcast)."""
    if not isinstance(x, types.Float):
        return None
    ity = types.int32 if x.bitwidth == 32 else types.int64

    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        return builder.bitcast(args[0], context.get_value_type(ity))

    return ity(x), codegen


@intrinsic
def _from_bits(typingctx, i, like):  # type: ignore[no-untyped-def]
    """The float of `like`'s type whose encoding is the integer `i` (truncated to width)."""
    if not (isinstance(i, types.Integer) and isinstance(like, types.Float)):
        return None
    ity = types.int32 if like.bitwidth == 32 else types.int64

    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        v = context.cast(builder, args[0], sig.args[0], ity)  # Numba widens int32 maths to int64
        return builder.bitcast(v, context.get_value_type(like))

    return like(i, like), codegen


@intrinsic
def _fma(typingctx, a, b, c):  # type: ignore[no-untyped-def]
    """a*b + c with one rounding (llvm.fma): exact residuals, whatever the flags."""
    if not (isinstance(a, types.Float) and a == b == c):
        return None

    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        return builder.fma(*args)

    return a(a, b, c), codegen


@intrinsic
def _to_float(typingctx, i, like):  # type: ignore[no-untyped-def]
    """The integer `i` converted to `like`'s float type (no float64 detour)."""
    if not (isinstance(i, types.Integer) and isinstance(like, types.Float)):
        return None

    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        return context.cast(builder, args[0], sig.args[0], like)

    return like(i, like), codegen


@register_jitable(**_JIT_OPTIONS)
def _copysign(v, x, C):  # type: ignore[no-untyped-def]
    """|v| with the sign bit of x (also for zeros and nan), for v >= 0, by bits."""
    return _from_bits(_bits(v) | (_bits(x) & _bits(-C.zero)), x)


def _horner(x, coeffs):  # type: ignore[no-untyped-def]
    """coeffs[0] + x*(coeffs[1] + x*(...)): Horner's scheme."""
    acc = coeffs[-1]
    for c in coeffs[-2::-1]:
        acc = acc * x + c
    return acc


@overload(_horner, jit_options=_JIT_OPTIONS)
def _horner_overload(x, coeffs):  # type: ignore[no-untyped-def]
    # Unrolled at typing time (one instantiation per tuple length, static
    # slices only): a loop indexing the tuple could keep a bounds-check raise
    # that blocks vectorisation.
    if len(coeffs) == 1:
        return lambda x, coeffs: coeffs[0]
    return lambda x, coeffs: coeffs[0] + x * _horner(x, coeffs[1:])


@register_jitable(**_JIT_OPTIONS)
def _pow2(k, C):  # type: ignore[no-untyped-def]
    """2.0**k for a k in the normal exponent range, built from its bits."""
    return _from_bits((k + C.bias) << C.mant_bits, C.one)


@register_jitable(**_JIT_OPTIONS)
def _scale(p, k, C):  # type: ignore[no-untyped-def]
    """p * 2**k in two halves: each factor is a normal number, so results that
    overflow become inf and subnormal results are rounded once."""
    k1 = k >> 1
    return (p * _pow2(k1, C)) * _pow2(k - k1, C)


# --------------------------------------------------------------------------- exp family


@register_jitable(**_JIT_OPTIONS)
def _exp_reduce(x, C):  # type: ignore[no-untyped-def]
    """x = k*ln2 + r (+ c): returns (k, r, c, corr) where |r| <= ln2/2, c is the
    rounding error of r, and corr = expm1(r + c) - r to within ~2**-p * |r|**3."""
    # Clamp by selects (nan compares false and passes through to a nan result).
    if x > C.exp_max:
        x = C.exp_max
    if x < C.exp_min:
        x = C.exp_min
    t = x * C.log2e + C.shift  # rounds x/ln2 to an integer in t's low bits
    kf = t - C.shift
    k = _bits(t) - C.shift_bits
    a = x - kf * C.ln2_hi  # exact: kf*ln2_hi has few bits and cancels x's top bits
    r = a - kf * C.ln2_lo
    c = (a - r) - kf * C.ln2_lo
    corr = (r * r) * _horner(r, C.exp_q) + (c + c * r)
    return k, r, corr


@register_jitable(**_JIT_OPTIONS)
def _exp_mantissa(r, corr, C):  # type: ignore[no-untyped-def]
    """e**r = 1 + r + corr, rounded once: 1 + r is split exactly (Fast2Sum)."""
    t = C.one + r
    err = r - (t - C.one)
    return t + (err + corr)


@register_jitable(**_JIT_OPTIONS)
def _exp(x, C):  # type: ignore[no-untyped-def]
    k, r, corr = _exp_reduce(x, C)
    return _scale(_exp_mantissa(r, corr, C), k, C)


@register_jitable(**_JIT_OPTIONS)
def _expm1(x, C):  # type: ignore[no-untyped-def]
    k, r, corr = _exp_reduce(x, C)
    big = C.mant_bits + 1  # 2**k - 1 is exact for |k| <= big
    # |k| <= big: (2**k - 1) + 2**k*r split exactly (Fast2Sum; 2**k*r is exact),
    # the small remainder 2**k*corr added before the only real rounding.
    kk = k
    if kk > big:
        kk = big
    if kk < -big:
        kk = -big
    s = _pow2(kk, C)
    a = s - C.one
    hi = s * r
    t = a + hi
    mid = t + ((hi - (t - a)) + s * corr)
    # k > big: 2**k*(1 + r + corr - 2**-k); the -2**-k is tiny, fold it into corr.
    kb = k
    if kb > 2 * big:
        kb = 2 * big
    if k <= big:
        kb = big + 1
    large = _scale(_exp_mantissa(r, corr - _pow2(-kb, C), C), k, C)
    # k < -big: -1 + (tiny), rounded once.
    small = _scale(_exp_mantissa(r, corr, C), k, C) - C.one
    res = mid
    if k > big:
        res = large
    if k < -big:
        res = small
    if x == C.zero:  # keep the sign of zero
        res = x
    return res


# --------------------------------------------------------------------------- log family


@register_jitable(**_JIT_OPTIONS)
def _log_core(f, kf, c, C):  # type: ignore[no-untyped-def]
    """k*ln2 + log(1 + f) + c for f in [sqrt(1/2) - 1, sqrt(2) - 1].

    log(1+f) = 2*atanh(s), s = f/(2+f), rewritten as f - (f**2/2 - s*(f**2/2 + T))
    so that the exact f is added last and only small terms carry rounding error.
    """
    s = f / (C.two + f)
    z = s * s
    tz = z * _horner(z, C.log_t)
    hf = C.half * f * f
    return kf * C.ln2_hi + (f - (hf - (s * (hf + tz) + (kf * C.ln2_lo + c))))


@register_jitable(**_JIT_OPTIONS)
def _split_log(x, C):  # type: ignore[no-untyped-def]
    """(k, f) with x = 2**k * (1 + f), 1 + f in [sqrt(1/2), sqrt(2)); x > 0 normal."""
    ix = _bits(x) - C.sqrt_half_bits
    k = ix >> C.mant_bits
    f = _from_bits((ix & C.mant_mask) + C.sqrt_half_bits, x) - C.one
    return k, f


@register_jitable(**_JIT_OPTIONS)
def _log(x, C):  # type: ignore[no-untyped-def]
    sub = x < C.tiny  # subnormal (or <= 0, fixed up below): scale into normal range
    xs = x * C.sub_scale if sub else x
    k, f = _split_log(xs, C)
    if sub:
        k = k + C.sub_k
    res = _log_core(f, _to_float(k, x), C.zero, C)
    if x == C.inf:
        res = x
    if x == C.zero:
        res = -C.inf
    if x < C.zero:
        res = C.nan
    if x != x:
        res = x
    return res


@register_jitable(**_JIT_OPTIONS)
def _log1p(x, C):  # type: ignore[no-untyped-def]
    u = C.one + x
    k, f = _split_log(u, C)
    # 1 + x = u + c exactly; each form is exact in its range (Sterbenz).
    c = x - (u - C.one)
    if x >= C.one:
        c = C.one - (u - x)
    res = _log_core(f, _to_float(k, x), c / u, C)
    if x == C.inf:
        res = x
    if x == -C.one:
        res = -C.inf
    if x < -C.one:
        res = C.nan
    if x != x:
        res = x
    if x == C.zero:  # keep the sign of zero
        res = x
    return res


# --------------------------------------------------------------------------- tanh, sigmoid, softplus


@register_jitable(**_JIT_OPTIONS)
def _refined_div(num, den_hi, den_lo):  # type: ignore[no-untyped-def]
    """num / (den_hi + den_lo) to about twice working precision, rounded once
    (one Newton step with an exact FMA residual); den_lo is tiny."""
    q = num / den_hi
    rho = _fma(-q, den_hi, num)
    return q + (rho - q * den_lo) / den_hi


@register_jitable(**_JIT_OPTIONS)
def _tanh(x, C):  # type: ignore[no-untyped-def]
    a = abs(x)
    z = a * a
    small = a + a * (z * _horner(z, C.tanh_p))
    # 1 - 2/(e**2a + 1): e**2a + 1 = 2**k*(1 + r + corr + 2**-k) as an exact hi + lo.
    k, r, corr = _exp_reduce(a + a, C)
    kk = k
    if kk > 2 * C.mant_bits:
        kk = 2 * C.mant_bits  # beyond this 2**-k no longer matters
    w = corr + _pow2(-kk, C)
    one = C.one
    t = one + r
    w = (r - (t - one)) + w
    p = t + w
    p_lo = w - (p - t)
    s = _pow2(kk, C)  # for k > kk the quotient underflows to ~0 and tanh is 1 anyway
    d = _refined_div(C.two, p * s, p_lo * s)
    large = one - d
    res = small
    if not a < C.tanh_small:
        res = large
    return _copysign(res, x, C)


@register_jitable(**_JIT_OPTIONS)
def _sigmoid(x, C):  # type: ignore[no-untyped-def]
    t = _exp(-abs(x), C)  # in [0, 1]: never overflows
    den = C.one + t
    den_lo = t - (den - C.one)  # exact: 1 >= t
    num = C.one if x >= C.zero else t
    return _refined_div(num, den, den_lo)


@register_jitable(**_JIT_OPTIONS)
def _softplus(x, C):  # type: ignore[no-untyped-def]
    pos = x if x > C.zero else C.zero
    return pos + _log1p(_exp(-abs(x), C), C)


# --------------------------------------------------------------------------- public functions
# Each is a plain NumPy function in Python and, under Numba, dispatches on the
# argument type to the float32 or float64 constant set at compile time.


def exp(x: FloatLike) -> FloatLike:
    """e**x."""
    return np.exp(x)


def expm1(x: FloatLike) -> FloatLike:
    """e**x - 1, relatively accurate near 0."""
    return np.expm1(x)


def log(x: FloatLike) -> FloatLike:
    """Natural logarithm; -inf at +-0, nan below 0."""
    return np.log(x)


def log1p(x: FloatLike) -> FloatLike:
    """log(1 + x), relatively accurate near 0; -inf at -1, nan below -1."""
    return np.log1p(x)


def tanh(x: FloatLike) -> FloatLike:
    """Hyperbolic tangent."""
    return np.tanh(x)


def sigmoid(x: FloatLike) -> FloatLike:
    """1 / (1 + e**-x), computed without overflow."""
    t = np.exp(-np.abs(x))
    return np.where(np.asarray(x) >= 0, 1 / (1 + t), t / (1 + t))[()]


def softplus(x: FloatLike) -> FloatLike:
    """log(1 + e**x) = max(x, 0) + log1p(e**-|x|), computed without overflow."""
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


def _register(stub, impl) -> None:  # type: ignore[no-untyped-def]
    """Make `stub` callable from njit code for float32/float64 via `impl(x, C)`."""

    @overload(stub, jit_options=_JIT_OPTIONS)
    def _overload(x):  # type: ignore[no-untyped-def]
        C = _consts(x)
        if C is None:
            return None
        return lambda x: impl(x, C)


for _stub, _impl in ((exp, _exp), (expm1, _expm1), (log, _log), (log1p, _log1p), (tanh, _tanh), (sigmoid, _sigmoid), (softplus, _softplus)):
    _register(_stub, _impl)
del _stub, _impl
