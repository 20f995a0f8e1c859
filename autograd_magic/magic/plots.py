"""What the derivative plot shows, computed by replaying the recorded graph on a grid.

The cell is not run again: the recorded equations are replayed with a grid in place of one
input (``core.ir.curve``). For a single-number input the plot shows f, f′ (and f″ on request)
around the current value, with the current point and its tangent; for a 1-D input (a
``linspace``) it shows the elementwise value and its derivative against the input.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

import numpy as np

from ..core.ir import INPUT, IR, OP, Curve, curve, replay
from ..core.tensor import Tensor
from ..core.trace import no_grad
from ..render.model import Heatmap, PlotSeries, PlotView
from ..render.text import fmt_scalar

GRID_POINTS = 201
DENSE_POINTS = 400
STEP_POINTS = 41  # replays along the negative gradient
MAX_HELD = 4  # inputs named in the "held at their values" footnote
MAX_DESCENT_EVALS = 400_000  # equations the descent plot may replay in all
MAX_EQNS = 5_000  # larger graphs are not replayed on a grid (each replay is a full pass)
BRANCH_NOTE = (
    "the curve replays the recorded operations; where the code branches on values "
    "(if, .item()), the real function may differ"
)


class PlotChoiceError(ValueError):
    """``--wrt`` names no input that can be plotted; ``choices`` lists those that can."""

    def __init__(self, name: str, choices: list[str]) -> None:
        super().__init__(name)
        self.name = name
        self.choices = choices


@dataclass(frozen=True)
class PlotRequest:
    wrt: str | None = None
    lo_hi: tuple[float, float] | None = None
    second: bool = False


def plottable_inputs(ir: IR, names: dict[int, str], output: int | None) -> list[int]:
    """Float inputs the output depends on that hold one number or a 1-D array.

    A 1-D array whose entries are all equal (an all-zero bias) is left out: plotted against
    itself it would be a vertical line.
    """
    if output is None:
        return []
    anc = ir.ancestors([output])
    found = []
    for v in ir.vars:
        if not (v.kind == INPUT and v.id in anc and v.dtype.kind == "f" and v.size > 0):
            continue
        if v.size == 1:
            found.append(v.id)
        elif len(v.shape) == 1:
            x = np.asarray(v.value, dtype=float)
            x = x[np.isfinite(x)]
            if x.size and float(x.max()) > float(x.min()):
                found.append(v.id)
    return found


def parameters(ir: IR, output: int, grads: dict[int, np.ndarray | None]) -> list[int]:
    """Float inputs the output depends on that got a gradient (what training would move)."""
    anc = ir.ancestors([output])
    return [
        v.id
        for v in ir.vars
        if v.kind == INPUT
        and v.id in anc
        and v.dtype.kind == "f"
        and grads.get(v.id) is not None
        and v.size > 0
    ]


def _varies(view: PlotView) -> bool:
    """Whether the first curve changes at all over the range shown."""
    if not view.series:
        return False
    y = np.asarray(view.series[0].y, dtype=float)
    y = y[np.isfinite(y)]
    if y.size < 2:
        return False
    spread = float(y.max() - y.min())
    return spread > 1e-12 * max(1.0, float(np.abs(y).max()))


def held_note(names: list[str]) -> str:
    """``other inputs held at their values (a, b, c, d and 496 more)``, bounded."""
    shown = ", ".join(names[:MAX_HELD])
    if len(names) > MAX_HELD:
        shown += f" and {len(names) - MAX_HELD:,} more"
    return f"other inputs held at their values ({shown})"


def branches_on_values(source: str, ir: IR) -> bool:
    """Whether the code may branch on tensor values, which the recorded graph cannot show.

    True when the cell has ``if``/``while``/conditional expressions or reads numbers out of
    tensors (``.item()``, ``.tolist()``, ``.numpy()``), or when a recorded operation takes a
    boolean mask made from values.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return True
    for node in ast.walk(tree):
        if isinstance(node, (ast.If, ast.While, ast.IfExp)):
            return True
        if isinstance(node, ast.comprehension) and node.ifs:
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in ("item", "tolist", "numpy"):
                return True
    return any(v.kind != OP and v.dtype.kind == "b" and v.size > 1 for v in ir.vars)


@dataclass(frozen=True)
class _Output:
    """The output a plot shows against one input, and what was recorded for it."""

    ir: IR
    names: dict[int, str]
    var: int  # the output's var
    name: str  # as the plot labels it
    values: list[np.ndarray]
    grads: dict[int, np.ndarray | None]
    request: PlotRequest


def _nonfinite(*arrays: np.ndarray | None) -> int:
    bad = np.zeros(0, dtype=bool)
    for a in arrays:
        if a is not None:
            bad = np.concatenate([bad, ~np.isfinite(np.asarray(a, dtype=float).reshape(-1))])
    return int(bad.sum())


def _dname(top: str, bottom: str, order: int = 1) -> str:
    if order == 2:
        return f"\u2202\u00b2{top}/\u2202{bottom}\u00b2"
    return f"\u2202{top}/\u2202{bottom}"


def _curve_series(c: Curve, f_name: str, x_name: str, suffix: str = "") -> list[PlotSeries]:
    """f, f′ (and f″ when replayed) of a replayed curve; ``suffix`` follows each derivative."""
    series = [
        PlotSeries(f_name, c.x, c.f),
        PlotSeries(_dname(f_name, x_name) + suffix, c.x, c.df),
    ]
    if c.d2f is not None:
        series.append(PlotSeries(_dname(f_name, x_name, 2) + suffix, c.x, c.d2f))
    return series


def plot_view(
    ir: IR,
    names: dict[int, str],
    output: int | None,
    values: list[np.ndarray],
    grads: dict[int, np.ndarray | None],
    source: str,
    request: PlotRequest,
) -> tuple[PlotView | None, str]:
    """The plot for this graph, or ``None`` and the reason there is none.

    ``PlotChoiceError`` when ``request.wrt`` names no plottable input.
    """
    if len(ir.eqns) > MAX_EQNS:
        return None, f"the graph has {len(ir.eqns):,} operations, too many to replay on a grid"
    candidates = plottable_inputs(ir, names, output)
    if request.wrt is not None:
        chosen = [i for i in candidates if names.get(i) == request.wrt]
        if not chosen:
            raise PlotChoiceError(request.wrt, [names[i] for i in candidates if i in names])
        order = chosen[:1]
    elif output is None:
        return None, "nothing was differentiated"
    else:
        params = parameters(ir, output, grads)
        if ir.vars[output].size == 1 and any(len(ir.vars[p].shape) >= 2 for p in params):
            view = _descent_plot(ir, names, output, values, grads, params, source)
            if view is not None:
                return view, ""
        if not candidates:
            return None, "the output depends on no float input that is a number or a 1-D array"
        named = [i for i in candidates if i in names]
        order = named + [i for i in candidates if i not in names]
    assert output is not None
    out_name = names.get(output, f"v{output}")
    plotted = _Output(ir, names, output, out_name, values, grads, request)
    branchy = branches_on_values(source, ir)
    flat = False  # some input was plotted, but the output did not change with it
    for wrt in order:
        x_name = names.get(wrt, f"v{wrt}")
        notes: list[str] = []
        others = [i for i in ir.ancestors([output]) if ir.vars[i].kind == INPUT and i != wrt]
        if others:
            notes.append(held_note(sorted(names.get(i, f"v{i}") for i in others)))
        if branchy:
            notes.append(BRANCH_NOTE)
        var = ir.vars[wrt]
        plot = _scalar_plot if var.size == 1 and len(var.shape) <= 1 else _vector_plot
        view = plot(plotted, wrt, x_name, notes)
        if view is not None and (request.wrt is not None or _varies(view)):
            return view, ""
        flat = flat or view is not None
    if flat:
        return None, "the output does not change with any input that can be plotted"
    return None, "the graph is too large to replay on a grid"


def _descent_plot(
    ir: IR,
    names: dict[int, str],
    output: int,
    values: list[np.ndarray],
    grads: dict[int, np.ndarray | None],
    params: list[int],
    source: str,
) -> PlotView | None:
    """The loss along the negative gradient, ``L(θ − t·∇L)``, beside its first-order
    prediction ``L − t·|∇L|²``, with a heatmap of each parameter's gradient.

    ``t`` runs from 0 to twice where the prediction reaches 0 (a gradient-descent step with
    learning rate ``lr`` lands at ``t = lr``). ``None`` when the gradient is zero or not finite.
    """
    if STEP_POINTS * max(1, len(ir.eqns)) > MAX_DESCENT_EVALS:
        return None
    g = {p: np.asarray(grads[p], dtype=np.float64) for p in params}
    norm2 = float(sum(np.sum(v * v) for v in g.values()))
    loss0 = float(np.asarray(values[output], dtype=np.float64).reshape(-1)[0])
    if not (np.isfinite(norm2) and norm2 > 0 and np.isfinite(loss0)):
        return None
    t_max = 2 * abs(loss0) / norm2 if loss0 != 0 else 1.0 / np.sqrt(norm2)
    ts = np.linspace(0.0, t_max, STEP_POINTS)
    losses = np.empty_like(ts)
    base = {p: np.asarray(values[p], dtype=np.float64) for p in params}
    with no_grad(), np.errstate(all="ignore"):
        for k, t in enumerate(ts):
            moved = {p: (base[p] - t * g[p]).astype(ir.vars[p].dtype) for p in params}
            try:
                vals = replay(ir, moved, record=False, upto=output)
            except Exception:  # an operation that cannot run on the moved values
                return None
            out = vals[output]
            data = out._data if isinstance(out, Tensor) else out
            losses[k] = float(np.asarray(data, dtype=np.float64).reshape(-1)[0])
    out_name = names.get(output, f"v{output}")
    pnames = [names.get(p, f"v{p}") for p in params]
    series = (
        PlotSeries(f"{out_name}(\u03b8 \u2212 t\u00b7\u2207{out_name})", ts, losses),
        PlotSeries(
            f"first-order prediction {out_name} \u2212 t\u00b7|\u2207{out_name}|\u00b2",
            ts,
            loss0 - ts * norm2,
            dashed=True,
        ),
    )
    heatmaps = tuple(
        Heatmap(f"\u2202{out_name}/\u2202{names.get(p, f'v{p}')} {tuple(ir.vars[p].shape)}", g[p])
        for p in params
        if ir.vars[p].size > 1
    )
    shown = ", ".join(pnames[:6]) + (f" and {len(pnames) - 6} more" if len(pnames) > 6 else "")
    notes = [
        f"\u03b8 = {shown}, all moved together; a gradient-descent step with learning "
        "rate lr lands at t = lr"
    ]
    if branches_on_values(source, ir):
        notes.append(BRANCH_NOTE)
    title = f"{out_name} along the negative gradient"
    return PlotView(
        title,
        "step size t",
        series,
        (0.0, loss0),
        None,
        tuple(notes),
        heatmaps,
        out_name,
    )


def _scalar_plot(out: _Output, wrt: int, x_name: str, notes: list[str]) -> PlotView | None:
    """f, f′ (and f″) around the input's value, with the current point and its tangent."""
    ir, output, out_name, values, request = out.ir, out.var, out.name, out.values, out.request
    if ir.vars[output].size != 1:
        return None
    x0 = float(np.asarray(values[wrt], dtype=float).reshape(-1)[0])
    if request.lo_hi is not None:
        lo, hi = request.lo_hi
    else:
        half = max(1.0, abs(x0) / 2) if np.isfinite(x0) else 1.0
        lo, hi = (x0 - half, x0 + half) if np.isfinite(x0) else (-1.0, 1.0)
    grid = np.linspace(lo, hi, GRID_POINTS)
    c = curve(ir, wrt, output, grid, request.second)
    if c is None:
        return None
    series = _curve_series(c, out_name, x_name)
    bad = _nonfinite(c.f, c.df, c.d2f)
    if bad:
        notes.append(f"{bad} NaN/inf values masked")
    y0 = float(np.asarray(values[output], dtype=float).reshape(-1)[0])
    g = out.grads.get(wrt)
    slope = float(np.asarray(g, dtype=float).reshape(-1)[0]) if g is not None else None
    if not (lo <= x0 <= hi):
        point = None
        slope = None
    else:
        point = (x0, y0)
    title = f"{out_name} as a function of {x_name} (at {x_name} = {fmt_scalar(x0)})"
    return PlotView(title, x_name, tuple(series), point, slope, tuple(notes))


def _elementwise_part(ir: IR, wrt: int, output: int) -> int | None:
    """The value plotted against a 1-D input: the output, or what a final sum/mean reduces."""
    shape = ir.vars[wrt].shape
    out = ir.vars[output]
    if out.shape == shape:
        return output
    if out.kind == OP:
        e = ir.eqns[out.eqn]
        if e.prim.name in ("sum", "mean"):
            src = e.args[0]
            if ir.vars[src].shape == shape:
                return src
    return None


def _vector_plot(out: _Output, wrt: int, x_name: str, notes: list[str]) -> PlotView | None:
    """The elementwise value and derivative against a 1-D input, or the recorded ones."""
    ir, output, out_name, values, request = out.ir, out.var, out.name, out.values, out.request
    x = np.asarray(values[wrt], dtype=float).reshape(-1)
    part = _elementwise_part(ir, wrt, output)
    part_name = out_name
    series: list[PlotSeries] = []
    if part is not None and part != output:
        part_name = out.names.get(part, f"v{part}")
    c = None
    if part is not None:
        finite = x[np.isfinite(x)]
        if request.lo_hi is not None:
            lo, hi = request.lo_hi
        elif finite.size:
            lo, hi = float(finite.min()), float(finite.max())
        else:
            lo, hi = -1.0, 1.0
        if hi > lo:
            c = curve(ir, wrt, part, np.linspace(lo, hi, DENSE_POINTS), request.second)
            if c is not None and not c.vectorised:
                c = None
    if c is not None:
        series = _curve_series(c, part_name, x_name, " (elementwise)")
        bad = _nonfinite(c.f, c.df, c.d2f)
        title = f"{part_name} and its derivative against {x_name}"
    else:
        order = np.argsort(x, kind="stable")
        xs = x[order]
        if part is not None:
            fv = np.asarray(values[part], dtype=float).reshape(-1)[order]
            series.append(PlotSeries(part_name, xs, fv))
        g = out.grads.get(wrt)
        if g is not None:
            gv = np.asarray(g, dtype=float).reshape(-1)[order]
            series.append(PlotSeries(_dname(out_name, x_name), xs, gv))
        if not series:
            return None
        if request.second:
            notes.append("f\u2033 needs an elementwise graph: not shown")
        bad = _nonfinite(*(s.y for s in series))
        title = f"{out_name}: recorded values and gradient against {x_name}"
    if bad:
        notes.append(f"{bad} NaN/inf values masked")
    return PlotView(title, x_name, tuple(series), None, None, tuple(notes))
