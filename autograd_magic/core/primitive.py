"""What a primitive is: the engine's description of one operation (no engine imports).

The recording (``apply.py``), the graph (``node.py``) and the IR read this description; the
table of primitives in ``primitives.py`` makes them callable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Rule = Callable[..., Any]


@dataclass(frozen=True, eq=False)
class PrimitiveSpec:
    """One operation of the engine: its NumPy forward, derivative rules and flags.

    What the recording (``apply.py``) and the backward pass read; ``primitives.Primitive`` adds
    the call that records it.

    ``vjps`` has one rule per operand (``None``: not differentiable in that operand);
    ``variadic`` is the rule ``(i, g, ans, *args)`` for operations with any number of operands.
    ``saves``: the rules read operand values, so a freed graph cannot run them again.
    ``uses_out``: the rules read the result. ``reads``: per rule, the operands it reads (``OUT``
    for the result), or a function ``(args, params)`` giving that; backward checks the version
    of exactly these (for the operands that need a gradient), so an in-place change of a value
    no rule reads is no error. ``None``: every rule reads every saved value.
    ``dtype_rule``: 'promote' (``dtypes.result_type``), 'float' (promote, then integers become
    float32), 'first', 'bool', or None (NumPy's).

    A primitive has no node name of its own: each front end names the nodes (``NodeNames``).
    """

    name: str
    forward: Callable[..., Any]
    vjps: tuple[Rule | None, ...] = ()
    saves: bool = True
    uses_out: bool = False
    dtype_rule: str | None = "promote"
    differentiable: bool = True
    view: bool = False
    variadic: Rule | None = None
    reads: Any = None
    elementwise: bool = False

    def __repr__(self) -> str:
        return f"Primitive({self.name})"


class NodeNames(dict):
    """A front end's names for the nodes the engine records: primitive name -> node name.

    A front end's tensor class holds one as ``_node_names``; every node made with that class
    (by the front end's calls or by the engine itself, e.g. a backward pass recorded with
    ``create_graph``) is named from it when it is made. A primitive missing from the table is
    named ``default(primitive name)``, remembered after the first time.
    """

    __slots__ = ("default",)

    def __init__(self, names: dict[str, str] | None = None, default: Callable[[str], str] = str):
        super().__init__(names or {})
        self.default = default

    def __missing__(self, primitive: str) -> str:
        name = self[primitive] = self.default(primitive)
        return name
