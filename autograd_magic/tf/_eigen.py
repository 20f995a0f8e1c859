"""float32 sin, cos, exp, log, tanh and sigmoid as TensorFlow's CPU kernels compute them.

TensorFlow evaluates these elementwise ops with Eigen. Eigen runs its own polynomial
approximations on packets of 8 float32 lanes (AVX, multiply and add rounded separately, no
FMA), and the elements after the last whole packet one by one through the C library (``sinf``,
``expf``...), whose results are the correctly rounded ones, or with a scalar formula. The
approximations are not correctly rounded, so to print TensorFlow's last digit the packet part
is recomputed here with the same float32 operations in the same order, and the tail through
the same C library functions (``ctypes``). Checked bit for bit against TensorFlow 2.21 on the
recorded inputs of ``tests/tf_reference/programs/numerics_float32.py``.

Every function takes and returns a float32 array of any shape (C order decides which elements
fill packets, as in TensorFlow's flat loop). ``tan`` has no packet version in Eigen: NumPy's
float32 ``tan`` calls the C library's ``tanf`` too, so the engine's value is TensorFlow's.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable

import numpy as np

from ._numerics import tf_sum

__all__ = [
    "PACKET",
    "cos",
    "exp",
    "flush_denormals",
    "log",
    "sigmoid",
    "sin",
    "softmax",
    "sparse_xent_loss",
    "tanh",
]

PACKET = 8  # float32 lanes of an AVX register
_F = np.float32
_SIGN = np.uint32(0x80000000)


def flush_denormals(a: np.ndarray) -> np.ndarray:
    """Subnormal float32 values as signed zeros: TensorFlow runs its CPU kernels with the
    processor's flush-to-zero and denormals-are-zero modes on."""
    tiny = np.abs(a) < np.finfo(_F).tiny
    if tiny.any():
        a = np.where(tiny, np.copysign(_F(0), a), a).astype(_F)
    return a


_TINY = float(np.finfo(_F).tiny)


def _subnormal(values: list[float]) -> bool:
    return any(0.0 < abs(v) < _TINY for v in values)


def _split(x: np.ndarray, packet: Callable, tail: Callable) -> np.ndarray:
    """``packet`` on the elements that fill whole packets, ``tail`` on the rest."""
    flat = np.ascontiguousarray(x, dtype=_F).reshape(-1)
    if flat.size < PACKET:  # no whole packet: the common scalar case, kept cheap
        if _subnormal(flat.tolist()):
            flat = flush_denormals(flat)
        with np.errstate(all="ignore"):
            out = tail(flat)
        if _subnormal(out.tolist()):
            out = flush_denormals(out)
        return out.reshape(np.shape(x))
    flat = flush_denormals(flat)
    n = (flat.size // PACKET) * PACKET
    out = np.empty_like(flat)
    with np.errstate(all="ignore"):
        if n:
            out[:n] = packet(flat[:n])
        if n < flat.size:
            out[n:] = tail(flat[n:])
    return flush_denormals(out).reshape(np.shape(x))


def _c_function(name: str) -> Callable | None:
    """The C math library's float function ``name`` (``sinf``...), if it can be loaded."""
    path = ctypes.util.find_library("m") or ctypes.util.find_library("c")
    try:
        fn = getattr(ctypes.CDLL(path), name)
    except (OSError, AttributeError, TypeError):
        return None
    fn.restype = ctypes.c_float
    fn.argtypes = [ctypes.c_float]
    return fn


def _libm(name: str, fallback: Callable) -> Callable:
    """Element by element through the C library's ``name``, as Eigen's scalar path calls it.

    Without a loadable C math library, ``fallback`` in float64 rounded once (the correctly
    rounded value, which glibc's functions give in about 99% of cases).
    """
    fn = _c_function(name)
    if fn is None:
        return lambda x: fallback(x.astype(np.float64)).astype(_F)
    return lambda x: np.array([fn(v) for v in x.tolist()], dtype=_F)


def _horner(x: np.ndarray, coeffs: tuple[float, ...]) -> np.ndarray:
    """``((c0 * x + c1) * x + c2)...`` in float32, every product and sum rounded."""
    p = np.full_like(x, _F(coeffs[0]))
    for c in coeffs[1:]:
        p = p * x + _F(c)
    return p


_SINF = _libm("sinf", np.sin)
_COSF = _libm("cosf", np.cos)
_EXPF = _libm("expf", np.exp)
_LOGF = _libm("logf", np.log)


# ---- sin and cos --------------------------------------------------------------------------------

_HUGE_SIN, _HUGE_COS = 25966.0, 18838.0
_PIO2_PARTS = (-1.5703125, -0.000483989715576171875, 1.62865035235881805419921875e-07,
               5.5644315544167710640977020375430583953857421875e-11)  # fmt: skip
_COS_POLY = (2.4372266125283204019069671630859375e-05, -0.00138865201734006404876708984375,
             0.041666619479656219482421875, -0.5, 1.0)  # fmt: skip
_SIN_POLY = (-0.0001959234114083702898469196984621021329076029360294342041015625,
             0.0083326873655616851693794799871284340042620897293090820312500000,
             -0.1666666203982298255503735617821803316473960876464843750000000000)  # fmt: skip
# 2/pi in binary, 32 bits per word from the word's position: the Payne-Hanek table.
_TWO_OVER_PI = (
    0x00000028, 0x000028BE, 0x0028BE60, 0x28BE60DB, 0xBE60DB93, 0x60DB9391, 0xDB939105,
    0x9391054A, 0x91054A7F, 0x054A7F09, 0x4A7F09D5, 0x7F09D5F4, 0x09D5F47D, 0xD5F47D4D,
    0xF47D4D37, 0x7D4D3770, 0x4D377036, 0x377036D8, 0x7036D8A5, 0x36D8A566, 0xD8A5664F,
    0xA5664F10, 0x664F10E4, 0x4F10E410, 0x10E41000, 0xE4100000,
)  # fmt: skip
_M32, _M64 = (1 << 32) - 1, (1 << 64) - 1


def _reduce_huge(value: float) -> tuple[np.float32, int]:
    """``value`` (>= 18838, finite) minus the nearest multiple of pi/2, and that multiple
    (mod 2**32), by Payne-Hanek reduction in 64-bit fixed point."""
    xi = int(np.float32(value).view(np.uint32))
    e = ((xi >> 23) - 118) & _M32
    xi = (((xi & 0x007FFFFF) | 0x00800000) << (e & 7)) & _M32
    i = e >> 3
    w1, w2, w3 = _TWO_OVER_PI[i - 1], _TWO_OVER_PI[i + 3], _TWO_OVER_PI[i + 7]
    p = (xi * w3) & _M64
    p = (xi * w2 + (p >> 32)) & _M64
    p = ((((xi * w1) & _M32) << 32) + p) & _M64
    q = ((p + (1 << 61)) & _M64) >> 62
    p = (p - (q << 62)) & _M64
    signed = p - (1 << 64) if p >> 63 else p
    return np.float32(float(signed) * 3.4061215800865545e-19), q


def _sincos_packets(x0: np.ndarray, sine: bool) -> np.ndarray:
    x = np.abs(x0)
    y = x * _F(0.636619746685028076171875)
    y_round = y + _F(12582912)
    y_int = y_round.view(np.int32).copy()
    y = y_round - _F(12582912)
    for c in _PIO2_PARTS:
        x = y * _F(c) + x
    huge = np.abs(x0) >= _F(_HUGE_SIN if sine else _HUGE_COS)
    for k in np.flatnonzero(huge & np.isfinite(x0)):
        x[k], q = _reduce_huge(abs(float(x0[k])))
        y_int[k] = np.uint32(q & _M32).view(np.int32)
    quadrant = y_int.view(np.uint32)
    if sine:
        sign = (x0.view(np.uint32) ^ (quadrant << np.uint32(30))) & _SIGN
    else:
        sign = ((quadrant + np.uint32(1)) << np.uint32(30)) & _SIGN
    even = (quadrant & np.uint32(1)) == 0
    x2 = x * x
    cos_poly = _horner(x2, _COS_POLY)
    sin_poly = _horner(x2, _SIN_POLY) * x2 * x + x
    picked = np.where(even, sin_poly, cos_poly) if sine else np.where(even, cos_poly, sin_poly)
    return (picked.view(np.uint32) ^ sign).view(_F)


def sin(x: np.ndarray) -> np.ndarray:
    """TensorFlow's float32 ``Sin``."""
    return _split(x, lambda p: _sincos_packets(p, True), _SINF)


def cos(x: np.ndarray) -> np.ndarray:
    """TensorFlow's float32 ``Cos``."""
    return _split(x, lambda p: _sincos_packets(p, False), _COSF)


# ---- exp, log -----------------------------------------------------------------------------------

_LOG2E = 1.44269504088896341
_LN2_HI, _LN2_LO = -0.693359375, 2.12194440e-4


def _ldexp(p: np.ndarray, m: np.ndarray) -> np.ndarray:
    """``p * 2**m`` for a float32 ``m`` (an integer value), exact unless it over/underflows."""
    return np.ldexp(p, np.clip(m, -300, 300).astype(np.int32)).astype(_F)


def _exp_reduce(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``m`` and ``r`` with ``x = m*ln(2) + r`` (Cephes' two-part ln 2), and ``r*r``."""
    m = np.floor(x * _F(_LOG2E) + _F(0.5))
    r = m * _F(_LN2_HI) + x
    r = m * _F(_LN2_LO) + r
    return m, r, r * r


def _exp_packets(x0: np.ndarray) -> np.ndarray:
    x = np.minimum(x0, _F(88.723))
    m, r, r2 = _exp_reduce(x)
    p_even = r2 * _F(1.37449637986719608306884765625e-3) + _F(4.166965186595916748046875e-2)
    p_odd = r2 * _F(8.36894474923610687255859375e-3) + _F(0.16666518151760101318359375)
    p_even = r2 * p_even + _F(0.49999988079071044921875)
    y = r * p_odd + p_even
    y = r2 * y + (r + _F(1))
    out = np.fmax(_ldexp(y, m), x0)
    out[x0 < _F(-104)] = 0
    out[np.isnan(x0)] = np.nan
    return out


def exp(x: np.ndarray) -> np.ndarray:
    """TensorFlow's float32 ``Exp``."""
    return _split(x, _exp_packets, _EXPF)


def _log_packets(x0: np.ndarray) -> np.ndarray:
    x, e = np.frexp(x0)
    x = x.astype(_F)
    e = e.astype(_F)
    small = x < _F(0.707106781186547524)
    tmp = np.where(small, x, _F(0))
    x = x - _F(1)
    e = e - np.where(small, _F(1), _F(0))
    x = x + tmp
    p = _horner(x, (0.18256296349849254, 1.0000000190281063, 1.0000000190281136)) * x
    q = _horner(x, (0.049616247954120038, 0.59923249590823520, 1.4999999999999927, 1.0))
    out = e * _F(0.693147180559945309) + p / q
    out[x0 == np.inf] = np.inf
    out[(x0 < 0) | np.isnan(x0)] = np.nan
    out[x0 == 0] = -np.inf
    return out


def log(x: np.ndarray) -> np.ndarray:
    """TensorFlow's float32 ``Log``."""
    return _split(x, _log_packets, _LOGF)


# ---- tanh, sigmoid ------------------------------------------------------------------------------


def tanh(x: np.ndarray) -> np.ndarray:
    """TensorFlow's float32 ``Tanh``: Eigen's rational approximation, on every element."""

    def approx(a: np.ndarray) -> np.ndarray:
        t = np.clip(a, _F(-7.90738964080810547), _F(7.90738964080810547))
        x2 = t * t
        x3 = x2 * t
        p = _horner(x2, (1.394553628e-8, 2.102733560e-5, 3.520756727e-3, 1.340216100e-1))
        q = _horner(x2, (8.015776984e-7, 3.326951409e-4, 2.597254514e-2, 4.673548340e-1, 1.0))
        out = (x3 * p + t) / q
        return np.where(np.isnan(a), a, out)

    return _split(x, approx, approx)


def _sigmoid_packets(x0: np.ndarray) -> np.ndarray:
    x = np.minimum(x0, _F(16.6355324)) * _F(0.5)
    m, r, r2 = _exp_reduce(x)
    p_even = r2 * _F(4.1898667812347412109375e-2) + _F(0.49999141693115234375)
    p_odd = r2 * _F(8.33471305668354034423828125e-3) + _F(0.16666877269744873046875)
    p = r * p_odd + p_even
    p = r2 * p + (r + _F(1))
    e = _ldexp(p, m)
    e = e * e
    out = e / (_F(1) + e)
    out[x0 < _F(-104)] = 0
    out[np.isnan(x0)] = np.nan
    return out


def _sigmoid_scalars(x: np.ndarray) -> np.ndarray:
    e = _EXPF(np.minimum(x, _F(16.6355324)))
    return e / (_F(1) + e)


def sigmoid(x: np.ndarray) -> np.ndarray:
    """TensorFlow's float32 ``Sigmoid``."""
    return _split(x, _sigmoid_packets, _sigmoid_scalars)


def exp_rows(rows: np.ndarray) -> np.ndarray:
    """``exp`` of a matrix as Eigen computes it inside a sum over each row: the elements of a
    row that fill whole packets by the approximation, the rest through the C library."""
    rows = flush_denormals(np.asarray(rows, dtype=_F))
    k = (rows.shape[1] // PACKET) * PACKET
    out = np.empty_like(rows)
    with np.errstate(all="ignore"):
        out[:, :k] = _exp_packets(rows[:, :k].reshape(-1)).reshape(rows.shape[0], k)
        out[:, k:] = _EXPF(rows[:, k:].reshape(-1)).reshape(rows.shape[0], -1)
    return flush_denormals(out)


def sparse_xent_loss(logits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """TensorFlow's float32 ``SparseSoftmaxCrossEntropyWithLogits`` loss of (batch, classes)
    logits: ``log(sum(exp(shifted))) - shifted[label]`` per row, with the row maximum
    subtracted, the exp inside the row sums and the C library's ``logf``."""
    rows = flush_denormals(np.asarray(logits, dtype=_F))
    with np.errstate(all="ignore"):
        shifted = rows - rows.max(axis=1, keepdims=True)
        total = tf_sum(exp_rows(shifted), axis=1)
        picked = shifted[np.arange(rows.shape[0]), labels]
        return flush_denormals(_LOGF(total) - picked)


def sparse_xent_backprop(logits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """The gradient the same kernel returns: ``exp(shifted) / sum - onehot(label)``, its exp
    over the whole matrix (packets then tail), the sum as in ``sparse_xent_loss``."""
    rows = flush_denormals(np.asarray(logits, dtype=_F))
    with np.errstate(all="ignore"):
        shifted = rows - rows.max(axis=1, keepdims=True)
        total = tf_sum(exp_rows(shifted), axis=1, keepdims=True)
        out = exp(shifted) / total
        out[np.arange(rows.shape[0]), labels] -= _F(1)
    return flush_denormals(out)


# ---- softmax ------------------------------------------------------------------------------------


def softmax(x: np.ndarray, axis: int = -1, log_of: bool = False) -> np.ndarray:
    """TensorFlow's float32 ``Softmax`` (``LogSoftmax`` if ``log_of``) along ``axis``.

    As its kernel: the row maximum is subtracted, ``exp`` runs over the whole tensor (packets
    then tail), each row is summed in TensorFlow's order, and the result is
    ``e * (1 / sum)`` or ``shifted - log(sum)`` (``log`` over the vector of row sums).
    """
    moved = np.swapaxes(np.asarray(x, dtype=_F), axis, -1)  # TensorFlow swaps, not moves
    shape = moved.shape
    rows = flush_denormals(np.ascontiguousarray(moved).reshape(-1, shape[-1]))
    with np.errstate(all="ignore"):
        shifted = rows - rows.max(axis=1, keepdims=True)
        if log_of:
            total = tf_sum(exp_rows(shifted), axis=1, keepdims=True)
            out = shifted - log(total.reshape(-1)).reshape(-1, 1)
        else:
            e = exp(shifted)  # one flat loop over the tensor
            total = tf_sum(e, axis=1, keepdims=True)
            out = e * (_F(1) / total)
    return np.swapaxes(flush_denormals(out).reshape(shape), -1, axis)
