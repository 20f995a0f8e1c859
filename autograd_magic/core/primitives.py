"""The table of primitives: each operation's NumPy forward and its derivative rules, once.

A rule ``vjp(g, ans, *args, **params)`` returns the vector-Jacobian product for one operand:
given ``g = ∂L/∂ans`` it returns ``∂L/∂arg``. Rules are written with the engine's own operations
(the functions at the bottom of this file), never raw NumPy on tensors, so that a rule applied
while recording is itself recorded: that is what makes derivatives of derivatives work. The
engine then sums each result back down to its operand's shape and dtype (``broadcast.py``), so
no rule has to think about broadcasting.
"""

from __future__ import annotations

import functools
import math
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np

from . import extremes
from .apply import apply
from .broadcast import unbroadcast_array
from .errors import OVERLAP
from .node import OUT, operand_meta
from .primitive import PrimitiveSpec, Rule
from .tensor import Tensor
from .trace import _state
from .views import refuse


class Primitive(PrimitiveSpec):
    """A primitive that can be called: ``SIN(x)`` is ``apply(SIN, x)``."""

    def __call__(self, *args: Any, **params: Any) -> Any:
        return apply(self, *args, **params)


def _unary(name: str, forward: Callable, rule: Rule, **flags: Any) -> Primitive:
    flags.setdefault("dtype_rule", "float")
    return Primitive(name, forward, (rule,), elementwise=True, **flags)


def _binary(name: str, forward: Callable, ra: Rule | None, rb: Rule | None, **flags: Any):
    return Primitive(name, forward, (ra, rb), elementwise=True, **flags)


def _shape(x: Any) -> tuple[int, ...]:
    return x._data.shape if isinstance(x, Tensor) else np.shape(x)


def _ndim(x: Any) -> int:
    return len(_shape(x))


def _zeros_like(x: Any, like: Any = None) -> Any:
    """A fresh untracked tensor of zeros with ``x``'s shape and dtype (a zero derivative).

    The tensor is of ``like``'s class (the front end's); ``x`` may be a shape-only stand-in.
    """
    d = x._data
    return type(x if like is None else like)._wrap(np.zeros(d.shape, d.dtype))


def _raw(x: Any) -> Any:
    return x._data if isinstance(x, Tensor) else np.asarray(x)


def _extreme_side(g: Any, a: Any, b: Any, loses: Callable) -> Any:
    """PyTorch's maximum/minimum rule for one side: ``g``, halved at ties, 0 where it lost.

    A selection: where the side lost, the gradient is 0 even if ``g`` is infinite or NaN.
    """
    ad = _raw(a)
    bd = _raw(b)
    tie = ad == bd
    lost = loses(ad, bd)
    out = where(tie, mul(g, 0.5), g) if tie.any() else g
    return where(lost, 0.0, out) if lost.any() else out


def _select(keep: Any, g: Any) -> Any:
    """``g`` where ``keep`` holds and 0 elsewhere: a selection, so an infinite ``g`` gives 0."""
    return where(keep, g, 0.0)


def _pow_base(g: Any, ans: Any, a: Any, b: Any) -> Any:
    """d/da a**b as PyTorch: 0 where the exponent is 0 (also at a = 0), else g*b*a**(b-1)."""
    if not isinstance(b, Tensor):
        if b == 0:
            return _zeros_like(g)
        if b == 2:
            return mul(g, mul(a, 2.0))  # 2 * a**1 without computing a**1: the same numbers
        return mul(g, mul(b, pow_(a, b - 1)))
    with np.errstate(all="ignore"):
        term = mul(g, mul(b, pow_(a, sub(b, 1))))
    zero = b._data == 0
    return where(zero, 0.0, term) if zero.any() else term


def _pow_exponent(g: Any, ans: Any, a: Any, b: Any) -> Any:
    """d/db a**b as PyTorch: g * (a**b * log a), with 0 where a = 0 and b >= 0."""
    bd = b._data
    with np.errstate(all="ignore"):
        if isinstance(a, Tensor):
            factor = mul(ans, log(a))
            skip = (a._data == 0) & (bd >= 0)
        else:
            factor = mul(ans, math.log(a) if a > 0 else np.log(np.asarray(a, bd.dtype)))
            skip = (bd >= 0) if a == 0 else None
        if skip is not None and skip.any():
            factor = where(skip, 0.0, factor)
        return mul(g, factor)


def _expand(g: Any, shape: tuple[int, ...], axis: Any, keepdims: bool) -> Any:
    """Broadcast a reduction's gradient back to the reduced operand's shape."""
    if not keepdims:
        axes = range(len(shape)) if axis is None else _axes(axis, len(shape))
        kept = tuple(1 if i in axes else n for i, n in enumerate(shape))
        g = reshape(g, kept)
    return broadcast_to(g, shape)


def _axes(axis: Any, ndim: int) -> tuple[int, ...]:
    axes = axis if isinstance(axis, tuple) else (axis,)
    return tuple(a % ndim if ndim else 0 for a in axes)


def _count(shape: tuple[int, ...], axis: Any) -> int:
    if axis is None:
        return int(np.prod(shape, dtype=np.int64))
    return int(np.prod([shape[a] for a in _axes(axis, len(shape))], dtype=np.int64))


def _extreme_rule(
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
    shape = _shape(x)
    xd = x._data
    a = ans._data
    full = tuple(range(xd.ndim)) if axis is None else _axes(axis, xd.ndim)
    if not keepdims:
        a = a.reshape(tuple(1 if i in full else n for i, n in enumerate(shape)))
    g = _expand(g, shape, axis, keepdims)
    if even is False:
        return _select(_index_mask(xd, pick, axis, index), g)
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
    return _select(hit, div(g, count.astype(xd.dtype)))


def _extreme_forward(
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


def _prod_rule(g: Any, ans: Any, x: Any, axis: Any = None, keepdims: bool = False) -> Any:
    """PyTorch's prod rule: ``g * prod / x`` without zeros; with zeros the product of the
    other elements (for a full product with two or more zeros: all 0, as PyTorch)."""
    if _ndim(x) == 0:
        return g
    g = _expand(g, _shape(x), axis, keepdims)
    zeros = int(np.count_nonzero(x._data == 0))
    if zeros == 0:
        return mul(g, div(_expand(ans, _shape(x), axis, keepdims), x))
    if _state.enabled:  # building the graph of the derivative: stay differentiable
        return mul(g, _others_product(x, axis))
    if axis is None and zeros > 1:
        return _zeros_like(x, g)
    # With zeros, ans/x is 0/0: take the product of the other elements directly.
    xd = x._data
    ax = tuple(range(xd.ndim)) if axis is None else _axes(axis, xd.ndim)
    moved = np.moveaxis(xd, ax, tuple(range(-len(ax), 0)))
    flat = moved.reshape(moved.shape[: xd.ndim - len(ax)] + (-1,))
    n = flat.shape[-1]
    left = np.concatenate([np.ones_like(flat[..., :1]), np.cumprod(flat, -1)[..., :-1]], -1)
    right = np.cumprod(flat[..., ::-1], -1)[..., ::-1]
    right = np.concatenate([right[..., 1:], np.ones_like(flat[..., :1])], -1)
    others = (left * right).reshape(moved.shape[: xd.ndim - len(ax)] + (n,))
    others = np.moveaxis(others.reshape(moved.shape), tuple(range(-len(ax), 0)), ax)
    return mul(g, others)


def _others_product(x: Any, axis: Any) -> Any:
    """For each element, the product of the other elements of its slice, in engine operations
    (so it can be differentiated again): each slice of k elements becomes k copies with one
    element set to 1 (k*k values per slice: only for a derivative's graph)."""
    shape = _shape(x)
    ax = tuple(range(len(shape))) if axis is None else _axes(axis, len(shape))
    rest = tuple(i for i in range(len(shape)) if i not in ax)
    perm = rest + ax
    moved = transpose(x, perm)
    outer = tuple(shape[i] for i in rest)
    k = _count(shape, ax)
    rows = broadcast_to(reshape(moved, outer + (1, k)), outer + (k, k))
    others = _prod_last(where(np.eye(k, dtype=bool), 1.0, rows))
    back = reshape(others, tuple(shape[i] for i in perm))
    return transpose(back, _inverse_perm(perm))


def _prod_last(rows: Any) -> Any:
    """The product along the last axis."""
    return apply(PROD, rows, axis=-1, keepdims=False)


def _swap_last(x: Any) -> Any:
    axes = list(range(_ndim(x)))
    axes[-1], axes[-2] = axes[-2], axes[-1]
    return transpose(x, tuple(axes))


def _matmul_a(g: Any, ans: Any, a: Any, b: Any) -> Any:
    if _ndim(a) == 1 and _ndim(b) == 1:
        return mul(g, b)
    if _ndim(b) == 1:
        return mul(reshape(g, _shape(g) + (1,)), b)
    if _ndim(a) == 1:
        g = reshape(g, _shape(g)[:-1] + (1, _shape(g)[-1]))
    return matmul(g, _swap_last(b))  # extra batch dims are summed away by the engine


def _matmul_b(g: Any, ans: Any, a: Any, b: Any) -> Any:
    if _ndim(a) == 1 and _ndim(b) == 1:
        return mul(g, a)
    if _ndim(a) == 1:
        g = reshape(g, _shape(g)[:-1] + (1, _shape(g)[-1]))
        a = reshape(a, (1, _shape(a)[0]))
    if _ndim(b) == 1:
        out = matmul(_swap_last(a), reshape(g, _shape(g) + (1,)))
        return reshape(out, _shape(out)[:-1])
    return matmul(_swap_last(a), g)


def _stack_rule(i: int, g: Any, ans: Any, *args: Any, axis: int = 0) -> Any:
    axis = axis % _ndim(g)
    return getitem(g, (slice(None),) * axis + (i,))


def _concat_rule(i: int, g: Any, ans: Any, *args: Any, axis: int = 0) -> Any:
    axis = axis % _ndim(g)
    start = sum(_shape(a)[axis] for a in args[:i])
    stop = start + _shape(args[i])[axis]
    return getitem(g, (slice(None),) * axis + (slice(start, stop),))


def _nll_forward(logp: np.ndarray, target: np.ndarray, reduction: str = "mean") -> np.ndarray:
    if _ndim(logp) == 1:
        return -logp[target]
    picked = -logp[np.arange(_shape(logp)[0]), target]
    if reduction == "none":
        return picked
    return picked.sum() if reduction == "sum" else picked.mean()


def _nll_rule(g: Any, ans: Any, logp: Any, target: Any, reduction: str = "mean") -> Any:
    t = target._data if isinstance(target, Tensor) else np.asarray(target)
    if _ndim(logp) == 1:
        return scatter(neg(g), t, _shape(logp))
    rows = np.arange(_shape(logp)[0])
    if reduction == "mean":
        g = div(g, _shape(logp)[0])
    if reduction != "none":
        g = broadcast_to(g, (_shape(logp)[0],))
    return scatter(neg(g), (rows, t), _shape(logp))


def _mse_forward(a: np.ndarray, b: np.ndarray, reduction: str = "mean") -> np.ndarray:
    sq = np.square(a - b)
    return sq if reduction == "none" else sq.sum() if reduction == "sum" else sq.mean()


def _mse_a(g: Any, ans: Any, a: Any, b: Any, reduction: str = "mean") -> Any:
    d = mul(sub(a, b), 2.0)
    if reduction == "mean":
        d = div(d, int(np.prod(np.broadcast_shapes(_shape(a), _shape(b)))))
    return mul(g, d)


def _mse_b(g: Any, ans: Any, a: Any, b: Any, reduction: str = "mean") -> Any:
    return neg(_mse_a(g, ans, a, b, reduction))


def _scatter_forward(g: np.ndarray, index: Any, shape: tuple[int, ...]) -> np.ndarray:
    out = np.zeros(shape, dtype=g.dtype)
    np.add.at(out, index, g)
    return out


def writable_broadcast(x: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """``np.broadcast_to``, but writable when ``x`` is, as PyTorch's ``expand``: a write
    through a part of it that has no repeated elements (``x.expand(2, 3)[0] = v``) is allowed;
    writes to repeated elements are refused before they happen (``views.check_inplace``).
    (The primitive keeps NumPy's faster read-only view: derivative rules never write.)"""
    out = np.broadcast_to(x, shape)
    if not x.flags.writeable:
        return out
    return np.lib.stride_tricks.as_strided(x, shape=out.shape, strides=out.strides)


def _getitem_forward(x: np.ndarray, index: Any) -> np.ndarray:
    """``x[index]``, as a 0-d view (not a NumPy scalar) when it picks one element."""
    out = x[index]
    if not isinstance(out, np.ndarray):
        out = x[(index if isinstance(index, tuple) else (index,)) + (Ellipsis,)]
    return out


def _setitem_forward(x: np.ndarray, v: Any, index: Any) -> np.ndarray:
    out = x.copy()
    out[index] = v
    return out


def _where_forward(c: np.ndarray, a: Any, b: Any) -> np.ndarray:
    return np.where(c, a, b)


def _clamp_forward(x: np.ndarray, lo: Any = None, hi: Any = None) -> np.ndarray:
    """``x`` where it lies inside [lo, hi] (NaN and -0.0 kept, as PyTorch and TensorFlow)."""
    out = x
    if lo is not None:
        out = np.where(out < lo, np.asarray(lo, x.dtype), out)
    if hi is not None:
        out = np.where(out > hi, np.asarray(hi, x.dtype), out)
    return out if out is not x else x.copy()


def _relu_forward(x: np.ndarray) -> np.ndarray:
    """max(x, 0) that keeps -0.0 and NaN (NumPy's maximum gives 0.0 for -0.0)."""
    return np.where(x < 0, x.dtype.type(0), x)


def _clamp_rule(g: Any, ans: Any, x: Any, lo: Any = None, hi: Any = None) -> Any:
    """``g`` where ``lo <= x <= hi`` (NaN is outside), 0 elsewhere: a selection."""
    inside = np.ones(_shape(x), dtype=bool)
    with np.errstate(invalid="ignore"):
        if lo is not None:
            inside &= x._data >= lo
        if hi is not None:
            inside &= x._data <= hi
    return _select(inside, g)


def _threshold_backward_forward(g: np.ndarray, ans: np.ndarray) -> np.ndarray:
    return np.where(ans <= 0, g.dtype.type(0), g)


def _mean_forward(x: np.ndarray, axis: Any = None, keepdims: bool = False) -> np.ndarray:
    if x.size == 0:  # NaN, as PyTorch, without NumPy's "Mean of empty slice" warning
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            return np.mean(x, axis=axis, keepdims=keepdims)
    return np.mean(x, axis=axis, keepdims=keepdims)


def _softmax_forward(x: np.ndarray, axis: int = -1) -> np.ndarray:
    if x.size == 0:
        return x.copy()
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def _log_softmax_forward(x: np.ndarray, axis: int = -1) -> np.ndarray:
    if x.size == 0:
        return x.copy()
    shifted = x - x.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def _sigmoid_forward(x: np.ndarray) -> np.ndarray:
    # exp of a negative number only, so large |x| neither overflows nor warns
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e))


def _sgn_forward(x: np.ndarray) -> np.ndarray:
    """PyTorch's sign: -1, 0 or 1, and 0 for NaN."""
    s = np.sign(x)
    return np.where(np.isnan(s), s.dtype.type(0), s) if s.dtype.kind == "f" else s


def _inverse_perm(axes: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(int(i) for i in np.argsort(axes))


def _nondiff(name: str, forward: Callable, dtype_rule: str | None = "bool") -> Primitive:
    return Primitive(
        name, forward, (), differentiable=False, dtype_rule=dtype_rule, elementwise=True
    )


def _replay(x: np.ndarray, chain: tuple[Any, ...]) -> np.ndarray:
    """Apply a chain of view primitives ``((prim, params), ...)`` to an array."""
    for prim, params in chain:
        x = prim.forward(x, **params)
    return x


def _view_chain_rule(g: Any, ans: Any, x: Any, chain: tuple[Any, ...]) -> Any:
    """Undo a chain of views step by step, each by its own primitive's rule."""
    shapes = [x._data.shape]
    a = x._data
    for prim, params in chain[:-1]:
        a = prim.forward(a, **params)
        shapes.append(a.shape)
    for (prim, params), shape in zip(reversed(chain), reversed(shapes)):
        stand_in = operand_meta(shape, x._data.dtype).stand_in
        g = prim.vjps[0](g, None, stand_in, **params)
    return g


def _copy_slices_forward(base: np.ndarray, src: np.ndarray, chain: tuple[Any, ...]) -> np.ndarray:
    for order in ("K", "C"):  # a gradient can come in any layout; a reshape needs C order
        out = base.copy(order=order)
        region = out
        for prim, params in chain:
            if prim is BROADCAST_TO:
                region = writable_broadcast(region, **params)
            else:
                region = prim.forward(region, **params)
        if not region.size or np.shares_memory(region, out):  # (an empty view writes nothing)
            region[...] = src
            return out
    raise NotImplementedError("this chain of views cannot be written through")


def _written_once(g: Any, chain: tuple[Any, ...]) -> Any:
    """``g``, after checking that the view a ``copy_slices`` wrote has no repeated elements:
    like PyTorch, its gradient cannot be sent back through an expanded region."""
    region = _replay(np.empty(g._data.shape, np.int8), chain)
    if any(st == 0 and n > 1 for st, n in zip(region.strides, region.shape)):
        raise refuse(OVERLAP, g)
    return g


def _fill_forward(x: np.ndarray, value: Any) -> np.ndarray:
    return np.full(x.shape, value, dtype=x.dtype)


def _copy_forward(x: np.ndarray, src: np.ndarray) -> np.ndarray:
    return np.broadcast_to(src, x.shape).astype(x.dtype, copy=True)


def _dof(shape: tuple[int, ...], axis: Any, correction: float) -> float:
    return _count(shape, axis) - correction


def _var_forward(x: np.ndarray, axis: Any = None, correction: float = 1, keepdims: bool = False):
    with np.errstate(all="ignore"):
        return np.var(x, axis=axis, ddof=correction, keepdims=keepdims)


def _var_rule(
    g: Any, ans: Any, x: Any, axis: Any = None, correction: float = 1, keepdims: bool = False
) -> Any:
    """PyTorch's var rule: ``(2 / (N - correction)) * g * (x - mean(x))``."""
    g = _expand(g, _shape(x), axis, keepdims)
    dof = _dof(_shape(x), axis, correction)
    scale = 2.0 / dof if dof else math.inf
    return mul(mul(g, scale), sub(x, mean_(x, axis, keepdims=True)))


def _std_forward(x: np.ndarray, axis: Any = None, correction: float = 1, keepdims: bool = False):
    with np.errstate(all="ignore"):
        return np.std(x, axis=axis, ddof=correction, keepdims=keepdims)


def _std_rule(
    g: Any, ans: Any, x: Any, axis: Any = None, correction: float = 1, keepdims: bool = False
) -> Any:
    """PyTorch's std rule: the var rule of ``g / (2 std)``, 0 where std is 0."""
    with np.errstate(all="ignore"):
        h = div(g, mul(ans, 2.0))
    zero = ans._data == 0
    if zero.any():
        h = where(zero, 0.0, h)
    return _var_rule(h, ans, x, axis, correction, keepdims)


def _norm_forward(x: np.ndarray, p: float = 2.0, axis: Any = None, keepdims: bool = False):
    a = np.abs(x)
    if p == 2:
        return np.sqrt(np.sum(a * a, axis=axis, keepdims=keepdims))
    if p == 1:
        return np.sum(a, axis=axis, keepdims=keepdims)
    with np.errstate(all="ignore"):
        return np.power(np.sum(np.power(a, p), axis=axis, keepdims=keepdims), 1.0 / p)


def _norm_rule(
    g: Any, ans: Any, x: Any, p: float = 2.0, axis: Any = None, keepdims: bool = False
) -> Any:
    """PyTorch's vector-norm rule; where the norm is 0 the gradient is 0 (p > 1)."""
    shape = _shape(x)
    g = _expand(g, shape, axis, keepdims)
    if p == 1:
        return mul(sgn(x), g)
    norm = _expand(ans, shape, axis, keepdims)
    zero = np.broadcast_to(
        ans._data == 0
        if keepdims or axis is None
        else np.expand_dims(ans._data == 0, _axes(axis, len(shape))),
        shape,
    )
    with np.errstate(all="ignore"):
        if p == 2:
            scaled = div(g, norm)
        else:
            scaled = div(g, pow_(norm, p - 1))
        if zero.any():
            scaled = where(zero, 0.0, scaled)
        if p == 2:
            return mul(x, scaled)
        return mul(mul(x, pow_(abs_(x), p - 2)), scaled)


def _cumsum_forward(x: np.ndarray, axis: int = 0, reverse: bool = False) -> np.ndarray:
    if x.ndim == 0:
        return x.copy()
    if reverse:
        return np.flip(np.cumsum(np.flip(x, axis), axis=axis), axis)
    return np.cumsum(x, axis=axis)


def _repeat_forward(x: np.ndarray, reps: tuple[int, ...]) -> np.ndarray:
    lead = (1,) * (len(reps) - x.ndim) + x.shape
    return np.tile(x.reshape(lead), reps)


def _repeat_rule(g: Any, ans: Any, x: Any, reps: tuple[int, ...]) -> Any:
    """Sum the copies: view ``g`` as (rep, size) pairs and sum over the reps."""
    shape = _shape(x)
    lead = (1,) * (len(reps) - len(shape)) + shape
    pairs = tuple(n for r, d in zip(reps, lead) for n in (r, d))
    summed = sum_(reshape(g, pairs), axis=tuple(range(0, 2 * len(reps), 2)))
    return reshape(summed, shape)


def _not_implemented(name: str) -> Rule:
    def rule(*args: Any, **params: Any) -> Any:
        raise RuntimeError(f"derivative for aten::{name} is not implemented")

    return rule


# ---- the table ------------------------------------------------------------------------------
# fmt: off
NEG = _unary("neg", np.negative, lambda g, ans, x: neg(g), saves=False, dtype_rule="first")
EXP = _unary("exp", np.exp, lambda g, ans, x: mul(g, ans), saves=False, uses_out=True)
LOG = _unary("log", np.log, lambda g, ans, x: div(g, x))
SIN = _unary("sin", np.sin, lambda g, ans, x: mul(g, cos(x)))
COS = _unary("cos", np.cos, lambda g, ans, x: mul(g, neg(sin(x))))
TAN = _unary("tan", np.tan, lambda g, ans, x: mul(g, add(mul(ans, ans), 1.0)), saves=False, uses_out=True)
TANH = _unary("tanh", np.tanh, lambda g, ans, x: mul(g, rsub(mul(ans, ans), 1.0)), saves=False, uses_out=True)
SIGMOID = _unary("sigmoid", _sigmoid_forward, lambda g, ans, x: mul(g, mul(ans, rsub(ans, 1.0))), saves=False, uses_out=True)
RELU = _unary("relu", _relu_forward, lambda g, ans, x: threshold_backward(g, ans), saves=False, uses_out=True, dtype_rule="first")
# relu's rule: g where relu(x) > 0 (or NaN); differentiable again, with a zero derivative in relu(x)
THRESHOLD_BACKWARD = Primitive("threshold_backward", _threshold_backward_forward,
                               (lambda gg, ans, g, r: threshold_backward(gg, r), lambda gg, ans, g, r: _zeros_like(r, gg)),
                               dtype_rule="first", elementwise=True)
ABS = _unary("abs", np.abs, lambda g, ans, x: mul(g, sign(x)), dtype_rule="first")
# PyTorch's abs: g * sgn(x), where sgn(NaN) is 0 (TensorFlow's sign(NaN) is NaN)
ABS_TORCH = _unary("abs", np.abs, lambda g, ans, x: mul(g, sgn(x)), dtype_rule="first")
SQRT = _unary("sqrt", np.sqrt, lambda g, ans, x: div(g, mul(ans, 2.0)), saves=False, uses_out=True)
RECIPROCAL = _unary("reciprocal", np.reciprocal, lambda g, ans, x: mul(neg(g), mul(ans, ans)), saves=False, uses_out=True)
CLAMP = _unary("clamp", _clamp_forward, _clamp_rule, dtype_rule="first")
CLONE = _unary("clone", np.copy, lambda g, ans, x: g, saves=False, dtype_rule="first")

ADD = _binary("add", np.add, lambda g, ans, a, b: g, lambda g, ans, a, b: g, saves=False)
SUB = _binary("sub", np.subtract, lambda g, ans, a, b: g, lambda g, ans, a, b: neg(g), saves=False)
RSUB = _binary("rsub", lambda a, b: np.subtract(b, a), lambda g, ans, a, b: neg(g), lambda g, ans, a, b: g, saves=False)
# a + alpha * b and a - alpha * b in one node (PyTorch's add/sub with alpha)
ADD_ALPHA = _binary("add", lambda a, b, alpha: np.add(a, np.multiply(alpha, b)),
                    lambda g, ans, a, b, alpha: g, lambda g, ans, a, b, alpha: mul(g, alpha), saves=False)
SUB_ALPHA = _binary("sub", lambda a, b, alpha: np.subtract(a, np.multiply(alpha, b)),
                    lambda g, ans, a, b, alpha: g, lambda g, ans, a, b, alpha: mul(neg(g), alpha), saves=False)
MUL = _binary("mul", np.multiply, lambda g, ans, a, b: mul(g, b), lambda g, ans, a, b: mul(g, a))
DIV = _binary("div", np.true_divide, lambda g, ans, a, b: div(g, b), lambda g, ans, a, b: div(mul(neg(g), a), mul(b, b)), dtype_rule="float")
POW = _binary("pow", np.power, _pow_base, _pow_exponent, uses_out=True)
MAXIMUM = _binary("maximum", extremes.maximum,
                  lambda g, ans, a, b: _extreme_side(g, a, b, np.less),
                  lambda g, ans, a, b: _extreme_side(g, b, a, np.less))
MINIMUM = _binary("minimum", extremes.minimum,
                  lambda g, ans, a, b: _extreme_side(g, a, b, np.greater),
                  lambda g, ans, a, b: _extreme_side(g, b, a, np.greater))
WHERE = Primitive("where", _where_forward, (None, lambda g, ans, c, a, b: where(c, g, 0.0), lambda g, ans, c, a, b: where(c, 0.0, g)),
                  elementwise=True)
MATMUL = Primitive("matmul", np.matmul, (_matmul_a, _matmul_b))

SUM = Primitive("sum", lambda x, axis=None, keepdims=False: np.sum(x, axis=axis, keepdims=keepdims),
                (lambda g, ans, x, axis=None, keepdims=False: _expand(g, _shape(x), axis, keepdims),),
                saves=False, dtype_rule=None)
MEAN = Primitive("mean", _mean_forward,
                 (lambda g, ans, x, axis=None, keepdims=False: div(_expand(g, _shape(x), axis, keepdims), _count(_shape(x), axis)),),
                 saves=False, dtype_rule="first")
AMAX = Primitive("amax", lambda x, axis=None, keepdims=False, even=True, index=None: _extreme_forward(x, np.max, np.argmax, axis, keepdims, even),
                 (functools.partial(_extreme_rule, np.argmax),), uses_out=True, dtype_rule="first")
AMIN = Primitive("amin", lambda x, axis=None, keepdims=False, even=True, index=None: _extreme_forward(x, np.min, np.argmin, axis, keepdims, even),
                 (functools.partial(_extreme_rule, np.argmin),), uses_out=True, dtype_rule="first")
PROD = Primitive("prod", lambda x, axis=None, keepdims=False: np.prod(x, axis=axis, keepdims=keepdims),
                 (_prod_rule,), uses_out=True, dtype_rule=None)

RESHAPE = Primitive("reshape", np.reshape, (lambda g, ans, x, shape: reshape(g, _shape(x)),),
                    saves=False, dtype_rule=None, view=True)
TRANSPOSE = Primitive("transpose", np.transpose, (lambda g, ans, x, axes: transpose(g, _inverse_perm(axes)),),
                      saves=False, dtype_rule=None, view=True)
BROADCAST_TO = Primitive("broadcast_to", np.broadcast_to, (lambda g, ans, x, shape: sum_to(g, _shape(x)),),
                         saves=False, dtype_rule=None, view=True)
SUM_TO = Primitive("sum_to", lambda x, shape: _sum_to_forward(x, shape), (lambda g, ans, x, shape: broadcast_to(g, _shape(x)),),
                   saves=False, dtype_rule=None)
GETITEM = Primitive("getitem", _getitem_forward, (lambda g, ans, x, index: scatter(g, index, _shape(x)),),
                    saves=False, dtype_rule=None, view=True)
SCATTER = Primitive("scatter", _scatter_forward, (lambda g, ans, x, index, shape: getitem(g, index),),
                    saves=False, dtype_rule=None)
SETITEM = Primitive("setitem", _setitem_forward,
                    (lambda g, ans, x, v, index: setitem(g, 0.0, index), lambda g, ans, x, v, index: getitem(g, index)),
                    saves=False, dtype_rule="first")
STACK = Primitive("stack", lambda *xs, axis=0: np.stack(xs, axis=axis), (), variadic=_stack_rule, saves=False)
CONCAT = Primitive("concat", lambda *xs, axis=0: np.concatenate(xs, axis=axis), (), variadic=_concat_rule,
                   saves=False)
CAST = Primitive("cast", lambda x, dtype: x.astype(dtype), (lambda g, ans, x, dtype: g,), saves=False,
                 dtype_rule=None)

SOFTMAX = Primitive("softmax", _softmax_forward,
                    (lambda g, ans, x, axis=-1: mul(ans, sub(g, sum_(mul(g, ans), axis=axis, keepdims=True))),),
                    saves=False, uses_out=True, dtype_rule="float")
LOG_SOFTMAX = Primitive("log_softmax", _log_softmax_forward,
                        (lambda g, ans, x, axis=-1: sub(g, mul(exp(ans), sum_(g, axis=axis, keepdims=True))),),
                        saves=False, uses_out=True, dtype_rule="float")
MSE_LOSS = Primitive("mse_loss", _mse_forward, (_mse_a, _mse_b), dtype_rule="float")
NLL_LOSS = Primitive("nll_loss", _nll_forward, (_nll_rule, None), dtype_rule="first")

LT = _nondiff("lt", np.less)
LE = _nondiff("le", np.less_equal)
GT = _nondiff("gt", np.greater)
GE = _nondiff("ge", np.greater_equal)
EQ = _nondiff("eq", np.equal)
NE = _nondiff("ne", np.not_equal)
# sign is flat: its derivative is 0 (so abs's rule g*sign(x) is differentiable again, as PyTorch's)
SIGN = _unary("sign", np.sign, lambda g, ans, x: _zeros_like(x, g), saves=False, dtype_rule="first")
# A view of a tensor, replayed from its base (``chain``: the view primitives and their
# parameters, in order); and its adjoint: the base with the view's region replaced by ``src``.
VIEW_CHAIN = Primitive("view_chain", _replay, (_view_chain_rule,), saves=False, dtype_rule=None)
COPY_SLICES = Primitive("copy_slices", _copy_slices_forward,
                        (lambda g, ans, base, src, chain: copy_slices(_written_once(g, chain), _zeros_like(src, g), chain),
                         lambda g, ans, base, src, chain: view_chain(_written_once(g, chain), chain)),
                        saves=False, dtype_rule="first")
# in-place fill and copy: the old value gets a zero gradient, a copied source gets g
FILL = Primitive("fill", _fill_forward, (lambda g, ans, x, value: _zeros_like(x, g),), saves=False,
                 dtype_rule="first", elementwise=True)
COPY = Primitive("copy", _copy_forward, (lambda g, ans, x, src: _zeros_like(x, g), lambda g, ans, x, src: g),
                 saves=False, dtype_rule="first")
VAR = Primitive("var", _var_forward, (_var_rule,), dtype_rule="first")
STD = Primitive("std", _std_forward, (_std_rule,), uses_out=True, dtype_rule="first")
NORM = Primitive("norm", _norm_forward, (_norm_rule,), uses_out=True, dtype_rule="first")
CUMSUM = Primitive("cumsum", _cumsum_forward,
                   (lambda g, ans, x, axis=0, reverse=False: cumsum(g, axis, not reverse),),
                   saves=False, dtype_rule=None)
REPEAT = Primitive("repeat", _repeat_forward, (_repeat_rule,), saves=False, dtype_rule=None)
# floor division has no derivative in PyTorch: using one raises
FLOOR_DIVIDE = _binary("floor_divide", np.floor_divide, _not_implemented("floor_divide"),
                       _not_implemented("floor_divide"), saves=False)
SGN = _unary("sgn", _sgn_forward, lambda g, ans, x: _zeros_like(x, g), saves=False, dtype_rule="first")
# fmt: on


def _pow_reads(args: tuple[Any, ...], params: dict[str, Any]) -> tuple[tuple[int, ...], ...]:
    """pow's rules read its result only when the exponent is a tensor."""
    if isinstance(args[1], Tensor):
        return ((0, 1, OUT), (0, 1, OUT))
    return ((0,), ())


def _extreme_reads(args: tuple[Any, ...], params: dict[str, Any]) -> tuple[tuple[int, ...], ...]:
    """max(dim) keeps only the indices it picked; the other rules read input and result."""
    return ((),) if params.get("even", True) is False else ((0, OUT),)


def _set_reads() -> None:
    """Fill in ``Primitive.reads``: what each rule reads, so only that is version-checked."""
    result = ((OUT,),)
    operand = ((0,),)
    table = {
        EXP: result, TAN: result, TANH: result, SIGMOID: result, RELU: result, SQRT: result,
        RECIPROCAL: result, SOFTMAX: result, LOG_SOFTMAX: result,
        LOG: operand, SIN: operand, COS: operand, ABS: operand, ABS_TORCH: operand,
        CLAMP: operand,
        THRESHOLD_BACKWARD: ((1,), ()),
        MUL: ((1,), (0,)), DIV: ((1,), (0, 1)), MATMUL: ((1,), (0,)),
        MAXIMUM: ((0, 1), (0, 1)), MINIMUM: ((0, 1), (0, 1)), MSE_LOSS: ((0, 1), (0, 1)),
        WHERE: ((), (0,), (0,)), NLL_LOSS: ((0, 1), ()), PROD: ((0, OUT),),
        POW: _pow_reads, AMAX: _extreme_reads, AMIN: _extreme_reads,
        VAR: operand, STD: ((0, OUT),), NORM: ((0, OUT),),
    }  # fmt: skip
    for prim, reads in table.items():
        object.__setattr__(prim, "reads", reads)


def _sum_to_forward(x: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    return unbroadcast_array(x, tuple(shape))


_set_reads()

# keyed by the constant's name: ABS and ABS_TORCH are both shown as "abs"
PRIMITIVES: dict[str, Primitive] = {
    k.lower(): p for k, p in globals().items() if isinstance(p, Primitive)
}


# ---- engine operations: what rules (and front ends) call --------------------------------------


def neg(x: Any) -> Any:
    return apply(NEG, x)


def exp(x: Any) -> Any:
    return apply(EXP, x)


def log(x: Any) -> Any:
    return apply(LOG, x)


def sin(x: Any) -> Any:
    return apply(SIN, x)


def cos(x: Any) -> Any:
    return apply(COS, x)


def sign(x: Any) -> Any:
    return apply(SIGN, x)


def abs_(x: Any) -> Any:
    return apply(ABS_TORCH, x)


def mean_(x: Any, axis: Any = None, keepdims: bool = False) -> Any:
    return apply(MEAN, x, axis=axis, keepdims=keepdims)


def cumsum(x: Any, axis: int, reverse: bool = False) -> Any:
    return apply(CUMSUM, x, axis=axis, reverse=reverse)


def sgn(x: Any) -> Any:
    return apply(SGN, x)


def add(a: Any, b: Any) -> Any:
    return apply(ADD, a, b)


def sub(a: Any, b: Any) -> Any:
    return apply(SUB, a, b)


def rsub(a: Any, b: Any) -> Any:
    """``b - a`` (PyTorch's rsub): the tensor comes first."""
    return apply(RSUB, a, b)


def mul(a: Any, b: Any) -> Any:
    return apply(MUL, a, b)


def div(a: Any, b: Any) -> Any:
    return apply(DIV, a, b)


def pow_(a: Any, b: Any) -> Any:
    return apply(POW, a, b)


def gt(a: Any, b: Any) -> Any:
    return apply(GT, a, b)


def lt(a: Any, b: Any) -> Any:
    return apply(LT, a, b)


def eq(a: Any, b: Any) -> Any:
    return apply(EQ, a, b)


def threshold_backward(g: Any, r: Any) -> Any:
    """relu's rule: ``g`` where ``r`` (relu's result) is not <= 0, else 0."""
    return apply(THRESHOLD_BACKWARD, g, r)


def where(c: Any, a: Any, b: Any) -> Any:
    return apply(WHERE, c, a, b)


def matmul(a: Any, b: Any) -> Any:
    return apply(MATMUL, a, b)


def sum_(x: Any, axis: Any = None, keepdims: bool = False) -> Any:
    return apply(SUM, x, axis=axis, keepdims=keepdims)


def reshape(x: Any, shape: tuple[int, ...]) -> Any:
    return apply(RESHAPE, x, shape=tuple(shape))


def transpose(x: Any, axes: tuple[int, ...]) -> Any:
    return apply(TRANSPOSE, x, axes=tuple(axes))


def broadcast_to(x: Any, shape: tuple[int, ...]) -> Any:
    return apply(BROADCAST_TO, x, shape=tuple(shape))


def sum_to(x: Any, shape: tuple[int, ...]) -> Any:
    return apply(SUM_TO, x, shape=tuple(shape))


def getitem(x: Any, index: Any) -> Any:
    return apply(GETITEM, x, index=index)


def scatter(g: Any, index: Any, shape: tuple[int, ...]) -> Any:
    return apply(SCATTER, g, index=index, shape=tuple(shape))


def setitem(x: Any, v: Any, index: Any) -> Any:
    return apply(SETITEM, x, v, index=index)


def copy(x: Any, src: Any) -> Any:
    """``src`` broadcast and cast to ``x``'s shape and dtype (``x``'s values get no gradient)."""
    return apply(COPY, x, src)


def view_chain(x: Any, chain: tuple[Any, ...]) -> Any:
    return apply(VIEW_CHAIN, x, chain=chain)


def copy_slices(base: Any, src: Any, chain: tuple[Any, ...]) -> Any:
    return apply(COPY_SLICES, base, src, chain=chain)


def cast(x: Any, dtype: Any) -> Any:
    return apply(CAST, x, dtype=np.dtype(dtype))
