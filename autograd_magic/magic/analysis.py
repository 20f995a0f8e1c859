"""From a recorded IR to the renderers' snapshot: gradients, chain-rule data, checks.

Everything is computed on the magic's own replay of the recorded equations, with the engine's
functional ``grad``: the user's graph (which ``backward()`` may already have freed) and every
``.grad`` slot stay untouched. The finite-difference check replays the equations in float64.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from ..core.broadcast import unbroadcast_array
from ..core.ir import CONST, INPUT, IR, OP, gradients, replay
from ..core.numerical import partial_derivatives
from ..core.tensor import Tensor
from ..core.trace import no_grad
from ..render.model import EdgeView, GraphView, NodeView
from ..render.naming import expressions
from ..render.text import fmt
from .real_common import upstream_of_frozen

EDGE_DATA_LIMIT = 400  # above this many values, chain-rule data only around named values
FD_BUDGET = 20_000  # equation evaluations the finite-difference check may spend in all
FD_MAX_ELEMENTS = 64  # elements checked per value (evenly spaced beyond that)
FD_STEP = 1e-6


@dataclass
class Analysis:
    """What the outputs are drawn from; holds the IR and numbers, never user tensors."""

    ir: IR
    names: dict[int, str]
    output: int | None
    seed: np.ndarray | None
    values: list[np.ndarray]  # per var: its value (replayed for results)
    grads: dict[int, np.ndarray | None]  # per input/result var: gradient of the output
    called_backward: bool  # the cell ran backward() (not only grad()) on the output
    notes: list[str] = field(default_factory=list)
    fd_errors: dict[int, float] = field(default_factory=dict)  # per checked var
    replayed: list[Any] = field(default_factory=list)  # the replay, until the graph is built
    graph: GraphView | None = None
    not_followed: set[int] = field(default_factory=set)  # gradients partial: never shown


def choose_output(
    ir: IR, names: dict[int, str], calls: list[Any], of: str | None
) -> tuple[int | None, np.ndarray | None, bool]:
    """The output to differentiate, its seed, and whether backward() ran on it.

    ``of`` names it; else the last root the cell differentiated; else the last named scalar
    result; else the last scalar result. ``KeyError`` when ``of`` names no recorded tensor.
    """
    if of is not None:
        for vid, name in names.items():
            if name == of:
                called = any(vid in c.roots and not c.functional for c in calls)
                return vid, None, called
        raise KeyError(of)
    for call in reversed(calls):
        for root, seed in reversed(list(zip(call.roots, call.seeds))):
            if root is not None:
                called = any(root in c.roots and not c.functional for c in calls)
                return root, seed, called
    scalar = [v.id for v in ir.vars if v.kind == OP and v.size == 1 and v.dtype.kind == "f"]
    named = [i for i in scalar if i in names]
    if named:
        return named[-1], None, False
    if scalar:
        return scalar[-1], None, False
    return None, None, False


def _array(value: Any) -> np.ndarray:
    if isinstance(value, Tensor):
        return value._data
    try:
        return np.asarray(value)
    except Exception:  # an operand NumPy cannot hold: show its text
        return np.asarray(str(value))


def analyze(
    ir: IR,
    names: dict[int, str],
    output: int | None,
    seed: np.ndarray | None,
    called_backward: bool,
    fd_budget: int = FD_BUDGET,
) -> Analysis:
    """Replay the IR, differentiate the output, and run the finite-difference check."""
    vals = replay(ir, record=output is not None)
    tracked = [v.id for v in ir.vars if v.kind in (INPUT, OP)]
    grads: dict[int, np.ndarray | None] = dict.fromkeys(tracked)
    wanted = tracked
    if len(ir.vars) > EDGE_DATA_LIMIT:  # drawn collapsed: only named values are shown
        wanted = [i for i in tracked if i in names or i == output or ir.vars[i].kind == INPUT]
    if output is not None and wanted:
        result = gradients(ir, vals, output, seed, wanted)
        for vid, g in zip(wanted, result):
            grads[vid] = None if g is None else np.array(g._data, copy=True)
    not_followed = upstream_of_frozen(ir)
    for vid in not_followed:  # a gradient missing the path through a frozen op: none at all
        grads[vid] = None
    values = [_array(x) for x in vals]
    an = Analysis(ir, names, output, seed, values, grads, called_backward, replayed=vals)
    an.not_followed = not_followed
    an.fd_errors = finite_differences(an, fd_budget)
    return an


def _checked(an: Analysis) -> list[int]:
    """The values whose gradient the finite-difference check verifies: named ones and the output."""
    ids = [i for i in an.names if an.grads.get(i) is not None]
    if an.output is not None and an.output not in ids:
        ids.append(an.output)
    return sorted(i for i in ids if an.ir.vars[i].dtype.kind == "f")


def finite_differences(an: Analysis, budget: int) -> dict[int, float]:
    """Max abs difference between each checked gradient and central differences in float64.

    The output is ``sum(seed * out)``; each checked element is nudged by ±h
    (``core.numerical.partial_derivatives``, a step relative to the value: inputs through
    ``leaf_values``, results through ``overrides``). Values over the budget are not checked.
    """
    out = an.output
    if out is None:
        return {}
    ir = an.ir
    seed = an.seed
    n_eqns = max(1, len(ir.eqns))
    errors: dict[int, float] = {}

    def objective(vals: list[Any]) -> float:
        o = vals[out]
        data = np.asarray(o._data if isinstance(o, Tensor) else o, dtype=np.float64)
        if seed is not None:
            data = data * np.asarray(seed, dtype=np.float64)
        return float(np.sum(data))

    for vid in _checked(an):
        g = an.grads.get(vid)
        if g is None:
            continue
        var = ir.vars[vid]
        base = np.array(an.values[vid], dtype=np.float64)
        count = base.size
        picks = (
            np.arange(count)
            if count <= FD_MAX_ELEMENTS
            else np.unique(np.linspace(0, count - 1, FD_MAX_ELEMENTS).astype(np.int64))
        )
        cost = 2 * picks.size * n_eqns
        if cost > budget:
            continue
        budget -= cost
        gflat = np.asarray(g, dtype=np.float64).reshape(-1)

        def nudged(value: np.ndarray, vid: int = vid, kind: str = var.kind) -> float:
            if kind == OP:
                vals = replay(ir, record=False, overrides={vid: value}, float64=True, upto=out)
            else:
                vals = replay(ir, {vid: value}, record=False, float64=True, upto=out)
            return objective(vals)

        worst = 0.0
        for k, numeric in partial_derivatives(nudged, base, FD_STEP, picks, relative=True):
            err = abs(numeric - float(gflat[k]))
            worst = err if not np.isfinite(err) else max(worst, err)
            if not np.isfinite(worst):
                break
        errors[vid] = worst
    return errors


def _edge_ids(an: Analysis) -> list[int]:
    """Equations whose chain-rule data is computed (all, or those around named values)."""
    ir = an.ir
    if len(ir.vars) <= EDGE_DATA_LIMIT:
        return list(range(len(ir.eqns)))
    keep = set(an.names)
    if an.output is not None:
        keep.add(an.output)
    return [k for k, e in enumerate(ir.eqns) if e.out in keep or any(a in keep for a in e.args)]


def edges(an: Analysis) -> list[EdgeView]:
    """Local derivative and vector-Jacobian product along each edge into a tracked operand."""
    ir = an.ir
    vals = an.replayed
    views: list[EdgeView] = []
    with no_grad(), np.errstate(all="ignore"):
        for k in _edge_ids(an):
            e = ir.eqns[k]
            prim = e.prim
            ans = vals[e.out]
            args = [vals[a] for a in e.args]
            g = an.grads.get(e.out)
            for i, src in enumerate(e.args):
                if ir.vars[src].kind not in (INPUT, OP):
                    continue
                rule = prim.vjps[i] if i < len(prim.vjps) else None
                if rule is None and prim.variadic is not None and i >= len(prim.vjps):
                    var_rule = prim.variadic

                    def rule(gg, aa, *xs, _i=i, _r=var_rule, **ps):  # noqa: ANN001
                        return _r(_i, gg, aa, *xs, **ps)

                if rule is None:
                    continue
                local = contribution = None
                try:
                    if prim.elementwise:
                        ones = Tensor._wrap(np.ones_like(ans._data))
                        lv = rule(ones, ans, *args, **e.params)
                        local = np.array(np.broadcast_to(_array(lv), ans._data.shape))
                    if g is not None:
                        cv = _array(rule(Tensor._wrap(np.asarray(g)), ans, *args, **e.params))
                        contribution = _fit(cv, ir.vars[src].shape, ir.vars[src].dtype)
                except Exception:  # a rule that cannot run on these values: no data, no crash
                    pass
                views.append(EdgeView(src, e.out, i, local, contribution))
    return views


def _fit(g: np.ndarray, shape: tuple[int, ...], dtype: np.dtype) -> np.ndarray:
    g = np.asarray(g)
    if g.shape != tuple(shape):
        g = unbroadcast_array(g, tuple(shape))
    return np.array(g, dtype=dtype)


def output_label(an: Analysis) -> str:
    """A name for an unnamed output: ``z.sum()`` (torch) or ``reduce_sum(z)`` (tf), else op."""
    ir = an.ir
    var = ir.vars[an.output]  # type: ignore[index]
    if var.kind != OP:
        return ""
    e = ir.eqns[var.eqn]
    ops = [a for a in e.args if ir.vars[a].kind in (INPUT, OP)]
    op = e.prim.name
    if op in ("sum", "mean") and len(ops) == 1 and ops[0] in an.names and not e.params.get("axis"):
        name = an.names[ops[0]]
        return f"reduce_{op}({name})" if ir.front_end == "tf" else f"{name}.{op}()"
    return ""


def grad_slot(an: Analysis, vid: int, tensor: Any, is_leaf: bool) -> tuple[str, str | None]:
    """What the front end's ``.grad`` slot of a named tensor says, and a note if it differs.

    Only for tensors with a ``.grad`` slot (not tf's) after a ``backward()`` in the cell. Reads
    the slot directly: the ``.grad`` property would warn for a non-leaf.
    """
    if tensor is None or an.ir.front_end == "tf" or not an.called_backward:
        return "", None
    ours = an.grads.get(vid)
    slot = getattr(tensor, "_grad", None)
    name = an.names[vid]
    if not is_leaf:
        if slot is None and not getattr(tensor, "_retains_grad", False) and ours is not None:
            return "None", None
        return "", None
    if slot is None or ours is None or not isinstance(slot, Tensor):
        return "", None
    have = slot._data
    if have.shape == ours.shape and np.allclose(have, ours, rtol=1e-5, atol=1e-7, equal_nan=True):
        return "", None
    return fmt(have), (
        f"{name}.grad holds {fmt(have)}, not {fmt(ours)}: backward() adds into .grad, so it "
        f"sums every backward pass since it was last cleared (set {name}.grad = None or call "
        f"{name}.grad.zero_() between passes)."
    )


def build_graph(an: Analysis, tensors: dict[int, Any]) -> GraphView:
    """The renderers' snapshot of the recorded graph, with gradients and checks."""
    ir = an.ir
    names = dict(an.names)
    for v in ir.vars:
        if v.id not in names and v.kind in (INPUT, CONST) and v.tag:
            names[v.id] = v.tag
    if an.output is not None and an.output not in names:
        label = output_label(an)
        if label:
            names[an.output] = label
    an.names = names
    fd = an.fd_errors
    dtype_names: dict[np.dtype, str] = {}  # str(dtype) is slow enough to matter on big graphs
    nodes = []
    for v in ir.vars:
        is_leaf = v.is_leaf if v.kind != OP else False
        grad = an.grads.get(v.id) if v.kind in (INPUT, OP) else None
        slot, note = "", None
        if v.id in an.names and v.id != an.output:
            slot, note = grad_slot(an, v.id, tensors.get(v.id), is_leaf)
        if note:
            an.notes.append(note)
        value = an.values[v.id]
        dtype = dtype_names.get(value.dtype)
        if dtype is None:
            dtype = dtype_names[value.dtype] = str(value.dtype)
        nodes.append(
            NodeView(
                id=v.id,
                name=names.get(v.id, ""),
                op=ir.eqns[v.eqn].prim.name if v.kind == OP else None,
                fn_name=v.fn_name,
                inputs=ir.eqns[v.eqn].args if v.kind == OP else (),
                value=value,
                dtype=dtype,
                requires_grad=bool(v.requires_grad) and v.kind != CONST,
                is_leaf=is_leaf,
                grad=grad,
                grad_attr=slot,
                fd_error=fd.get(v.id),
                not_followed=v.id in an.not_followed,
            )
        )
    nodes = [replace(n, expr=e) if not n.name else n for n, e in zip(nodes, expressions(nodes))]
    out = an.output
    if out is not None and not nodes[out].name:  # an unnamed output is called by its expression
        names[out] = nodes[out].expr
        nodes[out] = replace(nodes[out], name=nodes[out].expr)
    order = tuple(i for i in range(len(nodes) - 1, -1, -1) if nodes[i].grad is not None)
    if an.output is None:
        order = ()
    graph = GraphView(
        nodes=tuple(nodes),
        edges=tuple(edges(an)),
        output=an.output,
        backward_order=order,
        front_end=ir.front_end,
    )
    an.graph = graph
    an.replayed = []  # the replayed tensors are not kept
    return graph
