"""``torch.nn``: only what a first autodiff course needs (``functional`` and ``Parameter``)."""

from . import functional
from .parameter import Parameter

__all__ = ["Parameter", "functional"]
