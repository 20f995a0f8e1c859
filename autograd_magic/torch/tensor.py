"""``autograd_magic.torch.Tensor``: PyTorch's tensor API over the engine's tensor.

The torch front end only wraps values, spells names, prints and decides PyTorch's policy
(accumulate into ``.grad``, scalar-only ``backward()``, the exact error messages). All
mathematics lives in ``core``. ``Tensor``'s methods are grouped by job, one module each:

- here: the class itself, autograd attributes (``requires_grad``, ``grad``, ``grad_fn``,
  ``backward``, ``detach``), values and shape (``dtype``, ``shape``, ``item``, ``numpy``),
  printing, dtype conversion (``to``, ``float``), and ``torch.autograd``'s ``backward`` and
  ``grad`` (here, so that ``Tensor.backward`` needs no import back from ``autograd``);
- ``tensor_math.py``: operators and elementwise functions (``+``, ``<``, ``sin``, ``clamp``);
- ``tensor_reductions.py``: ``sum``, ``mean``, ``max``, ``var``, ``softmax``, ...;
- ``tensor_views.py``: ``reshape``, ``view``, ``permute``, ``expand``, ``x[i]``, ``matmul``;
- ``tensor_inplace.py``: ``x[i] = v``, ``add_``, ``fill_``, ``copy_`` and their checks;
- ``calls.py``: how a call becomes an engine primitive with PyTorch's node name and errors.
"""

from __future__ import annotations

import builtins
import warnings
import weakref
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..core import backward as core_backward
from ..core import primitives as P
from ..core import rebase
from ..core.tensor import Tensor as CoreTensor
from ..core.zeros import ZeroArray
from . import dtypes as D
from ._printing import format_tensor
from .calls import _op, matmul
from .errors import engine_error
from .grad_fn import GradFn, grad_fn_of
from .names import NODE_NAMES, SAVED_IN_ORDER
from .tensor_inplace import InplaceMixin
from .tensor_math import MathMixin
from .tensor_reductions import ReductionMixin
from .tensor_views import ViewMixin

__all__ = ["Size", "Tensor", "backward", "grad", "matmul", "run_backward", "seeds_for"]

_ZERO_TO_NUMPY = " Cannot convert a ZeroTensor to numpy. Set force=True if you need the zero array."
NON_LEAF_GRAD_WARNING = (
    "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
    "attribute won't be populated during autograd.backward(). If you indeed want the .grad "
    "field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If "
    "you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. "
    "See github.com/pytorch/pytorch/pull/30531 for more information."
)
ONLY_FLOAT = "only Tensors of floating point dtype can require gradients"
NO_GRAD_FN = "element 0 of tensors does not require grad and does not have a grad_fn"
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


class Size(tuple):
    """A tensor's shape: a tuple that prints as ``torch.Size([2, 3])``."""

    def __repr__(self) -> str:
        return f"torch.Size({list(self)})"

    __str__ = __repr__

    def numel(self) -> int:
        return int(np.prod(self, dtype=np.int64))


class Tensor(MathMixin, ReductionMixin, ViewMixin, InplaceMixin, CoreTensor):
    """A PyTorch-style tensor: a NumPy array with ``requires_grad``, ``grad`` and ``grad_fn``."""

    __slots__ = ()
    __array_priority__ = 1000
    _tracks_views = True
    _engine_error = staticmethod(engine_error)
    _front_end = "torch"
    _node_names = NODE_NAMES
    _saved_in_order = SAVED_IN_ORDER

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
        if self._node is None:
            return True
        rebase.current(self)  # PyTorch reads the grad_fn here
        return False

    @property
    def grad_fn(self) -> GradFn | None:
        if self._node is None:
            return None
        rebase.current(self)
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
        if self._node is not None and not self._retains_grad:
            rebase.current(self)  # the hook goes on the current grad_fn
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
        backward(self, gradient, retain_graph, create_graph, inputs=inputs)

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

    def is_floating_point(self) -> bool:
        """True for a float32 or float64 tensor (a method, as in PyTorch)."""
        return self._data.dtype.kind == "f"

    def item(self) -> Any:
        """The single value as a Python number."""
        if self._data.size != 1:
            raise RuntimeError(
                f"a Tensor with {self._data.size} elements cannot be converted to Scalar"
            )
        return self._data.reshape(-1)[0].item()

    def tolist(self) -> Any:
        if type(self._data) is ZeroArray:  # sgn's derivative (core/zeros.py) has no storage
            raise RuntimeError("tolist() shouldn't be called on a tensor with unallocated storage")
        return self._data.tolist()

    def numpy(self, force: bool = False) -> np.ndarray:
        """The underlying array (shared memory); refused while the tensor requires grad and
        for a ZeroTensor, unless ``force`` (then a ZeroTensor gives a new array of zeros)."""
        if type(self._data) is ZeroArray:
            if not force:
                raise RuntimeError(_ZERO_TO_NUMPY)
            return np.zeros(self._data.shape, self._data.dtype)
        if self.requires_grad and not force:
            raise RuntimeError(
                "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() "
                "instead."
            )
        return self._data

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        if type(self._data) is ZeroArray:
            raise RuntimeError(_ZERO_TO_NUMPY)
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
            rebase.current(self)
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
            return f"torch.{D.TYPE_NAMES[self._data.dtype.name]}Tensor"
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
        """This tensor if its memory is in C order, else a C-ordered copy (CloneBackward0)."""
        if self._data.flags.c_contiguous:
            return self
        out = self.clone()
        out._data = np.ascontiguousarray(out._data)
        return out


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


def _as_list(x: Any) -> list[Any]:
    """``None``, one tensor or a sequence of tensors, as a list."""
    if x is None:
        return []
    if isinstance(x, Tensor):
        return [x]
    return list(x)


def backward(
    tensors: Tensor | Sequence[Tensor],
    grad_tensors: Any = None,
    retain_graph: bool | None = None,
    create_graph: bool = False,
    inputs: Any = None,
) -> None:
    """``torch.autograd.backward``: accumulate the gradients of ``tensors`` into the ``.grad``
    of every leaf they reach (``Tensor.backward`` is this for one tensor)."""
    outputs = _as_list(tensors)
    grads = _as_list(grad_tensors) if grad_tensors is not None else [None] * len(outputs)
    if isinstance(grad_tensors, Tensor):
        grads = [grad_tensors]
    targets = None
    if inputs is not None:
        targets = _as_list(inputs)
        if not targets:
            raise RuntimeError("`inputs` argument to `backward()` cannot be empty.")
    seeds = seeds_for(outputs, grads)
    keep = create_graph if retain_graph is None else retain_graph
    run_backward(outputs, seeds, keep, create_graph, targets)


def grad(
    outputs: Tensor | Sequence[Tensor],
    inputs: Tensor | Sequence[Tensor],
    grad_outputs: Any = None,
    retain_graph: bool | None = None,
    create_graph: bool = False,
    allow_unused: bool | None = None,
    materialize_grads: bool = False,
) -> tuple[Tensor | None, ...]:
    """d(outputs)/d(inputs) as a tuple, touching no ``.grad`` (PyTorch's ``autograd.grad``)."""
    outs = _as_list(outputs)
    ins = _as_list(inputs)
    gouts = _as_list(grad_outputs) if grad_outputs is not None else [None] * len(outs)
    if isinstance(grad_outputs, Tensor):
        gouts = [grad_outputs]
    for out in outs:
        if not out.requires_grad:
            raise RuntimeError(NO_GRAD_FN)
    for t in ins:
        if not t.requires_grad:
            raise RuntimeError("One of the differentiated Tensors does not require grad")
    seeds = seeds_for(outs, gouts)
    keep = create_graph if retain_graph is None else retain_graph
    result = core_backward.grad(outs, seeds, ins, keep, create_graph)
    allow = materialize_grads if allow_unused is None else allow_unused
    for i, g in enumerate(result):
        if g is None and not allow:
            raise RuntimeError(
                f"The differentiated Tensor at index {i} appears to not have been used in the "
                "graph. Set allow_unused=True if this is the desired behavior."
            )
    if materialize_grads:
        result = [
            type(t)._wrap(np.zeros_like(t._data)) if g is None else g for t, g in zip(ins, result)
        ]
    return tuple(result)
