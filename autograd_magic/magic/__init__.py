"""The ``%%autograd`` cell magic: run a cell, then show its graph, gradients and plots.

``%load_ext autograd_magic`` registers it; ``%unload_ext autograd_magic`` removes it.
"""

from __future__ import annotations

from typing import Any

MAGIC_NAME = "autograd"


def load_ipython_extension(ipython: Any) -> None:
    """Register ``%%autograd`` with the shell."""
    from .magics import AutogradMagics

    ipython.register_magics(AutogradMagics)


def unload_ipython_extension(ipython: Any) -> None:
    """Remove ``%%autograd`` from the shell (only if it is ours)."""
    from .magics import AutogradMagics

    manager = ipython.magics_manager
    cells = manager.magics.get("cell", {})
    fn = cells.get(MAGIC_NAME)
    if fn is not None and isinstance(getattr(fn, "__self__", None), AutogradMagics):
        del cells[MAGIC_NAME]
    manager.registry.pop(AutogradMagics.__name__, None)


__all__ = ["load_ipython_extension", "unload_ipython_extension"]
