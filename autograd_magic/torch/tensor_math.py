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
        if min is None and max is None:
            raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
        return _op("clamp", P.CLAMP, self, lo=_raw(min), hi=_raw(max))

    clip = clamp

    def maximum(self, other: Any) -> Any:
        return _binary("maximum", P.MAXIMUM, self, other)

    def minimum(self, other: Any) -> Any:
        return _binary("minimum", P.MINIMUM, self, other)

    def isnan(self) -> Any:
        return type(self)._wrap(np.isnan(self._data))


# ---- methods made from tables -------------------------------------------------------------------

# ``x.sin()``: method name -> (its node's key in ``names.GRAD_FN_NAMES``, the primitive)
UNARY_METHODS: dict[str, tuple[str, P.Primitive]] = {
    "abs": ("abs", P.ABS_TORCH),
    "sin": ("sin", P.SIN),
    "cos": ("cos", P.COS),
    "tan": ("tan", P.TAN),
    "exp": ("exp", P.EXP),
    "log": ("log", P.LOG),
    "sqrt": ("sqrt", P.SQRT),
    "tanh": ("tanh", P.TANH),
    "sigmoid": ("sigmoid", P.SIGMOID),
    "relu": ("relu", P.RELU),
    "reciprocal": ("reciprocal", P.RECIPROCAL),
    "__neg__": ("neg", P.NEG),
}

# ``x + y``: operator -> (node key, primitive); NotImplemented for an operand not taken
OPERATORS: dict[str, tuple[str, P.Primitive]] = {
    "__add__": ("add", P.ADD),
    "__radd__": ("add", P.ADD),
    "__sub__": ("sub", P.SUB),
    "__rsub__": ("rsub", P.RSUB),
    "__mul__": ("mul", P.MUL),
    "__rmul__": ("mul", P.MUL),
    "__truediv__": ("div", P.DIV),
    "__floordiv__": ("floor_divide", P.FLOOR_DIVIDE),
}

# ``x < y``: a bool tensor, never differentiable, so no node and no name
COMPARISONS: dict[str, P.Primitive] = {
    "__lt__": P.LT,
    "__le__": P.LE,
    "__gt__": P.GT,
    "__ge__": P.GE,
    "__eq__": P.EQ,
    "__ne__": P.NE,
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


for _name, (_key, _prim) in UNARY_METHODS.items():
    _doc = f"``{_prim.name}`` of each element (its node: ``GRAD_FN_NAMES[{_key!r}]``)."
    _attach(MathMixin, _name, _unary_method(_key, _prim), _doc)
for _name, (_key, _prim) in OPERATORS.items():
    _doc = f"``{_prim.name}`` of ``self`` and ``other``, broadcast (NotImplemented if not taken)."
    _attach(MathMixin, _name, _arith(_key, _prim), _doc)
for _name, _prim in COMPARISONS.items():
    _attach(MathMixin, _name, _comparison(_prim), f"``{_prim.name}`` elementwise: a bool tensor.")
# defining __eq__ must not make tensors unhashable: they hash by identity, as in PyTorch
MathMixin.__hash__ = CoreTensor.__hash__  # type: ignore[assignment]
