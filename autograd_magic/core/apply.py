"""Run a primitive forward on NumPy and, when recording, add a node to the graph.

``apply`` is the engine's hot path: every operation of a user program and every operation a
derivative rule performs goes through it, so it is written for the common case (one or two
operands of one floating dtype, maybe a Python scalar) and falls back to the general rules
otherwise. Nothing here changes a result: the shortcuts compute exactly what the general path
computes (see ``_scalar`` and ``_power`` for the two that pick a different NumPy call).
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from .dtypes import BOOL, DEFAULT_FLOAT, result_type
from .node import META_F32, META_F64, meta_record, new_node, operand_meta
from .primitive import PrimitiveSpec
from .quiet import checked as _quiet_checked
from .quiet import ensure as _quiet
from .tensor import Tensor
from .trace import _hooks, _operand_hooks, _state
from .views import register

_F32 = np.dtype(np.float32)
_F64 = np.dtype(np.float64)
_ndarray = np.ndarray
_new = object.__new__
# shared tuples for the common cases (no allocation per recorded operation): the saved
# versions of unchanged operands, and ``saved`` of a node whose rules read no operand value
_VERSIONS_0 = (0,)
_VERSIONS_0_SCALAR = (0, None)
_VERSIONS_00 = (0, 0)
_UNSAVED_1 = (None,)
_UNSAVED_2 = (None, None)


def out_dtype(prim: PrimitiveSpec, args: tuple[Any, ...]) -> np.dtype | None:
    """The result's dtype by the primitive's rule; ``None`` keeps what NumPy computed."""
    rule = prim.dtype_rule
    if rule is None:
        return None
    if rule == "first":
        return args[0]._data.dtype
    if rule == "bool":
        return BOOL
    arrays = []
    scalars = []
    for a in args:
        if isinstance(a, Tensor):
            arrays.append(a._data)
        elif isinstance(a, np.ndarray):
            arrays.append(a)
        elif a is not None:
            scalars.append(a)
    if len(arrays) == 1 and not scalars:
        dt = arrays[0].dtype
    else:
        dt = result_type(arrays, scalars)
    if rule == "float" and dt.kind != "f":
        return DEFAULT_FLOAT
    return dt


# ---- per-primitive facts, computed once -----------------------------------------------------


def _ellipsis_out_works() -> bool:
    """NumPy >= 2.1 accepts ``out=...``: a ufunc then returns an array even for 0-d operands."""
    try:
        return type(np.negative(np.zeros(()), out=...)) is np.ndarray
    except TypeError:
        return False


_ELLIPSIS_OUT = _ellipsis_out_works()

# Ufuncs for which a Python scalar operand may be turned into a 0-d array of the tensor's dtype
# before the call: NumPy casts a weak Python scalar to that dtype for these loops anyway, and a
# ready 0-d operand skips NumPy's costly scalar promotion on every call.
_ARITHMETIC = {np.add, np.subtract, np.multiply, np.true_divide, np.power, np.maximum, np.minimum}


class _Info:
    """What ``apply`` needs to know about a primitive, read once instead of on every call."""

    __slots__ = (
        "ufunc",
        "fast",
        "arithmetic",
        "power",
        "rule",
        "keeps",
        "differentiable",
        "view",
        "saves",
        "uses_out",
        "nvjps",
        "grad0",
        "grad1",
    )

    def __init__(self, prim: PrimitiveSpec) -> None:
        fwd = prim.forward
        self.ufunc = fwd if isinstance(fwd, np.ufunc) and _ELLIPSIS_OUT else None
        # the fast path: a ufunc of one or two operands, the first a tensor
        self.fast = self.ufunc is not None and fwd.nin in (1, 2) and fwd.nout == 1
        self.arithmetic = fwd in _ARITHMETIC
        self.power = fwd is np.power
        self.rule = prim.dtype_rule
        # with one floating dtype among the operands, these rules give that dtype back
        self.keeps = prim.dtype_rule in ("promote", "float", "first")
        self.differentiable = prim.differentiable
        self.view = prim.view
        self.saves = prim.saves
        self.uses_out = prim.uses_out
        vjps = prim.vjps
        self.nvjps = len(vjps)
        self.grad0 = (vjps[0] if vjps else prim.variadic) is not None
        self.grad1 = (vjps[1] if len(vjps) > 1 else prim.variadic) is not None


_INFO: dict[Any, _Info] = {}


def _info(prim: PrimitiveSpec) -> _Info:
    info = _INFO[prim] = _Info(prim)
    return info


# ---- Python scalars as 0-d arrays ------------------------------------------------------------

_C32: dict[Any, np.ndarray] = {}
_C64: dict[Any, np.ndarray] = {}
_SCALARS: dict[np.dtype, dict[Any, np.ndarray]] = {_F32: _C32, _F64: _C64}
_INT_CACHED = 1024  # small integers only (exact in float32 and float64)


def _scalar(value: Any, dt: np.dtype) -> Any:
    """``value`` as a read-only 0-d array of float dtype ``dt``, or ``value`` itself.

    Only where the conversion is exactly what NumPy does to a weak Python scalar in a ufunc with
    a ``dt`` array: a finite, non-zero float that cannot overflow ``dt`` (zero keeps its sign
    through NumPy's own path, so no zero is ever a key; NaN never is either) or a small non-zero
    integer (exact in ``dt``).
    """
    cache = _SCALARS[dt]
    c = cache.get(value)
    return _new_scalar(value, dt, cache) if c is None else c


def _new_scalar(value: Any, dt: np.dtype, cache: dict[Any, np.ndarray]) -> Any:
    """``_scalar`` for a value not in ``cache`` yet (the table of ``dt``'s 0-d arrays)."""
    if type(value) is int:
        if not (value != 0 and -_INT_CACHED <= value <= _INT_CACHED):
            return value  # e.g. a loop index: converting every new one costs more than it saves
    elif not (value != 0 and -3.0e38 < value < 3.0e38):
        return value
    c = np.array(value, dtype=dt)
    c.flags.writeable = False
    if len(cache) >= 4096:
        cache.clear()
    cache[value] = c
    return c


def _power(base: np.ndarray, exponent: Any) -> np.ndarray | None:
    """``base ** exponent`` as PyTorch computes it for the exponents it treats specially.

    ``np.square(x)`` and a copy of ``x`` are bit for bit what ``np.power(x, 2)`` and
    ``np.power(x, 1)`` return for floats (NumPy's ``**`` operator makes the same substitutions);
    a cube is ``x*x*x``, PyTorch's own kernel for it, so cubes print as PyTorch prints them.
    PyTorch also computes ``x**0.5`` as ``sqrt(x)``, ``x**-0.5`` as ``1/sqrt(x)``, ``x**-1`` as
    ``1/x`` and ``x**-2`` as ``1/(x*x)``: at -inf and -0.0 these differ from C's ``pow``
    (``sqrt(-inf)`` is NaN, ``pow(-inf, 0.5)`` is inf). ``None`` means no shortcut applies.
    """
    if exponent == 2:
        return np.square(base, out=...)
    if exponent == 1:
        return base.copy(order="K")  # the layout a ufunc would give; faster than np.positive
    if exponent == 3:
        return np.multiply(np.multiply(base, base, out=...), base, out=...)
    if exponent == 0.5:
        return np.sqrt(base, out=...)
    if exponent == -0.5:
        return np.reciprocal(np.sqrt(base, out=...), out=...)
    if exponent == -1:
        return np.reciprocal(base, out=...)
    if exponent == -2:
        return np.reciprocal(np.square(base, out=...), out=...)
    return None


def _tensor_power(base: Any, exponent: np.ndarray) -> np.ndarray:
    """``base ** exponent`` for a tensor exponent, with C's ``pow`` on every element.

    NumPy computes ``x ** e`` for a single-element ``e`` of 0.5 as ``sqrt(x)`` (and 2 as a
    square): at -0.0 and -inf that differs from ``pow``, which PyTorch uses for a tensor
    exponent. Giving NumPy full-size operands of two or more elements keeps it on ``pow``.
    """
    shape = np.broadcast_shapes(np.shape(base), exponent.shape)
    n = int(np.prod(shape, dtype=np.int64))
    b = np.array(np.broadcast_to(base, shape)).reshape(-1)
    e = np.array(np.broadcast_to(exponent, shape)).reshape(-1)
    if n < 2:
        b = np.concatenate([b, np.ones(2 - n, b.dtype)])
        e = np.concatenate([e, np.ones(2 - n, e.dtype)])
    return np.power(b, e)[:n].reshape(shape)


# the exponents ``_power`` computes as PyTorch does (``x**2``, ``x**0.5``, ...)
_POWERS = frozenset({2, 1, 3, 0.5, -0.5, -1, -2})


# ---- apply ----------------------------------------------------------------------------------


def apply(prim: PrimitiveSpec, *args: Any, **params: Any) -> Any:
    """Compute ``prim(*args, **params)``; record a node if any operand is being tracked.

    Operands are engine tensors, NumPy arrays or Python scalars (arrays and scalars are
    constants). The result is a tensor of the first tensor operand's class.

    The body is the fast path, for a ufunc of a float32/float64 tensor and at most one more
    operand: a tensor of the same dtype or a Python scalar. Everything else goes to ``_apply``.
    """
    if warnings.filters is not _quiet_checked[0]:
        _quiet()  # NumPy's RuntimeWarnings from the engine's code stay silent (quiet.py)
    info = _INFO.get(prim)
    if info is None:
        info = _info(prim)
    if not info.fast or params:
        return _apply(prim, info, args, params)
    a = args[0]
    if not isinstance(a, Tensor):
        return _apply(prim, info, args, params)
    da = a._data
    dt = da.dtype
    if dt is not _F32 and dt is not _F64:
        return _apply(prim, info, args, params)
    scalar = False  # the second operand is a Python number
    nargs = len(args)
    if nargs == 1:
        b = None
        out = info.ufunc(da, out=...)
    elif nargs != 2:
        return _apply(prim, info, args, params)
    else:
        b = args[1]
        kind = type(b)
        if kind is float or kind is int:
            scalar = True
            if not info.arithmetic:
                out = info.ufunc(da, b, out=...)
            elif info.power and b in _POWERS:
                out = _power(da, b)
            else:
                cache = _C32 if dt is _F32 else _C64
                c = cache.get(b)
                out = info.ufunc(da, _new_scalar(b, dt, cache) if c is None else c, out=...)
        elif isinstance(b, Tensor) and b._data.dtype is dt and not info.power:
            out = info.ufunc(da, b._data, out=...)
        else:
            return _apply(prim, info, args, params)
    if info.keeps:
        if out.dtype is not dt:
            out = out.astype(dt)
    elif info.rule == "bool" and out.dtype is not BOOL:
        out = out.astype(BOOL)
    cls = type(a)
    t = _new(cls)
    t._data = out
    t._requires_grad = False
    t._grad = None
    t._version = [0]
    t._retains_grad = False
    ta = a._node is not None or a._requires_grad
    tb = not scalar and b is not None and (b._node is not None or b._requires_grad)
    if ta or tb:  # (grad mode is read only then: it is thread-local, so slower to read)
        if info.differentiable and _state.enabled and (info.keeps or out.dtype.kind == "f"):
            table = META_F32 if dt is _F32 else META_F64
            rec = table.get(da.shape) or meta_record(da.shape, dt)
            saves = info.saves
            versions = None
            if b is None:
                next_ = ((a._node or a) if ta and info.grad0 else None,)
                meta = rec.unary
                if saves:
                    saved = args
                    v = a._version[0]
                    versions = (v,) if v else _VERSIONS_0
                else:
                    saved = _UNSAVED_1
            else:
                next_ = (
                    (a._node or a) if ta and info.grad0 else None,
                    (b._node or b) if tb and info.grad1 else None,
                )
                if scalar:
                    meta = rec.with_scalar
                    if saves:
                        v = a._version[0]
                        versions = (v, None) if v else _VERSIONS_0_SCALAR
                else:
                    db = b._data
                    if db.shape == da.shape:
                        meta = rec.pair
                    else:
                        mb = table.get(db.shape) or meta_record(db.shape, dt)
                        meta = (rec.operand, mb.operand)
                    if saves:
                        v = a._version[0]
                        w = b._version[0]
                        versions = (v, w) if v or w else _VERSIONS_00
                saved = args if saves else _UNSAVED_2
            node = new_node(
                prim,
                params,
                next_,
                saved,
                versions,
                out if info.uses_out else None,
                meta,
                out.shape,
                out.dtype,
                cls,
                t._version,
            )
            t._node = node
            if _hooks or _operand_hooks:
                _show_capture_hooks(t, args)
            return t
    t._node = None
    return t


def _apply(prim: PrimitiveSpec, info: _Info, args: tuple[Any, ...], params: dict[str, Any]) -> Any:
    """``apply`` for any operands."""
    cls = None
    dt = None  # the dtype of the tensor operands, while they all share one
    mixed = False  # tensors of several dtypes, or NumPy arrays among the operands
    tracked = False
    scalars = False
    arrays = []
    for a in args:
        if isinstance(a, Tensor):
            d = a._data
            if cls is None:
                cls = type(a)
                dt = d.dtype
            elif d.dtype is not dt and d.dtype != dt:
                mixed = True
            if not tracked and (a._requires_grad or a._node is not None):
                tracked = True
            arrays.append(d)
        else:
            if isinstance(a, _ndarray):
                mixed = True
            else:
                scalars = True
            arrays.append(a)
    floating = not mixed and (dt is _F32 or dt is _F64)

    out = None
    if floating and scalars and info.arithmetic and not params:
        if (
            info.power
            and _ELLIPSIS_OUT
            and type(arrays[0]) is _ndarray
            and type(arrays[1]) in (int, float)
        ):
            out = _power(arrays[0], arrays[1])
        if out is None:
            for i, a in enumerate(arrays):
                if type(a) is float or type(a) is int:
                    arrays[i] = _scalar(a, dt)
    if out is None and info.power and isinstance(arrays[1], _ndarray):
        out = _tensor_power(arrays[0], arrays[1])
    if out is None:
        ufunc = info.ufunc
        if ufunc is not None and not params:
            out = ufunc(*arrays, out=...)
        else:
            out = prim.forward(*arrays, **params)
            if not isinstance(out, _ndarray):  # (an efficient zero, zeros.py, stays one)
                out = np.asarray(out)

    rule = info.rule
    if rule is not None:
        if rule == "bool":
            want = BOOL
        elif floating and (rule != "first" or isinstance(args[0], Tensor)):
            want = dt  # one floating dtype: every promotion rule keeps it
        else:
            want = out_dtype(prim, args)
        if out.dtype is not want and out.dtype != want:
            out = out.astype(want)

    version = None
    src = args[0]
    is_view = (
        info.view
        and not _state.in_backward  # a rule's views are never changed in place
        and isinstance(src, Tensor)
        and (
            np.may_share_memory(out, src._data)
            or (out.size == 0 and out.base is not None)  # an empty slice is a view too
        )
    )
    if is_view:
        version = src._version  # a view shares its base's version counter
    if not (tracked and info.differentiable and out.dtype.kind == "f" and _state.enabled):
        t = cls._wrap(out, None, version)
        if is_view and cls._tracks_views:
            register(t, src, prim, params)
        return t

    vjps = prim.vjps
    nvjps = info.nvjps
    saves = prim.saves
    next_ = []
    meta = []
    versions = [] if saves else None
    for i, a in enumerate(args):
        if isinstance(a, Tensor):
            d = a._data
            meta.append(operand_meta(d.shape, d.dtype))
            if saves:
                versions.append(a._version[0])
            if a._node is not None or a._requires_grad:
                if (vjps[i] if i < nvjps else prim.variadic) is not None:
                    next_.append(a._node or a)
                    continue
        else:
            meta.append(None)
            if saves:
                versions.append(None)
        next_.append(None)
    node = new_node(
        prim,
        params,
        tuple(next_),
        args if saves else (None,) * len(args),
        tuple(versions) if saves else None,
        out if prim.uses_out else None,
        tuple(meta),
        out.shape,
        out.dtype,
        cls,
        None,
    )
    t = cls._wrap(out, node, version)
    node.outv = t._version  # the result's counter (shared with its base for a view)
    if is_view and cls._tracks_views:
        register(t, src, prim, params)
    if _hooks or _operand_hooks:
        _show_capture_hooks(t, args)
    return t


def _show_capture_hooks(t: Tensor, args: tuple[Any, ...]) -> None:
    """Give a newly recorded result (and its operands, to those that asked) to the capture
    hooks of ``trace.py``."""
    for hook in _hooks:
        hook(t)
    for hook in _operand_hooks:
        hook(t, args)
