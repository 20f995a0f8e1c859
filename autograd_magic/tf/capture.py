"""What ``%%autograd`` asks of the tf front end: the engine values behind ``tf.Variable``\\ s.

A ``tf.Variable`` is not an engine tensor: it holds one (its value now) and replaces it on every
``assign``; a ``GradientTape`` keeps the values it read. The magic names recorded values by the
variables bound in the cell's namespace, so it asks here which engine tensors a variable held,
instead of reading the tape's and the variable's internals.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..core.tensor import Tensor as CoreTensor
from .tape import GradientTape
from .variables import Variable

__all__ = ["VariableValues", "is_variable"]


def is_variable(value: Any) -> bool:
    """Whether ``value`` is a ``tf.Variable`` of this front end."""
    return isinstance(value, Variable)


class VariableValues:
    """The engine tensors each variable held, as seen through the tapes among ``values``."""

    def __init__(self, values: Iterable[Any]) -> None:
        self._reads: dict[int, list[CoreTensor]] = {}
        for value in values:
            if isinstance(value, GradientTape):
                for serial, read in value._reads.items():
                    self._reads.setdefault(serial, []).extend(read)

    def of(self, variable: Variable) -> list[CoreTensor]:
        """The values the tapes read of ``variable``, oldest first, then its value now."""
        held = list(self._reads.get(variable._serial, []))
        value = variable._cell.value
        if isinstance(value, CoreTensor):
            held.append(value)
        return held
