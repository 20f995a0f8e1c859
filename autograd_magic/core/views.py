"""Views and in-place changes: a change through a view rewrites its base's history.

A view (a reshape, transpose, expand or basic index that shares its operand's memory) keeps
``_view_of = (base, chain, grad_mode, [version])``: the tensor that owns the memory (never
itself a view), the view primitives that lead from it to the view, whether grad mode was on
when the view was made, and the shared version its node was made at. The base keeps weak
references to its live views in ``_views_alive``. Both slots stay unset for every other
tensor, so none of this costs the ordinary operations anything.

An in-place change of a view that takes part in a graph rewrites the base's history: the base
becomes ``copy_slices(old base, new view value, chain)`` (one node for the change) and every
live view of it is made again from the new base (an ``as_strided`` node), so gradients reach
the base's old history outside the view and the in-place operation's inputs inside it.
Those new nodes are made in ``rebase.py``; this module keeps the bookkeeping and the checks,
and never imports the primitives table (which imports it).

``retain_grad()`` puts a hook on the tensor's node (``node.retain``). A view's node is seen
remade only when the view's node is next read (a recorded operation on it, the front end
showing its node, ``is_leaf``), and the hook moves to the new node then: until that moment
gradients from the view's earlier uses still land in its ``.grad``, afterwards only those from
later uses. The engine remakes nodes at once, so such a view's hook waits on its old node in
``_hook_at`` until the view is next read (``touch``).
"""

from __future__ import annotations

import weakref
from typing import Any

import numpy as np

from .errors import (
    OVERLAP,
    PARTIAL_OVERLAP,
    VIEW_MADE_UNRECORDED,
    VIEW_OF_LEAF,
    InPlaceRefused,
    to_raise,
)
from .tensor import Tensor
from .trace import _operand_hooks, _state

# views that retain their gradient and whose hook still waits on an old node (see above):
# id(view) -> (weak reference to the view, the node), by identity (``==`` of tensors is
# elementwise, so no WeakKeyDictionary)
_hook_at: dict[int, tuple[weakref.ref[Tensor], Any]] = {}


def _waiting(t: Tensor) -> Any:
    """The old node where ``t``'s ``retain_grad()`` hook waits, or ``None``."""
    entry = _hook_at.get(id(t))
    if entry is not None and entry[0]() is t:
        return entry[1]
    return None


def _forget(ref: weakref.ref[Tensor]) -> None:
    """A waiting view is gone: drop its entry (unless its id was reused since)."""
    for key, entry in list(_hook_at.items()):
        if entry[0] is ref:
            del _hook_at[key]


# the bases that have views, by their version counter's id: an in-place change through a
# tensor that shares the counter but not the view bookkeeping (``y.detach().add_(1)``) finds
# its base here
bases: weakref.WeakValueDictionary[int, Tensor] = weakref.WeakValueDictionary()


def register(view: Tensor, source: Tensor, prim: Any, params: dict[str, Any]) -> None:
    """Record that ``view`` is ``prim(source, **params)`` and shares its memory."""
    info = getattr(source, "_view_of", None)
    if info is None:
        base, chain = source, ((prim, params),)
    else:
        base, chain = info[0], info[1] + ((prim, params),)
    view._view_of = (base, chain, _state.enabled, [base._version[0]])
    views = getattr(base, "_views_alive", None)
    if views is None:
        base._views_alive = views = []
        bases[id(base._version)] = base
    elif len(views) >= 64:
        views[:] = [r for r in views if r() is not None]
    views.append(weakref.ref(view))


def overlaps(data: np.ndarray) -> bool:
    """True if two elements of ``data`` share one memory location (an expanded tensor)."""
    return any(s == 0 and n > 1 for s, n in zip(data.strides, data.shape))


def refuse(reason: str, t: Tensor) -> BaseException:
    """The error for an in-place change of ``t`` refused for ``reason``, as its front end
    words it (``errors.InPlaceRefused``)."""
    return to_raise(InPlaceRefused(reason), type(t))


def _dense(a: np.ndarray) -> bool:
    """PyTorch's ``is_non_overlapping_and_dense``: the elements fill one block of memory, each
    once, in some order of the dims."""
    expected = a.itemsize
    for stride, size in sorted((s, n) for n, s in zip(a.shape, a.strides) if n != 1):
        if stride != expected:
            return False
        expected *= size
    return True


def check_overlap(t: Tensor, source: Tensor) -> None:
    """Refuse to write into ``t`` from ``source`` that shares only part of its memory, as
    PyTorch's ``get_overlap_status``: only two dense layouts are compared (any other pair is
    "too hard" and passes); the same block in the same strides (``x.add_(x)``) is fine, the same
    block in other strides or an intersecting block is not."""
    out, src = t._data, source._data
    if not out.size or not src.size or not np.may_share_memory(out, src):
        return
    if not (_dense(out) and _dense(src)):
        return
    begin_out = out.__array_interface__["data"][0]
    begin_src = src.__array_interface__["data"][0]
    end_out = begin_out + out.nbytes
    end_src = begin_src + src.nbytes
    if begin_out == begin_src and end_out == end_src:
        if out.strides != src.strides:
            raise refuse(PARTIAL_OVERLAP, t)
    elif begin_out < end_src and begin_src < end_out:
        raise refuse(PARTIAL_OVERLAP, t)


def check_inplace(t: Tensor, others_tracked: bool, region: Any = None) -> None:
    """Refuse an in-place change of ``t`` that cannot be recorded faithfully (``refuse``).

    ``others_tracked``: another operand of the change takes part in a graph. ``region``: the
    memory written (default all of ``t``; ``False``: a fill, for which overlap is fine).
    """
    info = getattr(t, "_view_of", None)
    if info is not None and _state.enabled:
        base, _, made_with_grad, _ = info
        base_tracked = base._requires_grad or base._node is not None
        if not made_with_grad and (base_tracked or others_tracked):
            raise refuse(VIEW_MADE_UNRECORDED, t)
        if base._requires_grad and base._node is None:
            raise refuse(VIEW_OF_LEAF, t)
    if region is None:
        region = t._data
    if region is not False and overlaps(region):
        raise refuse(OVERLAP, t)


def saved_result_is(node: Any, t: Tensor) -> None:
    """The in-place operation's result now lives in ``t``: check ``t``'s version from here on
    (``relu_`` saves its result; a later change of ``t`` makes that stale)."""
    if node is not None:
        node.outv = (t._version, t._version[0])


def keep_retain(t: Tensor, old: Any) -> None:
    """``t`` got a new node in place of ``old``: a ``retain_grad()`` hook moves along (a
    tensor that called ``retain_grad()`` keeps its gradient through in-place changes)."""
    if t._retains_grad and t._node is not None:
        holder = _waiting(t)
        if holder is None:
            holder = old
        else:
            del _hook_at[id(t)]
        if holder is not None and holder is not t._node and holder.retain is not None:
            if holder.retain() is t:
                holder.retain = None
        t._node.retain = weakref.ref(t)


def hook_waits(t: Tensor, old: Any) -> None:
    """The view ``t``'s node was remade from ``old``: its ``retain_grad()`` hook stays where it
    is until ``t`` is next read (``touch``), as in PyTorch."""
    if t._retains_grad and old is not None and _waiting(t) is None:
        _hook_at[id(t)] = (weakref.ref(t, _forget), old)
        if _touch_operands not in _operand_hooks:
            _operand_hooks.append(_touch_operands)


def touch(t: Tensor) -> None:
    """``t``'s node is read: a ``retain_grad()`` hook waiting on an old node moves to ``t``'s
    current node."""
    if _hook_at and _waiting(t) is not None:
        keep_retain(t, None)


def _touch_operands(result: Tensor, operands: tuple[Any, ...]) -> None:
    """A recorded operation read its operands' nodes: move their waiting hooks.

    Installed as an operand capture hook while some view's hook waits. ``apply`` is looping
    over the hooks: removing the last one is safe, removing another would skip the next, so
    then it stays (and does nothing) until it is last.
    """
    if not _hook_at:
        if _operand_hooks[-1] is _touch_operands:
            _operand_hooks.pop()
        return
    for a in operands:
        if isinstance(a, Tensor) and _waiting(a) is not None:
            keep_retain(a, None)


def retain_hook_at(t: Tensor) -> Any:
    """The node whose gradient lands in ``t.grad`` (``t`` called ``retain_grad()``)."""
    holder = _waiting(t) if _hook_at else None
    return t._node if holder is None else holder
