"""``tf.Variable``: a mutable, named value that tapes watch (TensorFlow's ``variables`` module).

A variable is not a tensor: it holds an engine leaf (its value now) in a ``_Cell`` and replaces
it on every ``assign``. Every read goes through ``_read``, which tells the recording tapes.
"""

from __future__ import annotations

import builtins
import itertools
from typing import Any

import numpy as np

from . import _recording as R
from . import dtypes as D
from ._bases import ValueFacts, VariableLike, _Ref
from ._conversion import _np_dtype
from ._printing import variable_repr
from .shapes import TensorShape
from .tensor import (
    Tensor,
    _index,
    _wrap,
    cast_to,
    convert_to_tensor,
    getitem,
)

__all__ = ["ResourceVariable", "Variable"]


# ---- Variables ----------------------------------------------------------------------------------


class _Cell:
    """A variable's current value; shared by the variable and views of it (``UnreadVariable``)."""

    __slots__ = ("value",)

    def __init__(self, value: Tensor) -> None:
        self.value = value


_variable_serials = itertools.count()


def _updater(name: str, ufunc: np.ufunc, doc: str) -> Any:
    """A ``Variable`` method ``value = ufunc(value, delta)`` with TensorFlow's arguments
    (a new value, as far as tapes are concerned)."""

    def update(
        self: Variable,
        delta: Any,
        use_locking: bool = False,
        name: str | None = None,
        read_value: bool = True,
    ) -> Any:
        return self._update(ufunc, delta, read_value)

    update.__name__ = name
    update.__qualname__ = f"Variable.{name}"
    update.__doc__ = doc
    return update


class Variable(ValueFacts, VariableLike):
    """A mutable, named tensor: ``tf.Variable``.

    Its value is an engine leaf that ``assign`` replaces (never changes in place), so a tape
    that read the old value still differentiates through the value it read. Reading a trainable
    variable inside a tape makes the tape watch it. ``tf.Variable(...)`` makes a
    ``ResourceVariable``, as TensorFlow does.
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> Variable:
        return object.__new__(ResourceVariable if cls is Variable else cls)

    def __init__(
        self,
        initial_value: Any = None,
        trainable: bool | None = None,
        validate_shape: bool = True,
        caching_device: Any = None,
        name: str | None = None,
        variable_def: Any = None,
        dtype: Any = None,
        import_scope: Any = None,
        constraint: Any = None,
        synchronization: Any = None,
        aggregation: Any = None,
        shape: Any = None,
        **kwargs: Any,
    ) -> None:
        if initial_value is None:
            raise ValueError("initial_value must be specified.")
        if callable(initial_value):
            initial_value = initial_value()
        if isinstance(initial_value, Variable):
            initial_value = initial_value._cell.value
        value = convert_to_tensor(initial_value) if isinstance(initial_value, Tensor) else None
        if value is not None and dtype is not None:
            value = cast_to(value, _np_dtype(dtype))
        if value is None:
            value = convert_to_tensor(initial_value, dtype=dtype)
        self._cell = _Cell(_wrap(np.array(value._data, copy=True)))
        self._trainable = True if trainable is None else builtins.bool(trainable)
        self._base_name = "Variable" if name is None else str(name).split(":")[0]
        self._serial = next(_variable_serials)
        self._constraint = constraint

    # ---- reading ---------------------------------------------------------------------------------

    def _read(self) -> Tensor:
        """The current value; the recording tapes that watch this variable watch this read too."""
        value = self._cell.value
        for tape in R.recording_tapes():
            tape._variable_accessed(self)
        return value

    @property
    def _data(self) -> np.ndarray:
        return self._cell.value._data

    @property
    def _dtype(self) -> np.dtype:
        return self._cell.value._data.dtype

    def read_value(self) -> Tensor:
        """The current value as a tensor (a read, which a tape records)."""
        return self._read()

    def value(self) -> Tensor:
        """The current value as a tensor (the same read as ``read_value``)."""
        return self._read()

    def numpy(self) -> Any:
        """A copy of the value (a NumPy scalar for a 0-d variable)."""
        data = self._cell.value._data
        return data[()] if data.ndim == 0 else data.copy()

    # ---- attributes ------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return f"{self._base_name}:0"

    @property
    def dtype(self) -> D.DType:
        return D.from_numpy(self._dtype)

    @property
    def trainable(self) -> bool:
        return self._trainable

    @property
    def device(self) -> str:
        return "/job:localhost/replica:0/task:0/device:CPU:0"

    @property
    def constraint(self) -> Any:
        return self._constraint

    def ref(self) -> Any:
        """A hashable reference, for use as a dict key (as in TensorFlow)."""
        return _Ref(self)

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"'ResourceVariable' object has no attribute '{name}'")

    __hash__ = object.__hash__

    # ---- assignment ------------------------------------------------------------------------------

    def _new_value(self, value: Any) -> np.ndarray:
        if isinstance(value, Variable):
            value = value._cell.value
        return convert_to_tensor(value, dtype=self.dtype)._data

    def _set(self, data: np.ndarray) -> None:
        self._cell.value = _wrap(np.array(data, dtype=self._dtype, copy=True))

    def assign(
        self,
        value: Any,
        use_locking: bool = False,
        name: str | None = None,
        read_value: bool = True,
    ) -> Any:
        """Give the variable a new value of the same shape and dtype."""
        new = self._new_value(value)
        if new.shape != self._data.shape:
            raise ValueError(
                f"Cannot assign value to variable ' {self.name}': Shape mismatch.The variable "
                f"shape {TensorShape(self._data.shape)}, and the assigned value shape "
                f"{TensorShape(new.shape)} are incompatible."
            )
        self._set(new)
        return self._unread() if read_value else None

    def _update(self, ufunc: np.ufunc, delta: Any, read_value: bool) -> Any:
        """``value = ufunc(value, delta)`` in the variable's dtype (assign_add, assign_sub)."""
        d = self._new_value(delta)
        with np.errstate(all="ignore"):
            self._set(ufunc(self._data, d, dtype=self._dtype))
        return self._unread() if read_value else None

    assign_add = _updater("assign_add", np.add, "Add ``delta`` to the value in place.")
    assign_sub = _updater("assign_sub", np.subtract, "Subtract ``delta`` from the value in place.")

    def _assign_slice(self, index: Any, value: Any) -> Any:
        data = self._data.copy()
        data[_index(index)] = self._new_value(value)
        self._set(data)
        return self._unread()

    def _unread(self) -> Variable:
        view = object.__new__(_UnreadVariable)
        view.__dict__.update(self.__dict__)
        return view

    # ---- conversions and printing ----------------------------------------------------------------

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        """A copy of the value (TensorFlow copies a variable's value for NumPy)."""
        if dtype is not None:
            return self._data.astype(dtype)
        return self._data.copy()

    def __index__(self) -> int:
        return self._cell.value.__index__()

    def __len__(self) -> int:
        return len(self._cell.value)

    def __iter__(self) -> Any:
        return iter(self._read())

    # no __format__: as in TensorFlow, ``f"{v}"`` is ``str(v)`` and a format spec is refused

    def __repr__(self) -> str:
        return variable_repr(self._data, D.from_numpy(self._dtype).name, self._repr_name())

    __str__ = __repr__

    def _repr_name(self) -> str:
        return self.name

    def __getitem__(self, index: Any) -> Tensor:
        out = getitem(self._read(), index)
        out._slice_of = (self, index)
        return out


class ResourceVariable(Variable):
    """The class of ``tf.Variable(...)`` objects, as in TensorFlow."""


class _UnreadVariable(Variable):
    """What ``assign`` returns: the same variable, printed as TensorFlow's ``UnreadVariable``."""

    def _repr_name(self) -> str:
        return "UnreadVariable"


def _delegate(name: str) -> Any:
    def method(self: Variable, *args: Any) -> Any:
        return getattr(self._read(), name)(*args)

    method.__name__ = name
    return method


for _name in (
    "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __floordiv__ "
    "__rfloordiv__ __mod__ __rmod__ __pow__ __rpow__ __matmul__ __rmatmul__ __neg__ __abs__ "
    "__invert__ __and__ __or__ __xor__ __lt__ __le__ __gt__ __ge__ __eq__ __ne__"
).split():
    setattr(Variable, _name, _delegate(_name))
Variable.__hash__ = object.__hash__  # type: ignore[method-assign]
