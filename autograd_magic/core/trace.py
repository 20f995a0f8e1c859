"""Recording state: whether operations are recorded, and who is watching them being made.

Grad mode is per thread. Capture hooks let the ``%%autograd`` magic see every
recorded operation of a cell without changing what the cell computes.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any


class _State(threading.local):
    """This thread's grad mode (on unless a thread turned it off), and whether a backward pass
    is running (its rules' views need no in-place bookkeeping: see ``views.py``)."""

    enabled = True
    in_backward = False


_state = _State()


def is_grad_enabled() -> bool:
    """True when new operations are recorded into the graph."""
    return _state.enabled


def _set(mode: bool) -> None:
    _state.enabled = mode


class set_grad_enabled:
    """Turn recording on or off: as a function call, a context manager or a decorator."""

    def __init__(self, mode: bool) -> None:
        self.prev = is_grad_enabled()
        self.mode = bool(mode)
        _set(self.mode)

    def __enter__(self) -> None:
        _set(self.mode)

    def __exit__(self, *exc: object) -> None:
        _set(self.prev)

    def __call__(self, fn: Callable) -> Callable:
        mode = self.mode
        _set(self.prev)  # used as a decorator: the call above must not change the mode

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with set_grad_enabled(mode):
                return fn(*args, **kwargs)

        return wrapper


class _GradMode:
    """Base of ``no_grad``/``enable_grad``: a context manager that is also a decorator."""

    mode = True

    def __enter__(self) -> None:
        self.prev = is_grad_enabled()
        _set(self.mode)

    def __exit__(self, *exc: object) -> None:
        _set(self.prev)

    def __call__(self, fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with type(self)():
                return fn(*args, **kwargs)

        return wrapper


class no_grad(_GradMode):
    """Operations inside are not recorded: results do not require grad."""

    mode = False


class enable_grad(_GradMode):
    """Operations inside are recorded, even within ``no_grad``."""

    mode = True


# ---- capture hooks (used by the magic) ----------------------------------------------------

_hooks: list[Callable[[Any], None]] = []
_operand_hooks: list[Callable[[Any, tuple[Any, ...]], None]] = []
_backward_hooks: list[Callable[[list[Any], list[Any], list[Any] | None], None]] = []


def add_capture_hook(hook: Callable[..., None], *, operands: bool = False) -> None:
    """Call ``hook(tensor)`` for every tensor that an operation records into the graph.

    With ``operands=True`` the call is ``hook(tensor, operands)``: the operation's operands as
    they were passed (tensors, arrays, Python scalars), which the node alone does not keep.
    """
    (_operand_hooks if operands else _hooks).append(hook)


def remove_capture_hook(hook: Callable[..., None]) -> None:
    """Stop calling ``hook``; harmless if it is not installed."""
    for hooks in (_hooks, _operand_hooks):
        if hook in hooks:
            hooks.remove(hook)


def add_backward_hook(hook: Callable[[list[Any], list[Any], list[Any] | None], None]) -> None:
    """Call ``hook(roots, seeds, inputs)`` when a backward pass starts.

    ``inputs`` is ``None`` for ``backward()`` (gradients go to the leaves) and the list of
    differentiated tensors for the functional ``grad()``. The hook must not change anything.
    """
    _backward_hooks.append(hook)


def remove_backward_hook(hook: Callable[..., None]) -> None:
    """Stop calling ``hook``; harmless if it is not installed."""
    if hook in _backward_hooks:
        _backward_hooks.remove(hook)
