"""Which of two equal values PyTorch's max/min kernels return: the sign of a zero.

``0.0 == -0.0``, so a maximum among zeros of both signs may return either; a later ``1/x``
shows which (``inf`` or ``-inf``). PyTorch's CPU kernels decide it by how they walk the
data: its scalar code keeps the value it holds on a tie (``std::max(a, b)`` is ``a``), its
vector code takes the newer one (the AVX2 ``max_ps(a, b)`` instruction returns ``b``). So the
answer depends on which elements go through vector registers, which these functions work out
as PyTorch 2.13's AVX2 kernels do (x86-64; a vector holds 8 float32 or 4 float64 values):

- ``maximum``/``minimum`` (elementwise): the inner loop runs over the innermost contiguous
  run of the result, two vectors at a time; a tie there gives the second operand, in the
  scalar tail (and for small tensors: all of them) the first.
- ``max()``/``min()`` of a whole tensor (``max_all``): each vector lane folds its elements
  newest-first on a tie, then the lanes are combined (``reduce_all``): for small tensors the
  last of the equal values wins.
- ``amax``/``amin``: a reduction of at least four vectors' worth of contiguous values folds
  them four vectors at a time, the rest one at a time keeping the first; small ones: the first.

Only the choice among equal values is made here; the values are NumPy's. Above 32768
elements PyTorch splits the work among threads and the tie can be resolved differently.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .dtypes import result_type

# float values in one AVX2 vector
_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}


def _newer(a: Any, b: Any, is_max: bool) -> Any:
    """The vector max/min: ``b`` on a tie, NaN if either is NaN."""
    if a != a or b != b:
        return a if a != a else b
    if is_max:
        return a if a > b else b
    return a if a < b else b


def _older(a: Any, b: Any, is_max: bool) -> Any:
    """The scalar max/min: ``a`` on a tie, NaN if either is NaN."""
    if a != a or b != b:
        return a if a != a else b
    if is_max:
        return b if a < b else a
    return b if b < a else a


def _fold(seq: np.ndarray, is_max: bool, last: bool) -> Any:
    """The extreme of ``seq``; among equal zeros the last (``last``) or the first one."""
    nan = np.isnan(seq)
    if nan.any():
        return seq[np.argmax(nan)]
    m = seq.max() if is_max else seq.min()
    if m != 0:
        return m
    zeros = np.flatnonzero(seq == 0)
    return seq[zeros[-1] if last else zeros[0]]


def _fold_columns(a: np.ndarray, is_max: bool, last: Any) -> np.ndarray:
    """``_fold`` of each column of ``a``; ``last``: a bool, or one per column."""
    m = a.max(axis=0) if is_max else a.min(axis=0)  # NaN where a column has one
    cols = np.flatnonzero(m == 0)
    if cols.size:
        zeros = a[:, cols] == 0
        first = np.argmax(zeros, axis=0)
        final = a.shape[0] - 1 - np.argmax(zeros[::-1], axis=0)
        m[cols] = a[np.where(np.broadcast_to(last, m.shape)[cols], final, first), cols]
    return m


def _older_all(a: np.ndarray, b: np.ndarray, is_max: bool) -> np.ndarray:
    """``_older`` elementwise."""
    better = np.greater(b, a) if is_max else np.less(b, a)
    return np.where(np.isnan(a), a, np.where(np.isnan(b) | better, b, a))


def _ties_possible(out: np.ndarray, dtype: np.dtype) -> bool:
    """Only a zero result can come from a tie that shows (equal non-zero values are equal)."""
    return dtype in _LANES and np.count_nonzero(out) != out.size  # (faster than any(out == 0))


# ---- elementwise ------------------------------------------------------------------------------


def maximum(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``torch.maximum(a, b)`` with PyTorch's choice between equal values."""
    return _elementwise(a, b, True)


def minimum(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``torch.minimum(a, b)`` with PyTorch's choice between equal values."""
    return _elementwise(a, b, False)


def _elementwise(a: Any, b: Any, is_max: bool) -> np.ndarray:
    a = np.asarray(a)
    b = np.asarray(b)
    if a.dtype != b.dtype:  # computed in PyTorch's common dtype (a 0-d tensor does not widen)
        dt = result_type([a, b], [])
        a, b = a.astype(dt, copy=False), b.astype(dt, copy=False)
    pick = np.maximum if is_max else np.minimum
    out = np.where(np.equal(a, b), a, pick(a, b))  # the first operand on a tie
    if not _ties_possible(out, out.dtype):
        return out
    shape = out.shape
    wa = np.broadcast_to(a, shape)
    wb = np.broadcast_to(b, shape)
    order = _iteration_order(shape, [wa.strides, wb.strides])
    wa = wa.transpose(order)  # in the order PyTorch walks the memory
    wb = wb.transpose(order)
    inner = _inner_run(wa.shape, wa.strides, wb.strides, a.itemsize)
    if inner is None:
        return out
    block = 2 * _LANES[out.dtype]  # two vectors per step
    position = np.arange(out.size).reshape(wa.shape) % inner
    second = np.equal(wa, wb) & (position < inner // block * block)
    return np.where(second.transpose(np.argsort(order)), np.broadcast_to(b, shape), out)


def _iteration_order(
    shape: tuple[int, ...], strides: list[tuple[int, ...]], reduction: bool = False
) -> list[int]:
    """The axes outermost first as PyTorch's TensorIterator orders them: by the operands'
    strides, the first operand that is not broadcast along both axes deciding; for a
    ``reduction`` (the first operand is the result) the reduced axes go innermost."""
    nd = len(shape)
    perm = list(range(nd - 1, -1, -1))  # innermost first, as TensorIterator keeps it

    def should_swap(d0: int, d1: int) -> int:
        for k, st in enumerate(strides):
            s0, s1 = st[d0], st[d1]
            if reduction and k == 0 and (s0 == 0) != (s1 == 0):
                return 1 if s1 == 0 else -1
            if s0 == 0 or s1 == 0:
                continue
            if s0 != s1:
                return -1 if s0 < s1 else 1
            if shape[d0] > shape[d1]:
                return 1
        return 0

    for i in range(1, nd):  # insertion sort that leaves ambiguous pairs alone
        d1 = i
        for d0 in range(i - 1, -1, -1):
            c = should_swap(perm[d0], perm[d1])
            if c > 0:
                perm[d0], perm[d1] = perm[d1], perm[d0]
                d1 = d0
            elif c < 0:
                break
    return perm[::-1]


def _inner_run(
    shape: tuple[int, ...], sa: tuple[int, ...], sb: tuple[int, ...], itemsize: int
) -> int | None:
    """The length of PyTorch's vectorised inner loop over a result walked in C order, or
    ``None`` where it runs the scalar loop (an operand neither contiguous nor repeated)."""
    dims = [d for d in range(len(shape)) if shape[d] != 1]
    if not dims:
        return None
    last = dims[-1]
    inner = shape[last]
    for d0, d1 in zip(dims[-2::-1], dims[:0:-1]):
        if sa[d0] == sa[d1] * shape[d1] and sb[d0] == sb[d1] * shape[d1]:
            inner *= shape[d0]
        else:
            break
    ea, eb = sa[last] // itemsize, sb[last] // itemsize
    if (ea, eb) in ((1, 1), (0, 1), (1, 0)):
        return inner
    return None


# ---- max()/min() of a whole tensor ------------------------------------------------------------


def reduce_all(x: np.ndarray, is_max: bool) -> np.ndarray:
    """``x.max()``/``x.min()`` (a 0-d array) with PyTorch's choice between equal values."""
    out = np.max(x) if is_max else np.min(x)
    if not _ties_possible(out, x.dtype):
        return np.asarray(out)
    flat = np.ascontiguousarray(x).reshape(-1)
    lanes = _LANES[x.dtype]
    if flat.size < lanes:
        return np.asarray(_fold(flat, is_max, last=True))
    v = [_fold(flat[j::lanes], is_max, last=True) for j in range(lanes)]
    if lanes == 8:  # float32: halves, then pairs, then neighbours (vector shuffles)
        w = [_newer(v[j], v[j ^ 4], is_max) for j in range(4)]
        u0 = _newer(w[0], w[2], is_max)
        u1 = _newer(w[1], w[3], is_max)
        return np.asarray(_newer(u0, u1, is_max))
    r = v[0]
    for j in range(1, lanes):
        r = _newer(r, v[j], is_max)
    return np.asarray(r)


# ---- amax/amin --------------------------------------------------------------------------------


def reduce(x: np.ndarray, axis: Any, keepdims: bool, is_max: bool) -> np.ndarray:
    """``amax``/``amin`` over ``axis`` (None, an int or a tuple) with PyTorch's choice
    between equal values, for any layout of ``x`` (views, transposes, slices)."""
    out = np.max(x, axis=axis, keepdims=True) if is_max else np.min(x, axis=axis, keepdims=True)
    if x.size and _ties_possible(out, x.dtype):
        out = _choose(x, axis, is_max, out)
    return out if keepdims else np.squeeze(out, axis=axis)


def _choose(x: np.ndarray, axis: Any, is_max: bool, out: np.ndarray) -> np.ndarray:
    """``out`` (keepdims) with each zero re-chosen among the zeros it came from, walking
    ``x`` as PyTorch's TensorIterator does for a reduction.

    The reduced axes go innermost, then the axes are ordered by strides (the result's first)
    and adjacent ones that stay contiguous merged. The innermost two are one 2-D loop: a run of
    contiguous values reduced into one result (``_inner``), or contiguous result columns
    reduced down the rows (vector blocks newest first, the other columns oldest first), or the
    scalar loop (oldest first). Results of successive loops keep their older value on a tie.
    """
    nd = x.ndim
    axes = (
        set(range(nd)) if axis is None else {a % nd for a in np.atleast_1d(axis)} if nd else set()
    )
    if all(x.shape[d] == 1 for d in axes):  # nothing to choose between: a copy
        return x.reshape(out.shape).copy()
    size = x.itemsize
    ostrides = [0] * nd  # the result: C-ordered over the kept axes, 0 along the reduced ones
    step = size
    for d in reversed(range(nd)):
        if d not in axes:
            ostrides[d] = step
            step *= x.shape[d]
    order = _iteration_order(x.shape, [tuple(ostrides), x.strides], reduction=True)
    walk = x.transpose(order)  # outermost first
    where = np.broadcast_to(np.arange(out.size).reshape(out.shape), x.shape).transpose(order)
    loops = _coalesce([(x.shape[d], ostrides[d], x.strides[d]) for d in reversed(order)])
    size0, o0, i0 = loops[0]
    size1, o1, i1 = loops[1] if len(loops) > 1 else (1, 0, 0)
    values = walk.reshape(-1, size1, size0)
    targets = where.reshape(-1, size1, size0)
    res = np.full(out.size, -np.inf if is_max else np.inf, x.dtype)
    lanes = _LANES[x.dtype]
    vector = size1 // (4 * lanes) * 4 * lanes if (o0, o1, i1) == (0, size, size) else 0
    contiguous = o0 == 0 and i0 == size
    newest = np.arange(size1) < vector
    for block, where_block in zip(values, targets):
        if contiguous:
            v = np.array([_inner(row, is_max) for row in block], x.dtype)
        else:
            v = _fold_columns(block.T, is_max, newest)
        t = where_block[:, 0]
        if o1:  # one result per row
            res[t] = _older_all(res[t], v, is_max)
        else:  # the rows reduce into one result too, in order
            for vj in v:
                res[t[0]] = _older(res[t[0]], vj, is_max)
    return np.where(out == 0, res.reshape(out.shape), out)


def _coalesce(loops: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Merge adjacent (size, result stride, input stride) loops, given innermost first, where
    both operands stay contiguous across them (TensorIterator's ``coalesce_dimensions``)."""
    merged = [loops[0]]
    for n, so, si in loops[1:]:
        n0, o0, i0 = merged[-1]
        if n0 == 1:
            merged[-1] = (n, so, si)
        elif n == 1:
            continue
        elif o0 * n0 == so and i0 * n0 == si:
            merged[-1] = (n0 * n, o0, i0)
        else:
            merged.append((n, so, si))
    return merged


def _inner(row: np.ndarray, is_max: bool) -> Any:
    """One contiguous run reduced as PyTorch's ``binary_kernel_reduce_vec`` does."""
    lanes = _LANES[row.dtype]
    step = 4 * lanes
    count = row.size // step
    if not count:
        return _fold(row, is_max, last=False)
    acc = _fold_columns(row[: count * step].reshape(count, step), is_max, True)  # 4 vectors
    a01 = [_newer(acc[k], acc[lanes + k], is_max) for k in range(lanes)]
    a23 = [_newer(acc[2 * lanes + k], acc[3 * lanes + k], is_max) for k in range(lanes)]
    merged = [_newer(a01[k], a23[k], is_max) for k in range(lanes)]
    r = merged[0]
    for k in range(1, lanes):
        r = _older(r, merged[k], is_max)
    for v in row[count * step :]:
        r = _older(r, v, is_max)
    return r
