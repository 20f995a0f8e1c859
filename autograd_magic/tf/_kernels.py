"""TensorFlow's own elementwise kernels and gradient formulas, as engine primitives.

The engine's primitives compute NumPy's values and PyTorch's derivative formulas. Where
TensorFlow computes something else, the front end records these primitives instead:

* the float32 values of ``Sin``, ``Cos``, ``Exp``, ``Log``, ``Tanh``, ``Sigmoid``, ``Softmax``
  and ``LogSoftmax`` are TensorFlow's kernels' (``_eigen``);
* the gradients are TensorFlow's formulas, operation for operation: ``grad * cos(x)`` for
  ``Sin``, ``grad * reciprocal(x)`` for ``Log``, ``square(reciprocal(cos(x)))`` for ``Tan``,
  and the fused gradient kernels ``SigmoidGrad``, ``SqrtGrad``, ``ReciprocalGrad`` and
  ``ReluGrad`` with their rounding and their rule that a zero incoming gradient gives zero
  (so ``tf.where(v > 0, tf.sqrt(v), v)`` has gradient 0, not NaN, at v = 0), and their own
  gradients for second derivatives.

Every rule is written with engine operations, so derivatives of derivatives work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from ..core import primitives as P
from ..core.apply import apply
from ..core.tensor import Tensor as CoreTensor
from ..core.trace import is_grad_enabled
from . import _eigen as E

__all__ = [
    "ABS",
    "COS",
    "DIV",
    "EXP",
    "LOG",
    "LOG_SOFTMAX",
    "POW",
    "PROD",
    "RECIPROCAL",
    "RELU",
    "SIGMOID",
    "SIGN",
    "SIN",
    "SOFTMAX",
    "SPARSE_XENT",
    "SQRT",
    "TAN",
    "TANH",
]


def _float32(kernel: Callable, other: Callable) -> Callable:
    """A forward: TensorFlow's float32 ``kernel``, NumPy's ``other`` for every other dtype."""

    def forward(x: np.ndarray, **params: Any) -> np.ndarray:
        with np.errstate(all="ignore"):
            if x.dtype == np.float32:
                return kernel(x, **params)
            return other(x, **params)

    return forward


def _unary(name: str, forward: Callable, rule: Callable, **flags: Any) -> P.Primitive:
    flags.setdefault("dtype_rule", "float")
    return P.Primitive(name, forward, (rule,), elementwise=True, **flags)


def _grad_kernel(name: str, forward: Callable, rules: tuple, **flags: Any) -> P.Primitive:
    """A fused gradient kernel of (output or input, incoming gradient)."""
    return P.Primitive(name, forward, rules, elementwise=True, dtype_rule="promote", **flags)


def _zero_where_no_gradient(g: np.ndarray, value: np.ndarray) -> np.ndarray:
    """TensorFlow's gradient kernels give exactly 0 where the incoming gradient is 0."""
    return np.where(g == 0, np.zeros_like(value), value)


# ---- the gradient kernels ------------------------------------------------------------------------


def _sigmoid_grad_forward(y: np.ndarray, g: np.ndarray) -> np.ndarray:
    """``SigmoidGrad``: ``g * (y * (1 - y))`` on packets, ``(g * y) * (1 - y)`` on the tail."""
    y, g = np.broadcast_arrays(y, g)
    one = y.dtype.type(1)
    if y.dtype != np.float32:
        return g * y * (one - y)
    flat_y, flat_g = y.reshape(-1), g.reshape(-1)
    n = (flat_y.size // E.PACKET) * E.PACKET
    out = np.empty_like(flat_y)
    with np.errstate(all="ignore"):
        out[:n] = flat_g[:n] * (flat_y[:n] * (one - flat_y[:n]))
        out[n:] = flat_g[n:] * flat_y[n:] * (one - flat_y[n:])
    return out.reshape(y.shape)


def _sigmoid_grad(y: Any, g: Any) -> Any:
    return apply(SIGMOID_GRAD, y, g)


SIGMOID_GRAD = _grad_kernel(
    "sigmoid_grad",
    _sigmoid_grad_forward,
    (
        lambda gg, ans, y, g: P.sub(P.mul(gg, g), P.mul(P.mul(P.mul(gg, g), 2.0), y)),
        lambda gg, ans, y, g: _sigmoid_grad(y, gg),
    ),
)


def _sqrt_grad_forward(y: np.ndarray, g: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        return _zero_where_no_gradient(g, (y.dtype.type(0.5) * g) / y)


SQRT_GRAD = _grad_kernel(
    "sqrt_grad",
    _sqrt_grad_forward,
    (
        lambda gg, ans, y, g: P.mul(P.neg(P.div(gg, y)), ans),
        lambda gg, ans, y, g: P.mul(P.div(gg, y), 0.5),
    ),
    uses_out=True,
)


def _reciprocal_grad_forward(y: np.ndarray, g: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        return _zero_where_no_gradient(g, (-y * y) * g)


def _reciprocal_grad(y: Any, g: Any) -> Any:
    return apply(RECIPROCAL_GRAD, y, g)


RECIPROCAL_GRAD = _grad_kernel(
    "reciprocal_grad",
    _reciprocal_grad_forward,
    (
        lambda gg, ans, y, g: P.mul(P.mul(P.mul(gg, -2.0), g), y),
        lambda gg, ans, y, g: _reciprocal_grad(y, gg),
    ),
)


def _relu_grad_forward(g: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``ReluGrad``: ``g * (x > 0)``, a product (so an infinite ``g`` at x <= 0 gives NaN)."""
    with np.errstate(all="ignore"):
        return g * (x > 0).astype(g.dtype)


def _relu_grad(g: Any, x: Any) -> Any:
    return apply(RELU_GRAD, g, x)


RELU_GRAD = _grad_kernel(
    "relu_grad",
    _relu_grad_forward,
    (
        lambda gg, ans, g, x: _relu_grad(gg, x),
        lambda gg, ans, g, x: type(gg)._wrap(np.zeros_like(x._data)),  # TF: zeros_like(x)
    ),
)


# ---- the forward kernels -------------------------------------------------------------------------


def _cos(x: Any) -> Any:
    return apply(COS, x)


def _sin(x: Any) -> Any:
    return apply(SIN, x)


def _reciprocal(x: Any) -> Any:
    return apply(RECIPROCAL, x)


def _exp(x: Any) -> Any:
    return apply(EXP, x)


SIN = _unary("sin", _float32(E.sin, np.sin), lambda g, ans, x: P.mul(g, _cos(x)))
COS = _unary("cos", _float32(E.cos, np.cos), lambda g, ans, x: P.mul(P.neg(g), _sin(x)))
TAN = _unary(
    "tan",
    np.tan,
    lambda g, ans, x: P.mul(g, P.mul(_reciprocal(_cos(x)), _reciprocal(_cos(x)))),
)
EXP = _unary(
    "exp", _float32(E.exp, np.exp), lambda g, ans, x: P.mul(g, ans), saves=False, uses_out=True
)
LOG = _unary("log", _float32(E.log, np.log), lambda g, ans, x: P.mul(g, _reciprocal(x)))
TANH = _unary(
    "tanh",
    _float32(E.tanh, np.tanh),
    lambda g, ans, x: P.mul(g, P.rsub(P.mul(ans, ans), 1.0)),
    saves=False,
    uses_out=True,
)
SIGMOID = _unary(
    "sigmoid",
    _float32(E.sigmoid, P.SIGMOID.forward),
    lambda g, ans, x: _sigmoid_grad(ans, g),
    saves=False,
    uses_out=True,
)
SQRT = _unary(
    "sqrt", np.sqrt, lambda g, ans, x: apply(SQRT_GRAD, ans, g), saves=False, uses_out=True
)
RECIPROCAL = _unary(
    "reciprocal",
    np.reciprocal,
    lambda g, ans, x: _reciprocal_grad(ans, g),
    saves=False,
    uses_out=True,
)
RELU = _unary(
    "relu",
    lambda x: np.maximum(x, 0),
    lambda g, ans, x: _relu_grad(g, ans),  # TensorFlow's ReluGrad reads the output
    saves=False,
    uses_out=True,
    dtype_rule="first",
)


def _softmax_rule(g: Any, ans: Any, x: Any, axis: int = -1) -> Any:
    """TensorFlow's ``(grad - sum(grad * softmax)) * softmax`` along the axis."""
    return P.mul(P.sub(g, P.sum_(P.mul(g, ans), axis=axis, keepdims=True)), ans)


def _log_softmax_rule(g: Any, ans: Any, x: Any, axis: int = -1) -> Any:
    """TensorFlow's ``grad - sum(grad) * exp(log_softmax)`` along the axis."""
    return P.sub(g, P.mul(P.sum_(g, axis=axis, keepdims=True), _exp(ans)))


SOFTMAX = P.Primitive(
    "softmax",
    _float32(lambda x, axis=-1: E.softmax(x, axis), P.SOFTMAX.forward),
    (_softmax_rule,),
    saves=False,
    uses_out=True,
    dtype_rule="float",
)
LOG_SOFTMAX = P.Primitive(
    "log_softmax",
    _float32(lambda x, axis=-1: E.softmax(x, axis, log_of=True), P.LOG_SOFTMAX.forward),
    (_log_softmax_rule,),
    saves=False,
    uses_out=True,
    dtype_rule="float",
)


def _sparse_xent_forward(x: np.ndarray, labels: np.ndarray) -> np.ndarray:
    if x.dtype == np.float32:
        return E.sparse_xent_loss(x, labels)
    with np.errstate(all="ignore"):
        logp = P.LOG_SOFTMAX.forward(x, axis=-1)
    return -logp[np.arange(x.shape[0]), labels]


def _sparse_xent_rule(g: Any, ans: Any, x: Any, labels: Any) -> Any:
    """TensorFlow's: the incoming gradient times the kernel's own backprop,
    ``softmax(x) - onehot(labels)``.

    While the gradient itself is being recorded (second derivatives), the backprop is the
    engine's differentiable ``softmax(x) - onehot`` as TensorFlow differentiates it, holding
    the kernel's values.
    """
    data, idx = x._data, np.asarray(labels._data)
    if data.dtype == np.float32:
        backprop = E.sparse_xent_backprop(data, idx)
    else:
        with np.errstate(all="ignore"):
            backprop = P.SOFTMAX.forward(data, axis=-1)
        backprop[np.arange(data.shape[0]), idx] -= 1
    g = P.reshape(g, (-1, 1))
    if is_grad_enabled() and x._tracked():
        softmax = apply(P.SOFTMAX, x, axis=-1)
        onehot = CoreTensor(softmax._data - backprop)  # a constant: softmax - onehot = backprop
        return P.mul(g, P.sub(softmax, onehot))
    return P.mul(g, backprop)


SPARSE_XENT = P.Primitive(
    "nll_loss",
    _sparse_xent_forward,
    (_sparse_xent_rule, None),
    dtype_rule="first",
)


def _pow(a: Any, b: Any) -> Any:
    return apply(POW, a, b)


def _pow_base_rule(g: Any, ans: Any, a: Any, b: Any) -> Any:
    """TensorFlow's ``grad * y * pow(x, y - 1)``."""
    return P.mul(P.mul(g, b), _pow(a, P.sub(b, 1.0) if isinstance(b, CoreTensor) else b - 1))


def _pow_exponent_rule(g: Any, ans: Any, a: Any, b: Any) -> Any:
    """TensorFlow's ``grad * z * log(x)`` with ``log(x)`` taken as 0 where x <= 0 (no NaN)."""
    if not isinstance(a, CoreTensor):  # a constant base: log(x) is a constant too
        data = np.asarray(a, dtype=ans._data.dtype)
        positive = data > 0
        log_x = np.where(positive, LOG.forward(np.where(positive, data, 1)), 0).astype(data.dtype)
        return P.mul(P.mul(g, ans), log_x)
    positive = a._data > 0
    safe = P.where(positive, a, 1.0)
    log_x = P.where(positive, apply(LOG, safe), 0.0)
    return P.mul(P.mul(g, ans), log_x)


POW = P.Primitive(
    "pow",
    lambda a, b: np.power(a, b),
    (_pow_base_rule, _pow_exponent_rule),
    uses_out=True,
    elementwise=True,
)


SIGN = P.Primitive(
    "sign",
    np.sign,
    (lambda g, ans, x: type(g)._wrap(np.zeros_like(x._data)),),  # TensorFlow: zeros_like(x)
    saves=True,
    elementwise=True,
    dtype_rule="first",
)


def _others_product(data: np.ndarray, axes: tuple[int, ...]) -> np.ndarray:
    """For each element, the product of the other elements it is reduced with, as
    TensorFlow's ``Prod`` gradient computes it: an exclusive cumulative product from the left
    times one from the right (no division, so a zero or NaN elsewhere does not spread)."""
    rest = tuple(i for i in range(data.ndim) if i not in axes)
    perm = axes + rest
    moved = np.transpose(data, perm)
    flat = moved.reshape(int(np.prod([data.shape[a] for a in axes], dtype=np.int64)), -1)
    one = np.ones((1, flat.shape[1]), dtype=data.dtype)
    with np.errstate(all="ignore"):
        left = np.cumprod(np.concatenate([one, flat[:-1]]), axis=0, dtype=data.dtype)
        right = np.cumprod(np.concatenate([one, flat[::-1][:-1]]), axis=0, dtype=data.dtype)
        others = (left * right[::-1]).reshape(moved.shape)
    return np.transpose(others, np.argsort(perm))


def _prod_rule(g: Any, ans: Any, x: Any, axis: Any = None, keepdims: bool = False) -> Any:
    """TensorFlow's ``grad * (product of the others)``. While the gradient itself is being
    recorded (second derivatives), the same products in engine operations."""
    data = x._data
    nd = data.ndim
    if nd == 0:
        return g
    if axis is None:
        axes = tuple(range(nd))
    else:
        axes = tuple(sorted(a % nd for a in (axis if isinstance(axis, tuple) else (axis,))))
    kept = tuple(1 if i in axes else n for i, n in enumerate(data.shape))
    g = P.reshape(g, kept)
    if not is_grad_enabled():
        return P.mul(g, _others_product(data, axes))
    if not (data == 0).any():
        return P.mul(g, P.div(P.reshape(ans, kept), x))
    return P.mul(g, _others_product_recorded(x, axes))


def _others_product_recorded(x: Any, axes: tuple[int, ...]) -> Any:
    """For each element, the product of the other elements it is reduced with, in engine
    operations (so it can be differentiated again): each group of k elements becomes k copies
    with one element set to 1 (k*k values per group: only for a derivative's graph)."""
    shape = x._data.shape
    rest = tuple(i for i in range(len(shape)) if i not in axes)
    perm = rest + axes
    outer = tuple(shape[i] for i in rest)
    k = int(np.prod([shape[a] for a in axes], dtype=np.int64))
    rows = P.broadcast_to(P.reshape(P.transpose(x, perm), outer + (1, k)), outer + (k, k))
    others = apply(P.PROD, P.where(np.eye(k, dtype=bool), 1.0, rows), axis=-1, keepdims=False)
    back = P.reshape(others, tuple(shape[i] for i in perm))
    return P.transpose(back, tuple(int(i) for i in np.argsort(perm)))


PROD = P.Primitive(
    "prod",
    P.PROD.forward,
    (_prod_rule,),
    uses_out=True,
    dtype_rule=None,
)


ABS = P.Primitive(
    "abs",
    np.abs,
    (lambda g, ans, x: P.mul(g, apply(SIGN, x)),),  # TensorFlow: grad * sign(x)
    elementwise=True,
    dtype_rule="first",
)


def _negated(v: Any) -> Any:
    return P.neg(v) if isinstance(v, CoreTensor) else -v


DIV = P.Primitive(
    "div",
    np.true_divide,
    (
        lambda g, ans, a, b: P.div(g, b),
        # TensorFlow's RealDiv gradient: grad * ((-x / y) / y)
        lambda g, ans, a, b: P.mul(g, P.div(_div(_negated(a), b), b)),
    ),
    elementwise=True,
    dtype_rule="float",
)


def _div(a: Any, b: Any) -> Any:
    if isinstance(a, CoreTensor) or isinstance(b, CoreTensor):
        return apply(DIV, a, b)
    return a / b
