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
      ``ln2`` is split in a short ``ln2_hi`` (so ``k*ln2_hi`` is exact) plus
      ``ln2_lo``, and the rounding error ``c`` of ``r`` is carried along.
      ``e**r - 1 = r + r**2*Q(r)``, ``Q`` a minimax polynomial of degree 5
      (float32) or 10 (float64). ``exp = 2**k*(1 + r + ...)`` with ``1 + r``
      split exactly (Fast2Sum), so the result is rounded once. ``2**k`` is
      applied in two halves, so overflow gives inf and subnormal results are
      rounded once (not flushed, not garbage). expm1 adds ``(2**k - 1) +
      2**k*r`` exactly where ``2**k - 1`` is exact and otherwise folds the
      ``-1`` into the small terms as ``-2**-k``.
    * log/log1p: ``x = 2**k * m`` with ``m`` in ``[sqrt(1/2), sqrt(2))`` read
      from the bits (subnormal inputs are first scaled by 2**25 / 2**54).
      With ``f = m - 1`` (exact) and ``s = f/(2+f)``:
      ``log(1+f) = f - (f**2/2 - s*(f**2/2 + T(s**2)))``, ``T`` a minimax
      polynomial of degree 3 (float32) or 7 (float64) in ``s**2``. The exact
      ``f`` is added last, so results near ``x = 1`` stay relatively
      accurate. log1p forms ``u = 1 + x`` and adds back that sum's rounding
      error as ``c/u``.
    * tanh: an odd minimax polynomial ``x + x**3*P(x**2)`` for ``|x| < 0.625``
      (degree 5/10 in ``x**2``), else ``1 - 2/(e**2|x| + 1)`` with
      ``e**2|x| + 1`` formed as an exact hi + lo pair and the quotient refined
      by one Newton step with an exact FMA residual, so ``1 - d`` is the only
      rounding that matters. Large ``|x|`` give exactly +-1.
    * sigmoid is ``1/(1+t)`` or ``t/(1+t)`` with ``t = e**-|x|`` (never
      overflows; keeps ``t``'s relative accuracy for tiny results), softplus
      is ``max(x, 0) + log1p(t)``; both use ``t`` as hi + lo and the refined
      quotient above.
    The polynomials were fitted for this module (Lawson's iteration towards
    minimax relative error on Chebyshev points, long double reference, each
    coefficient rounded to the target type in turn and the rest refitted).

Why bit casts
    ``2**k`` and the exponent of ``x`` are read and written directly in the
    IEEE encoding (an LLVM bitcast between a float and a same-width integer,
    via the ``_bits``/``_from_bits``/``_pow2`` intrinsics): frexp/ldexp would be libm
    calls, and float-to-int conversions with range checks would not vectorise.

Accuracy (float32: all 2**32 inputs; float64: 8e7 random inputs against long
double; tests/runtime/test_numerics.py re-checks samples). Every float32
result is within 1 ulp of the correctly rounded result, i.e. correctly
rounded or one step off (largest real-valued errors: exp 0.76, expm1 0.87,
log 0.84, log1p 0.84, tanh 0.89, sigmoid 0.77, softplus 1.18 ulp). float64:
below 0.9 ulp, softplus 1.14 ulp; at most 1.8e-16 relative error. The same
holds, sampled, when compiled for a CPU without FMA (NUMBA_CPU_NAME=generic).
Special values follow NumPy: exp(-inf)=0, exp(inf)=inf, log(+-0)=-inf,
log(x<0)=nan, log1p(-1)=-inf, tanh(+-inf)=+-1, expm1/log1p/tanh keep the
sign of zero, nan gives nan.

Flags
    The functions compile with ``error_model="numpy"`` (no division-by-zero
    branches), fastmath off, and ``forceinline`` (so LLVM inlines them into
    the loop, which it must for the loop to vectorise). Multiply-adds use
    ``llvm.fmuladd`` explicitly: one FMA where the CPU has it, else a multiply
    and an add, decided per CPU rather than per call site, so a function
    gives bit-identical results in every kernel, serial or ``prange``. The
    one product whose rounding error must be exact (the quotient residual in
    tanh and sigmoid) uses ``llvm.fma``, a slow libm call on CPUs without FMA
    (x86 before 2013; correct there, but tanh/sigmoid lose their speed-up).
    These options are
    the functions' own: the caller's flags do not change them. Recommended
    caller flags: ``error_model="numpy", fastmath={"contract"}``. Callers
    must not use fastmath ``nnan``/``ninf`` (or ``fastmath=True``): the
    caller's own code may then assume the inf/nan these functions return
    cannot occur.
"""

from __future__ import annotations

from collections import namedtuple
from typing import Union

import numpy as np
from numba import types
from numba.extending import intrinsic, overload, register_jitable

__all__ = ["exp", "expm1", "log", "log1p", "tanh", "sigmoid", "softplus"]

FloatLike = Union[float, np.floating, np.ndarray]

# Options for every jitted function here, set explicitly so that nothing is
# inherited from the calling kernel (see "Flags" above).
_JIT_OPTIONS = {"fastmath": False, "error_model": "numpy", "forceinline": True}


# --------------------------------------------------------------------------- constants

_Consts = namedtuple(
    "_Consts",
    [
        "zero", "one", "half", "two", "inf", "nan",
        "mant_bits",                  # float format: stored mantissa bits
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
    i32(23),
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
    i64(52),
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
def _wrap(typingctx, i, like):  # type: ignore[no-untyped-def]
    """The integer `i` truncated to the width of `like`'s float type. Numba does
    integer maths in int64; wrapping back lets LLVM use 32-bit lanes for float32."""
    if not (isinstance(i, types.Integer) and isinstance(like, types.Float)):
        return None
    ity = types.int32 if like.bitwidth == 32 else types.int64

    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        return context.cast(builder, args[0], sig.args[0], ity)

    return ity(i, like), codegen


@intrinsic
def _clip(typingctx, k, lo, hi, like):  # type: ignore[no-untyped-def]
    """min(max(k, lo), hi) in the integer width of `like`'s float type (Numba's
    own min/max would work on int64 and keep float32 loops in 64-bit lanes)."""
    if not (all(isinstance(v, types.Integer) for v in (k, lo, hi)) and isinstance(like, types.Float)):
        return None
    ity = types.int32 if like.bitwidth == 32 else types.int64

    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        v, low, high = (context.cast(builder, a, t, ity) for a, t in zip(args[:3], sig.args[:3]))
        v = builder.select(builder.icmp_signed("<", v, low), low, v)
        return builder.select(builder.icmp_signed(">", v, high), high, v)

    return ity(k, lo, hi, like), codegen


@intrinsic
def _pow2(typingctx, k, like):  # type: ignore[no-untyped-def]
    """2.0**k in `like`'s float type, for k in the normal exponent range: the
    biased exponent shifted into the exponent field, in same-width integers."""
    if not (isinstance(k, types.Integer) and isinstance(like, types.Float)):
        return None
    ity = types.int32 if like.bitwidth == 32 else types.int64
    mant, bias = (23, 127) if like.bitwidth == 32 else (52, 1023)

    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        lty = context.get_value_type(ity)
        e = builder.add(context.cast(builder, args[0], sig.args[0], ity), lty(bias))
        return builder.bitcast(builder.shl(e, lty(mant)), context.get_value_type(like))

    return like(k, like), codegen


@intrinsic
def _fma(typingctx, a, b, c):  # type: ignore[no-untyped-def]
    """a*b + c with one rounding (llvm.fma): exact residuals, whatever the flags."""
    if not (isinstance(a, types.Float) and a == b == c):
        return None

    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        return builder.fma(*args)

    return a(a, b, c), codegen


@intrinsic
def _fmadd(typingctx, a, b, c):  # type: ignore[no-untyped-def]
    """a*b + c as llvm.fmuladd: one FMA instruction where the CPU has FMA, else a
    multiply and an add. Chosen per target, not per call site, so results do not
    depend on the surrounding kernel (unlike fastmath 'contract')."""
    if not (isinstance(a, types.Float) and a == b == c):
        return None

    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        ty = args[0].type
        fnty = type(builder.function.function_type)(ty, (ty, ty, ty))  # an llvmlite FunctionType
        fn = builder.module.declare_intrinsic("llvm.fmuladd", (ty,), fnty)
        return builder.call(fn, args)

    return a(a, b, c), codegen


@intrinsic
def _to_float(typingctx, i, like):  # type: ignore[no-untyped-def]
    """The small integer `i` converted to `like`'s float type, through the
    same-width integer (so float32 converts from 32-bit lanes, no float64 detour)."""
    if not (isinstance(i, types.Integer) and isinstance(like, types.Float)):
        return None
    ity = types.int32 if like.bitwidth == 32 else types.int64

    def codegen(context, builder, sig, args):  # type: ignore[no-untyped-def]
        return context.cast(builder, context.cast(builder, args[0], sig.args[0], ity), ity, like)

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
    return lambda x, coeffs: _fmadd(x, _horner(x, coeffs[1:]), coeffs[0])


@register_jitable(**_JIT_OPTIONS)
def _scale(p, k):  # type: ignore[no-untyped-def]
    """p * 2**k in two halves: each factor is a normal number, so results that
    overflow become inf and subnormal results are rounded once."""
    k1 = _wrap(k >> 1, p)
    return (p * _pow2(k1, p)) * _pow2(k - k1, p)


# --------------------------------------------------------------------------- exp family


@register_jitable(**_JIT_OPTIONS)
def _exp_reduce(x, C):  # type: ignore[no-untyped-def]
    """x = k*ln2 + r + c: returns (k, r, corr), |r| <= ln2/2, with
    r + corr = expm1(r + c) to far below r's last bit (c is r's rounding error)."""
    # Clamp with selects; nan compares false and flows through to a nan result.
    if x > C.exp_max:
        x = C.exp_max
    if x < C.exp_min:
        x = C.exp_min
    t = _fmadd(x, C.log2e, C.shift)  # x/ln2 rounded to an integer, held in t's low bits
    kf = t - C.shift
    k = _wrap(_bits(t) - C.shift_bits, x)
    a = _fmadd(-kf, C.ln2_hi, x)  # exact: kf*ln2_hi has few bits and cancels x's top bits
    r = _fmadd(-kf, C.ln2_lo, a)
    c = _fmadd(-kf, C.ln2_lo, a - r)  # the rounding error of r
    corr = _fmadd(r * r, _horner(r, C.exp_q), _fmadd(c, r, c))  # e**(r+c) = 1 + r + corr
    return k, r, corr


@register_jitable(**_JIT_OPTIONS)
def _exp_mantissa(r, corr, C):  # type: ignore[no-untyped-def]
    """(hi, lo) with hi = fl(1 + r + corr) and hi + lo = 1 + r + corr, corr small.
    1 + r is split exactly (Fast2Sum), so hi is rounded once."""
    t = C.one + r
    w = (r - (t - C.one)) + corr
    hi = t + w
    return hi, w - (hi - t)


@register_jitable(**_JIT_OPTIONS)
def _exp(x, C):  # type: ignore[no-untyped-def]
    # 2**k * e**r; the clamp in _exp_reduce makes +-inf and huge x overflow or
    # underflow through the ordinary scaling, so no special-case selects.
    k, r, corr = _exp_reduce(x, C)
    hi, lo = _exp_mantissa(r, corr, C)
    return _scale(hi, k)


@register_jitable(**_JIT_OPTIONS)
def _exp_hilo(x, C):  # type: ignore[no-untyped-def]
    """e**x as an unevaluated sum hi + lo (lo is hi's rounding error)."""
    k, r, corr = _exp_reduce(x, C)
    hi, lo = _exp_mantissa(r, corr, C)
    return _scale(hi, k), _scale(lo, k)


@register_jitable(**_JIT_OPTIONS)
def _expm1(x, C):  # type: ignore[no-untyped-def]
    # e**x - 1 = (2**k - 1) + 2**k*(r + corr). Three regimes, all computed and
    # one selected (branch-free), each rounded essentially once.
    k, r, corr = _exp_reduce(x, C)
    big = C.mant_bits + 1  # 2**k - 1 is exact for |k| <= big
    # |k| <= big: (2**k - 1) + 2**k*r split exactly (2**k*r is exact), then
    # the small 2**k*corr added before the one real rounding.
    s = _pow2(_clip(k, -big, big, x), x)
    a = s - C.one
    hi = s * r
    t = a + hi
    res = t + ((hi - (t - a)) + s * corr)
    # |k| > big: 2**k*e**r - 1. For k > big the -1 is folded into the mantissa's
    # small terms as -2**-k; for k < -big, 2**k*e**r is tiny beside -1.
    fold = -_pow2(-_clip(k, 0, 2 * C.mant_bits, x), x) if k > big else C.zero
    m, m_lo = _exp_mantissa(r, corr + fold, C)
    far = _scale(m, k)
    if k < -big:
        far = far - C.one
    if k > big or k < -big:
        res = far
    if x == C.zero:  # keep the sign of zero
        res = x
    return res


# --------------------------------------------------------------------------- log family


@register_jitable(**_JIT_OPTIONS)
def _split_log(x, C):  # type: ignore[no-untyped-def]
    """(k, f) with x = 2**k * (1 + f), 1 + f in [sqrt(1/2), sqrt(2)), for normal x > 0.
    Subtracting sqrt(1/2)'s encoding first makes the exponent field round at
    sqrt(1/2) instead of at 1, so f stays small on both sides of 1."""
    ix = _wrap(_bits(x) - C.sqrt_half_bits, x)
    k = ix >> C.mant_bits
    f = _from_bits((ix & C.mant_mask) + C.sqrt_half_bits, x) - C.one
    return k, f


@register_jitable(**_JIT_OPTIONS)
def _log_core(f, k, c, C):  # type: ignore[no-untyped-def]
    """k*ln2 + log(1 + f) + c for f in [sqrt(1/2) - 1, sqrt(2) - 1], small c.

    log(1+f) = 2*atanh(s), s = f/(2+f), rewritten as f - (f**2/2 - s*(f**2/2 + T))
    so that the exact f is added last and only small terms carry rounding error.
    """
    kf = _to_float(k, f)
    s = f / (C.two + f)
    z = s * s
    tz = z * _horner(z, C.log_t)
    hf = C.half * f * f
    return _fmadd(kf, C.ln2_hi, f - (hf - _fmadd(s, hf + tz, _fmadd(kf, C.ln2_lo, c))))


@register_jitable(**_JIT_OPTIONS)
def _log(x, C):  # type: ignore[no-untyped-def]
    # Everything is computed for every lane; the special values are selects at the end.
    sub = x < C.tiny  # subnormal (or <= 0, replaced below): scale into the normal range
    k, f = _split_log(x * C.sub_scale if sub else x, C)
    if sub:
        k = k + C.sub_k
    res = _log_core(f, k, C.zero, C)
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
def _log1p_finite(x, x_lo, C):  # type: ignore[no-untyped-def]
    """log(1 + x + x_lo) for finite x > -1 and a tiny x_lo."""
    u = C.one + x
    k, f = _split_log(u, C)
    # The exact 1 + x is u + c; each form is exact in its range (Sterbenz).
    c = x - (u - C.one)
    if x >= C.one:
        c = C.one - (u - x)
    return _log_core(f, k, (c + x_lo) / u, C)


@register_jitable(**_JIT_OPTIONS)
def _log1p(x, C):  # type: ignore[no-untyped-def]
    # u = 1 + x is never subnormal for x > -1, so no input scaling is needed.
    res = _log1p_finite(x, C.zero, C)
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
def _div2(num, num_lo, den, den_lo, C):  # type: ignore[no-untyped-def]
    """(num + num_lo) / (den + den_lo), rounded about once: one Newton step on
    the quotient with an exact FMA residual. The lo parts are tiny."""
    inv = C.one / den
    q = num * inv
    rho = _fma(-q, den, num) + (num_lo - q * den_lo)
    return _fmadd(rho, inv, q)


@register_jitable(**_JIT_OPTIONS)
def _tanh(x, C):  # type: ignore[no-untyped-def]
    a = abs(x)
    z = a * a
    res = _fmadd(a, z * _horner(z, C.tanh_p), a)  # odd polynomial near 0
    if not a < C.tanh_small:  # (nan too) 1 - 2/(e**2a + 1), e**2a + 1 as an exact hi + lo
        k, r, corr = _exp_reduce(a + a, C)
        k = _clip(k, 0, 2 * C.mant_bits, x)  # e**2a + 1 stays finite; 2/(e**2a + 1) is ~0 anyway
        m, m_lo = _exp_mantissa(r, corr + _pow2(-k, x), C)
        s = _pow2(k, x)
        res = C.one - _div2(C.two, C.zero, m * s, m_lo * s, C)
    return _copysign(res, x, C)


@register_jitable(**_JIT_OPTIONS)
def _sigmoid(x, C):  # type: ignore[no-untyped-def]
    # t = e**-|x| is in [0, 1]: nothing overflows, and for x < 0 the result
    # t/(1 + t) keeps t's relative accuracy down to the subnormals.
    t, t_lo = _exp_hilo(-abs(x), C)
    den = C.one + t
    den_lo = (t - (den - C.one)) + t_lo  # exact split of 1 + t (1 >= t)
    if x >= C.zero:
        return _div2(C.one, C.zero, den, den_lo, C)
    return _div2(t, t_lo, den, den_lo, C)


@register_jitable(**_JIT_OPTIONS)
def _softplus(x, C):  # type: ignore[no-untyped-def]
    # max(x, 0) + log1p(e**-|x|); e**-|x| in [0, 1] never overflows, and its
    # rounding error t_lo is passed on to log1p.
    t, t_lo = _exp_hilo(-abs(x), C)
    pos = x if x > C.zero else C.zero
    return pos + _log1p_finite(t, t_lo, C)


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


for _stub, _impl in (
    (exp, _exp), (expm1, _expm1), (log, _log), (log1p, _log1p),
    (tanh, _tanh), (sigmoid, _sigmoid), (softplus, _softplus),
):
    _register(_stub, _impl)
del _stub, _impl
