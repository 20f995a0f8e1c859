"""PyTorch's text for the errors the engine detects (``core/errors.py``).

The torch tensor class hands ``engine_error`` to the engine, so a backward pass through a
freed graph or a saved value changed in place prints exactly what PyTorch prints.
"""

from __future__ import annotations

import re

from ..core.errors import (
    OVERLAP,
    PARTIAL_OVERLAP,
    VIEW_MADE_UNRECORDED,
    VIEW_OF_LEAF,
    EngineError,
    GraphFreed,
    InPlaceRefused,
    SavedValueModified,
    ZeroTensorChanged,
    neutral_wording,
)
from . import dtypes as D
from .names import QUALIFIED

FREED_MESSAGE = (
    "Trying to backward through the graph a second time (or directly access saved tensors "
    "after they have already been freed). Saved intermediate values of the graph are freed when "
    "you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward "
    "through the graph a second time or if you need to access saved tensors after calling "
    "backward."
)

# An in-place change of a ZeroTensor (sgn's derivative, kept as a leaf's .grad: core/zeros.py)
ZERO_TENSOR_IMMUTABLE = (
    "ZeroTensors are immutable. Please use the materialized zero tensor obtained using .clone() "
    "if you want a mutable tensor."
)

# PyTorch's text for each in-place change the engine refuses (``InPlaceRefused.reason``)
IN_PLACE_REFUSED = {
    VIEW_OF_LEAF: (
        "a view of a leaf Variable that requires grad is being used in an in-place operation."
    ),
    VIEW_MADE_UNRECORDED: (
        "A view was created in no_grad mode and is being modified inplace with grad mode "
        "enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You "
        "can clarify your code by moving both the view and the inplace either both inside the "
        "no_grad block (if you don't want the inplace to be tracked) or both outside (if you "
        "want the inplace to be tracked)."
    ),
    OVERLAP: (
        "unsupported operation: more than one element of the written-to tensor refers to a "
        "single memory location. Please clone() the tensor before performing the operation."
    ),
    PARTIAL_OVERLAP: (
        "unsupported operation: some elements of the input tensor and the written-to tensor "
        "refer to a single memory location. Please clone() the tensor before performing the "
        "operation."
    ),
}

_NUMBERED = re.compile(r"Backward(\d+)$")


def _op_stem(name: str) -> str:
    """How PyTorch names a node in this message: ``ExpBackward0`` -> ``Exp``, ``PowBackward1``
    -> ``Pow1``, ``CopySlices`` -> ``torch::autograd::CopySlices``."""
    name = QUALIFIED.get(name, name)
    return _NUMBERED.sub(lambda m: "" if m.group(1) == "0" else m.group(1), name)


def _as_torch_saved(err: SavedValueModified) -> tuple[tuple[int, ...], str | None]:
    """The shape and producer PyTorch names for the changed value of ``err``.

    PyTorch computes vector ``@`` matrix as ``v.unsqueeze(0).mm(M)`` and saves the unsqueezed
    view; once ``v`` is changed in place, that view's node is remade from its base as
    ``AsStridedBackward0``, so the message describes a ``[1, n]`` tensor of ``AsStrided`` (no
    producer if ``v`` needs no gradient). The engine records one node and saves ``v`` itself.
    """
    node = err.node
    if node.name == "SqueezeBackward4" and len(err.shape) == 1 and err.producer is not node:
        return (1,) + tuple(err.shape), "AsStrided" if node.next[0] is not None else None
    producer = err.producer
    return tuple(err.shape), None if producer is None else _op_stem(producer.name)


def _modified_text(err: SavedValueModified) -> str:
    kind = D.TYPE_NAMES.get(err.dtype.name, err.dtype.name)
    shape, producer = _as_torch_saved(err)
    dims = ", ".join(str(n) for n in shape)
    where = f", which is output 0 of {producer}," if producer is not None else ""
    return (
        "one of the variables needed for gradient computation has been modified by an inplace "
        f"operation: [torch.{kind}Tensor [{dims}]]{where} is at version {err.version}; "
        f"expected version {err.expected} instead. Hint: enable anomaly detection to find the "
        "operation that failed to compute its gradient, with "
        "torch.autograd.set_detect_anomaly(True, check_nan=False)."
    )


def word_engine_error(err: EngineError) -> str:
    """PyTorch's message for an error the engine raised."""
    if isinstance(err, GraphFreed):
        return FREED_MESSAGE
    if isinstance(err, SavedValueModified):
        return _modified_text(err)
    if isinstance(err, InPlaceRefused):
        return IN_PLACE_REFUSED[err.reason]
    if isinstance(err, ZeroTensorChanged):
        return ZERO_TENSOR_IMMUTABLE
    return neutral_wording(err)


def engine_error(err: EngineError) -> RuntimeError:
    """The exception PyTorch raises for an error the engine found: a plain ``RuntimeError``."""
    return RuntimeError(word_engine_error(err))
