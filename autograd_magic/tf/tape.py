"""``tf.GradientTape``: record operations inside a ``with`` block, then differentiate them.

A tape watches tensors (``watch``) and the trainable Variables read inside its block; an
operation is recorded on it when it sees one of the operands (``_recording.record``).
``gradient`` runs the engine's functional reverse pass (``core.backward.grad``) over what the
tape recorded: the result mirrors the structure of the sources, a non-scalar target is summed
(every seed is one), a source the target does not reach gives ``None`` (or zeros on request),
and nothing accumulates anywhere. While another tape is recording, the gradient computation is
itself recorded (``create_graph``), which is how nested tapes give second derivatives.
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import weakref
from collections.abc import Iterator
from typing import Any

import numpy as np

from ..core import primitives as P
from ..core.apply import apply
from ..core.backward import grad as core_grad
from ..core.jacobian import Pullback, jacobian_rows
from ..core.node import consumers, graph_key
from ..core.tensor import Tensor as CoreTensor
from ..core.trace import set_grad_enabled
from . import _recording as R
from . import nest
from ._logging import warn_first_n
from .dtypes import as_dtype, from_numpy
from .indexed_slices import IndexedSlices
from .tensor import EagerTensor, Tensor, _wrap, convert_to_tensor
from .variables import Variable

__all__ = ["GradientTape", "UnconnectedGradients"]

NON_PERSISTENT = (
    "A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)"
)
IN_CONTEXT = (
    "Calling GradientTape.gradient on a persistent tape inside its context is significantly "
    "less efficient than calling it outside the context (it causes the gradient ops to be "
    "recorded on the tape, leading to increased CPU and memory usage). Only call "
    "GradientTape.gradient inside the context if you actually want to trace the gradient in "
    "order to compute higher order derivatives."
)
_GATHERS = ("GatherV2", "ResourceGather")

_tape_ids = itertools.count(1)
_live: weakref.WeakValueDictionary[int, GradientTape] = weakref.WeakValueDictionary()


# TensorFlow's DataType enum: the values it knows, and those of the trainable dtypes (float16,
# float32, float64, bfloat16, complex64, complex128, resource, variant).
_DATATYPE_ENUMS = range(1, 34)
_TRAINABLE_ENUMS = {1, 2, 8, 14, 18, 19, 20, 21}


def _check_targets(target: Any, flat: list[Any]) -> None:
    """Refuse what TensorFlow refuses as a target, with its errors.

    TensorFlow reads a lone non-tensor target as a dtype (a number as its DataType enum, a
    string as its name): unknown, a TypeError; trainable, an AttributeError on ``_id``;
    otherwise one on ``dtype``. Inside a structure it fails on ``_id``.
    """
    if target is None:
        raise TypeError(
            "Argument `target` should be a list or nested structure of Tensors, Variables or "
            "CompositeTensors to be differentiated, but received None."
        )
    for t in flat:
        if isinstance(t, (Tensor, Variable)):
            continue
        attribute = "_id"
        if flat[0] is target and not isinstance(t, IndexedSlices):
            if isinstance(t, (int, float)) and float(t).is_integer() and t in _DATATYPE_ENUMS:
                trainable = int(t) in _TRAINABLE_ENUMS
            else:
                dtype = as_dtype(t)  # TensorFlow's TypeError for what is not a dtype
                trainable = dtype.is_floating or dtype.is_complex
            attribute = "_id" if trainable else "dtype"
        raise AttributeError(f"'{type(t).__name__}' object has no attribute '{attribute}'")


class UnconnectedGradients(enum.Enum):
    """What ``gradient`` gives for a source the target does not depend on."""

    NONE = "none"
    ZERO = "zero"


def _float(t: Any) -> bool:
    return t._data.dtype.kind == "f"


class GradientTape:
    """Records operations for automatic differentiation, as ``tf.GradientTape``."""

    def __init__(self, persistent: bool = False, watch_accessed_variables: bool = True) -> None:
        self._persistent = bool(persistent)
        self._watch_accessed_variables = bool(watch_accessed_variables)
        self._recording = False
        self._entered = False
        self._start()

    def _start(self) -> None:
        """A fresh record: a new id (tensors made before are not on it) and nothing watched."""
        self._id = next(_tape_ids)
        _live[self._id] = self
        self._tags: dict[tuple[int, ...], frozenset[int]] = {}
        self._watched: dict[int, CoreTensor] = {}
        self._variables: dict[int, Variable] = {}
        self._reads: dict[int, list[Tensor]] = {}
        self._used = False

    def _tags_with(self, tapes: list[GradientTape]) -> frozenset[int]:
        """The ids of ``tapes`` (this one first) as one set shared by the tensors they record.

        The cache lives on the tape, so it goes when the tape does: nothing is left behind.
        """
        ids = tuple(t._id for t in tapes)
        tags = self._tags.get(ids)
        if tags is None:
            tags = self._tags[ids] = frozenset(ids)
        return tags

    # ---- the with block -------------------------------------------------------------------------

    def __enter__(self) -> GradientTape:
        if self._entered:
            raise ValueError(
                "Tape is still recording, This can happen if you try to re-enter an "
                "already-active tape."
            )
        R.active.append(self)
        self._entered = True
        self._recording = True
        return self

    def __exit__(self, *exc: object) -> None:
        self._leave()

    def _leave(self) -> None:
        if self._entered:
            for i in range(len(R.active) - 1, -1, -1):
                if R.active[i] is self:
                    del R.active[i]
                    break
        self._entered = False
        self._recording = False

    @contextlib.contextmanager
    def stop_recording(self) -> Iterator[None]:
        """Operations inside this block are not recorded on this tape."""
        if not self._recording:
            raise RuntimeError("Trying to stop recording a tape which is not recording.")
        self._recording = False
        try:
            yield
        finally:
            self._recording = self._entered

    def reset(self) -> None:
        """Forget everything recorded and watched, as if the block were entered anew."""
        self._start()

    # ---- watching -------------------------------------------------------------------------------

    def watch(self, tensor: Any) -> None:
        """Record operations on ``tensor`` (a tensor, a Variable, or a nest of them)."""
        for t in nest.flatten(tensor):
            if not isinstance(t, (Tensor, Variable)):
                raise ValueError(
                    f"Passed in object {t!r} of type {type(t).__name__!r}, not tf.Tensor or "
                    "tf.Variable or ExtensionType."
                )
            if not _float(t):
                warn_first_n(
                    "watch_dtype",
                    5,
                    "The dtype of the watched tensor must be floating (e.g. tf.float32), "
                    f"got {from_numpy(t._data.dtype)!r}",
                )
            if isinstance(t, Variable):
                self._watch_variable(t)
            else:
                self._watch_tensor(t)

    def _watch_tensor(self, t: CoreTensor) -> None:
        self._watched[id(t)] = t
        if _float(t):
            t._requires_grad = True  # the engine gives an edge only to tracked leaves

    def _watch_variable(self, v: Variable) -> None:
        self._variables.setdefault(v._serial, v)
        value = v._cell.value
        reads = self._reads.setdefault(v._serial, [])
        if not any(r is value for r in reads):
            reads.append(value)
        self._watch_tensor(value)

    def _variable_accessed(self, v: Variable) -> None:
        """A read of ``v`` while recording: watch it if it is watched or trainable."""
        if v._serial in self._variables or (self._watch_accessed_variables and v.trainable):
            self._watch_variable(v)

    def watched_variables(self) -> tuple[Variable, ...]:
        """The variables this tape watches, in the order they were created."""
        return tuple(v for _, v in sorted(self._variables.items()))

    # ---- differentiation ---------------------------------------------------------------------

    def _begin(self, what: str) -> None:
        if self._used:
            raise RuntimeError(NON_PERSISTENT)
        if self._recording:
            if not self._persistent:
                self._leave()  # a non-persistent tape stops recording when it is used
            elif what == "gradient":
                warn_first_n("persistent_in_context", 1, IN_CONTEXT)

    def gradient(
        self,
        target: Any,
        sources: Any,
        output_gradients: Any = None,
        unconnected_gradients: Any = UnconnectedGradients.NONE,
    ) -> Any:
        """d(sum of targets)/d(source) for each source, in the structure of ``sources``."""
        self._begin("gradient")
        unconnected = _unconnected(unconnected_gradients)
        flat_sources = nest.flatten(sources)
        for s in flat_sources:
            if not isinstance(s, (Tensor, Variable)):
                raise AttributeError(f"'{type(s).__name__}' object has no attribute 'dtype'")
        seeds = None if output_gradients is None else nest.flatten(output_gradients)
        flat_targets = nest.flatten(target)
        _check_targets(target, flat_targets)
        grads = self._gradients(flat_targets, flat_sources, seeds)
        self._spend()
        out = [
            _zeros_like(s) if g is None and unconnected is UnconnectedGradients.ZERO else g
            for g, s in zip(grads, flat_sources)
        ]
        return nest.pack_sequence_as(sources, out)

    def _on_tape(self, t: Any) -> bool:
        return R.sees(self, t)

    def _inputs(self, s: Any, roots: list[CoreTensor]) -> list[CoreTensor]:
        """The engine tensors standing for source ``s`` on this tape (none: not connected).

        A source that is itself a target is always connected (its gradient includes the seed).
        """
        value = s._cell.value if isinstance(s, Variable) else s
        is_root = any(r is value for r in roots)
        if isinstance(s, Variable):
            found = list(self._reads.get(s._serial, [])) if _float(s) else []
            if is_root and not any(h is value for h in found):
                found.append(value)
            return found
        return [s] if is_root or (_float(s) and self._on_tape(s)) else []

    def _gradients(
        self,
        targets: list[Any],
        sources: list[Any],
        seeds: list[Any] | None,
        retain: bool = False,
        dense: bool = False,
    ) -> list[Any]:
        """One reverse pass: the gradient (or ``None``) for each source."""
        roots: list[CoreTensor] = []
        root_seeds: list[CoreTensor] = []
        values = [s._cell.value if isinstance(s, Variable) else s for s in sources]
        for i, t in enumerate(targets):
            if isinstance(t, Variable):
                t = t._cell.value
            elif not isinstance(t, Tensor):
                t = convert_to_tensor(t)
            is_source = any(t is v for v in values)
            if not is_source and (not self._on_tape(t) or not _float(t)):
                continue
            if seeds is None:
                seed = _wrap(np.ones(t._data.shape, dtype=t._data.dtype))
            else:
                seed = convert_to_tensor(seeds[i], dtype=from_numpy(t._data.dtype))
            roots.append(t)
            root_seeds.append(seed)
        per_source = [self._inputs(s, roots) for s in sources]
        if not roots or not any(per_source):
            return [None] * len(sources)

        # A source read only by gathers gets a sparse gradient, as in TensorFlow.
        root_keys = {graph_key(r) for r in roots}
        users = consumers(
            (r._node for r in roots if r._node is not None),
            {graph_key(h) for hs in per_source for h in hs},
        )
        plans: list[tuple[str, list[CoreTensor]]] = []
        for hs in per_source:
            nodes = [n for h in hs for n in users.get(graph_key(h), [])]
            sparse = (
                not dense
                and nodes
                and all(graph_key(h) not in root_keys for h in hs)
                and all(n.name in _GATHERS and n.saved is not None for n in nodes)
                and all(isinstance(n.params.get("index"), np.ndarray) for n in nodes)
            )
            if sparse:
                unique = list({id(n): n for n in nodes}.values())
                plans.append(
                    (
                        "sparse",
                        [EagerTensor._wrap(np.zeros(n.out_shape, n.out_dtype), n) for n in unique],
                    )
                )
            else:
                plans.append(("dense", hs))
        inputs = [h for _, hs in plans for h in hs]

        recording = R.recording_tapes()
        create = bool(recording)
        shared = any(
            tid != self._id and tid in _live for r in roots for tid in getattr(r, "_tapes", ())
        )
        keep = retain or self._persistent or create or shared
        with np.errstate(all="ignore"):
            found = core_grad(roots, root_seeds, inputs, retain_graph=keep, create_graph=create)
        out = []
        pos = 0
        for (kind, hs), s in zip(plans, sources):
            parts = found[pos : pos + len(hs)]
            pos += len(hs)
            with np.errstate(all="ignore"):  # inf - inf: NaN, silently, as TensorFlow
                if kind == "sparse":
                    out.append(_sparse(parts, hs, s, create))
                else:
                    out.append(_total(parts, create))
        if create:  # the gradients were recorded on the tapes recording now (higher orders)
            tags = recording[0]._tags_with(recording)
            for g in out:
                t = g.values if isinstance(g, IndexedSlices) else g
                if t is not None and t._node is not None:
                    t._tapes = tags
        return out

    def _pullback(self, target: Tensor, sources: list[Any]) -> Pullback:
        """One reverse pass of this tape from ``target`` seeded with an array (tape kept)."""

        def pullback(seed: np.ndarray) -> list[Any]:
            return self._gradients([target], sources, [_wrap(seed)], retain=True, dense=True)

        return pullback

    def jacobian(
        self,
        target: Any,
        sources: Any,
        unconnected_gradients: Any = UnconnectedGradients.NONE,
        parallel_iterations: int | None = None,
        experimental_use_pfor: bool = True,
    ) -> Any:
        """d(target[i...])/d(source[j...]) for each source: shape target.shape + source.shape."""
        flat_sources = nest.flatten(sources)
        t, rows, zero = self._jacobian_rows(target, flat_sources, unconnected_gradients)
        zero = zero or t._data.size == 0  # an empty target: zeros
        out = [
            _stack_rows(rs, s, t._data.shape + s._data.shape, 0, zero)
            for s, rs in zip(flat_sources, rows)
        ]
        return nest.pack_sequence_as(sources, out)

    def batch_jacobian(
        self,
        target: Any,
        source: Any,
        unconnected_gradients: Any = UnconnectedGradients.NONE,
        parallel_iterations: int | None = None,
        experimental_use_pfor: bool = True,
    ) -> Any:
        """Per example ``b``: d(target[b, i...])/d(source[b, j...]), examples independent."""
        t, (rows,), zero = self._jacobian_rows(target, [source], unconnected_gradients, True)
        return _stack_rows(rows, source, t._data.shape + source._data.shape[1:], 1, zero)

    def _jacobian_rows(
        self, target: Any, sources: list[Any], unconnected_gradients: Any, batched: bool = False
    ) -> tuple[Tensor, list[list[Any]], bool]:
        """The target as a tensor, its Jacobian's rows per source (``core.jacobian``), and
        whether a source no row reaches gets zeros. ``batched``: one source, axis 0 examples."""
        self._begin("jacobian")
        unconnected = _unconnected(unconnected_gradients)
        t = target._cell.value if isinstance(target, Variable) else convert_to_tensor(target)
        ts = t._data.shape
        if batched:
            ss = sources[0]._data.shape
            if not ts or not ss or ts[0] != ss[0]:
                raise ValueError(
                    f"Need first dimension of `target` shape ({', '.join(map(str, ts))}) and "
                    f"`source` shape ({', '.join(map(str, ss))}) to match."
                )
        pullback = self._pullback(t, sources)
        rows = jacobian_rows(ts, t._data.dtype, pullback, len(sources), batched)
        self._spend()
        return t, rows, unconnected is UnconnectedGradients.ZERO

    def _spend(self) -> None:
        """A non-persistent tape gives one set of gradients (or Jacobians): it is used now."""
        if not self._persistent:
            self._used = True


def _stack_rows(rows: list[Any], source: Any, shape: tuple[int, ...], axis: int, zero: bool) -> Any:
    """One source's Jacobian from its rows: packed along ``axis`` and reshaped to ``shape``, as
    TensorFlow records it; a row not connected is zeros; no row connected: zeros if ``zero``,
    else None."""
    if all(r is None for r in rows):
        return _wrap(np.zeros(shape, dtype=source._data.dtype)) if zero else None
    full = [r if r is not None else _zeros_like(source) for r in rows]
    stacked = R.record("Pack", P.STACK, *full, axis=axis)
    return R.record("Reshape", P.RESHAPE, stacked, shape=shape)


def _unconnected(value: Any) -> UnconnectedGradients:
    if isinstance(value, UnconnectedGradients):
        return value
    try:
        return UnconnectedGradients(value)
    except ValueError:
        raise ValueError(f"Unknown value for unconnected_gradients: {value!r}") from None


def _as_tf(g: Any) -> Any:
    """The engine's result as a tf tensor (the engine may make base tensors for shapes)."""
    if g is None or isinstance(g, Tensor):
        return g
    return EagerTensor._wrap(g._data, g._node)


def _total(parts: list[Any], create: bool) -> Any:
    """The sum of the gradients of several reads of one variable (``None`` if none reached)."""
    found = [_as_tf(p) for p in parts if p is not None]
    if not found:
        return None
    total = found[0]
    with set_grad_enabled(create):
        for p in found[1:]:
            total = apply(P.ADD, total, p)
    return total


def _sparse(parts: list[Any], gathers: list[CoreTensor], source: Any, create: bool) -> Any:
    """An ``IndexedSlices`` from the gradients reaching each gather of ``source``."""
    values = []
    indices = []
    rest = source._data.shape[1:]
    with set_grad_enabled(create):
        for g, fake in zip(parts, gathers):
            index = np.asarray(fake._node.params["index"])
            if g is None:
                g = _wrap(np.zeros(index.shape + rest, dtype=source._data.dtype))
            values.append(apply(P.RESHAPE, _as_tf(g), shape=(index.size,) + rest))
            indices.append(index.reshape(-1))
        value = values[0] if len(values) == 1 else apply(P.CONCAT, *values, axis=0)
    shape = np.asarray(source._data.shape, dtype=np.int32)
    return IndexedSlices(_as_tf(value), _wrap(np.concatenate(indices)), _wrap(shape))


def _zeros_like(s: Any) -> Tensor:
    return _wrap(np.zeros(s._data.shape, dtype=s._data.dtype))
