"""Tensor methods that compute elementwise: the operators (``+``, ``*``, ``**``, ``@``, ``<``,
...), their named forms (``add``, ``mul``, ...) and the elementwise functions (``sin``,
``exp``, ``relu``, ``clamp``, ...).

``MathMixin`` is one of the bases of ``tensor.Tensor``. Methods that only apply one engine
primitive are not written one by one: they are made from the tables ``UNARY_METHODS``,
``OPERATORS`` and ``COMPARISONS`` at the end of this module, the one place they are attached.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..core import primitives as P
from ..core.tensor import Tensor as CoreTensor
from .calls import (
    _PLAIN_NUMBERS,
    _arith,
    _binary,
    _compare,
    _op,
    _operand,
    _raw,
    _unary,
    _with_alpha,
    matmul,
)


class MathMixin:
    """Operators and elementwise functions of ``Tensor`` (see the module docstring)."""

    __slots__ = ()

    # ---- operators that are more than one primitive ---------------------------------------------

    def __rtruediv__(self, other: Any) -> Any:
        o = _operand(other, type(self))
        if o is None:
            return NotImplemented
        return _binary("rdiv", P.MUL, self.reciprocal(), o)  # PyTorch: reciprocal() * other

    def __pow__(self, other: Any) -> Any:
        if type(other) in _PLAIN_NUMBERS:
            return _binary("pow", P.POW, self, other)
        o = _operand(other, type(self))
        if o is None:
            return NotImplemented
        return _binary("pow_tensor" if isinstance(o, CoreTensor) else "pow", P.POW, self, o)

    def __rpow__(self, other: Any) -> Any:
        o = _operand(other, type(self))
        return NotImplemented if o is None else _binary("rpow", P.POW, o, self)

    def __rfloordiv__(self, other: Any) -> Any:
        o = _operand(other, type(self))
        if o is None:
            return NotImplemented
        if not isinstance(o, CoreTensor):
            o = type(self)._wrap(np.asarray(o, dtype=self._data.dtype))
        return _binary("floor_divide", P.FLOOR_DIVIDE, o, self)

    def __matmul__(self, other: Any) -> Any:
        return matmul(self, other)

    def __rmatmul__(self, other: Any) -> Any:
        return matmul(_operand(other, type(self)), self)

    def __pos__(self) -> Any:
        return self

    def __abs__(self) -> Any:
        return self.abs()

    # ---- named forms of the operators -----------------------------------------------------------

    def add(self, other: Any, alpha: Any = 1) -> Any:
        """``self + alpha * other`` (one AddBackward0 node, as PyTorch)."""
        if alpha == 1:
            return self + other
        return _with_alpha("add", P.ADD_ALPHA, self, _operand(other, type(self)), alpha)

    def sub(self, other: Any, alpha: Any = 1) -> Any:
        """``self - alpha * other`` (one SubBackward0 node, as PyTorch)."""
        if alpha == 1:
            return self - other
        return _with_alpha("sub", P.SUB_ALPHA, self, _operand(other, type(self)), alpha)

    def mul(self, other: Any) -> Any:
        return self * other

    def div(self, other: Any) -> Any:
        return self / other

    def pow(self, exponent: Any) -> Any:
        return self**exponent

    def neg(self) -> Any:
        return -self

    # ---- logical operators (bool tensors, never recorded) ---------------------------------------

    def __and__(self, other: Any) -> Any:
        return type(self)._wrap(np.logical_and(self._data, _raw(other)))

    def __or__(self, other: Any) -> Any:
        return type(self)._wrap(np.logical_or(self._data, _raw(other)))

    def __invert__(self) -> Any:
        return type(self)._wrap(~self._data)

    # ---- elementwise functions with parameters --------------------------------------------------

    def square(self) -> Any:
        return _op("pow", P.POW, self, 2)

    def clamp(self, min: Any = None, max: Any = None) -> Any:  # noqa: A002
        """Clamp into [min, max]; tensor bounds are PyTorch's ClampBackward0, numbers (and a
        0-d tensor next to a number) ClampBackward1. A bound that requires grad is refused."""
        if min is None and max is None:
            raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
        bounds = [b for b in (min, max) if b is not None]
        tensors = [b for b in bounds if isinstance(b, CoreTensor)]
        if any(b.requires_grad for b in tensors):
            raise NotImplementedError(
                "clamp with a min or max tensor that requires grad is not supported (the bound "
                "would get no gradient); use torch.maximum / torch.minimum instead"
            )
        key = "clamp_tensor" if tensors and len(tensors) == len(bounds) else "clamp"
        return _op(key, P.CLAMP, self, lo=_raw(min), hi=_raw(max))

    clip = clamp

    def maximum(self, other: Any) -> Any:
        return _binary("maximum", P.MAXIMUM, self, other)

    def minimum(self, other: Any) -> Any:
        return _binary("minimum", P.MINIMUM, self, other)

    def isnan(self) -> Any:
        return type(self)._wrap(np.isnan(self._data))


# ---- methods made from tables -------------------------------------------------------------------

# A primitive applied by a method or operator names its node (``names.GRAD_FN_NAMES``) by its
# own name. ``x.sin()``: the methods of one operand, by name
_ELEMENTWISE = (P.SIN, P.COS, P.TAN, P.EXP, P.LOG, P.SQRT, P.TANH, P.SIGMOID, P.RELU, P.RECIPROCAL)
UNARY_METHODS: dict[str, P.Primitive] = {p.name: p for p in _ELEMENTWISE} | {
    "abs": P.ABS_SGN,  # g * sgn(x), as PyTorch
    "sign": P.SGN,  # -1, 0 or 1, and 0 at NaN; derivative 0, nothing saved
    "sgn": P.SGN_SAVED,  # the same values; its node keeps x and the result, as PyTorch's
    "__neg__": P.NEG,
}

# ``x + y``: operator -> primitive; NotImplemented for an operand not taken
OPERATORS: dict[str, P.Primitive] = {
    "__add__": P.ADD,
    "__radd__": P.ADD,
    "__sub__": P.SUB,
    "__rsub__": P.RSUB,
    "__mul__": P.MUL,
    "__rmul__": P.MUL,
    "__truediv__": P.DIV,
    "__floordiv__": P.FLOOR_DIVIDE,
}

# ``x < y`` (``__lt__`` applies ``lt``): a bool tensor, never differentiable, so no node
COMPARISONS: dict[str, P.Primitive] = {
    f"__{p.name}__": p for p in (P.LT, P.LE, P.GT, P.GE, P.EQ, P.NE)
}


def _unary_method(key: str, prim: P.Primitive) -> Any:
    def method(self: Any) -> Any:
        return _unary(key, prim, self)

    return method


def _comparison(prim: P.Primitive) -> Any:
    def method(self: Any, other: Any) -> Any:
        o = _operand(other, type(self))
        return NotImplemented if o is None else _compare(prim, self, o)

    return method


def _attach(cls: type, name: str, method: Any, doc: str) -> None:
    """Make ``method`` the method ``name`` of ``cls``, named and documented as if written there."""
    method.__name__ = name
    method.__qualname__ = f"{cls.__name__}.{name}"
    method.__doc__ = doc
    setattr(cls, name, method)


for _name, _prim in UNARY_METHODS.items():
    _key = _name.strip("_")  # the node is named by the method: sign and sgn share a forward
    _doc = f"``{_key}`` of each element (its node: ``GRAD_FN_NAMES[{_key!r}]``)."
    _attach(MathMixin, _name, _unary_method(_key, _prim), _doc)
for _name, _prim in OPERATORS.items():
    _doc = f"``{_prim.name}`` of ``self`` and ``other``, broadcast (NotImplemented if not taken)."
    _attach(MathMixin, _name, _arith(_prim.name, _prim), _doc)
for _name, _prim in COMPARISONS.items():
    _attach(MathMixin, _name, _comparison(_prim), f"``{_prim.name}`` elementwise: a bool tensor.")
# defining __eq__ must not make tensors unhashable: they hash by identity, as in PyTorch
MathMixin.__hash__ = CoreTensor.__hash__  # type: ignore[assignment]
