"""``tf.keras.optimizers.SGD``: plain, momentum and Nesterov gradient descent on Variables."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..indexed_slices import IndexedSlices
from ..tensor import Tensor, Variable, operand

__all__ = ["SGD"]

_paths: dict[str, int] = {}


class _KerasVariable(Variable):
    """An optimizer's own variable, printed as Keras 3 prints it (with its path)."""

    def __init__(self, value: Any, owner: str, name: str) -> None:
        super().__init__(value, trainable=False, name=name)
        self._path = f"{owner}/{name}"

    @property
    def path(self) -> str:
        return self._path

    def __repr__(self) -> str:
        data = self._data
        value = repr(data.item()) if data.ndim == 0 else str(data)
        return (
            f"<Variable path={self._path}, shape={self.shape}, dtype={self._dtype.name}, "
            f"value={value}>"
        )

    __str__ = __repr__


def _unique(name: str) -> str:
    """Keras's automatic names: ``sgd``, then ``sgd_1``, ``sgd_2``..."""
    base = name.lower()
    n = _paths.get(base, 0)
    _paths[base] = n + 1
    return base if n == 0 else f"{base}_{n}"


class SGD:
    """``var -= learning_rate * grad`` (with momentum: a velocity per variable)."""

    def __init__(
        self,
        learning_rate: float = 0.01,
        momentum: float = 0.0,
        nesterov: bool = False,
        name: str = "SGD",
        **kwargs: Any,
    ) -> None:
        if not 0 <= momentum <= 1:
            raise ValueError("`momentum` must be a float between [0, 1].")
        self.name = name
        self.momentum = float(momentum)
        self.nesterov = bool(nesterov)
        path = _unique(name)
        self._learning_rate = _KerasVariable(float(learning_rate), path, "learning_rate")
        self._iterations = _KerasVariable(np.int64(0), path, "iteration")
        self._velocities: dict[int, Variable] = {}

    @property
    def learning_rate(self) -> Variable:
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value: Any) -> None:
        self._learning_rate.assign(float(value))

    @property
    def iterations(self) -> Variable:
        """How many times ``apply_gradients`` has run (an int64 variable)."""
        return self._iterations

    def apply_gradients(self, grads_and_vars: Any, name: str | None = None) -> Variable:
        """One step: each variable moves against its gradient; ``None`` gradients are skipped."""
        pairs = [(g, v) for g, v in grads_and_vars if g is not None]
        for g, v in pairs:
            self._step(g, v)
        self._iterations.assign_add(np.int64(1))
        return self._iterations

    def _step(self, g: Any, v: Variable) -> None:
        if isinstance(g, IndexedSlices):
            g = g._dense()
        grad = operand(g, v._dtype)._data.astype(v._dtype)
        lr = v._dtype.type(self._learning_rate._data)
        if self.momentum == 0:
            v.assign_sub(Tensor._wrap(np.asarray(grad * lr, dtype=v._dtype)))
            return
        m = self._velocities.get(v._serial)
        if m is None:
            m = Variable(np.zeros(v._data.shape, v._dtype), trainable=False, name="momentum")
            self._velocities[v._serial] = m
        mom = v._dtype.type(self.momentum)
        m.assign(Tensor._wrap(np.asarray(mom * m._data - grad * lr, dtype=v._dtype)))
        if self.nesterov:
            step = mom * m._data - grad * lr
        else:
            step = m._data
        v.assign_add(Tensor._wrap(np.asarray(step, dtype=v._dtype)))

    def minimize(self, loss: Any, var_list: Any, tape: Any = None) -> Variable:
        """Differentiate ``loss`` (a callable, or a tensor recorded on ``tape``) and step."""
        from ..tape import GradientTape

        var_list = list(var_list() if callable(var_list) else var_list)
        if callable(loss):
            with GradientTape() as t:
                value = loss()
            grads = t.gradient(value, var_list)
        else:
            if tape is None:
                raise ValueError("`tape` is required when a `Tensor` loss is passed.")
            grads = tape.gradient(loss, var_list)
        return self.apply_gradients(zip(grads, var_list))
