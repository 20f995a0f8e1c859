"""Tensor methods that reduce: ``sum``, ``mean``, ``max``/``min`` (with their indices),
``amax``/``amin``, ``prod``, ``argmax``/``argmin``, ``all``/``any``, ``var``/``std``,
``norm``, ``softmax``/``log_softmax``, ``cumsum``, and ``repeat``.

``ReductionMixin`` is one of the bases of ``tensor.Tensor``.
"""

from __future__ import annotations

import builtins
import warnings
from typing import TYPE_CHECKING, Any

import numpy as np

from ..core import primitives as P
from ..core.tensor import Tensor as CoreTensor
from . import dtypes as D
from . import return_types
from .calls import _binary, _dim_arg, _op, _shape_args

DOF_WARNING = (
    "{}(): degrees of freedom is <= 0. Correction should be strictly less than the reduction "
    "factor (input numel divided by output numel)."
)


def _one_dim(name: str, dim: Any) -> None:
    """PyTorch's TypeError for a ``dim`` that is not one int (a tuple, a list)."""
    if isinstance(dim, (tuple, list)):
        raise TypeError(f"{name}(): argument 'dim' must be int, not {type(dim).__name__}")


if TYPE_CHECKING:  # typing.Self is Python 3.11+; annotations here are never evaluated
    from typing_extensions import Self


def _spread_method(key: str, prim: P.Primitive, doc: str) -> Any:
    """``var`` or ``std`` with PyTorch's arguments: over ``dim`` (all by default), divided by
    N - correction (default 1; the old ``unbiased`` argument, also given positionally as
    ``x.var(False)``, says 1 or 0)."""

    def spread(
        self: Any,
        dim: Any = None,
        unbiased: Any = None,
        keepdim: bool = False,
        *,
        correction: Any = None,
    ) -> Any:
        if isinstance(dim, builtins.bool):  # var(False): the old unbiased argument
            dim, unbiased = None, dim
        if correction is None:
            correction = 1 if unbiased is None or unbiased else 0
        axis = _dim_arg(dim, self.ndim)
        shape = self._data.shape
        kept = shape if axis is None else [shape[a] for a in np.atleast_1d(axis)]
        if int(np.prod(kept, dtype=np.int64)) - correction > 0:
            return _op(key, prim, self, axis=axis, correction=correction, keepdims=keepdim)
        warnings.warn(DOF_WARNING.format(key), UserWarning, stacklevel=2)
        with warnings.catch_warnings():  # NumPy's own words for it
            warnings.simplefilter("ignore", RuntimeWarning)
            return _op(key, prim, self, axis=axis, correction=correction, keepdims=keepdim)

    spread.__name__ = key
    spread.__qualname__ = f"Tensor.{key}"
    spread.__doc__ = doc
    return spread


class ReductionMixin:
    """Reductions of ``Tensor`` (see the module docstring)."""

    __slots__ = ()

    def sum(self, dim: Any = None, keepdim: bool = False, dtype: Any = None) -> Self:
        x = self if dtype is None else self.to(dtype)
        if dim is None and not keepdim:
            out = _op("sum", P.SUM, x)
        else:
            out = _op("sum_dim", P.SUM, x, axis=_dim_arg(dim, x.ndim), keepdims=keepdim)
        if out._data.dtype.kind in "biu" and dtype is None:
            out._data = out._data.astype(np.int64)  # PyTorch sums integers and bools as int64
        return out

    def mean(self, dim: Any = None, keepdim: bool = False, dtype: Any = None) -> Self:
        x = self if dtype is None else self.to(dtype)
        if x._data.dtype.kind != "f":
            raise RuntimeError(
                "mean(): could not infer output dtype. Input dtype must be either a floating "
                f"point or complex dtype. Got: {D.TYPE_NAMES[x._data.dtype.name]}"
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
        return kind(values, type(self)._wrap(idx.astype(np.int64)))

    def max(self, dim: Any = None, keepdim: bool = False) -> Any:
        return self._extreme("max", P.AMAX, None, dim, keepdim)

    def min(self, dim: Any = None, keepdim: bool = False) -> Any:
        return self._extreme("min", P.AMIN, None, dim, keepdim)

    def amax(self, dim: Any = None, keepdim: bool = False) -> Self:
        axis = _dim_arg(dim, self.ndim)
        return _op("amax", P.AMAX, self, axis=axis, keepdims=keepdim, even="amax")

    def amin(self, dim: Any = None, keepdim: bool = False) -> Self:
        axis = _dim_arg(dim, self.ndim)
        return _op("amin", P.AMIN, self, axis=axis, keepdims=keepdim, even="amax")

    def prod(self, dim: Any = None, keepdim: bool = False) -> Self:
        if dim is None:
            out = _op("prod", P.PROD, self)
        else:
            out = _op("prod_dim", P.PROD, self, axis=_dim_arg(dim, self.ndim), keepdims=keepdim)
        if out._data.dtype.kind in "biu":
            out._data = out._data.astype(np.int64)
        return out

    def argmax(self, dim: Any = None, keepdim: bool = False) -> Self:
        out = np.argmax(self._data, axis=dim, keepdims=keepdim if dim is not None else False)
        return type(self)._wrap(np.asarray(out, dtype=np.int64))

    def argmin(self, dim: Any = None, keepdim: bool = False) -> Self:
        out = np.argmin(self._data, axis=dim, keepdims=keepdim if dim is not None else False)
        return type(self)._wrap(np.asarray(out, dtype=np.int64))

    def all(self) -> Self:
        return type(self)._wrap(np.asarray(np.all(self._data)))

    def any(self) -> Self:
        return type(self)._wrap(np.asarray(np.any(self._data)))

    def softmax(self, dim: int) -> Self:
        _one_dim("softmax", dim)
        return _op("softmax", P.SOFTMAX, self, axis=_dim_arg(dim, self.ndim))

    def log_softmax(self, dim: int) -> Self:
        _one_dim("log_softmax", dim)
        return _op("log_softmax", P.LOG_SOFTMAX, self, axis=_dim_arg(dim, self.ndim))

    var = _spread_method(
        "var", P.VAR, "Variance over ``dim`` (all by default), divided by N - correction."
    )
    std = _spread_method(
        "std", P.STD, "Standard deviation over ``dim`` (all by default): sqrt of ``var``."
    )

    def norm(self, p: Any = "fro", dim: Any = None, keepdim: bool = False) -> Self:
        """The vector p-norm over ``dim`` (all elements by default; 'fro' is p = 2)."""
        if p == "fro" or p is None:
            p = 2
        if isinstance(p, str) or not np.isfinite(p) or p <= 0:
            raise NotImplementedError(
                f"norm(p={p!r}) is not supported here: use p = 'fro' or a finite p > 0"
            )
        axis = _dim_arg(dim, self.ndim)
        return _op("norm", P.NORM, self, p=builtins.float(p), axis=axis, keepdims=keepdim)

    def cumsum(self, dim: int) -> Self:
        """Running sums along ``dim``."""
        _one_dim("cumsum", dim)
        out = _op("cumsum", P.CUMSUM, self, axis=_dim_arg(dim, self.ndim) or 0)
        if out._data.dtype.kind in "biu":
            out._data = out._data.astype(np.int64)
        return out

    def repeat(self, *sizes: Any) -> Self:
        """Tile the tensor ``sizes[i]`` times along each dimension (new dims in front)."""
        reps = _shape_args(sizes)
        if len(reps) < self.ndim:
            raise RuntimeError(
                "Number of dimensions of repeat dims can not be smaller than number of "
                "dimensions of tensor"
            )
        return _op("repeat", P.REPEAT, self, reps=reps)
