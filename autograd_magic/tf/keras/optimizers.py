"""``tf.keras.optimizers.SGD``: Keras 3's gradient descent (momentum, Nesterov, weight decay,
clipping) on Variables."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from .._numerics import tf_sum
from ..indexed_slices import IndexedSlices
from ..tape import GradientTape
from ..tensor import _wrap, operand
from ..variables import Variable

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


_LR_TYPE = (
    "Argument `learning_rate` should be float, or an instance of LearningRateSchedule, or a "
    "callable (that takes in the current iteration value and returns the corresponding "
    "learning rate value). Received instead: learning_rate="
)


def _not_implemented(what: str) -> NotImplementedError:
    return NotImplementedError(
        f"autograd_magic's tf.keras.optimizers.SGD does not implement {what}; use real Keras"
    )


class SGD:
    """Keras 3's ``SGD``: ``var -= learning_rate * grad``, with momentum, Nesterov momentum,
    weight decay and gradient clipping (``clipnorm``, ``clipvalue``, ``global_clipnorm``).

    Arguments are checked as Keras checks them (same errors); each step follows Keras's
    order in float32 operations: drop ``None`` gradients, unscale by ``loss_scale_factor``,
    clip, decay the weights (``var -= var * weight_decay * learning_rate``), then update.
    Keras's moving average (``use_ema``), gradient accumulation and learning-rate schedules
    are not implemented: asking for them raises ``NotImplementedError``.
    """

    def __init__(
        self,
        learning_rate: Any = 0.01,
        momentum: Any = 0.0,
        nesterov: bool = False,
        weight_decay: Any = None,
        clipnorm: Any = None,
        clipvalue: Any = None,
        global_clipnorm: Any = None,
        use_ema: bool = False,
        ema_momentum: float = 0.99,
        ema_overwrite_frequency: Any = None,
        loss_scale_factor: Any = None,
        gradient_accumulation_steps: Any = None,
        name: str | None = None,
        **kwargs: Any,
    ) -> None:
        if kwargs.pop("decay", None) is not None:
            warnings.warn(
                "Argument `decay` is no longer supported and will be ignored.", stacklevel=2
            )
        if kwargs:
            raise ValueError(f"Argument(s) not recognized: {kwargs}")
        path = _unique("SGD") if name is None else name
        self.name = path
        self.weight_decay = weight_decay
        self.clipnorm = clipnorm
        self.global_clipnorm = global_clipnorm
        self.clipvalue = clipvalue
        self.use_ema = use_ema
        self.loss_scale_factor = loss_scale_factor
        self.gradient_accumulation_steps = gradient_accumulation_steps
        if gradient_accumulation_steps and not gradient_accumulation_steps >= 2:
            raise ValueError(
                "`gradient_accumulation_steps` must be an integer >= 2. "
                f"Received: gradient_accumulation_steps={gradient_accumulation_steps}"
            )
        if use_ema:
            if ema_momentum > 1 or ema_momentum < 0:
                raise ValueError(
                    f"`ema_momentum` must be in the range [0, 1]. Received: ema_momentum="
                    f"{ema_momentum}"
                )
            if ema_overwrite_frequency and (
                not isinstance(ema_overwrite_frequency, int) or ema_overwrite_frequency < 1
            ):
                raise ValueError(
                    "`ema_overwrite_frequency` must be an integer >= 1 or None. Received: "
                    f"ema_overwrite_frequency={ema_overwrite_frequency}"
                )
        self.ema_momentum = ema_momentum
        self.ema_overwrite_frequency = ema_overwrite_frequency
        if sum(a is not None for a in (clipnorm, clipvalue, global_clipnorm)) > 1:
            raise ValueError(
                "Only one of `clipnorm`, `clipvalue` and `global_clipnorm` can be set. "
                f"Received: clipnorm={clipnorm}, clipvalue={clipvalue}, "
                f"global_clipnorm={global_clipnorm}"
            )
        self._iterations = _KerasVariable(np.int64(0), path, "iteration")
        if callable(learning_rate):
            raise _not_implemented("learning-rate schedules or callables")
        if not isinstance(learning_rate, float):
            raise ValueError(f"{_LR_TYPE}{learning_rate}")
        self._learning_rate = _KerasVariable(np.float32(learning_rate), path, "learning_rate")
        if not isinstance(momentum, float) or momentum < 0 or momentum > 1:
            raise ValueError("`momentum` must be a float between [0, 1].")
        self.momentum = momentum
        self.nesterov = nesterov
        if use_ema:
            raise _not_implemented("use_ema=True (a moving average of the weights)")
        if gradient_accumulation_steps:
            raise _not_implemented("gradient_accumulation_steps")
        self.built = False
        self._indices: dict[int, int] = {}
        self._velocities: list[Variable] = []

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

    def build(self, variables: list[Variable]) -> None:
        """Remember the variables (and make their velocities when there is momentum)."""
        if self.built:
            return
        for i, v in enumerate(variables):
            self._indices[v._serial] = i
            if self.momentum != 0:
                self._velocities.append(
                    Variable(np.zeros(v._data.shape, v._dtype), trainable=False, name="momentum")
                )
        self.built = True

    def apply_gradients(self, grads_and_vars: Any, name: str | None = None) -> Variable:
        """One step on the variables of ``(gradient, variable)`` pairs; returns ``iterations``."""
        grads, variables = zip(*grads_and_vars)
        self.apply(grads, variables)
        return self._iterations

    def apply(self, grads: Any, trainable_variables: Any = None) -> None:
        """One step: ``grads[i]`` for ``trainable_variables[i]`` (``None`` gradients skipped)."""
        grads = list(grads)
        if not grads:
            return
        if trainable_variables is None:
            raise _not_implemented("apply() without the variables")
        variables = list(trainable_variables)
        self.build(variables)
        for v in variables:
            if v._serial not in self._indices:
                raise ValueError(
                    f"Unknown variable: {v}. This optimizer can only be called for the "
                    "variables it was originally built with. When working with a new set of "
                    "variables, you should recreate a new optimizer instance."
                )
        kept = [(self._dense(g, v), v) for g, v in zip(grads, variables) if g is not None]
        if not kept:
            raise ValueError("No gradients provided for any variable.")
        missing = [v.name for g, v in zip(grads, variables) if g is None]
        if missing:
            warnings.warn(
                f"Gradients do not exist for variables {missing} when minimizing the loss. "
                "If using `model.compile()`, did you forget to provide a `loss` argument?",
                stacklevel=2,
            )
        values = [g for g, _ in kept]
        if self.loss_scale_factor is not None:
            values = [g / g.dtype.type(self.loss_scale_factor) for g in values]
        values = self._clip(values)
        if self.weight_decay is not None:
            for _, v in kept:
                lr = v._dtype.type(self._learning_rate._data)
                v.assign_sub(_wrap(v._data * v._dtype.type(self.weight_decay) * lr))
        for g, (_, v) in zip(values, kept):
            self._step(g, v)
        self._iterations.assign_add(np.int64(1))

    @staticmethod
    def _dense(g: Any, v: Variable) -> np.ndarray:
        if isinstance(g, IndexedSlices):
            g = g._dense()
        return np.asarray(operand(g, v._dtype)._data, dtype=v._dtype)

    def _clip(self, grads: list[np.ndarray]) -> list[np.ndarray]:
        """Keras's clipping, in the gradients' dtype, as its TensorFlow backend computes it."""
        with np.errstate(all="ignore"):
            if self.clipnorm and self.clipnorm > 0:
                return [_clip_by_norm(g, self.clipnorm) for g in grads]
            if self.global_clipnorm and self.global_clipnorm > 0:
                return _clip_by_global_norm(grads, self.global_clipnorm)
            if self.clipvalue and self.clipvalue > 0:
                return [_clip_by_value(g, self.clipvalue) for g in grads]
        return grads

    def _step(self, grad: np.ndarray, v: Variable) -> None:
        lr = v._dtype.type(self._learning_rate._data)
        with np.errstate(all="ignore"):
            if self.momentum == 0:
                v.assign_sub(_wrap(grad * lr))
                return
            m = self._velocities[self._indices[v._serial]]
            mom = v._dtype.type(self.momentum)
            m.assign(_wrap(m._data * mom - grad * lr))
            step = m._data * mom - grad * lr if self.nesterov else m._data
            v.assign_add(_wrap(step))

    def minimize(self, loss: Any, var_list: Any, tape: Any = None) -> Variable:
        """Differentiate ``loss`` (a callable, or a tensor recorded on ``tape``) and step."""
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


def _sum_of_squares(g: np.ndarray) -> np.ndarray:
    return tf_sum(g * g)


def _clip_by_norm(g: np.ndarray, clip_norm: float) -> np.ndarray:
    """``tf.clip_by_norm``: ``g * clip_norm / max(norm(g), clip_norm)`` (``g`` if the norm is 0)."""
    c = g.dtype.type(max(clip_norm, 0))
    l2sum = tf_sum(g * g, axis=None, keepdims=True)
    l2norm = np.where(l2sum > 0, np.sqrt(np.where(l2sum > 0, l2sum, 1)), l2sum)
    return (g * c) / np.maximum(l2norm, c)


def _clip_by_global_norm(grads: list[np.ndarray], clip_norm: float) -> list[np.ndarray]:
    """Keras's ``clip_by_global_norm``: every gradient scaled by ``clip_norm / global norm``
    when that is below 1 (NaN everywhere if the norm is not finite)."""
    dtype = grads[0].dtype
    norm = np.sqrt(tf_sum(np.stack([_sum_of_squares(g) for g in grads])))
    c = dtype.type(clip_norm)
    scale = c * np.minimum(dtype.type(1.0) / norm, dtype.type(1.0 / clip_norm))
    scale = scale + (norm - norm)
    return [g * scale for g in grads]


def _clip_by_value(g: np.ndarray, value: float) -> np.ndarray:
    """``clip(g, -value, value)``: a NaN gradient stays NaN."""
    v = g.dtype.type(value)
    return np.minimum(np.maximum(g, -v), v)
