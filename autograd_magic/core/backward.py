"""Reverse mode: send gradients from outputs back through the graph, without recursion.

Nodes are visited newest first (a heap on their serial numbers) once every consumer has sent
its gradient, so each node's rule runs exactly once with the full sum of incoming gradients.
"""

from __future__ import annotations

import heapq
from typing import Any

import numpy as np

from . import primitives as P
from .apply import _ELLIPSIS_OUT
from .errors import GraphFreed, SavedValueModified, ZeroTensorChanged, to_raise
from .node import OUT, Node, OperandMeta, consumers, graph_key
from .rebase import current
from .tensor import Tensor
from .trace import _backward_hooks, _state, set_grad_enabled
from .views import retain_hook_at
from .zeros import ZeroArray


def _modified(n: Node, value: Tensor, expected: int) -> BaseException:
    """The error for a saved operand ``value`` of ``n`` changed in place since it was saved.

    A view changed through its base (``base.detach().add_(1)``) is described by its node as it
    is now: remade from the base (``rebase.current``), as PyTorch remakes a view's node when
    asked for it."""
    current(value)
    d = value._data
    err = SavedValueModified(n, value._node, d.dtype, d.shape, value._version[0], expected)
    return to_raise(err, n.cls)


def _check_versions(n: Node) -> None:
    """Refuse to run ``n``'s rules if a value one of them reads was changed in place.

    Only what the rules of the operands that need a gradient read is checked (a value nothing
    reads may change freely), operands by their version when saved, the result against
    version 0. Operands are checked last to first, except for the nodes the front end names in
    its tensor class's ``_saved_in_order`` (first to last); the first changed one is named.
    """
    prim = n.prim
    reads = prim.reads
    saved = n.saved
    versions = n.versions
    if reads is None:
        if versions is not None:
            order = range(len(saved))
            if n.name not in n.cls._saved_in_order:
                order = reversed(order)
            for j in order:
                v = versions[j]
                if v is not None and saved[j]._version[0] != v:
                    raise _modified(n, saved[j], v)
        reads = ((OUT,),) * len(n.next) if prim.uses_out else ()
    elif not isinstance(reads, tuple):
        reads = reads(saved, n.params)
    wanted: list[int] = []
    i = -1
    for nx in n.next:
        i += 1
        if nx is None or i >= len(reads):
            continue
        for j in reads[i]:
            if j not in wanted:
                wanted.append(j)
    if len(wanted) > 1:
        inputs = sorted(
            [j for j in wanted if j != OUT], reverse=n.name not in n.cls._saved_in_order
        )
        wanted = inputs + [OUT] if OUT in wanted else inputs
    for j in wanted:
        if j == OUT:
            outv = n.outv
            expected = 0
            if type(outv) is tuple:  # a result moved into another tensor (views.py)
                outv, expected = outv
            if outv is not None and outv[0] != expected:
                err = SavedValueModified(n, n, n.out_dtype, n.out_shape, outv[0], expected)
                raise to_raise(err, n.cls)
        elif versions is not None:
            v = versions[j]
            a = saved[j]
            if v is not None and a._version[0] != v:
                raise _modified(n, a, v)


def _changed(saved: tuple[Any, ...], versions: tuple[int | None, ...]) -> bool:
    """True if a saved tensor was changed in place since it was saved (the common answer, no,
    is all a node without a saved result needs before its rules run)."""
    for a, v in zip(saved, versions):
        if v is not None and a._version[0] != v:
            return True
    return False


class _InBackward:
    """Marks this thread as running a backward pass (``_state.in_backward``), re-entrantly."""

    __slots__ = ("outer",)

    def __enter__(self) -> None:
        self.outer = _state.in_backward
        _state.in_backward = True

    def __exit__(self, *exc: object) -> None:
        _state.in_backward = self.outer


_PLACEHOLDERS: dict[tuple[OperandMeta | None, ...], tuple[Tensor | None, ...]] = {}


def _placeholders(meta: tuple[OperandMeta | None, ...]) -> tuple[Tensor | None, ...]:
    """The operands a rule gets from a node that saved none: shape-only stand-ins."""
    args = tuple([None if m is None else m.stand_in for m in meta])
    if len(_PLACEHOLDERS) >= 1024:
        _PLACEHOLDERS.clear()
    _PLACEHOLDERS[meta] = args
    return args


def _fit(g: Tensor, shape: tuple[int, ...], dtype: np.dtype) -> Tensor:
    """Sum a rule's result down to its operand's shape and cast it to the operand's dtype."""
    if g._data.shape != shape:
        g = P.sum_to(g, shape)
    if g._data.dtype != dtype:
        g = P.cast(g, dtype)
    return g


def _add(a: Tensor, b: Tensor, create_graph: bool) -> Tensor:
    """``a + b`` as a new tensor (recorded when building a graph of the derivatives)."""
    if create_graph:
        return P.add(a, b)
    if _ELLIPSIS_OUT:
        return type(a)._wrap(np.add(a._data, b._data, out=...))
    return type(a)._wrap(np.asarray(a._data + b._data))


# Gradients of at least this many elements are summed in place into a buffer this pass owns and
# become a leaf's ``.grad`` without a copy; smaller ones are cheaper to add into a new array and
# to copy (NumPy's overlap check on ``out=`` costs more than the allocation), so the pass does not
# track their ownership at all.
_INPLACE_MIN = 1024


class _Pass:
    """The gradients of one backward pass: what reached each node or leaf, and what runs next.

    ``grads`` maps a node (or a leaf tensor) to the sum of the gradients sent to it so far;
    ``ready`` is a heap of ``(-serial, node)`` of the nodes that have a gradient. ``owned``
    holds the keys whose gradient array (of at least ``_INPLACE_MIN`` elements) was made during
    this pass and is referenced by nothing but ``grads``: only such an array is ever summed into
    in place or handed to a ``.grad`` without a copy. A seed, an array a rule passed through
    unchanged (another operand may get it too), a gradient captured for the caller and anything
    a rule returned that it did not compute (its incoming gradient, a saved value, a view) is
    never owned.
    """

    __slots__ = ("grads", "owned", "ready", "create_graph")

    def __init__(self, create_graph: bool) -> None:
        self.grads: dict[Any, Tensor] = {}
        self.owned: set[Any] = set()
        self.ready: list[tuple[int, Node]] = []
        self.create_graph = create_graph

    def seed(self, roots: list[Tensor], seeds: list[Tensor]) -> None:
        """Start from ``seeds`` at ``roots`` (a root given twice gets their sum)."""
        grads = self.grads
        for r, s in zip(roots, seeds):
            key = graph_key(r)
            if key in grads:
                acc = grads[key] = _add(grads[key], s, self.create_graph)
                if not self.create_graph and acc._data.size >= _INPLACE_MIN:
                    self.owned.add(key)
            else:
                grads[key] = s
        self.ready = [(-k.serial, k) for k in grads if type(k) is Node]
        heapq.heapify(self.ready)

    def send(self, key: Any, g: Tensor, incoming: np.ndarray, out: Any, operands: tuple) -> None:
        """Add ``g``, one rule's result, into the gradient of ``key``.

        ``incoming``, ``out`` and ``operands`` are the rule's incoming gradient, the node's
        result and its saved operands: arrays ``g`` may be (then it is not this pass's own).
        """
        grads = self.grads
        acc = grads.get(key)
        if acc is None:
            grads[key] = g
            if type(key) is Node:
                heapq.heappush(self.ready, (-key.serial, key))
            d = g._data
            if (
                d.size >= _INPLACE_MIN
                and not self.create_graph
                and type(d) is not ZeroArray  # read-only: never summed into in place
                and _made_by_rule(d, incoming, out, operands)
            ):
                self.owned.add(key)
        elif type(g._data) is ZeroArray:  # an efficient zero adds nothing (zeros.py)
            return
        elif type(acc._data) is ZeroArray:
            grads[key] = g  # not this pass's own array: never summed into in place
        elif self.create_graph:
            grads[key] = _add(acc, g, True)
        elif key in self.owned:
            np.add(acc._data, g._data, out=acc._data)
        else:
            acc = grads[key] = _add(acc, g, False)
            if acc._data.size >= _INPLACE_MIN:
                self.owned.add(key)


def _made_by_rule(d: np.ndarray, incoming: np.ndarray, out: Any, operands: tuple) -> bool:
    """True if a rule's result ``d`` is an array the rule made: not its incoming gradient, not
    the node's result, not a saved operand and not a view of anything."""
    if d.base is not None or d is incoming or d is out:
        return False
    for a in operands:
        if isinstance(a, Tensor) and a._data is d:
            return False
    return True


def _prune(starts: dict[Any, Tensor], targets: list[Tensor]) -> tuple[set[Any], set[Any]]:
    """The nodes from which some target can be reached, and the targets' own keys."""
    parents = consumers(k for k in starts if type(k) is Node)
    target_keys = {graph_key(t) for t in targets}
    needed = set(target_keys)
    stack = list(target_keys)
    while stack:
        for p in parents.get(stack.pop(), ()):
            if p not in needed:
                needed.add(p)
                stack.append(p)
    return needed, target_keys


def _retain(n: Node, g: Tensor, create_graph: bool, g_owned: bool) -> None:
    """Give ``g`` to the tensor that called ``retain_grad()`` on ``n``'s result, if it lives."""
    owner = n.retain()
    if owner is not None and retain_hook_at(owner) is n:
        _accumulate(owner, g, create_graph, g_owned, in_place=False)


def _call_rules(n: Node, g: Tensor, gradients: _Pass, needed: set[Any] | None) -> None:
    """Run ``n``'s derivative rules on its incoming gradient ``g`` and send on their results.

    A rule runs only for an operand that needs a gradient (and, with ``needed``, leads to a
    target); its result is summed to the operand's shape and cast to its dtype.
    """
    prim = n.prim
    saved = n.saved
    if saved is None and (prim.saves or prim.uses_out):
        raise to_raise(GraphFreed(n), n.cls)
    versions = n.versions
    if prim.uses_out or (versions is not None and _changed(saved, versions)):
        _check_versions(n)
    out = n.out
    ans = n.cls._wrap(out, n) if prim.uses_out else None
    meta = n.meta
    if prim.saves:
        args = saved
        operands = saved
    else:
        args = _PLACEHOLDERS.get(meta) or _placeholders(meta)
        operands = ()
    params = n.params
    nargs = len(args)
    vjps = prim.vjps
    nvjps = len(vjps)
    gd = g._data
    i = -1
    for nx in n.next:
        i += 1
        if nx is None or (needed is not None and nx not in needed):
            continue
        if i >= nvjps:
            gi = prim.variadic(i, g, ans, *args, **params)
        elif params or nargs > 2:
            gi = vjps[i](g, ans, *args, **params)
        elif nargs == 2:  # a plain call is much cheaper than one with * and **
            gi = vjps[i](g, ans, args[0], args[1])
        else:
            gi = vjps[i](g, ans, args[0])
        m = meta[i]
        d = gi._data
        if d.shape != m.shape or (d.dtype is not m.dtype and d.dtype != m.dtype):
            gi = _fit(gi, m.shape, m.dtype)
        gradients.send(nx, gi, gd, out, operands)


def _run(
    roots: list[Tensor],
    seeds: list[Tensor],
    retain_graph: bool,
    create_graph: bool,
    targets: list[Tensor] | None,
) -> tuple[dict[Any, Tensor], set[Any]]:
    """The backward pass. Returns the gradient reached for each node or leaf tensor.

    With ``targets`` (the functional ``grad``) only the part of the graph that leads to them
    runs and no ``.grad`` changes; without, leaf gradients are returned for accumulation.
    Also returns the keys whose gradient array the pass owns (see ``_Pass``).

    A node's operands were all made before it, so its serial number is larger than theirs:
    visiting reached nodes newest first (a heap on serials) visits every node after all of its
    consumers, with the full sum of its incoming gradients, and needs no dependency count.
    """
    for hook in tuple(_backward_hooks):
        hook(roots, seeds, targets)
    gradients = _Pass(create_graph)
    gradients.seed(roots, seeds)
    grads = gradients.grads
    owned = gradients.owned
    needed = None
    target_keys: set[Any] = set()
    if targets is not None:
        needed, target_keys = _prune(grads, targets)
    captured: dict[Any, Tensor] = {}
    ready = gradients.ready
    heappop = heapq.heappop
    # no NumPy warnings (a backward pass gives none); no view bookkeeping for the rules' views
    with set_grad_enabled(create_graph), np.errstate(all="ignore"), _InBackward():
        while ready:
            n = heappop(ready)[1]
            g = grads.pop(n)
            if target_keys and n in target_keys:
                captured[n] = g
            elif n.retain is not None:  # a retained gradient is kept by grad() too
                _retain(n, g, create_graph, n in owned)
            if needed is not None and not any(nx in needed for nx in n.next if nx is not None):
                continue
            _call_rules(n, g, gradients, needed)
            if not retain_graph:
                n.saved = None
                n.out = None
    if targets is not None:
        for k in target_keys:
            if type(k) is not Node and k in grads:
                captured[k] = grads[k]
        return captured, owned
    return grads, owned


def _accumulate(
    t: Tensor, g: Tensor, create_graph: bool, owned: bool = False, in_place: bool = True
) -> None:
    """Add ``g`` into ``t``'s gradient slot: store the first, sum into it after that.

    A first gradient is stored as a copy unless this pass owns its array (nothing else can
    reach it, so nothing can change it later); with ``create_graph`` a first gradient that
    has a history is stored as a recorded ``copy``, so the slot has a history of its own.
    A leaf's later gradients are summed into its ``.grad`` in place; with ``in_place=False``
    (a retained non-leaf gradient) the sum is a new tensor and the old one keeps its values.
    """
    zero = type(g._data) is ZeroArray
    if t._grad is not None and not create_graph and t._grad._node is None:
        if in_place and type(t._grad._data) is ZeroArray:  # PyTorch sums into it in place
            raise to_raise(ZeroTensorChanged(), type(t))
        if zero:
            return  # adding an efficient zero changes nothing
    if t._grad is None:
        if zero and in_place:  # a leaf keeps PyTorch's ZeroTensor as its .grad
            t._grad = type(t)._wrap(g._data)
        elif create_graph and g._node is not None:
            with set_grad_enabled(True):
                t._grad = P.copy(type(g)._wrap(np.zeros(g._data.shape, g._data.dtype)), g)
        elif owned:
            t._grad = type(t)._wrap(g._data)
        else:
            t._grad = type(t)._wrap(np.array(g._data, copy=True))
    elif create_graph or t._grad._node is not None:
        with set_grad_enabled(create_graph):
            t._grad = P.add(t._grad, g)
    elif not in_place or not t._grad._data.flags.writeable:  # or a gradient the user assigned
        t._grad = _add(t._grad, g, False)
    else:
        np.add(t._grad._data, g._data, out=t._grad._data)
        t._grad._bump()


def accumulate(t: Tensor, g: Tensor, create_graph: bool = False) -> None:
    """Add ``g`` into ``t``'s gradient slot (``g`` is never stored without a copy)."""
    _accumulate(t, g, create_graph, False)


def backward(
    roots: list[Tensor], seeds: list[Tensor], retain_graph: bool = False, create_graph: bool = False
) -> None:
    """Accumulate d(roots)/d(leaf), weighted by ``seeds``, into every leaf's gradient slot."""
    grads, owned = _run(roots, seeds, retain_graph, create_graph, None)
    for key, g in grads.items():
        if type(key) is not Node and key._requires_grad:
            _accumulate(key, g, create_graph, key in owned)


def grad(
    roots: list[Tensor],
    seeds: list[Tensor],
    inputs: list[Tensor],
    retain_graph: bool = False,
    create_graph: bool = False,
) -> list[Tensor | None]:
    """d(roots)/d(inputs) weighted by ``seeds``; ``None`` for an input the roots don't reach.

    Changes no gradient slot. The result for an input is a fresh tensor of its own shape.
    """
    captured = _run(roots, seeds, retain_graph, create_graph, inputs)[0]
    out: list[Tensor | None] = []
    for t in inputs:
        g = captured.get(graph_key(t))
        if g is not None and not create_graph and g._node is None and any(g is s for s in seeds):
            g = type(g)._wrap(g._data.copy())  # never hand back the caller's own seed
        out.append(g)
    return out
