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

import sys
import types
import warnings
import weakref
from typing import Any

import numpy as np
import torch
from torch.overrides import TorchFunctionMode

from .. import torch as am_torch
from ..core import trace
from ..core.apply import apply
from ..core.ir import INPUT, OP, BackwardCall, Recorder
from ..core.tensor import Tensor
from ..torch.nn import functional as am_F
from .capture import name_vars, paused
from .real_common import (
    NOT_FOLLOWED,
    close,
    frozen,
    hide_partial,
    is_float,
    opaque,
    upstream_of_frozen,
)

_TENSOR_METHODS = (torch.Tensor, torch._C.TensorBase)
#: torch methods whose project spelling differs.
_METHOD_ALIASES = {"__rdiv__": "__rtruediv__", "__idiv__": "__itruediv__"}
_BACKWARD = {torch.Tensor.backward, torch.autograd.backward}
_GRAD = torch.autograd.grad
RTOL, ATOL = 1e-5, 1e-6  # a shadow's value must match torch's to this tolerance


def grad_fn_name(t: torch.Tensor) -> str | None:
    """The name torch prints in ``grad_fn=<...>``."""
    fn = t.grad_fn
    if fn is None:
        return None
    name = type(fn).__name__
    if name == "CppFunction":
        name = fn.name().rsplit("::", 1)[-1]
    return name


def to_numpy(t: torch.Tensor) -> np.ndarray:
    """A NumPy copy of a tensor's value (without touching its graph)."""
    return np.array(t.detach().cpu().resolve_conj().resolve_neg().numpy(), copy=True)


class TorchBackend:
    """Opaque primitives run torch on NumPy copies (see ``real_common.opaque``)."""

    def from_numpy(self, a: np.ndarray) -> torch.Tensor:
        return torch.from_numpy(np.array(a, copy=True))

    def to_numpy(self, t: torch.Tensor) -> np.ndarray:
        return to_numpy(t)

    def guard(self) -> Any:
        return torch.random.fork_rng(devices=[])

    def vjp_fn(self, fn: Any, i: int) -> Any:
        def h(g: torch.Tensor, *xs: torch.Tensor) -> torch.Tensor:
            with torch.enable_grad():
                leaves = [
                    x.requires_grad_() if x.is_floating_point() and not x.requires_grad else x
                    for x in xs
                ]
                out = fn(*leaves)
                (gi,) = torch.autograd.grad(
                    out, leaves[i], g.to(out.dtype), create_graph=True, allow_unused=True
                )
            return torch.zeros_like(leaves[i]) if gi is None else gi

        return h


_BACKEND = TorchBackend()


def _resolve(func: Any) -> Any:
    """The project's function for a torch function, or None (called with shadows)."""
    name = getattr(func, "__name__", "")
    owner = getattr(func, "__self__", None)
    if name == "__get__" and owner is not None:  # a property such as x.T
        attr = getattr(owner, "__name__", "")
        return lambda self, *a, **k: getattr(self, attr)
    qual = getattr(func, "__qualname__", "") or ""
    is_method = (
        qual.split(".")[0] in ("Tensor", "TensorBase")
        or getattr(func, "__objclass__", None) in _TENSOR_METHODS
    )
    if is_method:
        attr = _METHOD_ALIASES.get(name, name)
        if hasattr(am_torch.Tensor, attr):
            return lambda self, *a, **k: getattr(self, attr)(*a, **k)
        return None
    module = getattr(func, "__module__", "") or ""
    if name == "linear" or module.startswith("torch.nn.functional"):
        if name == "linear":
            return _linear
        return getattr(am_F, name, None)
    if module == "torch" or qual.startswith("_VariableFunctionsClass"):
        return getattr(am_torch, name, None)
    return None


def _linear(x: Any, weight: Any, bias: Any = None) -> Any:
    """``F.linear`` in the project's terms: ``x @ weight.T + bias``."""
    out = am_torch.matmul(x, weight.t())
    return out if bias is None else out + bias


def _flat_tensors(obj: Any, out: list[torch.Tensor]) -> None:
    if isinstance(obj, torch.Tensor):
        out.append(obj)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            _flat_tensors(item, out)
    elif isinstance(obj, dict):
        for item in obj.values():
            _flat_tensors(item, out)


def _rebuild(obj: Any, values: list[Any]) -> Any:
    """``obj`` with its tensors replaced, in order, by ``values`` (consumed from the front)."""
    if isinstance(obj, torch.Tensor):
        return values.pop(0)
    if isinstance(obj, (list, tuple)):
        items = [_rebuild(item, values) for item in obj]
        return type(obj)(items) if isinstance(obj, list) else tuple(items)
    if isinstance(obj, dict):
        return {k: _rebuild(v, values) for k, v in obj.items()}
    if isinstance(obj, torch.dtype):
        return getattr(am_torch, str(obj).removeprefix("torch."), obj)
    return obj


def _trampoline(f: Any, a: tuple, k: dict, __tracebackhide__: bool = True) -> Any:
    return f(*a, **k)


_TRAMPOLINE = _trampoline.__code__
# the call's line, counted from the ``def`` line
_CALL_LINE = max(line for *_, line in _TRAMPOLINE.co_lines() if line) - _TRAMPOLINE.co_firstlineno
_OVERRIDES_FILE = torch.overrides.__file__


def _caller(func: Any, frame: Any) -> Any:
    """The frame that called ``func``; ``frame`` is the one that called the mode's handler."""
    code = getattr(func, "__code__", None)
    if code is not None:  # a Python function: it called handle_torch_function itself
        probe = frame
        for _ in range(8):
            if probe is None:
                break
            if probe.f_code is code:
                return probe.f_back
            probe = probe.f_back
    while frame is not None and frame.f_code.co_filename == _OVERRIDES_FILE:
        frame = frame.f_back
    return frame


def _call_as_caller(func: Any, args: tuple, kwargs: dict, frame: Any) -> Any:
    """Call ``func`` from a frame that looks like its caller's (file, line, globals).

    Python attributes a warning raised inside the call to the calling frame; called from the
    mode's handler, a warning (e.g. reading ``.grad`` of a non-leaf) would name this module
    and share its once-per-location registry. The trampoline takes the caller's file, line
    and globals, so the warning reads and repeats exactly as without the magic.
    """
    __tracebackhide__ = True  # noqa: F841 - read by IPython's traceback formatter
    frame = _caller(func, frame)
    if frame is None:
        return func(*args, **kwargs)
    code = _TRAMPOLINE.replace(
        co_filename=frame.f_code.co_filename,
        co_name=frame.f_code.co_name,
        co_firstlineno=max(1, frame.f_lineno - _CALL_LINE),
    )
    call = types.FunctionType(code, frame.f_globals, "_trampoline", (True,))
    return call(func, args, kwargs)


def _ours(code: Any) -> bool:
    return code.co_filename == __file__ or code.co_code == _TRAMPOLINE.co_code


def _drop_our_frames(err: BaseException) -> None:
    """Take this module's frames (and trampolines) out of the exception's traceback.

    A failing torch call then shows the traceback it shows without the magic: the cell's
    line last, not the mode's handler.
    """
    head = err.__traceback__
    while head is not None and _ours(head.tb_frame.f_code):
        head = head.tb_next
    tb = head
    while tb is not None:
        nxt = tb.tb_next
        while nxt is not None and _ours(nxt.tb_frame.f_code):
            nxt = nxt.tb_next
        tb.tb_next = nxt
        tb = nxt
    err.__traceback__ = head


def _quiet(*args: Any, **kwargs: Any) -> None:
    """``warnings.showwarning`` while the shadows run: their warnings are not the cell's."""


class _Mode(TorchFunctionMode):
    def __init__(self, capture: TorchCapture) -> None:
        super().__init__()
        self.capture = capture

    def __torch_function__(self, func, types, args=(), kwargs=None):  # noqa: ANN001, ANN204
        __tracebackhide__ = True  # noqa: F841 - read by IPython's traceback formatter
        kwargs = kwargs or {}
        try:  # the cell's own call, as without the magic
            out = _call_as_caller(func, args, kwargs, sys._getframe(1))
        except BaseException as err:
            _drop_our_frames(err)
            raise
        cap = self.capture
        if cap.failed is None:
            try:
                cap.on_call(func, args, kwargs, out)
            except Exception as err:  # never make the cell's call fail
                cap.failed = err
        return out


class TorchCapture:
    """Watches the real torch calls of one cell (a context manager around the cell)."""

    framework = "torch"

    def __init__(self) -> None:
        self.failed: BaseException | None = None
        self.recorder = Recorder()
        self.calls: list[BackwardCall] = []
        self.names: dict[int, str] = {}  # var id -> grad_fn name torch gave the result
        self.opaque_ops: list[str] = []
        self.not_followed: list[str] = []
        self._earlier: list[tuple[Tensor, str]] = []  # inputs made before the recording
        self._older: dict[int, list[tuple[int, Tensor]]] = {}  # id -> earlier (version, shadow)
        self._shadow: dict[int, tuple[Any, int, Tensor]] = {}  # id -> (weakref, version, shadow)
        self._recording = False
        self._mode = _Mode(self)
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
        if entry is not None and entry[0]() is t and entry[1] == t._version:
            s = entry[2]
            if s._node is not None or s._requires_grad == t.requires_grad:
                return s
        s = am_torch.from_numpy(to_numpy(t))
        if t.requires_grad and is_float(s):
            s._requires_grad = True
        if t.grad_fn is not None:  # made by a call before the recording: an input here
            self._earlier.append((s, grad_fn_name(t) or ""))
        if entry is not None and entry[0]() is t:  # changed in place (an optimizer step)
            self._older.setdefault(id(t), []).append((entry[1], entry[2]))
        else:
            self._older.pop(id(t), None)
        self._shadow[id(t)] = (weakref.ref(t), t._version, s)
        return s

    def shadow_of(self, t: torch.Tensor) -> Tensor | None:
        """The shadow last used for ``t``, if any (for naming after the cell)."""
        entry = self._shadow.get(id(t))
        return entry[2] if entry is not None and entry[0]() is t else None

    # -- the mode's callback --

    def on_call(self, func: Any, args: tuple, kwargs: dict, out: Any) -> None:
        """Record one torch call that has already run (``out`` is its result)."""
        if func in _BACKWARD or func is _GRAD:
            self._on_differentiate(func, args, kwargs)
            return
        outs: list[torch.Tensor] = []
        _flat_tensors(out, outs)
        made = [t for t in outs if t.grad_fn is not None]
        if not made:
            return
        ins: list[torch.Tensor] = []
        _flat_tensors((args, kwargs), ins)
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
            self._shadow[id(real)] = (weakref.ref(real), real._version, s)
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
        fn = _resolve(func)
        if fn is None:
            return None
        rec = self.recorder
        mark = (len(rec.ir.vars), len(rec.ir.eqns))
        values = list(shadows)
        s_args = _rebuild(args, values)
        s_kwargs = _rebuild(kwargs, values)
        self._recording = True
        try:
            result = fn(*s_args, **s_kwargs)
        except Exception:
            result = None
        finally:
            self._recording = False
        got: list[Any] = []
        if result is not None:
            _flat_shadows(result, got)
        if len(got) == len(outs) and all(_same(r, s) for r, s in zip(outs, got)):
            return got
        _rollback(rec, *mark)
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
                fn = _replayer(func, args, kwargs, k)
                name = grad_fn_name(real) or label
                prim = opaque(label, _BACKEND, fn, [is_float(s) for s in shadows])
                try:
                    s = apply(prim, *shadows)
                except Exception:
                    s = None
                if s is not None and _same(real, s):
                    self.opaque_ops.append(name)
                else:  # random, or torch cannot run it on copies: its value, not followed
                    _rollback_last(self.recorder, s)
                    s = apply(frozen(label, to_numpy(real), len(shadows)), *shadows)
                    self.not_followed.append(name)
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
        for key, value in _named_tensors(ns):
            s = self.shadow_of(value)
            if s is not None:
                # with an operation not followed, the engine's gradients may rightly differ
                # from .grad: then .grad is not compared (no note about accumulation)
                _copy_grad_state(value, s, grads=not self.not_followed)
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
        for key, value in _named_tensors(ns):  # earlier values of a leaf changed in place
            for version, old in self._older.get(id(value), []):
                vid = rec.var_of(old)
                if vid is not None and vid not in names and not ir.vars[vid].tag:
                    ir.vars[vid].tag = f"{key}@v{version}"
        notes = []
        if self.opaque_ops:
            ops = ", ".join(dict.fromkeys(self.opaque_ops))
            notes.append(
                f"Not in this project's front end: {ops}. Shown under torch's own name; its "
                "values and gradients are computed by torch itself."
            )
        if self.not_followed:
            notes.append(NOT_FOLLOWED.format(ops=", ".join(dict.fromkeys(self.not_followed))))
            hidden = upstream_of_frozen(ir)
            notes += hide_partial(ir, names, hidden, "torch's .grad after backward()")
            for v in hidden:
                tensors.pop(v, None)
        return ir, self.calls, names, tensors, notes


def _named_tensors(ns: dict[str, Any]) -> list[tuple[str, torch.Tensor]]:
    """The namespace's tensors, then the parameters of its modules as ``net.0.weight``."""
    found = []
    modules = []
    for key, value in list(ns.items()):
        if not isinstance(key, str) or key.startswith("_"):
            continue
        if isinstance(value, torch.Tensor):
            found.append((key, value))
        elif isinstance(value, torch.nn.Module):
            modules.append((key, value))
    for key, module in modules:
        found.extend((f"{key}.{name}", p) for name, p in module.named_parameters())
    return found


def _flat_shadows(obj: Any, out: list[Any]) -> None:
    if isinstance(obj, Tensor):
        out.append(obj)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            _flat_shadows(item, out)


def _same(real: torch.Tensor, s: Any) -> bool:
    """Whether the shadow result holds torch's value (shape, dtype and numbers)."""
    if not isinstance(s, Tensor):
        return False
    return close(s._data, to_numpy(real), RTOL, ATOL)


def _rollback(rec: Recorder, n_vars: int, n_eqns: int) -> None:
    """Forget what a shadow call recorded (its result did not match torch's)."""
    ir = rec.ir
    del ir.vars[n_vars:]
    del ir.eqns[n_eqns:]
    del rec._nodes[n_eqns:]
    for table in (rec._by_serial,):
        for key in [k for k, v in table.items() if v >= n_vars]:
            del table[key]
    for key in [k for k, v in rec._by_tensor.items() if v[2] >= n_vars]:
        del rec._by_tensor[key]


def _rollback_last(rec: Recorder, s: Tensor | None) -> None:
    """Forget the operation that made ``s`` if it was the last one recorded."""
    if s is None:
        return
    vid = rec.var_of(s)
    if vid is not None and vid == len(rec.ir.vars) - 1:
        n_eqns = rec.ir.vars[vid].eqn
        _rollback(rec, vid, n_eqns)


def _replayer(func: Any, args: tuple, kwargs: dict, k: int) -> Any:
    """``fn(*tensors)``: the call again with new tensors in place of its tensor operands."""

    def fn(*tensors: torch.Tensor) -> torch.Tensor:
        values = list(tensors)
        a = _rebuild_real(args, values)
        kw = _rebuild_real(kwargs, values)
        outs: list[torch.Tensor] = []
        _flat_tensors(func(*a, **kw), outs)
        return outs[k]

    return fn


def _rebuild_real(obj: Any, values: list[Any]) -> Any:
    if isinstance(obj, torch.Tensor):
        new = values.pop(0)
        if new.is_floating_point() != obj.is_floating_point():
            new = new.to(obj.dtype)  # an index or mask: as the call had it
        return new
    if isinstance(obj, (list, tuple)):
        items = [_rebuild_real(item, values) for item in obj]
        return type(obj)(items) if isinstance(obj, list) else tuple(items)
    if isinstance(obj, dict):
        return {k: _rebuild_real(v, values) for k, v in obj.items()}
    return obj


def _copy_grad_state(real: torch.Tensor, s: Tensor, grads: bool = True) -> None:
    """Give the shadow torch's ``.grad`` and ``retain_grad`` state (read by the table)."""
    grad = real.grad if grads and (real.is_leaf or real.retains_grad) else None
    s._grad = am_torch.from_numpy(to_numpy(grad)) if grad is not None else None
    s._retains_grad = bool(real.retains_grad) if not real.is_leaf else False
