"""Reductions and normalisations: their NumPy forwards and PyTorch's derivative rules.

sum, mean, max/min (each library's own rule for ties), prod and cumprod (PyTorch's
``prod_backward`` and ``cumprod_backward``, safe with zeros), var, std, norm, cumsum, softmax
and log_softmax (with their backward kernels and double backward). Rules are written in the
engine's operations (``ops.py``), in the order of PyTorch's formulas.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np

from . import extremes
from .ops import (
    abs_,
    axes_of,
    broadcast_to,
    concat_,
    count,
    cumprod,
    cumsum,
    div,
    expand,
    flip,
    inverse_perm,
    keep_dims,
    mean_,
    mul,
    narrow,
    ones,
    pow_,
    prod,
    reshape,
    select,
    sgn,
    shape_of,
    sub,
    sum_,
    transpose,
    where,
    zero_where,
    zeros_like,
)
from .trace import _state


def extreme_rule(
    pick: Callable,
    g: Any,
    ans: Any,
    x: Any,
    axis: Any = None,
    keepdims: bool = False,
    even: Any = True,
    index: Any = None,
) -> Any:
    """The gradient of max/min, by the library's own rule (``even`` names which one).

    ``True`` (TensorFlow): ``g * (hit / count)``, ties share evenly; ``"amax"`` (PyTorch's
    amax/amin): ``(g / count) * hit``; ``"nan_aware"`` (PyTorch's full ``max()``): ``g / count``
    selected at the hits, NaN-aware (a NaN result is taken where the input is NaN);
    ``False`` (PyTorch's ``max(dim)``): ``g`` selected at the one index per slice that
    ``max(dim)`` returned (``index``, kept with ``keepdims``), or that ``pick`` finds.
    The multiplying rules give NaN for an infinite ``g`` off the hits, as those libraries do.
    """
    shape = shape_of(x)
    xd = x._data
    a = ans._data
    full = tuple(range(xd.ndim)) if axis is None else axes_of(axis, xd.ndim)
    if not keepdims:
        a = a.reshape(tuple(1 if i in full else n for i, n in enumerate(shape)))
    g = expand(g, shape, axis, keepdims)
    if even is False:
        return select(_index_mask(xd, pick, axis, index), g)
    with np.errstate(invalid="ignore"):
        hit = xd == a
        if even == "nan_aware":
            nan = np.isnan(a)
            hit = np.where(nan, np.isnan(xd), hit)
    count = hit.sum(axis=full, keepdims=True)
    if even is True:
        return mul(g, hit / count)
    if even == "amax":
        return mul(div(g, count.astype(xd.dtype)), hit)
    return select(hit, div(g, count.astype(xd.dtype)))


def extreme_forward(
    x: np.ndarray, reduce: Callable, pick: Callable, axis: Any, keepdims: bool, even: Any = True
) -> np.ndarray:
    """max/min, the first of equal values winning (max(-0.0, 0.0) is -0.0): TensorFlow's and
    PyTorch's ``max(dim)``. PyTorch's ``max()`` and ``amax`` choose as its kernels do."""
    if even == "nan_aware":  # PyTorch's max()/min() of a whole tensor
        return extremes.reduce_all(x, reduce is np.max)
    if even == "amax":
        return extremes.reduce(x, axis, keepdims, reduce is np.max)
    out = reduce(x, axis=axis, keepdims=keepdims)
    if x.size and not isinstance(axis, tuple) and np.any(out == 0):
        flat = x.reshape(-1) if axis is None else x
        first = pick(flat, axis=0 if axis is None else axis, keepdims=True)
        out = np.take_along_axis(flat, first, axis=0 if axis is None else axis)
        out = out.reshape(()) if axis is None and not keepdims else out
        if axis is None and keepdims:
            out = out.reshape((1,) * x.ndim)
        elif axis is not None and not keepdims:
            out = np.squeeze(out, axis=axis)
    return out


def _index_mask(xd: np.ndarray, pick: Callable, axis: Any, index: Any = None) -> np.ndarray:
    """True at ``index`` or the one element ``argmax``/``argmin`` picks along ``axis``."""
    if xd.ndim == 0:
        return np.ones((), dtype=bool)
    first = pick(xd, axis=axis, keepdims=True) if index is None else index
    mask = np.zeros(xd.shape, dtype=bool)
    np.put_along_axis(mask, first, True, axis=axis)
    return mask


def mean_forward(x: np.ndarray, axis: Any = None, keepdims: bool = False) -> np.ndarray:
    if x.size == 0:  # NaN, as PyTorch, without NumPy's "Mean of empty slice" warning
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            return np.mean(x, axis=axis, keepdims=keepdims)
    return np.mean(x, axis=axis, keepdims=keepdims)


def prod_rule(g: Any, ans: Any, x: Any, axis: Any = None, keepdims: bool = False) -> Any:
    """PyTorch's ``prod_backward``: ``g * (prod / x)`` without zeros; with zeros the product
    of the other elements from two exclusive cumulative products (for a full product with two
    or more zeros, while not recording: all 0, as PyTorch)."""
    shape = shape_of(x)
    if not shape:
        return g
    zeros = int(np.count_nonzero(x._data == 0))
    if axis is None:
        if zeros == 0:
            return mul(g, div(ans, x))
        if zeros > 1 and not _state.enabled:
            return zeros_like(x, g)
        return reshape(_prod_safe_zeros(g, reshape(x, (-1,)), 0), shape)
    axes = axes_of(axis, len(shape))
    if len(axes) > 1:
        return _prod_rule_axes(g, ans, x, axes)
    axis = axes[0]
    g = keep_dims(g, shape, axis, keepdims)
    if zeros == 0:
        return mul(g, div(keep_dims(ans, shape, axis, keepdims), x))
    return _prod_safe_zeros(g, x, axis)


def _prod_rule_axes(g: Any, ans: Any, x: Any, axes: tuple[int, ...]) -> Any:
    """The prod rule over several axes (TensorFlow's ``reduce_prod``): as one axis holding
    their elements, moved last."""
    shape = shape_of(x)
    rest = tuple(i for i in range(len(shape)) if i not in axes)
    perm = rest + axes
    outer = tuple(shape[i] for i in rest)
    flat = reshape(transpose(x, perm), outer + (-1,))
    kept = outer + (1,)
    out = prod_rule(reshape(g, kept), reshape(ans, kept), flat, axis=-1, keepdims=True)
    out = reshape(out, tuple(shape[i] for i in perm))
    return transpose(out, inverse_perm(perm))


def _prod_safe_zeros(g: Any, x: Any, axis: int) -> Any:
    """PyTorch's ``prod_safe_zeros_backward``: ``g`` times, for each element, the product of
    the elements before it times the product of those after it (cumulative products)."""
    shape = shape_of(x)
    n = shape[axis]
    if 0 in shape:
        return broadcast_to(g, shape)
    if n == 1:
        return g
    one = ones(shape[:axis] + (1,) + shape[axis + 1 :], g)
    before = cumprod(concat_([one, narrow(x, axis, 0, n - 1)], axis), axis)
    after = flip(cumprod(concat_([one, flip(narrow(x, axis, 1, n), axis)], axis), axis), axis)
    return mul(g, mul(before, after))


def cumprod_rule(g: Any, ans: Any, x: Any, axis: int = 0) -> Any:
    """PyTorch's ``cumprod_backward``. Without zeros: ``reversed_cumsum(y * g) / x``. With
    zeros, while recording (derivatives of derivatives), the product of the others for each
    position, slice by slice; while not recording, PyTorch's faster masked formula."""
    shape = shape_of(x)
    if int(np.prod(shape, dtype=np.int64)) <= 1 or shape[axis] == 1:
        return g
    is_zero = x._data == 0
    if not is_zero.any():
        return div(cumsum(mul(ans, g), axis, reverse=True), x)
    if _state.enabled:
        return _cumprod_backward_recorded(g, x, axis)
    return _cumprod_backward_zeros(g, ans, x, axis, is_zero)


def _cumprod_backward_zeros(g: Any, ans: Any, x: Any, axis: int, is_zero: np.ndarray) -> Any:
    """``cumprod_backward`` with zeros, not recorded: before the first zero of a slice the
    no-zero formula; at the first zero the sum over the elements up to the second zero of
    ``g`` times the products after the zero, times the product before it; 0 after it."""
    shape = shape_of(x)
    seen = np.cumsum(is_zero, axis=axis)
    before = seen == 0
    first = is_zero & (seen == 1)
    between = (seen == 1) & ~first
    w = where(before, mul(ans, g), 0.0)
    head = div(cumsum(w, axis, reverse=True), x)
    tail = mul(cumprod(where(between, x, 1.0), axis), where(seen == 1, g, 0.0))
    n = shape[axis]
    one = ones(shape[:axis] + (1,) + shape[axis + 1 :], g)
    prior = concat_([one, narrow(ans, axis, 0, n - 1)], axis)
    at_zero = mul(sum_(tail, axis=axis, keepdims=True), prior)
    return where(before, head, where(first, at_zero, 0.0))


def _cumprod_backward_recorded(g: Any, x: Any, axis: int) -> Any:
    """``cumprod_backward`` with zeros while recording: for each position k, the sum over
    j >= k of ``g[j]`` times the product of ``x[:k]`` and ``x[k+1:j+1]`` (O(n^2) work)."""
    shape = shape_of(x)
    n = shape[axis]
    one = ones(shape[:axis] + (1,) + shape[axis + 1 :], g)
    columns = []
    for k in range(n):
        if k == 0:
            omitted = concat_([one, cumprod(narrow(x, axis, 1, n), axis)], axis)
        else:
            until = prod(narrow(x, axis, 0, k), axis, keepdims=True)
            if k == n - 1:
                omitted = until
            else:
                after = cumprod(narrow(x, axis, k + 1, n), axis)
                both = mul(broadcast_to(until, shape_of(after)), after)
                omitted = concat_([until, both], axis)
        columns.append(sum_(mul(narrow(g, axis, k, n), omitted), axis=axis, keepdims=True))
    return concat_(columns, axis)


def softmax_forward(x: np.ndarray, axis: int = -1) -> np.ndarray:
    if x.size == 0:
        return x.copy()
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def log_softmax_forward(x: np.ndarray, axis: int = -1) -> np.ndarray:
    if x.size == 0:
        return x.copy()
    shifted = x - x.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def softmax_backward_forward(g: np.ndarray, y: np.ndarray, axis: int = -1) -> np.ndarray:
    """PyTorch's ``_softmax_backward_data``: ``(g - sum(g*y)) * y`` along ``axis``."""
    return np.multiply(np.subtract(g, np.sum(g * y, axis=axis, keepdims=True)), y)


def log_softmax_backward_forward(g: np.ndarray, y: np.ndarray, axis: int = -1) -> np.ndarray:
    """PyTorch's ``_log_softmax_backward_data``: ``g - exp(y) * sum(g)`` along ``axis``."""
    return np.subtract(g, np.multiply(np.exp(y), np.sum(g, axis=axis, keepdims=True)))


def softmax_double_backward(gg: Any, ans: Any, g: Any, y: Any, axis: int = -1) -> Any:
    """PyTorch's ``softmax_double_backward``: the derivative of the softmax rule in ``y``,
    ``g*gg - sum(y*g)*gg - g*sum(y*gg)``."""
    first = sub(mul(g, gg), mul(sum_(mul(y, g), axis=axis, keepdims=True), gg))
    return sub(first, mul(g, sum_(mul(y, gg), axis=axis, keepdims=True)))


def _dof(shape: tuple[int, ...], axis: Any, correction: float) -> float:
    return count(shape, axis) - correction


def var_forward(x: np.ndarray, axis: Any = None, correction: float = 1, keepdims: bool = False):
    return np.asarray(_variance(x, axis, correction, keepdims), x.dtype)


def _variance(x: np.ndarray, axis: Any, correction: float, keepdims: bool) -> np.ndarray:
    """The variance as PyTorch computes it on the CPU, in float64 (no overflow of the squares
    near float32's largest values): a reduction to one value takes the mean in ``x``'s own
    dtype first, as PyTorch's all-reduce path does (three equal values of 1e30 in float32 have
    a variance of about 8.6e45 there, not 0)."""
    wide = x.astype(np.float64)
    with np.errstate(all="ignore"):
        shape = np.shape(np.sum(x, axis=axis, keepdims=keepdims))
        if x.size and math.prod(shape) == 1:
            squares = np.sum(np.square(wide - np.float64(np.mean(x))))
            return np.full(shape, squares / np.float64(max(0.0, x.size - correction)))
        return np.var(wide, axis=axis, ddof=correction, keepdims=keepdims)


def var_rule(
    g: Any, ans: Any, x: Any, axis: Any = None, correction: float = 1, keepdims: bool = False
) -> Any:
    """PyTorch's var rule: ``(2 / (N - correction)) * g * (x - mean(x))``; for a full
    reduction with N - correction <= 0, ``g`` times NaN where x equals its mean, else inf."""
    shape = shape_of(x)
    g = keep_dims(g, shape, axis, keepdims)
    dof = _dof(shape, axis, correction)
    full = axis is None or not shape
    if full and dof <= 0:
        xd = x._data
        with np.errstate(all="ignore"):
            flat = np.where(xd == np.mean(xd), np.nan, np.inf).astype(xd.dtype)
        return mul(g, flat)
    scale = 2.0 / dof if dof else math.inf
    return mul(mul(g, scale), sub(x, mean_(x, None if full else axis, keepdims=not full)))


def std_forward(x: np.ndarray, axis: Any = None, correction: float = 1, keepdims: bool = False):
    """The square root of ``_variance``, rounded once to ``x``'s dtype."""
    with np.errstate(all="ignore"):
        return np.asarray(np.sqrt(_variance(x, axis, correction, keepdims)), x.dtype)


def std_rule(
    g: Any, ans: Any, x: Any, axis: Any = None, correction: float = 1, keepdims: bool = False
) -> Any:
    """PyTorch's std rule: the var rule of ``g / (2 std)``, 0 where std is 0."""
    with np.errstate(all="ignore"):
        h = div(g, mul(ans, 2.0))
    zero = ans._data == 0
    if zero.any():
        h = where(zero, 0.0, h)
    return var_rule(h, ans, x, axis, correction, keepdims)


def norm_forward(x: np.ndarray, p: float = 2.0, axis: Any = None, keepdims: bool = False):
    a = np.abs(x)
    if p == 2:
        return np.sqrt(np.sum(a * a, axis=axis, keepdims=keepdims))
    if p == 1:
        return np.sum(a, axis=axis, keepdims=keepdims)
    with np.errstate(all="ignore"):
        return np.power(np.sum(np.power(a, p), axis=axis, keepdims=keepdims), 1.0 / p)


def norm_rule(
    g: Any, ans: Any, x: Any, p: float = 2.0, axis: Any = None, keepdims: bool = False
) -> Any:
    """PyTorch's vector-norm rule (``norm_backward``), operation for operation; where the norm
    is 0 the scaled gradient is 0 (a selection: an infinite ``g`` still gives NaN there)."""
    shape = shape_of(x)
    g = keep_dims(g, shape, axis, keepdims)
    if p == 1:
        return mul(sgn(x), g)
    norm = keep_dims(ans, shape, axis, keepdims)
    zero = norm._data == 0
    with np.errstate(all="ignore"):
        if p == 2:
            return mul(g, zero_where(zero, div(x, norm)))
        if p < 1:
            scaled = mul(sgn(x), zero_where(x._data == 0, pow_(abs_(x), p - 1)))
            return mul(mul(scaled, g), pow_(norm, 1 - p))
        if p < 2:
            scaled = mul(sgn(x), pow_(abs_(x), p - 1))
        else:
            scaled = mul(x, pow_(abs_(x), p - 2))
        return mul(scaled, zero_where(zero, div(g, pow_(norm, p - 1))))


def cumsum_forward(x: np.ndarray, axis: int = 0, reverse: bool = False) -> np.ndarray:
    """The running sums along ``axis`` (from the end: ``reverse``). PyTorch's sums start from
    +0, so a -0.0 never comes out (NumPy's first sum is the first element itself); a 0-d
    tensor is copied as it is."""
    if x.ndim == 0:
        return x.copy()
    if reverse:
        out = np.flip(np.cumsum(np.flip(x, axis), axis=axis), axis)
    else:
        out = np.cumsum(x, axis=axis)
    out += 0  # -0.0 + 0 is 0.0; every other value is unchanged
    return out
