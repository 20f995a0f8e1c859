"""Every derivative rule in the primitive table, checked against finite differences.

The sweep is driven by the table: each differentiable primitive must have cases here (a test
fails when a new primitive arrives without them). Every case is checked to first order (the
vector-Jacobian product with random weights) and to second order (the gradient of
<first-order gradient, v>, through ``create_graph``), in float64.
"""

from __future__ import annotations

import functools

import numpy as np
import pytest

from autograd_magic.core import primitives as P
from autograd_magic.core.backward import grad
from autograd_magic.core.numerical import check_close, numerical_grad
from autograd_magic.core.tensor import Tensor

rng = np.random.default_rng(0)
SHAPES = [(), (3,), (2, 3)]
PAIRS = [((), ()), ((3,), (3,)), ((2, 3), (2, 3)), ((2, 3), (3,)), ((2, 1), (1, 3)), ((), (2, 3))]


def away(shape, lo=0.3, hi=1.5):
    """Random values whose magnitude stays in [lo, hi]: away from kinks and poles."""
    mag = rng.uniform(lo, hi, size=shape)
    return np.asarray(mag * rng.choice([-1.0, 1.0], size=shape))


def pos(shape, lo=0.3, hi=2.0):
    return np.asarray(rng.uniform(lo, hi, size=shape))


def distinct(shape):
    n = int(np.prod(shape, dtype=int))
    return (rng.permutation(n) * 0.37 + 0.1).reshape(shape)


def unary(gen, **params):
    return [((gen(s),), params) for s in SHAPES]


def binary(gen_a, gen_b=None, **params):
    gen_b = gen_b or gen_a
    return [((gen_a(a), gen_b(b)), params) for a, b in PAIRS]


def reductions():
    out = []
    for s in [(3,), (2, 3)]:
        out.append(((distinct(s),), {}))
        for axis in range(len(s)):
            for keep in (False, True):
                out.append(((distinct(s),), {"axis": axis, "keepdims": keep}))
    out.append(((distinct((2, 3)),), {"axis": (0, 1)}))
    return out


def _chain(*steps):
    """A chain of view primitives for ``view_chain``/``copy_slices``: (kind, argument) pairs."""
    kinds = {
        "getitem": (P.GETITEM, "index"),
        "t": (P.TRANSPOSE, "axes"),
        "expand": (P.BROADCAST_TO, "shape"),
        "reshape": (P.RESHAPE, "shape"),
    }
    return tuple((kinds[k][0], {kinds[k][1]: arg}) for k, arg in steps)


CASES = {
    "neg": unary(away),
    "exp": unary(away),
    "log": unary(pos),
    "sin": unary(away),
    "cos": unary(away),
    "tan": unary(lambda s: away(s, 0.1, 1.2)),
    "tanh": unary(away),
    "sigmoid": unary(away),
    "relu": unary(away),
    "abs": unary(away),
    "abs_sgn": unary(away),
    "sign": unary(away),
    "sgn": unary(away),
    "sgn_saved": unary(away),
    "threshold_backward": binary(away),
    "tanh_backward": binary(away),
    "sigmoid_backward": binary(away),
    "softmax_backward": [
        ((away((4,)), pos((4,))), {"axis": 0}),
        ((away((2, 3)), pos((2, 3))), {"axis": 0}),
    ],
    "log_softmax_backward": [((away((4,)), away((4,))), {"axis": 0})]
    + [((away((2, 3)), away((2, 3))), {"axis": 1})],
    "mse_loss_backward": [((away(()), away((3,)), away((3,))), {"reduction": "mean"})]
    + [((away((2, 3)), away((2, 3)), away((3,))), {"reduction": "none"})]
    + [((away(()), away((2, 1)), away((3,))), {"reduction": "sum"})],
    "sqrt": unary(pos),
    "reciprocal": unary(away),
    "clamp": unary(lambda s: away(s, 0.1, 2.0), lo=-1.0, hi=0.9)
    + unary(away, lo=0.0)
    + unary(away, hi=0.5),
    "clone": unary(away),
    "add": binary(away),
    "add_alpha": binary(away, alpha=2.0),
    "sub_alpha": binary(away, alpha=-0.5),
    "sub": binary(away),
    "rsub": binary(away),
    "mul": binary(away),
    "div": binary(away),
    "pow": binary(pos, away)
    + [((pos((3,)), 2.0), {}), ((2.0, away((3,))), {}), ((pos(()), 0), {})],
    "maximum": binary(away) + [((np.array([1.0, 2.0, 3.0]), np.array([1.0, 0.0, 5.0])), {})],
    "minimum": binary(away),
    "where": [
        ((np.array([True, False, True]), away((3,)), away((3,))), {}),
        ((np.array([[True], [False]]), away((2, 3)), away((3,))), {}),
    ],
    "matmul": [
        ((away((3,)), away((3,))), {}),
        ((away((2, 3)), away((3,))), {}),
        ((away((3,)), away((3, 2))), {}),
        ((away((2, 3)), away((3, 4))), {}),
        ((away((2, 2, 3)), away((3, 2))), {}),
        ((away((4, 3)), away((2, 3, 2))), {}),
    ],
    "sum": reductions(),
    "mean": reductions(),
    "amax": reductions()
    + [((distinct((2, 3)),), {"axis": 1, "even": False})]
    + [
        ((distinct((2, 3)),), {"even": "torch"}),
        ((distinct((2, 3)),), {"axis": 0, "even": "amax"}),
    ],
    "amin": reductions() + [((distinct((2, 3)),), {"axis": 0, "even": False})],
    "prod": reductions()
    + [((np.array([2.0, 0.0, 3.0]),), {}), ((np.array([[0.0, 2.0], [3.0, 4.0]]),), {"axis": 1})]
    + [((np.array([0.0, 2.0, 0.0, 1.5]),), {}), ((np.array([[0.0, 0.0, 2.0]]),), {"axis": 1})],
    "reshape": [((away((2, 3)),), {"shape": (3, 2)}), ((away(()),), {"shape": (1, 1)})],
    "transpose": [((away((2, 3)),), {"axes": (1, 0)}), ((away((2, 3, 4)),), {"axes": (2, 0, 1)})],
    "broadcast_to": [((away((3,)),), {"shape": (2, 3)}), ((away(()),), {"shape": (4,)})],
    "sum_to": [((away((2, 3)),), {"shape": (3,)}), ((away((2, 3)),), {"shape": (2, 1)})],
    "getitem": [
        ((away((4,)),), {"index": 1}),
        ((away((2, 3)),), {"index": (slice(None), 1)}),
        ((away((4,)),), {"index": np.array([0, 2, 2])}),
        ((away((4,)),), {"index": np.array([True, False, True, True])}),
    ],
    "scatter": [((away((3,)),), {"index": np.array([0, 2, 2]), "shape": (4,)})],
    "setitem": [
        ((away((4,)), away(())), {"index": 1}),
        ((away((2, 3)), away((3,))), {"index": 0}),
        ((away((4,)), 5.0), {"index": slice(1, 3)}),
    ],
    "stack": [
        ((away((3,)), away((3,)), away((3,))), {"axis": 0}),
        ((away((2, 3)), away((2, 3))), {"axis": -1}),
    ],
    "concat": [
        ((away((3,)), away((2,))), {"axis": 0}),
        ((away((2, 3)), away((2, 1))), {"axis": 1}),
    ],
    "copy": [((away((2, 3)), away((3,))), {}), ((away((3,)), away(())), {})],
    "fill": [((away((3,)),), {"value": 2.0})],
    "view_chain": [
        (
            (away((2, 3)),),
            {"chain": _chain(("getitem", (slice(None), slice(0, 2))), ("t", (1, 0)))},
        ),
        ((away((3,)),), {"chain": _chain(("expand", (2, 3)), ("getitem", 0))}),
        ((away((2, 3)),), {"chain": _chain(("reshape", (3, 2)), ("getitem", 1))}),
    ],
    "copy_slices": [
        ((away((2, 3)), away((2,))), {"chain": _chain(("getitem", (slice(None), 1)))}),
        ((away((2, 3)), away((2, 2))), {"chain": _chain(("t", (1, 0)), ("getitem", slice(1, 3)))}),
    ],
    "var": [((away((2, 3)),), {}), ((away((2, 3)),), {"axis": 0, "correction": 0})]
    + [((away((2, 3)),), {"axis": 1, "keepdims": True})],
    "std": [((away((2, 3)),), {}), ((away((2, 3)),), {"axis": 1, "correction": 0})],
    "norm": [((away((2, 3)),), {}), ((away((2, 3)),), {"p": 1.0, "axis": 0})]
    + [((away((2, 3)),), {"p": 3.0, "axis": 1, "keepdims": True})],
    "cumsum": [((away((2, 3)),), {"axis": 1}), ((away((4,)),), {"axis": 0, "reverse": True})],
    "cumprod": [((away((2, 3)),), {"axis": 1}), ((away((4,)),), {"axis": 0})]
    + [((np.array([1.5, 0.0, -2.0, 0.5]),), {"axis": 0})]
    + [((np.array([[0.5, 0.0, 2.0], [0.0, 1.5, 0.0]]),), {"axis": 1})],
    "repeat": [((away((2, 3)),), {"reps": (2, 1)}), ((away((3,)),), {"reps": (2, 2)})],
    "cast": [((away((3,)),), {"dtype": np.dtype(np.float32)})],
    "softmax": [
        ((away((4,)),), {"axis": 0}),
        ((away((2, 3)),), {"axis": 1}),
        ((away((2, 3)),), {"axis": 0}),
    ],
    "log_softmax": [((away((4,)),), {"axis": 0}), ((away((2, 3)),), {"axis": 1})],
    "mse_loss": [((away((3,)), away((3,))), {"reduction": r}) for r in ("mean", "sum", "none")]
    + [((away((2, 3)), away((2, 3))), {})],
    "nll_loss": [
        ((away((2, 3)), np.array([0, 2])), {"reduction": r}) for r in ("mean", "sum", "none")
    ]
    + [((away((4,)), np.array(1)), {})],
}

# recorded (PyTorch shows grad_fn=<NotImplemented>) but without a derivative: backward raises
NO_DERIVATIVE = {"floor_divide"}
DIFFERENTIABLE = sorted(
    n for n, p in P.PRIMITIVES.items() if p.differentiable and n not in NO_DERIVATIVE
)
# Inputs that are never differentiated (a where-condition, class indices) and cases where the
# rule is exact but finite differences are not meaningful (a cast to float32).
NOT_CHECKED = {("where", 0), ("nll_loss", 1)}


def test_floor_divide_is_recorded_but_has_no_derivative():
    x = Tensor(np.array([1.5, -2.0]), requires_grad=True)
    out = P.FLOOR_DIVIDE(x, 2.0)
    np.testing.assert_array_equal(out._data, [0.0, -1.0])
    with pytest.raises(RuntimeError, match="derivative for aten::floor_divide is not implemented"):
        grad([out], [Tensor(np.ones(2))], [x])


def test_every_differentiable_primitive_has_cases():
    assert sorted(CASES) == DIFFERENTIABLE


def _tensors(args):
    return [
        Tensor(np.array(a, dtype=np.float64), requires_grad=True)
        if isinstance(a, np.ndarray) and a.dtype.kind == "f"
        else a
        for a in args
    ]


def _case_ids():
    return [f"{name}-{i}" for name in sorted(CASES) for i in range(len(CASES[name]))]


def _cases():
    return [(name, args, params) for name in sorted(CASES) for args, params in CASES[name]]


@pytest.mark.parametrize(("name", "args", "params"), _cases(), ids=_case_ids())
def test_first_and_second_order(name, args, params):
    prim = P.PRIMITIVES[name]
    float_tol = 1e-3 if params.get("dtype") == np.dtype(np.float32) else 1e-6
    xs = _tensors(args)
    out = prim(*xs, **params)
    w = rng.standard_normal(out._data.shape)
    diff = [i for i, a in enumerate(xs) if isinstance(a, Tensor) and (name, i) not in NOT_CHECKED]

    def f(*arrays):
        full = list(args)
        for i, a in zip(diff, arrays):
            full[i] = a
        ys = [
            np.array(a, dtype=np.float64)
            if isinstance(a, np.ndarray) and a.dtype.kind == "f"
            else a
            for a in full
        ]
        res = prim(
            *[Tensor(a) if isinstance(a, np.ndarray) and a.dtype.kind == "f" else a for a in ys],
            **params,
        )
        return float(np.sum(res._data * w))

    seeds = [Tensor(w.astype(out._data.dtype))]
    grads = grad([out], seeds, [xs[i] for i in diff], retain_graph=True, create_graph=True)
    base = [np.asarray(args[i], dtype=np.float64) for i in diff]
    for k, i in enumerate(diff):
        assert grads[k] is not None, f"{name}: operand {i} not reached"
        assert grads[k]._data.shape == np.shape(args[i])
        eps = 1e-2 if name == "cast" else 1e-6
        check_close(
            grads[k]._data, numerical_grad(f, base, k, eps), float_tol, f"{name} d/d arg{i}"
        )

    # second order: d/dx_j <grad_i(x), v_i> against finite differences of the engine's grad_i
    if params.get("dtype") is not None:
        return
    vs = [rng.standard_normal(np.shape(args[i])) for i in diff]
    connected = [(g, v) for g, v in zip(grads, vs) if g._node is not None]
    if not connected:
        return  # a linear operation: its gradient does not depend on the inputs
    terms = [P.sum_(P.mul(g, Tensor(v))) for g, v in connected]
    total = functools.reduce(P.add, terms)
    second = grad([total], [Tensor(np.array(1.0))], [xs[i] for i in diff], True, False)

    def first(*arrays):
        ts = [Tensor(np.array(a, dtype=np.float64), requires_grad=True) for a in arrays]
        full = list(args)
        for i, t in zip(diff, ts):
            full[i] = t
        res = prim(*[a for a in full], **params)
        gs = grad([res], [Tensor(w)], ts, False, False)
        return sum(float(np.sum(g._data * v)) for g, v in zip(gs, vs) if g is not None)

    for k, i in enumerate(diff):
        expected = numerical_grad(first, base, k)
        got = np.zeros_like(expected) if second[k] is None else second[k]._data
        check_close(got, expected, 1e-5, f"{name} second derivative in arg{i}")


def test_pow_exponent_gradient_at_zero_base_is_zero():
    """d/db a**b at a = 0 is 0 (PyTorch and TensorFlow agree), not log(0) * 0 = nan."""
    a = Tensor(np.array([0.0, 2.0]), requires_grad=True)
    b = Tensor(np.array([2.0, 3.0]), requires_grad=True)
    ga, gb = grad([P.pow_(a, b)], [Tensor(np.ones(2))], [a, b])
    np.testing.assert_allclose(gb._data, [0.0, 8.0 * np.log(2.0)])
    np.testing.assert_allclose(ga._data, [0.0, 12.0])
    (g0,) = grad([P.pow_(0.0, b)], [Tensor(np.ones(2))], [b])
    np.testing.assert_allclose(g0._data, [0.0, 0.0])


def test_checker_catches_a_wrong_rule():
    """The sweep's own check must fail when a rule is wrong (here: d sin = +sin)."""
    wrong = P.Primitive("sin", np.sin, (lambda g, ans, x: P.mul(g, P.sin(x)),), dtype_rule="float")
    x = Tensor(np.array([0.3, 1.1]), requires_grad=True)
    (g,) = grad([wrong(x)], [Tensor(np.ones(2))], [x])
    with pytest.raises(AssertionError, match="disagrees with finite differences"):
        check_close(g._data, numerical_grad(lambda a: np.sin(a).sum(), [x._data], 0))


def test_numerical_grad_of_a_known_function():
    got = numerical_grad(
        lambda a, b: float((a**2 * b).sum()), [np.array([1.0, 2.0]), np.array(3.0)], 0
    )
    np.testing.assert_allclose(got, [6.0, 12.0], rtol=1e-7)
