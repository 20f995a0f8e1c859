"""Module-level math (``torch.sin(x)``, ``torch.stack([...])``, ...), as thin calls on tensors.

A function that only calls the tensor method of the same name (``torch.sin(x)`` is
``x.sin()``) is not written out: it is made by ``_method_as_function`` from its name in
``_METHOD_FUNCTIONS`` at the end of this module. Functions with more to do (``where``,
``stack``, ``mm``'s checks) are written here in full.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from ..core import primitives as P
from ..core.tensor import Tensor as CoreTensor
from .calls import _op, _operand, _raw, _size_mismatch, matmul
from .factories import as_tensor
from .tensor import Tensor


def _t(x: Any) -> Tensor:
    """A tensor as it is; anything else (a number, a list) as a new tensor."""
    return x if isinstance(x, CoreTensor) else as_tensor(x)


def floor_divide(a: Any, b: Any) -> Tensor:
    return _t(a) // b


def pow(base: Any, exponent: Any) -> Tensor:  # noqa: A001
    if isinstance(base, CoreTensor):
        return base**exponent
    return exponent.__rpow__(base)


def where(condition: Tensor, a: Any, b: Any) -> Tensor:
    """``a`` where ``condition`` holds, else ``b``; differentiable in ``a`` and ``b``."""
    c = _t(condition)._data
    a_, b_ = _operand(a, Tensor), _operand(b, Tensor)
    first = a_ if isinstance(a_, CoreTensor) else b_ if isinstance(b_, CoreTensor) else None
    shapes = [np.shape(c), np.shape(_raw(a_)), np.shape(_raw(b_))]
    try:
        np.broadcast_shapes(*shapes)
    except ValueError:
        raise RuntimeError(_where_mismatch(shapes)) from None
    if first is None:
        return Tensor._wrap(np.where(c, a, b))
    return _op("where", P.WHERE, c, a_, b_)


def _where_mismatch(shapes: list[tuple[int, ...]]) -> str:
    """PyTorch's message for operands of ``where`` that do not broadcast (first clash)."""
    for i in range(len(shapes)):
        for j in range(i + 1, len(shapes)):
            try:
                np.broadcast_shapes(shapes[i], shapes[j])
            except ValueError:
                return _size_mismatch(shapes[i], shapes[j])
    return _size_mismatch(shapes[0], shapes[1])


def mm(a: Tensor, b: Tensor) -> Tensor:
    if a.ndim != 2 or b.ndim != 2:
        raise RuntimeError("self must be a matrix")
    return matmul(a, b)


def mv(a: Tensor, v: Tensor) -> Tensor:
    if a.ndim != 2 or v.ndim != 1:
        raise RuntimeError(f"vector + matrix @ vector expected, got {a.ndim}, {v.ndim}")
    return matmul(a, v)


def dot(a: Tensor, b: Tensor) -> Tensor:
    if a.ndim != 1 or b.ndim != 1:
        raise RuntimeError(f"1D tensors expected, but got {a.ndim}D and {b.ndim}D tensors")
    return matmul(a, b)


def reshape(x: Tensor, shape: Sequence[int]) -> Tensor:
    return _t(x).reshape(*shape)


def permute(x: Tensor, dims: Sequence[int]) -> Tensor:
    return _t(x).permute(*dims)


def _tensors(tensors: Sequence[Any], fn: str) -> list[Tensor]:
    if isinstance(tensors, CoreTensor) or not isinstance(tensors, (list, tuple)):
        raise TypeError(
            f"{fn}(): argument 'tensors' must be tuple of Tensors, not {type(tensors).__name__}"
        )
    if not tensors:
        raise RuntimeError(f"{fn} expects a non-empty TensorList")
    return [_t(x) for x in tensors]


def stack(tensors: Sequence[Tensor], dim: int = 0) -> Tensor:
    """Join tensors of one shape along a new dimension."""
    ts = _tensors(tensors, "stack")
    for i, x in enumerate(ts[1:], 1):
        if x._data.shape != ts[0]._data.shape:
            raise RuntimeError(
                f"stack expects each tensor to be equal size, but got {list(ts[0].shape)} at "
                f"entry 0 and {list(x.shape)} at entry {i}"
            )
    return _op("stack", P.STACK, *ts, axis=dim)


def cat(tensors: Sequence[Tensor], dim: int = 0) -> Tensor:
    """Join tensors along an existing dimension."""
    ts = _tensors(tensors, "cat")
    for i, t in enumerate(ts):
        if not t._data.shape:
            raise RuntimeError(f"zero-dimensional tensor (at position {i}) cannot be concatenated")
    try:
        return _op("cat", P.CONCAT, *ts, axis=dim)
    except ValueError as e:
        raise RuntimeError(f"Sizes of tensors must match except in dimension {dim}") from e


concat = cat


def allclose(a: Tensor, b: Tensor, rtol: float = 1e-05, atol: float = 1e-08) -> bool:
    return bool(np.allclose(_t(a)._data, _t(b)._data, rtol=rtol, atol=atol))


def equal(a: Tensor, b: Tensor) -> bool:
    return a._data.shape == b._data.shape and bool(np.array_equal(a._data, b._data))


def is_tensor(x: Any) -> bool:
    return isinstance(x, Tensor)


def numel(x: Tensor) -> int:
    return x.numel()


def detach(x: Tensor) -> Tensor:
    return x.detach()


def clone(x: Tensor) -> Tensor:
    return x.clone()


def is_floating_point(x: Tensor) -> bool:
    return x._data.dtype.kind == "f"


# the functions whose ``input`` PyTorch also takes as a Python number (``torch.add(2.0, 3.0)``);
# every other one raises TypeError for anything but a tensor (``torch.sin(2.0)``)
_NUMBER_INPUT = frozenset({"add", "sub", "mul", "div"})


def _tensor_input(name: str, input: Any) -> Tensor:  # noqa: A002 - PyTorch's name
    """``input`` if it is a tensor; else PyTorch's TypeError for ``torch.<name>(input)``."""
    if isinstance(input, CoreTensor):
        return input
    raise TypeError(
        f"{name}(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}"
    )


def _method_as_function(name: str) -> Callable[..., Any]:
    """``torch.<name>(input, *args, **kwargs)``: ``input.<name>(*args, **kwargs)``, with
    ``input`` made a tensor first; the signature is the method's, ``self`` spelled ``input``."""
    method = getattr(Tensor, name)
    signature = inspect.signature(method)
    params = list(signature.parameters.values())
    as_input = _t if name in _NUMBER_INPUT else functools.partial(_tensor_input, name)
    if len(params) == 1:

        def function(input: Any) -> Any:  # noqa: A002 - PyTorch's name
            if type(input) is Tensor:  # the hot path of scalar chains: no lookup, no *args
                return method(input)
            return getattr(as_input(input), name)()

    else:

        def function(input: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: A002
            return getattr(as_input(input), name)(*args, **kwargs)

    function.__name__ = function.__qualname__ = name
    function.__doc__ = (
        f"``torch.{name}(input, ...)``: ``input.{name}(...)`` (see ``Tensor.{name}``)."
    )
    params[0] = params[0].replace(name="input")
    function.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    return function


# the functions that are their tensor method: ``torch.<name>(x, ...)`` is ``x.<name>(...)``
_METHOD_FUNCTIONS = (
    # elementwise
    "abs sign sgn sin cos tan exp log sqrt tanh sigmoid relu relu_ reciprocal square neg isnan "
    # with the method's own arguments
    "add sub mul div clamp clip clamp_ maximum minimum "
    "sum mean max min amax amin prod argmax argmin var std norm cumsum softmax log_softmax "
    # shapes
    "flatten transpose squeeze unsqueeze t"
).split()
globals().update({name: _method_as_function(name) for name in _METHOD_FUNCTIONS})
