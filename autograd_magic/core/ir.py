"""A recorded graph as an ordered list of equations, replayable on new inputs.

``Recorder`` watches operations being recorded (through the engine's capture hooks) and keeps,
for every result, the primitive, its parameters and its operands as references to earlier
values: ``v3 = sin(v2)``. Operands that were not made by a watched operation become values of
their own: *inputs* (tensors the graph differentiates with respect to: leaves that require
grad, or results of operations recorded before the watch started), *constants* (tensors that
need no gradient) and *literals* (Python scalars and arrays, kept exactly as they were passed so
that dtype promotion replays the same way). Inputs, constants and literals keep a copy of their
value; results keep none, since replaying the equations recomputes them bit for bit.

The IR holds numbers, primitives and parameters, never live tensors, so keeping one (or
something drawn from it) does not keep the user's graph alive. Everything here is iterative and
linear in the size of the graph.

``replay(ir, leaf_values)`` builds fresh engine tensors and applies the primitives again: the
magic differentiates that copy with the functional ``grad`` (the user's graph may already be
freed, and its ``.grad`` slots must not change) and evaluates it on a grid for plots.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .backward import grad as functional_grad
from .primitive import PrimitiveSpec
from .tensor import Tensor
from .trace import set_grad_enabled

INPUT = "input"  # differentiated with respect to: a leaf of the recorded graph
CONST = "const"  # a tensor that needs no gradient
LITERAL = "literal"  # a non-tensor operand (Python scalar, NumPy array), passed as it was
OP = "op"  # the result of a recorded operation


@dataclass(eq=False, slots=True)
class Var:
    """One value of the recorded graph."""

    id: int
    kind: str  # INPUT, CONST, LITERAL or OP
    shape: tuple[int, ...]
    dtype: np.dtype
    value: Any  # INPUT/CONST: a copy of the array; LITERAL: the operand as passed; OP: None
    requires_grad: bool  # tracked by the engine (requires grad, or watched by a tape)
    is_leaf: bool  # as the front end sees it (an input recorded earlier is not a leaf)
    fn_name: str | None = None  # the front end's name of the node that made it
    tag: str = ""  # the front end's own label, e.g. a tf.Variable's name
    eqn: int = -1  # OP: index of the equation that makes it

    @property
    def size(self) -> int:
        return math.prod(self.shape)


@dataclass(eq=False, slots=True)
class Eqn:
    """``out = prim(*args, **params)``; ``args`` are ids of earlier values, duplicates kept."""

    out: int
    prim: PrimitiveSpec
    params: dict[str, Any]
    args: tuple[int, ...]


@dataclass(frozen=True)
class BackwardCall:
    """A backward pass the watched code started: its roots (ids, ``None`` if not recorded)."""

    roots: tuple[int | None, ...]
    seeds: tuple[np.ndarray, ...]
    functional: bool  # True for grad()/tape.gradient (returns), False for backward() (.grad)


@dataclass(eq=False)
class IR:
    """Values in topological order (operands before results) and the equations making them."""

    vars: list[Var] = field(default_factory=list)
    eqns: list[Eqn] = field(default_factory=list)
    front_end: str | None = (
        None  # the front end it was recorded from ('torch', 'tf'); None: unknown
    )

    def inputs(self) -> list[int]:
        """Ids of the inputs, in order."""
        return [v.id for v in self.vars if v.kind == INPUT]

    def ancestors(self, ids: Iterable[int]) -> set[int]:
        """The given values and every value they are computed from."""
        seen = set(ids)
        stack = list(seen)
        vars_, eqns = self.vars, self.eqns
        while stack:
            v = vars_[stack.pop()]
            if v.kind == OP:
                for a in eqns[v.eqn].args:
                    if a not in seen:
                        seen.add(a)
                        stack.append(a)
        return seen

    def elementwise(self, ids: Iterable[int] | None = None) -> bool:
        """True if every operation (among ``ids``, default all) is elementwise."""
        if ids is None:
            return all(e.prim.elementwise for e in self.eqns)
        vars_ = self.vars
        return all(self.eqns[vars_[i].eqn].prim.elementwise for i in ids if vars_[i].kind == OP)

    def text(self, names: Mapping[int, str] | None = None) -> str:
        """One equation per line: ``y = pow(x, 2)``; unnamed values are ``v3``."""
        ref = _namer(self, names or {})
        lines = []
        for e in self.eqns:
            args = ", ".join(ref(a) for a in e.args)
            extra = "".join(f", {k}={_short(v)}" for k, v in e.params.items())
            lines.append(f"{ref(e.out)} = {e.prim.name}({args}{extra})")
        return "\n".join(lines)

    def arrow_text(self, names: Mapping[int, str] | None = None) -> str:
        """The notes' notation for a chain: ``x --> (pow) --> y --> (sin) --> z``.

        A chain is a graph in which every operation has one input or result operand (literals
        and constants aside) and every value feeds at most one operation. Any other graph is
        written as equations (``text``).
        """
        names = names or {}
        feeds: dict[int, int] = {}
        start = None
        for e in self.eqns:
            main = [a for a in e.args if self.vars[a].kind in (INPUT, OP)]
            if len(main) != 1 or main[0] in feeds:
                return self.text(names)
            feeds[main[0]] = e.out
            if self.vars[main[0]].kind == INPUT:
                if start is not None:
                    return self.text(names)
                start = main[0]
        if start is None:
            return self.text(names)
        ref = _namer(self, names)
        tokens = [ref(start)]
        v = start
        while v in feeds:
            v = feeds[v]
            tokens.append(f"({self.eqns[self.vars[v].eqn].prim.name})")
            if v in names:
                tokens.append(names[v])
        if v not in names:
            tokens.append(ref(v))
        return " --> ".join(tokens)


def _short(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return f"array{value.shape}"
    return repr(value)


def _namer(ir: IR, names: Mapping[int, str]) -> Any:
    def ref(i: int) -> str:
        if i in names:
            return names[i]
        v = ir.vars[i]
        if v.kind == LITERAL:
            return _short(v.value)
        return f"v{i}"

    return ref


# ---- recording --------------------------------------------------------------------------------


_SCALAR_DTYPES = {
    float: np.dtype(np.float64),
    int: np.dtype(np.int64),
    bool: np.dtype(np.bool_),
}


def _dtype_of(value: Any) -> np.dtype:
    try:
        return np.asarray(value).dtype
    except Exception:  # an operand NumPy cannot make an array of
        return np.dtype(object)


class Recorder:
    """Builds an IR from the engine's capture hooks while it is installed.

    ``on_op(tensor, operands)`` is the capture hook (install it with ``operands=True``),
    ``on_backward(roots, seeds, inputs)`` the backward hook. Both only read.
    """

    def __init__(self) -> None:
        self.ir = IR()
        self.calls: list[BackwardCall] = []
        self.front_end: str | None = None
        self._by_serial: dict[int, int] = {}  # node serial -> var id
        self._by_tensor: dict[int, tuple[Any, int, int]] = {}  # id -> (weakref, version, var)
        self._older: dict[int, list[tuple[int, int]]] = {}  # id -> earlier (version, var)
        self._nodes: list[Any] = []  # weak reference to each equation's node

    # -- hooks --

    def on_op(self, t: Tensor, operands: tuple[Any, ...]) -> None:
        """Record the operation that made ``t`` (runs inside every recorded operation)."""
        node = t._node
        by_serial = self._by_serial
        args = []
        for a in operands:
            if isinstance(a, Tensor):
                n = a._node
                vid = by_serial.get(n.serial) if n is not None else None
                args.append(vid if vid is not None else self._tensor_var(a))
            else:
                args.append(self._literal(a))
        vars_ = self.ir.vars
        eqns = self.ir.eqns
        out = len(vars_)
        data = t._data
        vars_.append(
            Var(out, OP, data.shape, data.dtype, None, True, False, node.name, "", len(eqns))
        )
        eqns.append(Eqn(out, node.prim, node.params, tuple(args)))
        self._nodes.append(weakref.ref(node))
        by_serial[node.serial] = out
        if self.front_end is None:
            self.front_end = type(t)._front_end

    def on_backward(self, roots: list[Any], seeds: list[Any], inputs: list[Any] | None) -> None:
        """Note which recorded values a backward pass starts from, and with which seeds."""
        ids = tuple(self.var_of(r, any_version=False) for r in roots)
        copies = tuple(np.array(s._data, copy=True) for s in seeds)
        self.calls.append(BackwardCall(ids, copies, inputs is not None))

    # -- lookups --

    def var_of(self, t: Tensor, any_version: bool = True) -> int | None:
        """The var of a tensor seen while recording (its latest version), or None."""
        node = t._node
        if node is not None:
            return self._by_serial.get(node.serial)
        entry = self._by_tensor.get(id(t))
        if entry is None or entry[0]() is not t:
            return None
        if not any_version and entry[1] != t._version[0]:
            return None
        return entry[2]

    def older_versions(self, t: Tensor) -> list[tuple[int, int]]:
        """(version, var) of the values a leaf tensor had before its latest recorded one.

        A leaf changed in place between uses (an optimizer step) is a new input each time.
        """
        entry = self._by_tensor.get(id(t))
        if entry is None or entry[0]() is not t:
            return []
        return list(self._older.get(id(t), []))

    def finish(self) -> IR:
        """The IR, with each result's node named as the front end finally named it.

        (A front end call may name its node after the capture hook ran; a node no longer alive
        keeps the name it was made with.)
        """
        ir = self.ir
        for e, ref in zip(ir.eqns, self._nodes):
            node = ref()
            if node is not None:
                ir.vars[e.out].fn_name = node.name
        ir.front_end = self.front_end
        return ir

    # -- helpers --

    def _new(self, kind: str, t: Tensor, requires_grad: bool, is_leaf: bool) -> int:
        data = t._data
        node = t._node
        var = Var(
            len(self.ir.vars),
            kind,
            data.shape,
            data.dtype,
            np.array(data, copy=True),
            requires_grad,
            is_leaf,
            fn_name=node.name if node is not None else None,
        )
        self.ir.vars.append(var)
        if self.front_end is None and (requires_grad or node is not None):
            self.front_end = type(t)._front_end
        return var.id

    def _tensor_var(self, t: Tensor) -> int:
        node = t._node
        if node is not None:
            vid = self._by_serial.get(node.serial)
            if vid is None:  # made by an operation recorded before: an input here
                vid = self._new(INPUT, t, True, False)
                self._by_serial[node.serial] = vid
            return vid
        entry = self._by_tensor.get(id(t))
        version = t._version[0]
        same = entry is not None and entry[0]() is t
        if same and entry[1] == version:
            return entry[2]
        tracked = bool(t._requires_grad)
        vid = self._new(INPUT if tracked else CONST, t, tracked, True)
        if same:
            self._older.setdefault(id(t), []).append((entry[1], entry[2]))
        else:
            self._older.pop(id(t), None)
        self._by_tensor[id(t)] = (weakref.ref(t), version, vid)
        return vid

    def _literal(self, value: Any) -> int:
        vars_ = self.ir.vars
        vid = len(vars_)
        dtype = _SCALAR_DTYPES.get(type(value))
        if dtype is not None:  # a Python number: the common case, kept cheap
            vars_.append(Var(vid, LITERAL, (), dtype, value, False, True))
            return vid
        if isinstance(value, np.ndarray):
            value = np.array(value, copy=True)
        vars_.append(Var(vid, LITERAL, np.shape(value), _dtype_of(value), value, False, True))
        return vid


# ---- replay -----------------------------------------------------------------------------------


def _as_tensor(value: Any, dtype: Any, requires_grad: bool) -> Tensor:
    t = Tensor._wrap(np.array(value, dtype=dtype, copy=True))
    t._requires_grad = requires_grad
    return t


def replay(
    ir: IR,
    leaf_values: Mapping[int, Any] | None = None,
    *,
    record: bool = True,
    overrides: Mapping[int, Any] | None = None,
    float64: bool = False,
    upto: int | None = None,
) -> list[Any]:
    """Apply the recorded primitives again to fresh engine tensors; one value per var.

    ``leaf_values`` replaces the values of inputs (or constants) by id; ``overrides`` replaces
    results (the equations that feed only them are still run). With ``record`` the inputs
    require grad, so the results form a new graph for ``core.backward.grad``. ``float64``
    computes in double precision (inputs, constants and float literal arrays are converted),
    for finite differences. ``upto`` stops after the equation making that value.
    """
    leaf_values = leaf_values or {}
    overrides = overrides or {}
    vals: list[Any] = [None] * len(ir.vars)
    for v in ir.vars:
        if v.kind == OP:
            continue
        if v.kind == LITERAL:
            value = v.value
            if float64 and isinstance(value, np.ndarray) and value.dtype.kind == "f":
                value = value.astype(np.float64)
            vals[v.id] = value
            continue
        value = leaf_values.get(v.id, v.value)
        dtype = np.float64 if float64 and v.dtype.kind == "f" else v.dtype
        vals[v.id] = _as_tensor(value, dtype, record and v.kind == INPUT)
    with set_grad_enabled(record), np.errstate(all="ignore"):
        for e in ir.eqns:
            out = e.out
            if out in overrides:
                v = ir.vars[out]
                dtype = np.float64 if float64 and v.dtype.kind == "f" else v.dtype
                vals[out] = _as_tensor(overrides[out], dtype, record)
            else:
                vals[out] = e.prim(*[vals[a] for a in e.args], **e.params)
            if out == upto:
                break
    return vals


def gradients(
    ir: IR,
    vals: list[Any],
    output: int,
    seed: np.ndarray | None,
    wrt: Iterable[int],
    create_graph: bool = False,
) -> list[Any]:
    """d(output)/d(each of ``wrt``) weighted by ``seed``, on a replayed graph ``vals``.

    Uses the engine's functional ``grad``: ``None`` for a value the output does not reach.
    """
    out = vals[output]
    wrt = list(wrt)
    if not isinstance(out, Tensor) or not wrt:
        return [None] * len(wrt)
    if seed is None:
        seed_data = np.ones_like(out._data)
    else:
        seed_data = np.broadcast_to(np.asarray(seed, dtype=out._data.dtype), out._data.shape)
    seed_t = Tensor._wrap(np.array(seed_data, copy=True))
    targets = [vals[i] for i in wrt]
    if not out._tracked():
        return [seed_t if t is out else None for t in targets]
    with np.errstate(all="ignore"):
        return functional_grad([out], [seed_t], targets, create_graph, create_graph)


def _grid_ok(ir: IR, wrt: int, target: int) -> bool:
    """Whether ``target`` can be evaluated on a whole grid at once in place of ``wrt``.

    True when every operation it depends on is elementwise and every other value it depends
    on that is not computed from ``wrt`` holds a single number (so it broadcasts).
    """
    anc = ir.ancestors([target])
    if wrt not in anc or not ir.elementwise(anc):
        return False
    from_wrt = _descendants(ir, wrt) & anc
    for i in anc:
        v = ir.vars[i]
        if i != wrt and i not in from_wrt and v.size != 1:
            return False
    return True


def _descendants(ir: IR, source: int) -> set[int]:
    """``source`` and every result computed from it (one pass in topological order)."""
    down = {source}
    for e in ir.eqns:
        if any(a in down for a in e.args):
            down.add(e.out)
    return down


@dataclass(frozen=True)
class Curve:
    """A value and its derivatives along a grid of one input."""

    x: np.ndarray
    f: np.ndarray
    df: np.ndarray
    d2f: np.ndarray | None
    vectorised: bool


def curve(
    ir: IR,
    wrt: int,
    target: int,
    grid: np.ndarray,
    second: bool = False,
    max_evals: int = 400_000,
) -> Curve | None:
    """``target`` and its derivative(s) with respect to input ``wrt`` along ``grid``.

    Other inputs keep their recorded values. Vectorised (one replay with the grid in place of
    ``wrt``) when every operation involved is elementwise; otherwise, for a single-number
    ``wrt`` and ``target``, one replay per grid point (fewer points when the graph is large,
    ``None`` when even that is over ``max_evals`` equation evaluations). Points where the
    graph cannot be evaluated are NaN.
    """
    grid = np.asarray(grid, dtype=np.float64).reshape(-1)
    if _grid_ok(ir, wrt, target):
        f, df, d2f = _curve_at(ir, wrt, target, grid, second, grid.shape[0])
        if f is not None:
            return Curve(grid, f, df, d2f, True)
    var = ir.vars[wrt]
    if var.size != 1 or ir.vars[target].size != 1:
        return None
    n_eqns = max(1, len(ir.eqns))
    cost = n_eqns * (3 if second else 2)
    points = min(grid.shape[0], max_evals // cost)
    if points < 11:
        return None
    if points < grid.shape[0]:
        grid = np.linspace(grid[0], grid[-1], points)
    f = np.full(points, np.nan)
    df = np.full(points, np.nan)
    d2f = np.full(points, np.nan) if second else None
    for k, xv in enumerate(grid):
        try:
            a, b, c = _curve_at(ir, wrt, target, np.array([xv]), second, None)
        except Exception:  # a point where some primitive refuses its input
            continue
        if a is None:
            continue
        f[k], df[k] = a[0], b[0]
        if d2f is not None and c is not None:
            d2f[k] = c[0]
    return Curve(grid, f, df, d2f, False)


def _curve_at(
    ir: IR, wrt: int, target: int, xs: np.ndarray, second: bool, n: int | None
) -> tuple[Any, Any, Any]:
    """Replay with ``xs`` as input ``wrt`` (the grid, or one point shaped like the input)."""
    var = ir.vars[wrt]
    value = xs if n is not None else xs.reshape(var.shape)
    vals = replay(ir, {wrt: value}, float64=True, upto=target)
    out = vals[target]
    if not isinstance(out, Tensor):
        return None, None, None
    size = out._data.size
    expected = n if n is not None else 1
    if size != expected:
        return None, None, None
    f = np.array(out._data, dtype=np.float64).reshape(-1)
    (g,) = gradients(ir, vals, target, None, [wrt], create_graph=second)
    if g is None:
        df = np.zeros_like(f)
    else:
        df = np.array(g._data, dtype=np.float64).reshape(-1)
    d2f = None
    if second:
        d2f = np.zeros_like(f)
        if g is not None and g._tracked():
            with np.errstate(all="ignore"):
                (h,) = functional_grad([g], [Tensor._wrap(np.ones_like(g._data))], [vals[wrt]])
            if h is not None:
                d2f = np.array(h._data, dtype=np.float64).reshape(-1)
    return f, df, d2f
