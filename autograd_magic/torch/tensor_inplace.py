"""Tensor methods that change a tensor in place: ``x[i] = v`` (``__setitem__``), ``add_``,
``sub_``, ``mul_``, ``div_`` (and ``+=`` ...), ``clamp_``, ``relu_``, ``sign_``, ``sgn_``,
``zero_``, ``fill_``, ``copy_``, and the checks PyTorch makes first (a leaf that requires
grad, an overlapping or expanded memory, a result that does not fit).

``InplaceMixin`` is one of the bases of ``tensor.Tensor``. How a recorded in-place change is
kept in the graph (a view's base is rewritten too) is ``core/views.py``.
"""

from __future__ import annotations

import builtins
import warnings
from typing import TYPE_CHECKING, Any

import numpy as np

from ..core import primitives as P
from ..core import rebase
from ..core import views as core_views
from ..core.errors import OVERLAP, VIEW_OF_LEAF
from ..core.tensor import Tensor as CoreTensor
from ..core.trace import enable_grad, is_grad_enabled, no_grad
from ..core.zeros import ZeroArray
from . import dtypes as D
from .calls import _check_fits, _op, _operand, _with_alpha
from .errors import ZERO_TENSOR_IMMUTABLE
from .names import GRAD_FN_NAMES
from .tensor_views import _check_scalar_index, _index

if TYPE_CHECKING:  # typing.Self is Python 3.11+; annotations here are never evaluated
    from typing_extensions import Self

LEAF_INPLACE = "a leaf Variable that requires grad is being used in an in-place operation."
# x[i] = v on a ZeroTensor (sgn's derivative kept as a .grad, core/zeros.py) says it otherwise
ZERO_TENSOR_SETITEM = (
    "ZeroTensors are immutable. Please materialize the tensor using `.clone()`, if you want a "
    "mutable zero tensor."
)
INDEX_PUT_EXPANDED = (
    "Use of index_put_ on expanded tensors is deprecated. Please clone() the tensor before "
    "performing this operation. This also applies to advanced indexing e.g. tensor[indices] = "
    "tensor"
)
MASKED_FILL_EXPANDED = (
    "Use of masked_fill_ on expanded tensors is deprecated. Please clone() the tensor before "
    "performing this operation. This also applies to advanced indexing e.g. tensor[mask] = scalar"
)
_INPLACE_UFUNCS = (np.add, np.subtract, np.multiply, np.true_divide)
_FLOATS = (np.dtype(np.float32), np.dtype(np.float64))


def _setitem_key(idx: Any, kind: str, ndim: int, tensor_value: bool) -> str:
    """The node PyTorch records for ``x[idx] = v``: IndexPutBackward0 for an advanced index,
    a fill or copy for the whole tensor (``x[:]``, ``x[...]``), else CopySlices."""
    if kind == "index":
        return "index_put" if ndim else "setitem"  # a 0-d tensor: PyTorch copies a slice
    items = idx if isinstance(idx, tuple) else (idx,)
    if all(it is Ellipsis or it == slice(None) for it in items):
        return "fill_tensor" if ndim and not tensor_value else "copy"
    return "setitem"


class InplaceMixin:
    """In-place changes of ``Tensor`` (see the module docstring)."""

    __slots__ = ()

    def __setitem__(self, index: Any, value: Any) -> None:
        if type(self._data) is ZeroArray:
            raise RuntimeError(ZERO_TENSOR_SETITEM)
        idx, kind = _index(index)
        if not self._data.ndim:
            _check_scalar_index(idx)
        v = value if isinstance(value, CoreTensor) else _operand(value, type(self))
        if v is None:
            v = np.asarray(value)
        if kind != "index" and self._requires_grad and self._node is None and is_grad_enabled():
            items = idx if isinstance(idx, tuple) else (idx,)
            if any(it != slice(None) and it is not Ellipsis for it in items):
                # PyTorch writes through a view (x[0], x[1:]) here, and says so
                raise core_views.refuse(VIEW_OF_LEAF, self)
        if core_views.overlaps(self._data):
            # repeated elements (an expanded tensor): write only the indexed part, through
            # its own view, as PyTorch does (a write of all of ``self`` would repeat old values)
            if kind == "index":
                return self._index_put_expanded(idx, v)
            part = self[index]
            if not isinstance(v, CoreTensor):
                v = type(self)._wrap(np.asarray(v, dtype=self._data.dtype))
            part.copy_(v)
            return
        if self._inplace_tracked(v, region=self._data[idx]):
            key = _setitem_key(idx, kind, self._data.ndim, isinstance(v, CoreTensor))
            self._adopt(_op(key, P.SETITEM, self._snapshot(), v, index=idx))
            return
        self._data[idx] = v._data if isinstance(v, CoreTensor) else v
        self._bump()

    def _index_put_expanded(self, idx: Any, v: Any) -> None:
        """``x[mask] = v`` on an expanded tensor: deprecated in PyTorch, which warns and writes
        the memory; recorded in a graph it is refused here (clone() first)."""
        warnings.warn(INDEX_PUT_EXPANDED, UserWarning, stacklevel=3)
        items = idx if isinstance(idx, tuple) else (idx,)
        mask = getattr(items[0], "dtype", None) == np.bool_
        if mask and np.size(v._data if isinstance(v, CoreTensor) else v) == 1:
            if all(it == slice(None) or it is Ellipsis for it in items[1:]):
                # one mask and one value: PyTorch's index_put_ runs masked_fill_, which warns too
                warnings.warn(MASKED_FILL_EXPANDED, UserWarning, stacklevel=3)
        if self._inplace_tracked(v, region=False):
            raise core_views.refuse(OVERLAP, self)
        self._data[idx] = v._data if isinstance(v, CoreTensor) else v
        self._bump()

    def _inplace_tracked(self, other: Any = None, region: Any = None) -> bool:
        """Check an in-place change as PyTorch does; True if it is to be recorded.

        ``region``: the part of the memory written (``x[i] = v``), if not all of it; ``False``
        for a fill, which may write one value to overlapping elements.
        """
        if type(self._data) is ZeroArray:
            raise RuntimeError(ZERO_TENSOR_IMMUTABLE)
        other_tracked = isinstance(other, CoreTensor) and other.requires_grad
        enabled = is_grad_enabled()
        if self._requires_grad and self._node is None and enabled:
            raise RuntimeError(LEAF_INPLACE)
        core_views.check_inplace(self, other_tracked, self._data if region is None else region)
        if isinstance(other, CoreTensor):  # shared memory is checked before the shapes
            core_views.check_overlap(self, other)
            if other._data.shape != self._data.shape and region is None:
                _check_fits(self._data.shape, other._data.shape)
        return enabled and (self.requires_grad or other_tracked)

    def _bump(self) -> None:
        """Record an in-place change; views of the same memory get remade nodes."""
        self._version[0] += 1
        if self._tracks_views:
            if (
                getattr(self, "_view_of", None) is not None
                or getattr(self, "_views_alive", None) is not None
            ):
                rebase.changed(self)
            elif core_views.bases:  # e.g. ``y.detach().add_(1)`` of a ``y`` that has views
                rebase.changed_alias(self)

    def _snapshot(self) -> Self:
        """A copy that stands for this tensor's value before an in-place change.

        For a view of a tensor with a history, the copy is made a fresh view of a copy of the
        base: PyTorch's ``CopySlices`` sends the gradient of the view's old value straight to
        the base's old history, past the nodes of the views in between (and their
        ``retain_grad()`` hooks).
        """
        info = getattr(self, "_view_of", None)
        if info is not None and info[0]._node is not None:
            base = info[0]
            old = type(base)._wrap(base._data.copy(order="K"), base._node)
            with enable_grad():
                return P.view_chain(old, info[1])
        return type(self)._wrap(self._data.copy(), self._node)

    def _adopt(self, result: Self) -> None:
        """Take ``result``'s value and history: the in-place change, recorded in the graph
        (through a view, the base's history is rewritten; see ``core.views``)."""
        rebase.adopt(self, result)

    def _inplace(self, key: str, prim: P.Primitive, other: Any, alpha: Any = 1) -> Self:
        """``self = prim(self, other)`` in place (``alpha``: ``self + alpha * other``)."""
        o = _operand(other, type(self))
        if alpha != 1:
            prim = P.ADD_ALPHA if prim is P.ADD else P.SUB_ALPHA
        tracked = self._inplace_tracked(o)
        if isinstance(o, CoreTensor) and o._data.shape != self._data.shape:
            _check_fits(self._data.shape, o._data.shape)
        if tracked:
            self._adopt(_with_alpha(key, prim, self._snapshot(), o, alpha))
            return self
        d = self._data
        if (
            alpha == 1
            and prim.forward in _INPLACE_UFUNCS
            and d.dtype in _FLOATS
            and d.flags.writeable
        ):
            # float tensor, and a Python number or a tensor of the same dtype and shape: the
            # result has this tensor's dtype and shape, so compute it straight into its memory
            kind = type(o)
            if kind is builtins.float or kind is builtins.int:
                prim.forward(d, o, out=d)
                self._bump()
                return self
            if isinstance(o, CoreTensor) and o._data.dtype == d.dtype and o._data.shape == d.shape:
                prim.forward(d, o._data, out=d)
                self._bump()
                return self
        with no_grad():
            result = _with_alpha(key, prim, self, o, alpha)
        if (
            D.from_numpy_dtype(result._data.dtype) != self.dtype
            and result._data.dtype.kind == "f"
            and self._data.dtype.kind != "f"
        ):
            raise RuntimeError(
                f"result type {D.TYPE_NAMES[result._data.dtype.name]} can't be cast to the "
                f"desired output type {D.TYPE_NAMES[self._data.dtype.name]}"
            )
        _check_fits(d.shape, result._data.shape)
        self._data[...] = result._data
        self._bump()
        return self

    def _inplace_unary(self, key: str, fn: Any) -> Self:
        """An in-place change ``self = fn(self)`` (``clamp_``, ``relu_``, ...)."""
        if self._inplace_tracked():
            out = fn(self._snapshot())
            if out._node is not None:
                out._node.name = GRAD_FN_NAMES[key]
            self._adopt(out)
            return self
        with no_grad():
            out = fn(self)
        self._data[...] = out._data
        self._bump()
        return self

    def add_(self, other: Any, alpha: Any = 1) -> Self:
        return self._inplace("add", P.ADD, other, alpha)

    def sub_(self, other: Any, alpha: Any = 1) -> Self:
        return self._inplace("sub", P.SUB, other, alpha)

    def mul_(self, other: Any) -> Self:
        return self._inplace("mul", P.MUL, other)

    def div_(self, other: Any) -> Self:
        return self._inplace("div", P.DIV, other)

    __iadd__ = add_
    __isub__ = sub_
    __imul__ = mul_
    __itruediv__ = div_

    def clamp_(self, min: Any = None, max: Any = None) -> Self:  # noqa: A002
        """``clamp`` in place (ClampBackward1; ClampBackward0 for tensor bounds)."""
        tensors_only = all(b is None or isinstance(b, CoreTensor) for b in (min, max))
        key = "clamp_tensor" if tensors_only and (min is not None or max is not None) else "clamp"
        return self._inplace_unary(key, lambda t: t.clamp(min, max))

    clip_ = clamp_

    def relu_(self) -> Self:
        """``relu`` in place (ReluBackward0)."""
        return self._inplace_unary("relu", lambda t: t.relu())

    def sign_(self) -> Self:
        """``sign`` in place (SignBackward0)."""
        return self._inplace_unary("sign", lambda t: t.sign())

    def sgn_(self) -> Self:
        """``sgn`` in place (SgnBackward0)."""
        return self._inplace_unary("sgn", lambda t: t.sgn())

    def zero_(self) -> Self:
        """Fill with zeros in place (how ``x.grad.zero_()`` clears accumulated gradients)."""
        return self._fill("zero", 0)

    def fill_(self, value: Any) -> Self:
        """Fill with one value in place (FillBackward2): the old values get no gradient."""
        if isinstance(value, CoreTensor):
            if value._data.ndim:
                raise RuntimeError(
                    "fill_ only supports 0-dimension value tensor but got tensor with "
                    f"{value._data.ndim} dimensions."
                )
            if value.requires_grad:
                return self.copy_(value)
            value = value._data.item()
        return self._fill("fill", value)

    def _fill(self, key: str, value: Any) -> Self:
        if self._inplace_tracked(region=False):
            self._adopt(_op(key, P.FILL, self._snapshot(), value=value))
            return self
        self._data[...] = value
        self._bump()
        return self

    def copy_(self, src: Any) -> Self:
        """Copy ``src`` (broadcast, cast) into this tensor (CopyBackwards)."""
        o = _operand(src, type(self))
        if o is None:
            raise TypeError(f"copy_(): argument 'src' must be Tensor, not {type(src).__name__}")
        if not isinstance(o, CoreTensor):
            o = type(self)._wrap(np.asarray(o))
        tracked = self._inplace_tracked(o)
        _check_fits(self._data.shape, o._data.shape)
        if tracked:
            self._adopt(_op("copy", P.COPY, self._snapshot(), o))
            return self
        self._data[...] = o._data
        self._bump()
        return self
