"""Record a cell written with the real ``torch`` as the engine's IR.

A ``torch.overrides.TorchFunctionMode`` sees every torch call of the cell with its arguments
and results. The real call always runs first and its result is what the cell gets: the
recording never changes what the cell computes. Then, for each call whose result is part of
torch's graph (it has a ``grad_fn``), the same call is made on *shadows*: this project's
PyTorch-like tensors (``autograd_magic.torch``) holding copies of the real values. The
project's front end maps torch's API to the engine's primitives, and the engine's recorder
turns the shadow operations into the IR the views read. A shadow result is kept only when its
value matches torch's; otherwise (or when the project has no such function) the call becomes
an opaque primitive that runs torch itself, forward and backward (``real_common.opaque``).

Nodes carry the ``grad_fn`` names torch prints (``PowBackward0``). Tensors the cell made
without a graph (factories, ``detach()``, results under ``no_grad()``) become leaves of the IR
when first used, with the value they had then; a leaf changed in place (an optimizer step)
becomes a new leaf at its next use.
"""

from __future__ import annotations

import warnings
import weakref
from typing import Any, NamedTuple

import numpy as np
import torch

from .. import torch as am_torch
from ..core import trace
from ..core.apply import apply
from ..core.ir import INPUT, OP, BackwardCall, Recorder
from ..core.tensor import Tensor
from .capture import name_vars, paused
from .real_common import LeftToFramework, frozen, hide_partial, is_float, opaque, upstream_of_frozen
from .torch_mode import WatchMode
from .torch_shadows import (
    copy_grad_state,
    flat_shadows,
    function_for,
    on_shadows,
    rollback,
    rollback_last,
    same,
)
from .torch_values import BACKEND, flat_tensors, grad_fn_name, named_tensors, replayer, to_numpy

_BACKWARD = {torch.Tensor.backward, torch.autograd.backward}
_GRAD = torch.autograd.grad


class _Shadowed(NamedTuple):
    """The shadow standing for a real tensor, and the tensor's version when it was made."""

    ref: Any  # a weak reference to the real tensor (its id may be reused once it is gone)
    version: int
    shadow: Tensor

    def stands_for(self, t: torch.Tensor) -> bool:
        return self.ref() is t


def _quiet(*args: Any, **kwargs: Any) -> None:
    """``warnings.showwarning`` while the shadows run: their warnings are not the cell's."""


class TorchCapture:
    """Watches the real torch calls of one cell (a context manager around the cell)."""

    framework = "torch"

    def __init__(self) -> None:
        self.failed: BaseException | None = None
        self.recorder = Recorder()
        self.calls: list[BackwardCall] = []
        self.names: dict[int, str] = {}  # var id -> grad_fn name torch gave the result
        self.left = LeftToFramework("torch", "in this project's front end")
        self._earlier: list[tuple[Tensor, str]] = []  # inputs made before the recording
        self._older: dict[int, list[tuple[int, Tensor]]] = {}  # id -> earlier (version, shadow)
        self._shadow: dict[int, _Shadowed] = {}  # id of a real tensor -> its shadow
        self._recording = False
        self._mode = WatchMode(self)
        rec = self.recorder

        def hook(t: Tensor, operands: tuple[Any, ...]) -> None:
            if self._recording:
                rec.on_op(t, operands)

        self._hook = hook

    # -- context --

    def __enter__(self) -> TorchCapture:
        trace.add_capture_hook(self._hook, operands=True)
        try:
            self._mode.__enter__()
        except BaseException:
            trace.remove_capture_hook(self._hook)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self._mode.__exit__(None, None, None)
        finally:
            trace.remove_capture_hook(self._hook)

    # -- shadows --

    def shadow(self, t: torch.Tensor) -> Tensor:
        """The engine tensor standing for ``t`` now (a new leaf when ``t`` changed)."""
        entry = self._shadow.get(id(t))
        if entry is not None and entry.stands_for(t) and entry.version == t._version:
            s = entry.shadow
            if s._node is not None or s._requires_grad == t.requires_grad:
                return s
        s = am_torch.from_numpy(to_numpy(t))
        if t.requires_grad and is_float(s):
            s._requires_grad = True
        if t.grad_fn is not None:  # made by a call before the recording: an input here
            self._earlier.append((s, grad_fn_name(t) or ""))
        if entry is not None and entry.stands_for(t):  # changed in place (an optimizer step)
            self._older.setdefault(id(t), []).append((entry.version, entry.shadow))
        else:
            self._older.pop(id(t), None)
        self._shadow[id(t)] = _Shadowed(weakref.ref(t), t._version, s)
        return s

    def shadow_of(self, t: torch.Tensor) -> Tensor | None:
        """The shadow last used for ``t``, if any (for naming after the cell)."""
        entry = self._shadow.get(id(t))
        return entry.shadow if entry is not None and entry.stands_for(t) else None

    # -- the mode's callback --

    def on_call(self, func: Any, args: tuple, kwargs: dict, out: Any) -> None:
        """Record one torch call that has already run (``out`` is its result)."""
        if func in _BACKWARD or func is _GRAD:
            self._on_differentiate(func, args, kwargs)
            return
        outs: list[torch.Tensor] = []
        flat_tensors(out, outs)
        made = [t for t in outs if t.grad_fn is not None]
        if not made:
            return
        ins: list[torch.Tensor] = []
        flat_tensors((args, kwargs), ins)
        first = len(self.recorder.ir.eqns)
        shown = warnings.showwarning
        warnings.showwarning = _quiet
        try:
            with paused():  # the magic's main capture must not see the shadows
                shadows = [self.shadow(t) for t in ins]
                shadow_out = self._follow(func, args, kwargs, shadows, outs)
                if shadow_out is None:
                    shadow_out = self._opaque(func, args, kwargs, shadows, outs)
        finally:
            warnings.showwarning = shown
        for real, s in zip(outs, shadow_out):
            if s is None or real.grad_fn is None:
                continue
            self._shadow[id(real)] = _Shadowed(weakref.ref(real), real._version, s)
            vid = self.recorder.var_of(s)
            if vid is not None:
                self.names[vid] = grad_fn_name(real) or ""
        # the engine spelled the call with several operations (9/x: reciprocal, then mul);
        # torch made one node: the others are named as parts of it
        eqns = self.recorder.ir.eqns
        named = [self.names.get(e.out) for e in eqns[first:] if self.names.get(e.out)]
        if named:
            for e in eqns[first:]:
                self.names.setdefault(e.out, f"part of {named[-1]}")

    def _follow(
        self, func: Any, args: tuple, kwargs: dict, shadows: list[Tensor], outs: list
    ) -> list[Any] | None:
        """Make the call on the shadows with the project's front end; None if it differs."""
        fn = function_for(func)
        if fn is None:
            return None
        rec = self.recorder
        mark = (len(rec.ir.vars), len(rec.ir.eqns))
        values = list(shadows)
        s_args = on_shadows(args, values)
        s_kwargs = on_shadows(kwargs, values)
        self._recording = True
        try:
            result = fn(*s_args, **s_kwargs)
        except Exception:
            result = None
        finally:
            self._recording = False
        got: list[Any] = []
        if result is not None:
            flat_shadows(result, got)
        if len(got) == len(outs) and all(same(r, s) for r, s in zip(outs, got)):
            return got
        rollback(rec, *mark)
        return None

    def _opaque(
        self, func: Any, args: tuple, kwargs: dict, shadows: list[Tensor], outs: list
    ) -> list[Any]:
        """Record the call as torch's own operation: torch computes it and its derivatives."""
        label = getattr(func, "__name__", "op").strip("_") or "op"
        if label == "get" and getattr(func, "__self__", None) is not None:
            label = getattr(func.__self__, "__name__", label)
        result: list[Any] = []
        self._recording = True
        try:
            for k, real in enumerate(outs):
                if real.grad_fn is None or not real.is_floating_point():
                    result.append(None)
                    continue
                fn = replayer(func, args, kwargs, k)
                name = grad_fn_name(real) or label
                prim = opaque(label, BACKEND, fn, [is_float(s) for s in shadows])
                try:
                    s = apply(prim, *shadows)
                except Exception:
                    s = None
                if s is not None and same(real, s):
                    self.left.opaque.append(name)
                else:  # random, or torch cannot run it on copies: its value, not followed
                    rollback_last(self.recorder, s)
                    s = apply(frozen(label, to_numpy(real), len(shadows)), *shadows)
                    self.left.not_followed.append(name)
                result.append(s)
        finally:
            self._recording = False
        return result

    def _on_differentiate(self, func: Any, args: tuple, kwargs: dict) -> None:
        """Note a backward() / autograd.grad() call: its roots and seeds."""
        functional = func is _GRAD
        roots = kwargs.get("outputs" if functional else "tensors", args[0] if args else None)
        seeds = kwargs.get("grad_outputs" if functional else "grad_tensors")
        if seeds is None and len(args) > (2 if functional else 1):
            seeds = args[2 if functional else 1]
        if func is torch.Tensor.backward:
            seeds = kwargs.get("gradient", args[1] if len(args) > 1 else None)
        roots_list = [roots] if isinstance(roots, torch.Tensor) else list(roots or [])
        seed_list = [seeds] if isinstance(seeds, torch.Tensor) or seeds is None else list(seeds)
        ids: list[int | None] = []
        copies = []
        for k, r in enumerate(roots_list):
            s = self.shadow_of(r) if isinstance(r, torch.Tensor) else None
            ids.append(self.recorder.var_of(s, any_version=False) if s is not None else None)
            seed = seed_list[k] if k < len(seed_list) else None
            if isinstance(seed, torch.Tensor):
                copies.append(to_numpy(seed))
            else:
                copies.append(np.ones(tuple(r.shape), dtype=to_numpy(r).dtype))
        self.calls.append(BackwardCall(tuple(ids), tuple(copies), functional))

    # -- after the cell --

    def count(self, ns: dict[str, Any] | None = None) -> int:
        return len(self.recorder.ir.eqns)

    def seen(self) -> str:
        n = self.count()
        return f"PyTorch ({n} operation{'s' * (n != 1)} on tensors that require grad)"

    def describe(self, made: dict[str, Any]) -> str:
        parts = []
        for key, value in made.items():
            if isinstance(value, torch.Tensor):
                state = (
                    f"grad_fn={grad_fn_name(value)}"
                    if value.grad_fn is not None
                    else f"requires_grad={value.requires_grad}"
                )
                parts.append(f"{key} ({state})")
        texts = ["PyTorch tensors bound by this cell: " + ", ".join(parts)] if parts else []
        if any(r is None for call in self.calls for r in call.roots):
            texts.append(
                "the cell differentiated a PyTorch graph built in an earlier cell: run "
                "%%autograd on the cell that builds the graph to see it"
            )
        return "; ".join(texts)

    def result(self, ns: dict[str, Any]) -> tuple[Any, list, dict, dict, list[str]]:
        """The IR, differentiation calls, names, named engine tensors and notes."""
        rec = self.recorder
        rec.calls = self.calls
        shadow_ns: dict[str, Any] = {}
        for key, value in named_tensors(ns):
            s = self.shadow_of(value)
            if s is not None:
                # with an operation not followed, the engine's gradients may rightly differ
                # from .grad: then .grad is not compared (no note about accumulation)
                copy_grad_state(value, s, grads=not self.left.not_followed)
                shadow_ns[key] = s
        ir = rec.finish()
        ir.front_end = "torch"
        for vid, name in self.names.items():
            if vid < len(ir.vars) and ir.vars[vid].kind == OP and name:
                ir.vars[vid].fn_name = name
        for s, name in self._earlier:  # made by torch calls before the cell: not leaves
            vid = rec.var_of(s)
            if vid is not None and ir.vars[vid].kind == INPUT:
                ir.vars[vid].is_leaf = False
                ir.vars[vid].fn_name = name
        names, tensors = name_vars(rec, shadow_ns)
        for key, value in named_tensors(ns):  # earlier values of a leaf changed in place
            for version, old in self._older.get(id(value), []):
                vid = rec.var_of(old)
                if vid is not None and vid not in names and not ir.vars[vid].tag:
                    ir.vars[vid].tag = f"{key}@v{version}"
        notes = self.left.notes()
        if self.left.not_followed:
            hidden = upstream_of_frozen(ir)
            notes += hide_partial(ir, names, hidden, "torch's .grad after backward()")
            for v in hidden:
                tensors.pop(v, None)
        return ir, self.calls, names, tensors, notes
