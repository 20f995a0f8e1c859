"""The table of primitives: each operation's NumPy forward and its derivative rules, once.

A rule ``vjp(g, ans, *args, **params)`` returns the vector-Jacobian product for one operand:
given ``g = ∂L/∂ans`` it returns ``∂L/∂arg``. Rules are written with the engine's own operations
(``ops.py``), never raw NumPy on tensors, so that a rule applied while recording is itself
recorded: that is what makes derivatives of derivatives work. They follow PyTorch's backward
formulas operation for operation, so 0, inf and NaN come out where PyTorch's do. The engine
then sums each result back down to its operand's shape and dtype (``broadcast.py``), so no rule
has to think about broadcasting.

The longer forwards and rules live beside their kind: ``rules_elementwise.py``,
``rules_reduce.py``, ``rules_loss.py`` and ``rules_shape.py``; one-line rules are written in
the table. The engine operations are re-exported here (``P.mul``, ``P.reshape``...).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import numpy as np

from . import extremes
from .node import OUT
from .ops import (  # the table's rules use these; front ends call them as P.mul...
    TABLE,
    Primitive,
    add,
    broadcast_to,
    copy_slices,
    cos,
    count,
    cumsum,
    div,
    exp,
    expand,
    getitem,
    inverse_perm,
    log_softmax_backward,
    mse_loss_backward,
    mul,
    neg,
    pow_,
    reshape,
    scatter,
    setitem,
    sgn,
    shape_of,
    sigmoid_backward,
    sign,
    sin,
    softmax_backward,
    sub,
    sum_,
    sum_to,
    tanh_backward,
    threshold_backward,
    transpose,
    view_chain,
    where,
    zeros_like,
)
from .ops import cast as cast  # re-exported for the front ends
from .ops import copy as copy
from .ops import rsub as rsub
from .primitive import Rule
from .rules_elementwise import (
    clamp_forward,
    clamp_rule,
    extreme_side,
    not_implemented,
    pow_base,
    pow_exponent,
    relu_forward,
    sgn_forward,
    sigmoid_backward_forward,
    sigmoid_forward,
    tanh_backward_forward,
    threshold_backward_forward,
    where_forward,
)
from .rules_loss import mse_backward_forward, mse_double, mse_forward, nll_forward, nll_rule
from .rules_reduce import (
    cumprod_rule,
    cumsum_forward,
    extreme_forward,
    extreme_rule,
    log_softmax_backward_forward,
    log_softmax_forward,
    mean_forward,
    norm_forward,
    norm_rule,
    prod_rule,
    softmax_backward_forward,
    softmax_double_backward,
    softmax_forward,
    std_forward,
    std_rule,
    var_forward,
    var_rule,
)
from .rules_shape import (
    concat_rule,
    copy_forward,
    copy_slices_forward,
    fill_forward,
    getitem_forward,
    matmul_a,
    matmul_b,
    repeat_forward,
    repeat_rule,
    replay,
    scatter_forward,
    setitem_forward,
    stack_rule,
    sum_to_forward,
    view_chain_rule,
    written_once,
)
from .rules_shape import writable_broadcast as writable_broadcast
from .tensor import Tensor
from .zeros import efficient_zeros_like, materialized


def _unary(name: str, forward: Callable, rule: Rule, **flags: Any) -> Primitive:
    flags.setdefault("dtype_rule", "float")
    return Primitive(name, forward, (rule,), elementwise=True, **flags)


def _binary(name: str, forward: Callable, ra: Rule | None, rb: Rule | None, **flags: Any):
    return Primitive(name, forward, (ra, rb), elementwise=True, **flags)


def _nondiff(name: str, forward: Callable, dtype_rule: str | None = "bool") -> Primitive:
    return Primitive(
        name, forward, (), differentiable=False, dtype_rule=dtype_rule, elementwise=True
    )


# ---- the table ------------------------------------------------------------------------------
# fmt: off
NEG = _unary("neg", np.negative, lambda g, ans, x: neg(g), saves=False, dtype_rule="first")
EXP = _unary("exp", np.exp, lambda g, ans, x: mul(g, ans), saves=False, uses_out=True)
LOG = _unary("log", np.log, lambda g, ans, x: div(g, x))
SIN = _unary("sin", np.sin, lambda g, ans, x: mul(g, cos(x)))
COS = _unary("cos", np.cos, lambda g, ans, x: mul(g, neg(sin(x))))
TAN = _unary("tan", np.tan, lambda g, ans, x: mul(g, add(pow_(ans, 2.0), 1.0)), saves=False, uses_out=True)
TANH = _unary("tanh", np.tanh, lambda g, ans, x: tanh_backward(g, ans), saves=False, uses_out=True)
SIGMOID = _unary("sigmoid", sigmoid_forward, lambda g, ans, x: sigmoid_backward(g, ans), saves=False, uses_out=True)
# PyTorch's kernels for the two rules above, g*(1 - y*y) and g*(1 - y)*y, with their own derivatives
TANH_BACKWARD = Primitive("tanh_backward", materialized(tanh_backward_forward),
                          (lambda gg, ans, g, y: tanh_backward(gg, y), lambda gg, ans, g, y: mul(gg, mul(mul(y, -2.0), g))),
                          elementwise=True)
SIGMOID_BACKWARD = Primitive("sigmoid_backward", materialized(sigmoid_backward_forward),
                             (lambda gg, ans, g, y: sigmoid_backward(gg, y),
                              lambda gg, ans, g, y: mul(mul(gg, g), add(mul(y, -2.0), 1.0))),
                             elementwise=True)
RELU = _unary("relu", relu_forward, lambda g, ans, x: threshold_backward(g, ans), saves=False, uses_out=True, dtype_rule="first")
# relu's rule: g where relu(x) > 0 (or NaN); differentiable again, with a zero derivative in relu(x)
THRESHOLD_BACKWARD = Primitive("threshold_backward", materialized(threshold_backward_forward),
                               (lambda gg, ans, g, r: threshold_backward(gg, r), lambda gg, ans, g, r: zeros_like(r, gg)),
                               dtype_rule="first", elementwise=True)
ABS = _unary("abs", np.abs, lambda g, ans, x: mul(g, sign(x)), dtype_rule="first")
# PyTorch's abs: g * sgn(x), where sgn(NaN) is 0 (TensorFlow's sign(NaN) is NaN)
ABS_SGN = _unary("abs", np.abs, lambda g, ans, x: mul(g, sgn(x)), dtype_rule="first")
SQRT = _unary("sqrt", np.sqrt, lambda g, ans, x: div(g, mul(ans, 2.0)), saves=False, uses_out=True)
RECIPROCAL = _unary("reciprocal", np.reciprocal, lambda g, ans, x: mul(neg(g), mul(ans, ans)), saves=False, uses_out=True)
CLAMP = _unary("clamp", clamp_forward, clamp_rule, dtype_rule="first")
CLONE = _unary("clone", np.copy, lambda g, ans, x: g, saves=False, dtype_rule="first")

ADD = _binary("add", np.add, lambda g, ans, a, b: g, lambda g, ans, a, b: g, saves=False)
SUB = _binary("sub", np.subtract, lambda g, ans, a, b: g, lambda g, ans, a, b: neg(g), saves=False)
RSUB = _binary("rsub", lambda a, b: np.subtract(b, a), lambda g, ans, a, b: neg(g), lambda g, ans, a, b: g, saves=False)
# a + alpha * b and a - alpha * b in one node (PyTorch's add/sub with alpha)
ADD_ALPHA = _binary("add", lambda a, b, alpha: np.add(a, np.multiply(alpha, b)),
                    lambda g, ans, a, b, alpha: g, lambda g, ans, a, b, alpha: mul(g, alpha), saves=False)
SUB_ALPHA = _binary("sub", lambda a, b, alpha: np.subtract(a, np.multiply(alpha, b)),
                    lambda g, ans, a, b, alpha: g, lambda g, ans, a, b, alpha: mul(neg(g), alpha), saves=False)
MUL = _binary("mul", np.multiply, lambda g, ans, a, b: mul(g, b), lambda g, ans, a, b: mul(g, a))
DIV = _binary("div", np.true_divide, lambda g, ans, a, b: div(g, b), lambda g, ans, a, b: mul(neg(g), div(div(a, b), b)), dtype_rule="float")
POW = _binary("pow", np.power, pow_base, pow_exponent, uses_out=True)
MAXIMUM = _binary("maximum", extremes.maximum,
                  lambda g, ans, a, b: extreme_side(g, a, b, np.less),
                  lambda g, ans, a, b: extreme_side(g, b, a, np.less))
MINIMUM = _binary("minimum", extremes.minimum,
                  lambda g, ans, a, b: extreme_side(g, a, b, np.greater),
                  lambda g, ans, a, b: extreme_side(g, b, a, np.greater))
WHERE = Primitive("where", where_forward, (None, lambda g, ans, c, a, b: where(c, g, 0.0), lambda g, ans, c, a, b: where(c, 0.0, g)),
                  elementwise=True)
MATMUL = Primitive("matmul", np.matmul, (matmul_a, matmul_b))

SUM = Primitive("sum", lambda x, axis=None, keepdims=False: np.sum(x, axis=axis, keepdims=keepdims),
                (lambda g, ans, x, axis=None, keepdims=False: expand(g, shape_of(x), axis, keepdims),),
                saves=False, dtype_rule=None)
MEAN = Primitive("mean", mean_forward,
                 (lambda g, ans, x, axis=None, keepdims=False: div(expand(g, shape_of(x), axis, keepdims), count(shape_of(x), axis)),),
                 saves=False, dtype_rule="first")
AMAX = Primitive("amax", lambda x, axis=None, keepdims=False, even=True, index=None: extreme_forward(x, np.max, np.argmax, axis, keepdims, even),
                 (functools.partial(extreme_rule, np.argmax),), uses_out=True, dtype_rule="first")
AMIN = Primitive("amin", lambda x, axis=None, keepdims=False, even=True, index=None: extreme_forward(x, np.min, np.argmin, axis, keepdims, even),
                 (functools.partial(extreme_rule, np.argmin),), uses_out=True, dtype_rule="first")
PROD = Primitive("prod", lambda x, axis=None, keepdims=False: np.prod(x, axis=axis, keepdims=keepdims),
                 (prod_rule,), uses_out=True, dtype_rule=None)

RESHAPE = Primitive("reshape", np.reshape, (lambda g, ans, x, shape: reshape(g, shape_of(x)),),
                    saves=False, dtype_rule=None, view=True)
TRANSPOSE = Primitive("transpose", np.transpose, (lambda g, ans, x, axes: transpose(g, inverse_perm(axes)),),
                      saves=False, dtype_rule=None, view=True)
BROADCAST_TO = Primitive("broadcast_to", np.broadcast_to, (lambda g, ans, x, shape: sum_to(g, shape_of(x)),),
                         saves=False, dtype_rule=None, view=True)
SUM_TO = Primitive("sum_to", lambda x, shape: sum_to_forward(x, shape), (lambda g, ans, x, shape: broadcast_to(g, shape_of(x)),),
                   saves=False, dtype_rule=None)
GETITEM = Primitive("getitem", getitem_forward, (lambda g, ans, x, index: scatter(g, index, shape_of(x)),),
                    saves=False, dtype_rule=None, view=True)
SCATTER = Primitive("scatter", scatter_forward, (lambda g, ans, x, index, shape: getitem(g, index),),
                    saves=False, dtype_rule=None)
SETITEM = Primitive("setitem", setitem_forward,
                    (lambda g, ans, x, v, index: setitem(g, 0.0, index), lambda g, ans, x, v, index: getitem(g, index)),
                    saves=False, dtype_rule="first")
STACK = Primitive("stack", lambda *xs, axis=0: np.stack(xs, axis=axis), (), variadic=stack_rule, saves=False)
CONCAT = Primitive("concat", lambda *xs, axis=0: np.concatenate(xs, axis=axis), (), variadic=concat_rule,
                   saves=False)
CAST = Primitive("cast", lambda x, dtype: x.astype(dtype), (lambda g, ans, x, dtype: g,), saves=False,
                 dtype_rule=None)

SOFTMAX = Primitive("softmax", softmax_forward, (lambda g, ans, x, axis=-1: softmax_backward(g, ans, axis),),
                    saves=False, uses_out=True, dtype_rule="float")
LOG_SOFTMAX = Primitive("log_softmax", log_softmax_forward,
                        (lambda g, ans, x, axis=-1: log_softmax_backward(g, ans, axis),),
                        saves=False, uses_out=True, dtype_rule="float")
# PyTorch's kernels for the two rules above, y*(g - sum(g*y)) and g - exp(y)*sum(g), and theirs
SOFTMAX_BACKWARD = Primitive("softmax_backward", materialized(softmax_backward_forward),
                             (lambda gg, ans, g, y, axis=-1: softmax_backward(gg, y, axis), softmax_double_backward))
LOG_SOFTMAX_BACKWARD = Primitive("log_softmax_backward", materialized(log_softmax_backward_forward),
                                 (lambda gg, ans, g, y, axis=-1: sub(gg, sum_(mul(gg, exp(y)), axis=axis, keepdims=True)),
                                  lambda gg, ans, g, y, axis=-1: mul(mul(neg(sum_(g, axis=axis, keepdims=True)), exp(y)), gg)))
MSE_LOSS = Primitive("mse_loss", mse_forward,
                    (lambda g, ans, a, b, reduction="mean": mse_loss_backward(g, a, b, reduction),
                     lambda g, ans, a, b, reduction="mean": mse_loss_backward(g, b, a, reduction)),
                    dtype_rule="float")
# PyTorch's kernel for mse_loss's derivative, with its own derivatives (its double backward)
MSE_LOSS_BACKWARD = Primitive("mse_loss_backward", materialized(mse_backward_forward),
                              (lambda gg, ans, g, a, b, reduction="mean": mse_loss_backward(gg, a, b, reduction),
                               lambda gg, ans, g, a, b, reduction="mean": mse_double(gg, g, a, b, reduction),
                               lambda gg, ans, g, a, b, reduction="mean": neg(mse_double(gg, g, a, b, reduction))),
                              dtype_rule="promote")
NLL_LOSS = Primitive("nll_loss", nll_forward, (nll_rule, None), dtype_rule="first")

# comparisons: boolean results, no derivative
LT, LE, GT, GE, EQ, NE = (_nondiff(name, compare) for name, compare in (
    ("lt", np.less), ("le", np.less_equal), ("gt", np.greater), ("ge", np.greater_equal), ("eq", np.equal), ("ne", np.not_equal)))
# sign is flat: its derivative is 0 (so abs's rule g*sign(x) is differentiable again, as PyTorch's)
SIGN = _unary("sign", np.sign, lambda g, ans, x: zeros_like(x, g), saves=False, dtype_rule="first")
# A view of a tensor, replayed from its base (``chain``: the view primitives and their
# parameters, in order); and its adjoint: the base with the view's region replaced by ``src``.
VIEW_CHAIN = Primitive("view_chain", replay, (view_chain_rule,), saves=False, dtype_rule=None)
COPY_SLICES = Primitive("copy_slices", copy_slices_forward,
                        (lambda g, ans, base, src, chain: copy_slices(written_once(g, chain), zeros_like(src, g), chain),
                         lambda g, ans, base, src, chain: view_chain(written_once(g, chain), chain)),
                        saves=False, dtype_rule="first")
# in-place fill and copy: the old value gets a zero gradient, a copied source gets g
FILL = Primitive("fill", fill_forward, (lambda g, ans, x, value: zeros_like(x, g),), saves=False,
                 dtype_rule="first", elementwise=True)
COPY = Primitive("copy", copy_forward, (lambda g, ans, x, src: zeros_like(x, g), lambda g, ans, x, src: g),
                 saves=False, dtype_rule="first")
VAR = Primitive("var", var_forward, (var_rule,), dtype_rule="first")
STD = Primitive("std", std_forward, (std_rule,), uses_out=True, dtype_rule="first")
NORM = Primitive("norm", norm_forward, (norm_rule,), uses_out=True, dtype_rule="first")
CUMSUM = Primitive("cumsum", cumsum_forward,
                   (lambda g, ans, x, axis=0, reverse=False: cumsum(g, axis, not reverse),),
                   saves=False, dtype_rule=None)
CUMPROD = Primitive("cumprod", lambda x, axis=0: np.cumprod(x, axis=axis) if x.ndim else x.copy(),
                    (cumprod_rule,), uses_out=True, dtype_rule=None)
REPEAT = Primitive("repeat", repeat_forward, (repeat_rule,), saves=False, dtype_rule=None)
# floor division has no derivative in PyTorch: using one raises
FLOOR_DIVIDE = _binary("floor_divide", np.floor_divide, not_implemented("floor_divide"),
                       not_implemented("floor_divide"), saves=False)
SGN = _unary("sgn", sgn_forward, lambda g, ans, x: zeros_like(x, g), saves=False, dtype_rule="first")
# PyTorch's torch.sgn: sign's values, but its node keeps its operand and result (so an
# in-place change of either is an error, and a freed graph cannot run it again) and its
# derivative is an efficient zero (zeros.py: it stays 0 through every rule after it)
SGN_SAVED = _unary("sgn_saved", sgn_forward, lambda g, ans, x: efficient_zeros_like(x, g),
                   uses_out=True, dtype_rule="first")
# fmt: on


def _pow_reads(args: tuple[Any, ...], params: dict[str, Any]) -> tuple[tuple[int, ...], ...]:
    """pow's rules read its result only when the exponent is a tensor."""
    if isinstance(args[1], Tensor):
        return ((0, 1, OUT), (0, 1, OUT))
    return ((0,), ())


def _extreme_reads(args: tuple[Any, ...], params: dict[str, Any]) -> tuple[tuple[int, ...], ...]:
    """max(dim) keeps only the indices it picked; the other rules read input and result."""
    return ((),) if params.get("even", True) is False else ((0, OUT),)


def _set_reads() -> None:
    """Fill in ``Primitive.reads``: what each rule reads, so only that is version-checked."""
    result = ((OUT,),)
    operand = ((0,),)
    table = {
        EXP: result, TAN: result, TANH: result, SIGMOID: result, RELU: result, SQRT: result,
        RECIPROCAL: result, SOFTMAX: result, LOG_SOFTMAX: result,
        LOG: operand, SIN: operand, COS: operand, ABS: operand, ABS_SGN: operand,
        CLAMP: operand,
        THRESHOLD_BACKWARD: ((1,), ()),
        TANH_BACKWARD: ((1,), (0, 1)), SIGMOID_BACKWARD: ((1,), (0, 1)),
        SOFTMAX_BACKWARD: ((1,), (0, 1)), LOG_SOFTMAX_BACKWARD: ((1,), (0, 1)),
        MSE_LOSS_BACKWARD: ((1, 2), (0,), (0,)),
        MUL: ((1,), (0,)), DIV: ((1,), (0, 1)), MATMUL: ((1,), (0,)),
        MAXIMUM: ((0, 1), (0, 1)), MINIMUM: ((0, 1), (0, 1)), MSE_LOSS: ((0, 1), (0, 1)),
        WHERE: ((), (0,), (0,)), NLL_LOSS: ((0, 1), ()), PROD: ((0, OUT),), CUMPROD: ((0, OUT),),
        POW: _pow_reads, AMAX: _extreme_reads, AMIN: _extreme_reads,
        VAR: operand, STD: ((0, OUT),), NORM: ((0, OUT),), SGN_SAVED: ((0, OUT),),
    }  # fmt: skip
    for prim, reads in table.items():
        object.__setattr__(prim, "reads", reads)


_set_reads()

# keyed by the constant's name: ABS and ABS_SGN are both shown as "abs"; the engine
# operations (ops.py) find their primitives here
PRIMITIVES: dict[str, Primitive] = TABLE
PRIMITIVES.update({k.lower(): p for k, p in globals().items() if isinstance(p, Primitive)})
