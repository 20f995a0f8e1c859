"""``autograd_magic.torch.Tensor``: PyTorch's tensor API over the engine's tensor.

This module only wraps values, spells names, prints and decides PyTorch's policy (accumulate
into ``.grad``, scalar-only ``backward()``, the exact error messages). All mathematics lives
in ``core``.
"""

from __future__ import annotations

import builtins
import warnings
import weakref
from typing import Any

import numpy as np

from ..core import backward as core_backward
from ..core import primitives as P
from ..core import views as core_views
from ..core.apply import apply
from ..core.tensor import Tensor as CoreTensor
from ..core.trace import is_grad_enabled, no_grad
from . import dtypes as D
from . import return_types
from ._printing import format_tensor
from .errors import engine_error
from .grad_fn import GradFn, grad_fn_of
from .names import GRAD_FN_NAMES

NON_LEAF_GRAD_WARNING = (
    "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
    "attribute won't be populated during autograd.backward(). If you indeed want the .grad "
    "field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If "
    "you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. "
    "See github.com/pytorch/pytorch/pull/30531 for more information."
)
LEAF_INPLACE = "a leaf Variable that requires grad is being used in an in-place operation."
ONLY_FLOAT = "only Tensors of floating point dtype can require gradients"
NO_GRAD_FN = "element 0 of tensors does not require grad and does not have a grad_fn"


class Size(tuple):
    """A tensor's shape: a tuple that prints as ``torch.Size([2, 3])``."""

    def __repr__(self) -> str:
        return f"torch.Size({list(self)})"

    __str__ = __repr__

    def numel(self) -> int:
        return int(np.prod(self, dtype=np.int64))


def _op(key: str, prim: P.Primitive, *args: Any, **params: Any) -> Tensor:
    """Apply an engine primitive and give the node PyTorch's name for this call."""
    out = apply(prim, *args, **params)
    if out._node is not None:
        out._node.name = GRAD_FN_NAMES[key]
    return out


def _size_mismatch(a: tuple[int, ...], b: tuple[int, ...]) -> str:
    n = max(len(a), len(b))
    pa = (1,) * (n - len(a)) + tuple(a)
    pb = (1,) * (n - len(b)) + tuple(b)
    for i in range(n - 1, -1, -1):
        if pa[i] != pb[i] and pa[i] != 1 and pb[i] != 1:
            return (
                f"The size of tensor a ({pa[i]}) must match the size of tensor b ({pb[i]}) "
                f"at non-singleton dimension {i}"
            )
    return "shapes cannot be broadcast"


def _with_alpha(key: str, prim: P.Primitive, a: Any, b: Any, alpha: Any) -> Tensor:
    """``_binary``, or for ``alpha != 1`` the add/sub that scales ``b`` by ``alpha``."""
    if alpha == 1:
        return _binary(key, prim, a, b)
    try:
        out = apply(prim, a, b, alpha=alpha)
    except ValueError:
        sa = a._data.shape if isinstance(a, CoreTensor) else ()
        sb = b._data.shape if isinstance(b, CoreTensor) else ()
        raise RuntimeError(_size_mismatch(sa, sb)) from None
    if out._node is not None:
        out._node.name = GRAD_FN_NAMES[key]
    return out


def _check_scalar_index(idx: Any) -> None:
    """PyTorch's errors for an integer or a slice indexing a 0-d tensor."""
    for it in idx if isinstance(idx, tuple) else (idx,):
        if isinstance(it, slice):
            raise IndexError("slice() cannot be applied to a 0-dim tensor.")
        if isinstance(it, (builtins.int, np.integer)) and not isinstance(it, builtins.bool):
            raise IndexError(
                "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
            )


def _setitem_key(idx: Any, kind: str, ndim: int, tensor_value: bool) -> str:
    """The node PyTorch records for ``x[idx] = v``: IndexPutBackward0 for an advanced index,
    a fill or copy for the whole tensor (``x[:]``, ``x[...]``), else CopySlices."""
    if kind == "index":
        return "index_put" if ndim else "setitem"  # a 0-d tensor: PyTorch copies a slice
    items = idx if isinstance(idx, tuple) else (idx,)
    if all(it is Ellipsis or it == slice(None) for it in items):
        return "fill_tensor" if ndim and not tensor_value else "copy"
    return "setitem"


def _check_fits(shape: tuple[int, ...], other: tuple[int, ...]) -> None:
    """PyTorch's errors for an in-place result of shape ``other`` written into ``shape``."""
    try:
        full = np.broadcast_shapes(shape, other)
    except ValueError:
        raise RuntimeError(_size_mismatch(shape, other)) from None
    if full != tuple(shape):
        mine = ", ".join(str(n) for n in shape)
        sizes = ", ".join(str(n) for n in full)
        raise RuntimeError(
            f"output with shape [{mine}] doesn't match the broadcast shape [{sizes}]"
        )


def _unary(key: str, prim: P.Primitive, x: Any) -> Tensor:
    """``_op`` for a primitive of one operand and no parameters."""
    out = apply(prim, x)
    node = out._node
    if node is not None:
        node.name = GRAD_FN_NAMES[key]
    return out


def _binary(key: str, prim: P.Primitive, a: Any, b: Any) -> Tensor:
    try:
        out = apply(prim, a, b)
    except ValueError:
        sa = a._data.shape if isinstance(a, CoreTensor) else ()
        sb = b._data.shape if isinstance(b, CoreTensor) else ()
        raise RuntimeError(_size_mismatch(sa, sb)) from None
    node = out._node
    if node is not None:
        node.name = GRAD_FN_NAMES[key]
    return out


def _arith(key: str, prim: P.Primitive, a: Tensor, other: Any) -> Any:
    """``a <op> other`` for an operator method; NotImplemented for operands we don't take."""
    if type(other) not in _PLAIN:  # floats, ints and our tensors need no conversion
        other = _operand(other)
        if other is None:
            return NotImplemented
    return _binary(key, prim, a, other)


def _operand(x: Any) -> Any:
    """A tensor or a Python/NumPy scalar stays as it is; an ndarray becomes a tensor."""
    kind = type(x)
    if kind is builtins.float or kind is builtins.int:
        return x
    if isinstance(x, CoreTensor):
        return x
    if isinstance(x, np.ndarray):
        return Tensor._wrap(x)
    if isinstance(x, (builtins.int, builtins.float, builtins.bool, np.number, np.bool_)):
        return x
    return None


def _shape_args(shape: tuple[Any, ...]) -> tuple[int, ...]:
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    return tuple(builtins.int(s) for s in shape)


def _dim_arg(dim: Any, ndim: int | None = None) -> Any:
    """A PyTorch ``dim`` as a NumPy axis, checked against ``ndim`` as PyTorch checks it.

    A 0-d tensor accepts dim 0 and -1 (reducing it changes nothing): that is axis ``None``.
    """
    if isinstance(dim, list):
        dim = tuple(dim)
    if dim is None or ndim is None:
        return dim
    n = builtins.max(ndim, 1)
    for d in dim if isinstance(dim, tuple) else (dim,):
        if not -n <= d < n:
            raise IndexError(
                f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {d})"
            )
    if ndim == 0:
        return None
    if isinstance(dim, tuple):
        return tuple(d % ndim for d in dim)
    return dim % ndim


def _index(index: Any) -> tuple[Any, str]:
    """NumPy index for a PyTorch index, and the kind of node it makes."""
    items = index if isinstance(index, tuple) else (index,)
    out = []
    kind = "slice"
    for it in items:
        if isinstance(it, CoreTensor):
            it = it._data
        if isinstance(it, list):
            it = np.asarray(it)
        if isinstance(it, np.ndarray):
            kind = "index"
        elif isinstance(it, (builtins.int, np.integer)) and kind != "index":
            kind = "select"
        out.append(it)
    return (tuple(out) if isinstance(index, tuple) else out[0]), kind


_autograd_backward = None


def _load_autograd_backward() -> Any:
    """``autograd.backward``, imported on first use (that module imports this one)."""
    global _autograd_backward
    from .autograd import backward

    _autograd_backward = backward
    return backward


class Tensor(CoreTensor):
    """A PyTorch-style tensor: a NumPy array with ``requires_grad``, ``grad`` and ``grad_fn``."""

    __slots__ = ()
    __array_priority__ = 1000
    _tracks_views = True
    _engine_error = staticmethod(engine_error)
    _front_end = "torch"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("create tensors with autograd_magic.torch.tensor(...) or a factory")

    # ---- autograd attributes ------------------------------------------------------------------

    @property
    def requires_grad(self) -> bool:
        return self._requires_grad or self._node is not None

    @requires_grad.setter
    def requires_grad(self, value: bool) -> None:
        if self._node is not None:
            msg = "you can only change requires_grad flags of leaf variables."
            if not value:
                msg += (
                    " If you want to use a computed variable in a subgraph that doesn't require"
                    " differentiation use var_no_grad = var.detach()."
                )
            raise RuntimeError(msg)
        if value and self._data.dtype.kind != "f":
            raise RuntimeError(ONLY_FLOAT)
        self._requires_grad = builtins.bool(value)

    def requires_grad_(self, requires_grad: bool = True) -> Tensor:
        """Set ``requires_grad`` in place (leaf tensors only) and return the tensor."""
        self.requires_grad = requires_grad
        return self

    @property
    def is_leaf(self) -> bool:
        return self._node is None

    @property
    def grad_fn(self) -> GradFn | None:
        if self._node is None:
            return None
        core_views.current(self)
        return grad_fn_of(self._node)

    @property
    def grad(self) -> Tensor | None:
        if self._node is not None and not self._retains_grad:
            warnings.warn(NON_LEAF_GRAD_WARNING, UserWarning, stacklevel=2)
        return self._grad

    @grad.setter
    def grad(self, value: Tensor | None) -> None:
        if value is not None:
            if not isinstance(value, CoreTensor):
                raise TypeError(
                    "assigned grad expected to be a Tensor or None but got grad of type "
                    + type(value).__name__
                )
            if value._data.dtype != self._data.dtype:
                raise RuntimeError("assigned grad has data of a different type")
            if value._data.shape != self._data.shape:
                raise RuntimeError("assigned grad has data of a different size")
        self._grad = value

    @property
    def retains_grad(self) -> bool:
        return self._retains_grad

    def retain_grad(self) -> None:
        """Keep this non-leaf tensor's gradient in ``.grad`` after ``backward()``."""
        if not self.requires_grad:
            raise RuntimeError("can't retain_grad on Tensor that has requires_grad=False")
        if self._node is not None:
            self._node.retain = weakref.ref(self)
            self._retains_grad = True

    def backward(
        self,
        gradient: Tensor | None = None,
        retain_graph: bool | None = None,
        create_graph: bool = False,
        inputs: Any = None,
    ) -> None:
        """Accumulate d(self)/d(leaf) into every leaf's ``.grad`` (see ``autograd.backward``)."""
        (_autograd_backward or _load_autograd_backward())(
            self, gradient, retain_graph, create_graph, inputs=inputs
        )

    def detach(self) -> Tensor:
        """The same data, cut from the graph (shares memory, as in PyTorch)."""
        return type(self)._wrap(self._data, None, self._version)

    def detach_(self) -> Tensor:
        """Cut this tensor from the graph in place; it becomes a leaf."""
        self._node = None
        self._requires_grad = False
        return self

    def clone(self) -> Tensor:
        return _op("clone", P.CLONE, self)

    @property
    def data(self) -> Tensor:
        return type(self)._wrap(self._data)

    @data.setter
    def data(self, value: Tensor) -> None:
        self._data = value._data

    # ---- values and shape -----------------------------------------------------------------------

    @property
    def dtype(self) -> D.dtype:
        return D.from_numpy_dtype(self._data.dtype)

    @property
    def shape(self) -> Size:
        return Size(self._data.shape)

    def size(self, dim: int | None = None) -> Any:
        return self.shape if dim is None else self._data.shape[dim]

    def dim(self) -> int:
        return self._data.ndim

    @property
    def ndim(self) -> int:
        return self._data.ndim

    def numel(self) -> int:
        return builtins.int(self._data.size)

    nelement = numel

    def element_size(self) -> int:
        return self._data.itemsize

    @property
    def device(self) -> str:
        return "cpu"

    @property
    def is_floating_point(self) -> Any:
        return lambda: self._data.dtype.kind == "f"

    def item(self) -> Any:
        """The single value as a Python number."""
        if self._data.size != 1:
            raise RuntimeError(
                f"a Tensor with {self._data.size} elements cannot be converted to Scalar"
            )
        return self._data.reshape(-1)[0].item()

    def tolist(self) -> Any:
        return self._data.tolist()

    def numpy(self) -> np.ndarray:
        """The underlying array (shared memory); refused while the tensor requires grad."""
        if self.requires_grad:
            raise RuntimeError(
                "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() "
                "instead."
            )
        return self._data

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        if self.requires_grad:
            raise RuntimeError(
                "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() "
                "instead."
            )
        return self._data if dtype is None else self._data.astype(dtype)

    def __len__(self) -> int:
        if self._data.ndim == 0:
            raise TypeError("len() of a 0-d tensor")
        return self._data.shape[0]

    def __iter__(self) -> Any:
        if self._data.ndim == 0:
            raise TypeError("iteration over a 0-d tensor")
        return (self[i] for i in range(self._data.shape[0]))

    def __bool__(self) -> bool:
        if self._data.size != 1:
            raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
        return builtins.bool(self._data.reshape(-1)[0])

    def __float__(self) -> float:
        # PyTorch 2.13 warns (once) here, and not in item(), int() or format()
        if self._requires_grad or self._node is not None:
            warn_once(SCALAR_WARNING, 1)
        return builtins.float(self.item())

    def __int__(self) -> int:
        return builtins.int(self.item())

    def __index__(self) -> int:
        if self._data.dtype.kind not in "iu" or self._data.size != 1:
            raise TypeError("only integer tensors of a single element can be converted to an index")
        return builtins.int(self.item())

    # ---- printing -------------------------------------------------------------------------------

    def __repr__(self) -> str:
        if self._node is not None:
            core_views.current(self)
            suffixes = [f"grad_fn=<{self._node.name}>"]
        elif self._requires_grad:
            suffixes = ["requires_grad=True"]
        else:
            suffixes = []
        return format_tensor(self._data, self._data.dtype.name, suffixes)

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        if self._data.ndim == 0:
            return self.item().__format__(spec)
        return object.__format__(self, spec)

    # ---- dtype conversion -----------------------------------------------------------------------

    def to(self, *args: Any, **kwargs: Any) -> Tensor:
        """Convert to a dtype (devices other than 'cpu' are not available here)."""
        dtype = kwargs.get("dtype")
        for a in args:
            if isinstance(a, D.dtype):
                dtype = a
            elif a not in ("cpu",) and not isinstance(a, str):
                dtype = a
        if dtype is None or D.to_numpy_dtype(dtype) == self._data.dtype:
            return self
        return _op("to", P.CAST, self, dtype=D.to_numpy_dtype(dtype))

    def type(self, dtype: Any = None) -> Any:
        if dtype is None:
            return f"torch.{_TYPE_NAMES[self._data.dtype.name]}Tensor"
        return self.to(dtype)

    def float(self) -> Tensor:
        return self.to(D.float32)

    def double(self) -> Tensor:
        return self.to(D.float64)

    def long(self) -> Tensor:
        return self.to(D.int64)

    def int(self) -> Tensor:
        return self.to(D.int32)

    def bool(self) -> Tensor:
        return self.to(D.bool_)

    def cpu(self) -> Tensor:
        return self

    def contiguous(self) -> Tensor:
        return self

    # ---- arithmetic -----------------------------------------------------------------------------

    def __add__(self, other: Any) -> Tensor:
        return _arith("add", P.ADD, self, other)

    __radd__ = __add__

    def __sub__(self, other: Any) -> Tensor:
        return _arith("sub", P.SUB, self, other)

    def __rsub__(self, other: Any) -> Tensor:
        return _arith("rsub", P.RSUB, self, other)

    def __mul__(self, other: Any) -> Tensor:
        return _arith("mul", P.MUL, self, other)

    __rmul__ = __mul__

    def __truediv__(self, other: Any) -> Tensor:
        return _arith("div", P.DIV, self, other)

    def __rtruediv__(self, other: Any) -> Tensor:
        o = _operand(other)
        if o is None:
            return NotImplemented
        return _binary("rdiv", P.MUL, self.reciprocal(), o)  # PyTorch: reciprocal() * other

    def __pow__(self, other: Any) -> Tensor:
        if type(other) in _PLAIN_NUMBERS:
            return _binary("pow", P.POW, self, other)
        o = _operand(other)
        if o is None:
            return NotImplemented
        return _binary("pow_tensor" if isinstance(o, CoreTensor) else "pow", P.POW, self, o)

    def __rpow__(self, other: Any) -> Tensor:
        o = _operand(other)
        return NotImplemented if o is None else _binary("rpow", P.POW, o, self)

    def __floordiv__(self, other: Any) -> Tensor:
        return _arith("floor_divide", P.FLOOR_DIVIDE, self, other)

    def __rfloordiv__(self, other: Any) -> Tensor:
        o = _operand(other)
        if o is None:
            return NotImplemented
        if not isinstance(o, CoreTensor):
            o = Tensor._wrap(np.asarray(o, dtype=self._data.dtype))
        return _binary("floor_divide", P.FLOOR_DIVIDE, o, self)

    def __matmul__(self, other: Any) -> Tensor:
        return matmul(self, other)

    def __rmatmul__(self, other: Any) -> Tensor:
        return matmul(_operand(other), self)

    def __neg__(self) -> Tensor:
        return _unary("neg", P.NEG, self)

    def __pos__(self) -> Tensor:
        return self

    def __abs__(self) -> Tensor:
        return self.abs()

    def add(self, other: Any, alpha: Any = 1) -> Tensor:
        """``self + alpha * other`` (one AddBackward0 node, as PyTorch)."""
        if alpha == 1:
            return self + other
        return _with_alpha("add", P.ADD_ALPHA, self, _operand(other), alpha)

    def sub(self, other: Any, alpha: Any = 1) -> Tensor:
        """``self - alpha * other`` (one SubBackward0 node, as PyTorch)."""
        if alpha == 1:
            return self - other
        return _with_alpha("sub", P.SUB_ALPHA, self, _operand(other), alpha)

    def mul(self, other: Any) -> Tensor:
        return self * other

    def div(self, other: Any) -> Tensor:
        return self / other

    def pow(self, exponent: Any) -> Tensor:
        return self**exponent

    def neg(self) -> Tensor:
        return -self

    # comparisons (never differentiable)
    def _compare(self, prim: P.Primitive, other: Any) -> Any:
        o = _operand(other)
        return NotImplemented if o is None else _binary("add", prim, self, o)

    def __lt__(self, other: Any) -> Tensor:
        return self._compare(P.LT, other)

    def __le__(self, other: Any) -> Tensor:
        return self._compare(P.LE, other)

    def __gt__(self, other: Any) -> Tensor:
        return self._compare(P.GT, other)

    def __ge__(self, other: Any) -> Tensor:
        return self._compare(P.GE, other)

    def __eq__(self, other: Any) -> Tensor:  # type: ignore[override]
        return self._compare(P.EQ, other)

    def __ne__(self, other: Any) -> Tensor:  # type: ignore[override]
        return self._compare(P.NE, other)

    __hash__ = CoreTensor.__hash__

    def __and__(self, other: Any) -> Tensor:
        return Tensor._wrap(np.logical_and(self._data, _raw(other)))

    def __or__(self, other: Any) -> Tensor:
        return Tensor._wrap(np.logical_or(self._data, _raw(other)))

    def __invert__(self) -> Tensor:
        return Tensor._wrap(~self._data)

    # ---- elementwise functions ------------------------------------------------------------------

    def abs(self) -> Tensor:
        return _unary("abs", P.ABS_TORCH, self)

    def sin(self) -> Tensor:
        return _unary("sin", P.SIN, self)

    def cos(self) -> Tensor:
        return _unary("cos", P.COS, self)

    def tan(self) -> Tensor:
        return _unary("tan", P.TAN, self)

    def exp(self) -> Tensor:
        return _unary("exp", P.EXP, self)

    def log(self) -> Tensor:
        return _unary("log", P.LOG, self)

    def sqrt(self) -> Tensor:
        return _unary("sqrt", P.SQRT, self)

    def tanh(self) -> Tensor:
        return _unary("tanh", P.TANH, self)

    def sigmoid(self) -> Tensor:
        return _unary("sigmoid", P.SIGMOID, self)

    def relu(self) -> Tensor:
        return _unary("relu", P.RELU, self)

    def reciprocal(self) -> Tensor:
        return _unary("reciprocal", P.RECIPROCAL, self)

    def square(self) -> Tensor:
        return _op("pow", P.POW, self, 2)

    def clamp(self, min: Any = None, max: Any = None) -> Tensor:  # noqa: A002
        if min is None and max is None:
            raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
        return _op("clamp", P.CLAMP, self, lo=_raw(min), hi=_raw(max))

    clip = clamp

    def maximum(self, other: Tensor) -> Tensor:
        return _binary("maximum", P.MAXIMUM, self, other)

    def minimum(self, other: Tensor) -> Tensor:
        return _binary("minimum", P.MINIMUM, self, other)

    def isnan(self) -> Tensor:
        return Tensor._wrap(np.isnan(self._data))

    # ---- reductions -----------------------------------------------------------------------------

    def sum(self, dim: Any = None, keepdim: bool = False, dtype: Any = None) -> Tensor:
        x = self if dtype is None else self.to(dtype)
        if dim is None and not keepdim:
            out = _op("sum", P.SUM, x)
        else:
            out = _op("sum_dim", P.SUM, x, axis=_dim_arg(dim, x.ndim), keepdims=keepdim)
        if out._data.dtype.kind in "biu" and dtype is None:
            out._data = out._data.astype(np.int64)  # PyTorch sums integers and bools as int64
        return out

    def mean(self, dim: Any = None, keepdim: bool = False, dtype: Any = None) -> Tensor:
        x = self if dtype is None else self.to(dtype)
        if x._data.dtype.kind != "f":
            raise RuntimeError(
                "mean(): could not infer output dtype. Input dtype must be either a floating "
                f"point or complex dtype. Got: {_TYPE_NAMES[x._data.dtype.name]}"
            )
        if dim is None and not keepdim:
            return _op("mean", P.MEAN, x)
        return _op("mean_dim", P.MEAN, x, axis=_dim_arg(dim, x.ndim), keepdims=keepdim)

    def _extreme(self, key: str, prim: P.Primitive, arg: Any, dim: Any, keepdim: bool) -> Any:
        if isinstance(dim, CoreTensor) or isinstance(arg, CoreTensor):
            other = dim if isinstance(dim, CoreTensor) else arg
            return _binary(
                "maximum" if key == "max" else "minimum",
                P.MAXIMUM if key == "max" else P.MINIMUM,
                self,
                other,
            )
        if dim is None and arg is None:
            if self._data.size == 0:
                raise RuntimeError(
                    f"{key}(): Expected reduction dim to be specified for input.numel() == 0. "
                    "Specify the reduction dim with the 'dim' argument."
                )
            return _op(key, prim, self, even="nan_aware")
        dim = _dim_arg(arg if dim is None else dim, self.ndim)
        pick = np.argmax if key == "max" else np.argmin
        d = self._data
        if d.ndim and d.shape[dim % d.ndim] == 0:
            raise IndexError(f"{key}(): Expected reduction dim {dim} to have non-zero size.")
        idx = np.asarray(pick(d, axis=dim, keepdims=True) if d.ndim else np.zeros((), np.int64))
        values = _op(key + "_dim", prim, self, axis=dim, keepdims=keepdim, even=False, index=idx)
        if not keepdim and d.ndim:
            idx = np.squeeze(idx, axis=dim)
        kind = return_types.max if key == "max" else return_types.min
        return kind(values, Tensor._wrap(idx.astype(np.int64)))

    def max(self, dim: Any = None, keepdim: bool = False) -> Any:
        return self._extreme("max", P.AMAX, None, dim, keepdim)

    def min(self, dim: Any = None, keepdim: bool = False) -> Any:
        return self._extreme("min", P.AMIN, None, dim, keepdim)

    def amax(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        axis = _dim_arg(dim, self.ndim)
        return _op("amax", P.AMAX, self, axis=axis, keepdims=keepdim, even="amax")

    def amin(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        axis = _dim_arg(dim, self.ndim)
        return _op("amin", P.AMIN, self, axis=axis, keepdims=keepdim, even="amax")

    def prod(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        if dim is None:
            out = _op("prod", P.PROD, self)
        else:
            out = _op("prod_dim", P.PROD, self, axis=_dim_arg(dim, self.ndim), keepdims=keepdim)
        if out._data.dtype.kind in "biu":
            out._data = out._data.astype(np.int64)
        return out

    def argmax(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        out = np.argmax(self._data, axis=dim, keepdims=keepdim if dim is not None else False)
        return Tensor._wrap(np.asarray(out, dtype=np.int64))

    def argmin(self, dim: Any = None, keepdim: bool = False) -> Tensor:
        out = np.argmin(self._data, axis=dim, keepdims=keepdim if dim is not None else False)
        return Tensor._wrap(np.asarray(out, dtype=np.int64))

    def all(self) -> Tensor:
        return Tensor._wrap(np.asarray(np.all(self._data)))

    def any(self) -> Tensor:
        return Tensor._wrap(np.asarray(np.any(self._data)))

    def softmax(self, dim: int) -> Tensor:
        return _op("softmax", P.SOFTMAX, self, axis=_dim_arg(dim, self.ndim))

    def log_softmax(self, dim: int) -> Tensor:
        return _op("log_softmax", P.LOG_SOFTMAX, self, axis=_dim_arg(dim, self.ndim))

    def _correction(self, unbiased: Any, correction: Any) -> float:
        if correction is not None:
            return correction
        return 1 if unbiased is None or unbiased else 0

    def var(
        self,
        dim: Any = None,
        unbiased: Any = None,
        keepdim: bool = False,
        *,
        correction: Any = None,
    ) -> Tensor:
        """Variance over ``dim`` (all by default), divided by N - correction (1: unbiased)."""
        if isinstance(dim, builtins.bool):  # var(False): the old unbiased argument
            dim, unbiased = None, dim
        c = self._correction(unbiased, correction)
        axis = _dim_arg(dim, self.ndim)
        return _op("var", P.VAR, self, axis=axis, correction=c, keepdims=keepdim)

    def std(
        self,
        dim: Any = None,
        unbiased: Any = None,
        keepdim: bool = False,
        *,
        correction: Any = None,
    ) -> Tensor:
        """Standard deviation over ``dim`` (all by default): sqrt of ``var``."""
        if isinstance(dim, builtins.bool):
            dim, unbiased = None, dim
        c = self._correction(unbiased, correction)
        axis = _dim_arg(dim, self.ndim)
        return _op("std", P.STD, self, axis=axis, correction=c, keepdims=keepdim)

    def norm(self, p: Any = "fro", dim: Any = None, keepdim: bool = False) -> Tensor:
        """The vector p-norm over ``dim`` (all elements by default; 'fro' is p = 2)."""
        if p == "fro" or p is None:
            p = 2
        if isinstance(p, str) or not np.isfinite(p) or p <= 0:
            raise NotImplementedError(
                f"norm(p={p!r}) is not supported here: use p = 'fro' or a finite p > 0"
            )
        axis = _dim_arg(dim, self.ndim)
        return _op("norm", P.NORM, self, p=builtins.float(p), axis=axis, keepdims=keepdim)

    def cumsum(self, dim: int) -> Tensor:
        """Running sums along ``dim``."""
        out = _op("cumsum", P.CUMSUM, self, axis=_dim_arg(dim, self.ndim) or 0)
        if out._data.dtype.kind in "biu":
            out._data = out._data.astype(np.int64)
        return out

    def repeat(self, *sizes: Any) -> Tensor:
        """Tile the tensor ``sizes[i]`` times along each dimension (new dims in front)."""
        reps = _shape_args(sizes)
        if len(reps) < self.ndim:
            raise RuntimeError(
                "Number of dimensions of repeat dims can not be smaller than number of "
                "dimensions of tensor"
            )
        return _op("repeat", P.REPEAT, self, reps=reps)

    # ---- shapes ---------------------------------------------------------------------------------

    def _view(self, key: str, shape: tuple[int, ...]) -> Tensor:
        try:
            return _op(key, P.RESHAPE, self, shape=shape)
        except ValueError:
            dims = ", ".join(str(s) for s in shape)
            raise RuntimeError(
                f"shape '[{dims}]' is invalid for input of size {self._data.size}"
            ) from None

    def _reshape(self, shape: tuple[int, ...]) -> Tensor:
        probe = self._data.view()
        try:
            probe.shape = shape
        except AttributeError:
            # the layout does not allow a view: PyTorch copies (CloneBackward0), then views the
            # copy (UnsafeViewBackward0)
            out = self.clone()._view("view", shape)
            if out._node is not None:
                out._node.name = "UnsafeViewBackward0"
            return out
        except ValueError:
            pass  # a size mismatch: _view says it as PyTorch does
        return self._view("view", shape)

    def reshape(self, *shape: Any) -> Tensor:
        return self._reshape(_shape_args(shape))

    def view(self, *shape: Any) -> Tensor:
        if len(shape) == 1 and isinstance(shape[0], D.dtype):
            raise NotImplementedError("view(dtype) is not supported; use .to(dtype)")
        shape = _shape_args(shape)
        probe = self._data.view()
        try:
            probe.shape = shape  # NumPy refuses where a reshape would have to copy
        except AttributeError:
            raise RuntimeError(
                "view size is not compatible with input tensor's size and stride (at least one "
                "dimension spans across two contiguous subspaces). Use .reshape(...) instead."
            ) from None
        except ValueError:
            pass  # a size mismatch: _view says it as PyTorch does
        return self._view("view", shape)

    def view_as(self, other: Tensor) -> Tensor:
        return self._view("view", other._data.shape)

    def flatten(self, start_dim: int = 0, end_dim: int = -1) -> Tensor:
        s = self._data.shape
        if not s:
            return self._view("view", (1,))
        start, end = start_dim % len(s), end_dim % len(s)
        new = s[:start] + (int(np.prod(s[start : end + 1], dtype=np.int64)),) + s[end + 1 :]
        return self if new == s else self._reshape(new)

    def _permute(self, key: str, axes: tuple[int, ...]) -> Tensor:
        return _op(key, P.TRANSPOSE, self, axes=axes)

    def permute(self, *dims: Any) -> Tensor:
        dims = _shape_args(dims)
        return self._permute("permute", tuple(d % max(self.ndim, 1) for d in dims))

    def transpose(self, dim0: int, dim1: int) -> Tensor:
        axes = list(range(self.ndim))
        axes[dim0], axes[dim1] = axes[dim1], axes[dim0]
        return self._permute("transpose", tuple(axes))

    def t(self) -> Tensor:
        if self.ndim > 2:
            raise RuntimeError(
                f"t() expects a tensor with <= 2 dimensions, but self is {self.ndim}D"
            )
        return self._permute("t", tuple(range(self.ndim))[::-1])

    @property
    def T(self) -> Tensor:  # noqa: N802 - PyTorch's name
        if self.ndim != 2:
            msg = (
                "Tensor.T is deprecated on 0-D tensors. This function is the identity in these "
                "cases."
                if self.ndim == 0
                else "The use of `x.T` on tensors of dimension other than 2 to reverse their "
                "shape is deprecated and it will throw an error in a future release. Consider "
                "`x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, "
                "-1, -1))` to reverse the dimensions of a tensor."
            )
            warnings.warn(msg, UserWarning, stacklevel=2)
        return self._permute("T", tuple(range(self.ndim))[::-1])

    @property
    def mT(self) -> Tensor:  # noqa: N802 - PyTorch's name
        return self.transpose(-2, -1)

    def squeeze(self, dim: Any = None) -> Tensor:
        s = self._data.shape
        if dim is None:
            return self._view("squeeze", tuple(n for n in s if n != 1))
        if not s:
            return self._view("squeeze_dim", s)
        d = dim % len(s)
        new = s[:d] + s[d + 1 :] if s[d] == 1 else s
        return self._view("squeeze_dim", new)

    def unsqueeze(self, dim: int) -> Tensor:
        s = self._data.shape
        d = dim % (len(s) + 1)
        return self._view("unsqueeze", s[:d] + (1,) + s[d:])

    def expand(self, *sizes: Any) -> Tensor:
        sizes = _shape_args(sizes)
        s = (1,) * (len(sizes) - self.ndim) + self._data.shape
        shape = tuple(n if m == -1 else m for n, m in zip(s, sizes))
        out = _op("expand", P.BROADCAST_TO, self, shape=shape)
        if self._data.flags.writeable:  # PyTorch lets you write where nothing repeats
            out._data = P.writable_broadcast(self._data, shape)
        return out

    def expand_as(self, other: Tensor) -> Tensor:
        return self.expand(*other._data.shape)

    def matmul(self, other: Tensor) -> Tensor:
        return matmul(self, other)

    def mm(self, other: Tensor) -> Tensor:
        return matmul(self, other)

    def mv(self, other: Tensor) -> Tensor:
        return matmul(self, other)

    def dot(self, other: Tensor) -> Tensor:
        return matmul(self, other)

    # ---- indexing -------------------------------------------------------------------------------

    def __getitem__(self, index: Any) -> Tensor:
        idx, kind = _index(index)
        if not self._data.ndim:
            _check_scalar_index(idx)
        return _op(kind, P.GETITEM, self, index=idx)

    def __setitem__(self, index: Any, value: Any) -> None:
        idx, kind = _index(index)
        if not self._data.ndim:
            _check_scalar_index(idx)
        v = value if isinstance(value, CoreTensor) else _operand(value)
        if v is None:
            v = np.asarray(value)
        if kind != "index" and self._requires_grad and self._node is None and is_grad_enabled():
            items = idx if isinstance(idx, tuple) else (idx,)
            if any(it != slice(None) and it is not Ellipsis for it in items):
                # PyTorch writes through a view (x[0], x[1:]) here, and says so
                raise RuntimeError(core_views.VIEW_OF_LEAF)
        if core_views.overlaps(self._data):
            # repeated elements (an expanded tensor): write only the indexed part, through
            # its own view, as PyTorch does (a write of all of ``self`` would repeat old values)
            if kind == "index":
                return self._index_put_expanded(idx, v)
            part = self[index]
            if not isinstance(v, CoreTensor):
                v = Tensor._wrap(np.asarray(v, dtype=self._data.dtype))
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
        if self._inplace_tracked(v, region=False):
            raise RuntimeError(core_views.OVERLAP)
        self._data[idx] = v._data if isinstance(v, CoreTensor) else v
        self._bump()

    # ---- in-place -------------------------------------------------------------------------------

    def _inplace_tracked(self, other: Any = None, region: Any = None) -> bool:
        """Check an in-place change as PyTorch does; True if it is to be recorded.

        ``region``: the part of the memory written (``x[i] = v``), if not all of it; ``False``
        for a fill, which may write one value to overlapping elements.
        """
        other_tracked = isinstance(other, CoreTensor) and other.requires_grad
        enabled = is_grad_enabled()
        if self._requires_grad and self._node is None and enabled:
            raise RuntimeError(LEAF_INPLACE)
        core_views.check_inplace(self, other_tracked, self._data if region is None else region)
        if isinstance(other, CoreTensor):
            if other._data.shape != self._data.shape and region is None:
                _check_fits(self._data.shape, other._data.shape)
            core_views.check_overlap(self._data, other._data)
        return enabled and (self.requires_grad or other_tracked)

    def _bump(self) -> None:
        """Record an in-place change; views of the same memory get remade nodes."""
        self._version[0] += 1
        if self._tracks_views and (
            getattr(self, "_view_of", None) is not None
            or getattr(self, "_views_alive", None) is not None
        ):
            core_views.changed(self)

    def _snapshot(self) -> Tensor:
        """A copy that stands for this tensor's value before an in-place change."""
        return type(self)._wrap(self._data.copy(), self._node)

    def _adopt(self, result: Tensor) -> None:
        """Take ``result``'s value and history: the in-place change, recorded in the graph
        (through a view, the base's history is rewritten; see ``core.views``)."""
        core_views.adopt(self, result)

    def _inplace(self, key: str, prim: P.Primitive, other: Any, alpha: Any = 1) -> Tensor:
        """``self = prim(self, other)`` in place (``alpha``: ``self + alpha * other``)."""
        o = _operand(other)
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
                f"result type {_TYPE_NAMES[result._data.dtype.name]} can't be cast to the "
                f"desired output type {_TYPE_NAMES[self._data.dtype.name]}"
            )
        _check_fits(d.shape, result._data.shape)
        self._data[...] = result._data
        self._bump()
        return self

    def _inplace_unary(self, key: str, fn: Any) -> Tensor:
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

    def add_(self, other: Any, alpha: Any = 1) -> Tensor:
        return self._inplace("add", P.ADD, other, alpha)

    def sub_(self, other: Any, alpha: Any = 1) -> Tensor:
        return self._inplace("sub", P.SUB, other, alpha)

    def mul_(self, other: Any) -> Tensor:
        return self._inplace("mul", P.MUL, other)

    def div_(self, other: Any) -> Tensor:
        return self._inplace("div", P.DIV, other)

    __iadd__ = add_
    __isub__ = sub_
    __imul__ = mul_
    __itruediv__ = div_

    def clamp_(self, min: Any = None, max: Any = None) -> Tensor:  # noqa: A002
        """``clamp`` in place (ClampBackward1)."""
        return self._inplace_unary("clamp", lambda t: t.clamp(min, max))

    clip_ = clamp_

    def relu_(self) -> Tensor:
        """``relu`` in place (ReluBackward0)."""
        return self._inplace_unary("relu", lambda t: t.relu())

    def zero_(self) -> Tensor:
        """Fill with zeros in place (how ``x.grad.zero_()`` clears accumulated gradients)."""
        return self._fill("zero", 0)

    def fill_(self, value: Any) -> Tensor:
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

    def _fill(self, key: str, value: Any) -> Tensor:
        if self._inplace_tracked(region=False):
            self._adopt(_op(key, P.FILL, self._snapshot(), value=value))
            return self
        self._data[...] = value
        self._bump()
        return self

    def copy_(self, src: Any) -> Tensor:
        """Copy ``src`` (broadcast, cast) into this tensor (CopyBackwards)."""
        o = _operand(src)
        if o is None:
            raise TypeError(f"copy_(): argument 'src' must be Tensor, not {type(src).__name__}")
        if not isinstance(o, CoreTensor):
            o = Tensor._wrap(np.asarray(o))
        tracked = self._inplace_tracked(o)
        _check_fits(self._data.shape, o._data.shape)
        if tracked:
            self._adopt(_op("copy", P.COPY, self._snapshot(), o))
            return self
        self._data[...] = o._data
        self._bump()
        return self


_TYPE_NAMES = {
    "float32": "Float",
    "float64": "Double",
    "int64": "Long",
    "int32": "Int",
    "bool": "Bool",
}


# operands the arithmetic operators pass to the engine as they are (see ``_operand``)
_PLAIN_NUMBERS = frozenset({builtins.float, builtins.int})
_PLAIN = frozenset({builtins.float, builtins.int, Tensor})
_INPLACE_UFUNCS = (np.add, np.subtract, np.multiply, np.true_divide)
_FLOATS = (np.dtype(np.float32), np.dtype(np.float64))


def _raw(x: Any) -> Any:
    return x._data if isinstance(x, CoreTensor) else x


_MATMUL_KEYS = {(1, 1): "matmul_dot", (2, 1): "matmul_mv", (2, 2): "matmul_mm", (1, 2): "matmul_vm"}


def _binary_op(key: str, prim: P.Primitive, a: Any, b: Any) -> Tensor:
    """``_op`` for two operands and no parameters (errors propagate unchanged)."""
    out = apply(prim, a, b)
    node = out._node
    if node is not None:
        node.name = GRAD_FN_NAMES[key]
    return out


def matmul(a: Tensor, b: Tensor) -> Tensor:
    """Matrix product with PyTorch's names: Dot (1-D·1-D), Mv (2-D·1-D), Mm (2-D·2-D)."""
    na, nb = a._data.ndim, b._data.ndim
    if na == 0 or nb == 0:
        raise RuntimeError(
            f"both arguments to matmul need to be at least 1D, but they are {na}D and {nb}D"
        )
    try:
        return _binary_op(_MATMUL_KEYS.get((na, nb), "matmul_bmm"), P.MATMUL, a, b)
    except ValueError:
        if na == 1 and nb == 1:
            na_, nb_ = a._data.shape[0], b._data.shape[0]
            raise RuntimeError(
                f"inconsistent tensor size, expected tensor [{na_}] and src [{nb_}] to have the "
                f"same number of elements, but got {na_} and {nb_} elements respectively"
            ) from None
        sa_, sb_ = a._data.shape, b._data.shape
        if nb == 1 and na == 2:
            raise RuntimeError(
                f"size mismatch, got input ({sa_[0]}), mat ({sa_[0]}x{sa_[1]}), vec ({sb_[0]})"
            ) from None
        if nb >= 3 and na >= 2:  # a batched product: PyTorch's bmm says it
            try:
                batch = np.broadcast_shapes(sa_[:-2], sb_[:-2])
            except ValueError:
                raise RuntimeError(_size_mismatch(sa_[:-2], sb_[:-2])) from None
            n = int(np.prod(batch, dtype=np.int64))
            raise RuntimeError(
                "Expected size for first two dimensions of batch2 tensor to be: "
                f"[{n}, {sa_[-1]}] but got: [{n}, {sb_[-2]}]."
            ) from None
        # PyTorch shows a vector as a 1-row matrix and folds batch dimensions into the rows
        rows = (1,) + sa_ if na == 1 else (int(np.prod(sa_[:-1], dtype=np.int64)), sa_[-1])
        sa = "x".join(str(n) for n in rows[-2:])
        sb = "x".join(str(n) for n in sb_)
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({sa} and {sb})") from None


def seeds_for(outputs: list[Tensor], grads: list[Any]) -> list[Tensor]:
    """The gradient each output starts from, checked as PyTorch checks it."""
    seeds = []
    for i, (out, g) in enumerate(zip(outputs, grads)):
        if g is None:
            if out._data.size != 1:
                raise RuntimeError("grad can be implicitly created only for scalar outputs")
            seeds.append(type(out)._wrap(np.ones(out._data.shape, out._data.dtype)))
            continue
        if not isinstance(g, CoreTensor):
            raise TypeError(f"gradients can be either Tensors or None, but got {type(g).__name__}")
        if g._data.shape != out._data.shape:
            raise RuntimeError(
                f"Mismatch in shape: grad_output[{i}] has a shape of {Size(g._data.shape)} and "
                f"output[{i}] has a shape of {Size(out._data.shape)}."
            )
        if g._data.dtype != out._data.dtype:
            g = type(out)._wrap(g._data.astype(out._data.dtype))
        seeds.append(g)
    return seeds


INDEX_PUT_EXPANDED = (
    "Use of index_put_ on expanded tensors is deprecated. Please clone() the tensor before "
    "performing this operation. This also applies to advanced indexing e.g. tensor[indices] = "
    "tensor"
)
SCALAR_WARNING = (
    "Converting a tensor with requires_grad=True to a scalar may lead to unexpected behavior.\n"
    "Consider using tensor.detach() first."
)
CREATE_GRAPH_WARNING = (
    "Using backward() with create_graph=True will create a reference cycle between the "
    "parameter and its gradient which can cause a memory leak. We recommend using "
    "autograd.grad when creating the graph to avoid this. If you have to use this function, "
    "make sure to reset the .grad fields of your parameters to None after use to break the "
    "cycle and avoid the leak."
)
_warned: set[str] = set()


def warn_once(message: str, stacklevel: int) -> None:
    """A UserWarning PyTorch gives once per process (its ``TORCH_WARN_ONCE``)."""
    if message not in _warned:
        _warned.add(message)
        warnings.warn(message, UserWarning, stacklevel=stacklevel + 1)


def run_backward(
    outputs: list[Tensor],
    seeds: list[Tensor],
    retain_graph: bool,
    create_graph: bool,
    inputs: list[Tensor] | None = None,
) -> None:
    """``backward()`` for a checked list of outputs: accumulate into the leaves' ``.grad``
    (or, with ``inputs``, into those tensors' ``.grad`` only)."""
    for out in outputs:
        if not out.requires_grad:
            raise RuntimeError(NO_GRAD_FN)
    if create_graph:
        warn_once(CREATE_GRAPH_WARNING, 1)  # PyTorch reports it from inside its engine
    if inputs is None:
        core_backward.backward(outputs, seeds, retain_graph, create_graph)
        return
    grads = core_backward.grad(outputs, seeds, inputs, retain_graph, create_graph)
    for t, g in zip(inputs, grads):
        if g is not None:
            core_backward.accumulate(t, g, create_graph)
