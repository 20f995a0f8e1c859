"""In-place changes and views: rewriting a graph's history when memory shared by views changes.

``views.py`` keeps the bookkeeping (which tensor is a view of which base, the checks before a
write, where a ``retain_grad()`` hook waits); this module makes the new nodes: a view's
``as_strided`` node remade from its base (``current``, ``refresh``), and a base's history
rewritten through ``copy_slices`` when one of its views is changed in place (``adopt``). It
builds nodes with primitives, so it sits above the table (``primitives.py``), which the
bookkeeping in ``views.py`` must not import.
"""

from __future__ import annotations

from . import primitives as P
from .tensor import Tensor
from .trace import _state, set_grad_enabled
from .views import bases, hook_waits, keep_retain, saved_result_is, touch


def current(t: Tensor) -> None:
    """``t``'s node is read: remake a view's node if its memory changed since,
    and move a waiting ``retain_grad()`` hook to it (``touch``).

    A view whose version moved, e.g. after ``base.detach().add_(1)``, gets a new
    ``as_strided`` node. The remade node computes the same
    gradients (the base's history did not change, or ``adopt`` remade it already); only its
    name and shape in the graph differ.
    """
    info = getattr(t, "_view_of", None)
    if info is None:
        return
    if info[3][0] != t._version[0] and t._node is not None:
        base = info[0]
        if base._node is not None or base._requires_grad:
            old = t._node
            with set_grad_enabled(True):
                t._node = P.view_chain(base, info[1])._node
            info[3][0] = t._version[0]
            hook_waits(t, old)
    touch(t)


def adopt(t: Tensor, result: Tensor) -> None:
    """Make ``t`` hold ``result`` in place: its value, and its history when ``result`` has one.

    For a view, the base's history is rewritten (``copy_slices``) and its views remade; for a
    base with views, the views are remade on the new history. Bumps the shared version.
    """
    info = getattr(t, "_view_of", None)
    node = result._node
    if info is None or node is None:
        t._data[...] = result._data
        if info is None:
            old = t._node
            t._node = node
            keep_retain(t, old)
        t._version[0] += 1  # (not t._bump(): the views are remade just below)
        saved_result_is(node, t)
        refresh(t if info is None else info[0])
        touch(t)
        return
    base, chain, _, _ = info
    before = type(base)._wrap(base._data.copy(order="K"), base._node)
    before._requires_grad = base._requires_grad
    new = P.copy_slices(before, result, chain)
    t._data[...] = result._data  # writes through to the base's memory
    old = base._node
    base._node = new._node
    base._requires_grad = False
    keep_retain(base, old)
    t._version[0] += 1
    saved_result_is(node, t)
    refresh(base)
    touch(t)  # a changed view's new node is read at once


def changed(t: Tensor) -> None:
    """``t``'s memory changed without being recorded (under ``no_grad``): remake the nodes of
    the views of its base now (each gets an ``as_strided`` node, as ``current`` gives)."""
    info = getattr(t, "_view_of", None)
    base = t if info is None else info[0]
    if getattr(base, "_views_alive", None) is None:
        return
    _changed_base(base)


def changed_alias(t: Tensor) -> None:
    """``t`` shares a version counter but no view bookkeeping with a base that has views (it
    is ``base.detach()`` or a view's ``detach()``): an in-place change of ``t`` changed them."""
    base = bases.get(id(t._version))
    if base is not None and base._version is t._version:
        _changed_base(base)


def _changed_base(base: Tensor) -> None:
    """Remake the nodes of ``base``'s live views after an unrecorded change of its memory."""
    if base._node is None and not base._requires_grad:
        return
    with set_grad_enabled(True):
        refresh(base)


def refresh(base: Tensor) -> None:
    """Remake every live view of ``base`` from its current history (``as_strided`` nodes)."""
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
            old = v._node
            v._node = remade._node
            v._view_of[3][0] = base._version[0]
            hook_waits(v, old)
    views[:] = alive
