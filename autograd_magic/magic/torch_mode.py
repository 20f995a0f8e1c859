"""The ``TorchFunctionMode`` around a real-PyTorch cell: every torch call, as without the magic.

The mode sees each torch call of the cell with its arguments. It makes the call itself so
that it reads exactly as without the magic: a warning raised inside names the cell's line
(and repeats, or not, as it would there), and a failing call's traceback ends at the cell's
line, not in this module. Only then is the call and its result handed to the capture, whose
errors never reach the cell.
"""

from __future__ import annotations

import sys
import types
from typing import Any, Protocol

import torch
from torch.overrides import TorchFunctionMode


class CallWatcher(Protocol):
    """What the mode hands each finished torch call to (``real_torch.TorchCapture``)."""

    failed: BaseException | None

    def on_call(self, func: Any, args: tuple, kwargs: dict, out: Any) -> None: ...


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


class WatchMode(TorchFunctionMode):
    """Makes each torch call as the cell would, then hands it to ``watcher``."""

    def __init__(self, watcher: CallWatcher) -> None:
        super().__init__()
        self.watcher = watcher

    def __torch_function__(self, func, types, args=(), kwargs=None):  # noqa: ANN001, ANN204
        __tracebackhide__ = True  # noqa: F841 - read by IPython's traceback formatter
        kwargs = kwargs or {}
        try:  # the cell's own call, as without the magic
            out = _call_as_caller(func, args, kwargs, sys._getframe(1))
        except BaseException as err:
            _drop_our_frames(err)
            raise
        watcher = self.watcher
        if watcher.failed is None:
            try:
                watcher.on_call(func, args, kwargs, out)
            except Exception as err:  # never make the cell's call fail
                watcher.failed = err
        return out
