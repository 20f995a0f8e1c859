"""How a PyTorch call becomes an engine call: apply a primitive, name its node, say errors.

Every tensor method and ``torch.*`` function goes through one of these helpers:

- ``_op``: apply a primitive (any operands, any parameters) and give the node the name PyTorch
  gives it (``GRAD_FN_NAMES`` in ``names.py``); ``_unary`` and ``_binary`` are the same for the
  hot paths of one and two operands, ``_binary`` also turning NumPy's broadcast error into
  PyTorch's; ``_with_alpha`` adds ``alpha=``; ``_compare`` applies a comparison (never named:
  comparisons record no node); ``_arith`` makes an operator method.
- argument conversion as PyTorch takes arguments: ``_operand``, ``_shape_args``, ``_dim_arg``;
- PyTorch's error texts for shapes: ``_size_mismatch``, ``_check_fits``;
- ``matmul``, with PyTorch's node names (Dot, Mv, Mm) and its errors.
"""

from __future__ import annotations

import builtins
from typing import Any

import numpy as np

from ..core import primitives as P
from ..core.apply import apply
from ..core.tensor import Tensor as CoreTensor
from .names import GRAD_FN_NAMES

# operands the arithmetic operators pass to the engine as they are (see ``_operand``)
_PLAIN_NUMBERS = frozenset({builtins.float, builtins.int})


def _op(key: str, prim: P.Primitive, *args: Any, **params: Any) -> Any:
    """Apply an engine primitive and give the node PyTorch's name for this call."""
    out = apply(prim, *args, **params)
    if out._node is not None:
        out._node.name = GRAD_FN_NAMES[key]
    return out


def _unary(key: str, prim: P.Primitive, x: Any) -> Any:
    """``_op`` for a primitive of one operand and no parameters."""
    out = apply(prim, x)
    node = out._node
    if node is not None:
        node.name = GRAD_FN_NAMES[key]
    return out


def _binary(key: str, prim: P.Primitive, a: Any, b: Any) -> Any:
    """``_op`` for two operands and no parameters, with PyTorch's broadcast error."""
    try:
        out = apply(prim, a, b)
    except ValueError:
        raise RuntimeError(_size_mismatch(_shape_of(a), _shape_of(b))) from None
    node = out._node
    if node is not None:
        node.name = GRAD_FN_NAMES[key]
    return out


def _with_alpha(key: str, prim: P.Primitive, a: Any, b: Any, alpha: Any) -> Any:
    """``_binary``, or for ``alpha != 1`` the add/sub that scales ``b`` by ``alpha``."""
    if alpha == 1:
        return _binary(key, prim, a, b)
    try:
        out = apply(prim, a, b, alpha=alpha)
    except ValueError:
        raise RuntimeError(_size_mismatch(_shape_of(a), _shape_of(b))) from None
    if out._node is not None:
        out._node.name = GRAD_FN_NAMES[key]
    return out


def _compare(prim: P.Primitive, a: Any, b: Any) -> Any:
    """``a < b`` and the other comparisons: a bool tensor, never recorded, so never named."""
    try:
        return apply(prim, a, b)
    except ValueError:
        raise RuntimeError(_size_mismatch(_shape_of(a), _shape_of(b))) from None


def _arith(key: str, prim: P.Primitive) -> Any:
    """The operator method ``a <op> other`` of ``prim`` (``__add__``, ...): ``_binary`` after
    converting ``other``, NotImplemented for operands we don't take."""

    def method(a: Any, other: Any) -> Any:
        kind = type(other)
        if kind not in _PLAIN_NUMBERS and kind is not type(a):  # these need no conversion
            other = _operand(other, type(a))
            if other is None:
                return NotImplemented
        return _binary(key, prim, a, other)

    return method


def _operand(x: Any, cls: type) -> Any:
    """A tensor or a Python/NumPy scalar stays as it is; an ndarray becomes a ``cls`` tensor;
    None for anything else (the operator then returns NotImplemented)."""
    kind = type(x)
    if kind is builtins.float or kind is builtins.int:
        return x
    if isinstance(x, CoreTensor):
        return x
    if isinstance(x, np.ndarray):
        return cls._wrap(x)
    if isinstance(x, (builtins.int, builtins.float, builtins.bool, np.number, np.bool_)):
        return x
    return None


def _raw(x: Any) -> Any:
    """A tensor's array, or the value itself."""
    return x._data if isinstance(x, CoreTensor) else x


def _shape_of(x: Any) -> tuple[int, ...]:
    """The shape of an operand as PyTorch reports it in a size mismatch (a number: ``()``)."""
    return x._data.shape if isinstance(x, CoreTensor) else ()


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


def _shape_args(shape: tuple[Any, ...]) -> tuple[int, ...]:
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    return tuple(builtins.int(s) for s in shape)


def _dim_arg(dim: Any, ndim: int | None = None) -> Any:
    """A PyTorch ``dim`` as a NumPy axis, checked against ``ndim`` as PyTorch checks it.

    A 0-d tensor accepts dim 0 and -1 (reducing it changes nothing): that is axis ``None``.
    No dims at all (``dim=()``) reduces every dim, as in PyTorch: axis ``None`` too.
    """
    if isinstance(dim, list):
        dim = tuple(dim)
    if dim == ():
        return None
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


_MATMUL_KEYS = {(1, 1): "matmul_dot", (2, 1): "matmul_mv", (2, 2): "matmul_mm", (1, 2): "matmul_vm"}


def matmul(a: Any, b: Any) -> Any:
    """Matrix product with PyTorch's names: Dot (1-D·1-D), Mv (2-D·1-D), Mm (2-D·2-D)."""
    na, nb = a._data.ndim, b._data.ndim
    if na == 0 or nb == 0:
        raise RuntimeError(
            f"both arguments to matmul need to be at least 1D, but they are {na}D and {nb}D"
        )
    try:
        return _op(_MATMUL_KEYS.get((na, nb), "matmul_bmm"), P.MATMUL, a, b)
    except ValueError:
        if na == 1 and nb == 1:
            na_, nb_ = a._data.shape[0], b._data.shape[0]
            raise RuntimeError(
                f"inconsistent tensor size, expected tensor [{na_}] and src [{nb_}] to have the "
                f"same number of elements, but got {na_} and {nb_} elements respectively"
            ) from None
        sa_, sb_ = a._data.shape, b._data.shape
        if na <= 2 and nb >= 3 and a.requires_grad:
            # PyTorch folds b's batch into rows (b.mT) and multiplies by a.t() (or a): mm / mv
            rows_ = int(np.prod(sb_[:-2], dtype=np.int64)) * sb_[-1]
            if na == 1:
                raise RuntimeError(
                    f"size mismatch, got input ({rows_}), mat ({rows_}x{sb_[-2]}), vec ({sa_[0]})"
                ) from None
            raise RuntimeError(
                f"mat1 and mat2 shapes cannot be multiplied ({rows_}x{sb_[-2]} and "
                f"{sa_[1]}x{sa_[0]})"
            ) from None
        if nb == 1 and na >= 2:  # a matrix (or a batch folded into one) times a vector
            rows_ = int(np.prod(sa_[:-1], dtype=np.int64))
            raise RuntimeError(
                f"size mismatch, got input ({rows_}), mat ({rows_}x{sa_[-1]}), vec ({sb_[0]})"
            ) from None
        if nb >= 3:  # a batched product: PyTorch's bmm says it
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
