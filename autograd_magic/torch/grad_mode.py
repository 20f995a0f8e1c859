"""``inference_mode``: PyTorch's faster ``no_grad``; here the same thing."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ..core.trace import is_grad_enabled, set_grad_enabled


class inference_mode:
    """Like ``no_grad`` (context manager or decorator); ``inference_mode(False)`` is a no-op."""

    def __init__(self, mode: bool = True) -> None:
        self.mode = mode

    def __enter__(self) -> None:
        self.prev = is_grad_enabled()
        if self.mode:
            set_grad_enabled(False)

    def __exit__(self, *exc: object) -> None:
        set_grad_enabled(self.prev)

    def __call__(self, fn: Callable) -> Callable:
        mode = self.mode

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with inference_mode(mode):
                return fn(*args, **kwargs)

        return wrapper
