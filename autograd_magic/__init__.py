"""autograd_magic: learn and teach automatic differentiation in Jupyter.

In IPython or Jupyter, ``%load_ext autograd_magic`` adds the ``%%autograd`` cell magic.
"""

from typing import Any

from .core.quiet import ensure as _quiet

__version__ = "0.1.0"

_quiet()  # NumPy's RuntimeWarnings from autograd_magic's own code stay silent (core/quiet.py)


def load_ipython_extension(ipython: Any) -> None:
    """Called by ``%load_ext autograd_magic``: register ``%%autograd``."""
    from .magic import load_ipython_extension as load

    load(ipython)


def unload_ipython_extension(ipython: Any) -> None:
    """Called by ``%unload_ext autograd_magic``: remove ``%%autograd``."""
    from .magic import unload_ipython_extension as unload

    unload(ipython)
