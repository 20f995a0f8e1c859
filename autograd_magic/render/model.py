"""Plain snapshots the renderers draw from.

The magic fills these from a recorded graph; renderers never see live tensors, so a rendered
object kept in IPython's ``Out`` history does not keep a whole graph (and its arrays) alive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class NodeView:
    """One value in the graph: a leaf/input, a constant or the result of an operation."""

    id: int  # position in the snapshot (topological order: inputs before results)
    name: str  # the cell's variable name ('x', 'y'), or '' for an unnamed intermediate
    op: str | None  # primitive for results ('pow', 'sin', 'mul'); None for leaves
    fn_name: str | None  # the front end's spelling: 'PowBackward0' (torch), 'Pow' (tf)
    inputs: tuple[int, ...]  # ids of the operands, in order, duplicates kept (x*x: (0, 0))
    value: np.ndarray  # a copy of the value
    dtype: str  # 'float32', 'float64', 'int64', ...
    requires_grad: bool  # requires grad (torch) or watched/trainable (tf)
    is_leaf: bool
    grad: np.ndarray | None  # d(output)/d(this); None means "not connected" (never a fake 0)
    grad_attr: str = ""  # what the front end's own gradient slot says: '' or e.g. 'None'
    fd_error: float | None = None  # finite-difference check: max abs error, None if not run
    expr: str = ""  # for an unnamed value: the expression that made it ('X @ W1 + b1', '2')
    not_followed: bool = False  # part of its gradient passes through an op that was not followed

    @property
    def label(self) -> str:
        """The name to show: the variable name, else the operation."""
        return self.name or (self.op or "const")

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.value.shape)


@dataclass(frozen=True)
class EdgeView:
    """Operand ``src`` of operation ``dst`` (position ``arg`` among its inputs)."""

    src: int
    dst: int
    arg: int
    local: np.ndarray | None  # local derivative d(dst)/d(src) for elementwise ops, else None
    contribution: np.ndarray | None  # the vector-Jacobian product sent back along this edge


@dataclass(frozen=True)
class GraphView:
    """A whole recorded graph with the gradient of one chosen output."""

    nodes: tuple[NodeView, ...]
    edges: tuple[EdgeView, ...]
    output: int | None  # id of the differentiated output, None if nothing was differentiated
    backward_order: tuple[int, ...]  # ids in the order the backward pass visits them
    front_end: str | None = None  # 'torch', 'tf', or None (the engine's own: shown as torch)
    collapsed: int = 0  # how many nodes were left out to keep the picture readable


@dataclass(frozen=True)
class PlotSeries:
    """One curve: y against x, possibly with masked (NaN/inf) points."""

    label: str
    x: np.ndarray
    y: np.ndarray
    dashed: bool = False  # a prediction or reference line rather than a computed curve


@dataclass(frozen=True)
class Heatmap:
    """A parameter's gradient drawn as a colour grid (1-D as one row)."""

    label: str  # '∂loss/∂W1 (3, 4)'
    values: np.ndarray


@dataclass(frozen=True)
class PlotView:
    """What one derivative plot shows."""

    title: str
    x_label: str
    series: tuple[PlotSeries, ...]  # f, f', optionally f''
    point: tuple[float, float] | None = None  # the current input and output
    slope: float | None = None  # tangent slope at the point
    notes: tuple[str, ...] = field(default_factory=tuple)  # e.g. "3 points were NaN/inf"
    heatmaps: tuple[Heatmap, ...] = ()  # per-parameter gradients, drawn below the curves
    y_label: str = ""
