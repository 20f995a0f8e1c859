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
from .trace import _state, set_grad_enabled


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
    elif len(views) >= 64:
        views[:] = [r for r in views if r() is not None]
    views.append(weakref.ref(view))


def current(t: Tensor) -> None:
    """Remake a view's node if its memory changed since it was made (a view whose version
    moved, e.g. after ``base.detach().add_(1)``, gets a new ``as_strided`` node).

    The remade node computes the same gradients (the base's history did not change, or
    ``adopt`` remade it already); only its name and shape in the graph differ.
    """
    info = getattr(t, "_view_of", None)
    if info is None or info[3][0] == t._version[0] or t._node is None:
        return
    base = info[0]
    if base._node is None and not base._requires_grad:
        return
    from . import primitives as P  # deferred: primitives -> apply -> views is a real cycle

    with set_grad_enabled(True):
        t._node = P.view_chain(base, info[1])._node
    info[3][0] = t._version[0]
    _keep_retain(t)


def overlaps(data: np.ndarray) -> bool:
    """True if two elements of ``data`` share one memory location (an expanded tensor)."""
    return any(s == 0 and n > 1 for s, n in zip(data.strides, data.shape))


def refuse(reason: str, t: Tensor) -> BaseException:
    """The error for an in-place change of ``t`` refused for ``reason``, as its front end
    words it (``errors.InPlaceRefused``)."""
    return to_raise(InPlaceRefused(reason), type(t))


def check_overlap(t: Tensor, source: Tensor) -> None:
    """Refuse to write into ``t`` from ``source`` that shares only part of its memory layout
    (the same elements in the same layout, as in ``x.add_(x)``, are fine)."""
    out, src = t._data, source._data
    if not np.may_share_memory(out, src):
        return
    same = (
        out.shape == src.shape
        and out.strides == src.strides
        and out.__array_interface__["data"][0] == src.__array_interface__["data"][0]
    )
    if not same and np.shares_memory(out, src):
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


def adopt(t: Tensor, result: Tensor) -> None:
    """Make ``t`` hold ``result`` in place: its value, and its history when ``result`` has one.

    For a view, the base's history is rewritten (``copy_slices``) and its views remade; for a
    base with views, the views are remade on the new history. Bumps the shared version.
    """
    from . import primitives as P  # deferred: primitives -> apply -> views is a real cycle

    info = getattr(t, "_view_of", None)
    node = result._node
    if info is None or node is None:
        t._data[...] = result._data
        if info is None:
            t._node = node
            _keep_retain(t)
        t._version[0] += 1  # (not t._bump(): the views are remade just below)
        _saved_result_is(node, t)
        refresh(t if info is None else info[0])
        return
    base, chain, _, _ = info
    before = type(base)._wrap(base._data.copy(order="K"), base._node)
    before._requires_grad = base._requires_grad
    new = P.copy_slices(before, result, chain)
    t._data[...] = result._data  # writes through to the base's memory
    base._node = new._node
    base._requires_grad = False
    _keep_retain(base)
    t._version[0] += 1
    _saved_result_is(node, t)
    refresh(base)


def _saved_result_is(node: Any, t: Tensor) -> None:
    """The in-place operation's result now lives in ``t``: check ``t``'s version from here on
    (``relu_`` saves its result; a later change of ``t`` makes that stale)."""
    if node is not None:
        node.outv = (t._version, t._version[0])


def changed(t: Tensor) -> None:
    """``t``'s memory changed without being recorded (under ``no_grad``): remake the nodes of
    the views of its base now (each gets an ``as_strided`` node, as ``current`` gives)."""
    info = getattr(t, "_view_of", None)
    base = t if info is None else info[0]
    if getattr(base, "_views_alive", None) is None:
        return
    if base._node is None and not base._requires_grad:
        return
    with set_grad_enabled(True):
        refresh(base)


def _keep_retain(t: Tensor) -> None:
    """A tensor that called ``retain_grad()`` keeps its gradient through in-place changes."""
    if t._retains_grad and t._node is not None:
        t._node.retain = weakref.ref(t)


def refresh(base: Tensor) -> None:
    """Remake every live view of ``base`` from its current history (``as_strided`` nodes)."""
    from . import primitives as P  # deferred: primitives -> apply -> views is a real cycle

    views = getattr(base, "_views_alive", None)
    if not views:
        return
    tracked = base._node is not None or base._requires_grad
    alive = []
    for ref in views:
        v = ref()
        if v is None:
            continue
        alive.append(ref)
        if tracked and _state.enabled:
            remade = P.view_chain(base, v._view_of[1])
            v._node = remade._node
            v._view_of[3][0] = base._version[0]
            _keep_retain(v)
    views[:] = alive
