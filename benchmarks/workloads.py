"""The workloads, written once per library, each with its analytic gradient.

W1  scalar chain: 200 steps of ``y = sin(y)*1.0001 + 0.1`` from a float32 scalar; per op.
W2  the 10.02 example at scale: ``z = sin(x**2)``, ``z.sum().backward()`` for ``n`` points.
W3  one MLP training step: batch 64, 784→128→10, tanh, softmax cross-entropy, SGD update.
W4  a sum of 10,000 terms ``x*i`` built in a Python loop, then backward.
M1  the ``%%autograd`` magic on the 10.01 example, driven through an in-process IPython shell.

Each ``*_cases`` function returns the cases for the libraries that were found. The same source
runs on ``autograd_magic.torch`` and on real PyTorch (the front end is a drop-in), so those two
rows time identical user code. ``numpy`` is the floor: the same computation with the backward
pass written out by hand, with no graph at all.
"""

from __future__ import annotations

import math
import sys
from typing import Any

import numpy as np

from .harness import Case

F32 = np.float32

# ---- W1: scalar chain -------------------------------------------------------------------------

W1_STEPS = 200
W1_OPS = 3 * W1_STEPS  # sin, mul, add per step
W1_X0 = 0.5


def w1_reference() -> tuple[float, float]:
    """Value and derivative of the chain, in float64."""
    y, d = W1_X0, 1.0
    for _ in range(W1_STEPS):
        d *= math.cos(y) * 1.0001
        y = math.sin(y) * 1.0001 + 0.1
    return y, d


def _check_scalar(what: str, got: float, want: float, rtol: float) -> None:
    if not math.isfinite(got) or abs(got - want) > rtol * abs(want):
        raise AssertionError(f"{what}: got {got!r}, analytic {want!r} (rtol {rtol})")


def _torchlike_w1(tr: Any, variant: str):
    sin = tr.sin

    def chain(x):
        y = x
        for _ in range(W1_STEPS):
            y = sin(y) * 1.0001 + 0.1
        return y

    def fwd_bwd():
        x = tr.tensor(W1_X0, requires_grad=True)
        chain(x).backward()
        return x.grad

    def fwd():
        return chain(tr.tensor(W1_X0, requires_grad=True))

    def no_grad():
        x = tr.tensor(W1_X0, requires_grad=True)
        with tr.no_grad():
            return chain(x)

    return {"fwd+bwd": fwd_bwd, "fwd": fwd, "no_grad": no_grad}[variant]


def _numpy_w1(variant: str):
    def chain():
        y = F32(W1_X0)
        for _ in range(W1_STEPS):
            y = np.sin(y) * 1.0001 + 0.1
        return y

    def fwd_bwd():
        y = F32(W1_X0)
        ys = []
        for _ in range(W1_STEPS):
            ys.append(y)
            y = np.sin(y) * 1.0001 + 0.1
        g = F32(1.0)
        for y in reversed(ys):
            g = g * 1.0001 * np.cos(y)
        return g

    return fwd_bwd if variant == "fwd+bwd" else chain


def _hips_w1(variant: str):
    import autograd
    import autograd.numpy as anp

    def chain(x):
        y = x
        for _ in range(W1_STEPS):
            y = anp.sin(y) * 1.0001 + 0.1
        return y

    if variant == "fwd+bwd":
        g = autograd.grad(chain)
        return lambda: g(F32(W1_X0))
    from autograd import make_vjp

    return lambda: make_vjp(chain)(F32(W1_X0))  # records the trace, no backward


def _mygrad_w1(variant: str):
    import mygrad as mg

    def chain(x):
        y = x
        for _ in range(W1_STEPS):
            y = mg.sin(y) * 1.0001 + 0.1
        return y

    def fwd_bwd():
        x = mg.tensor(W1_X0, dtype=F32)
        chain(x).backward()
        return x.grad

    def fwd():
        return chain(mg.tensor(W1_X0, dtype=F32))

    def no_grad():
        x = mg.tensor(W1_X0, dtype=F32)
        with mg.no_autodiff:
            return chain(x)

    return {"fwd+bwd": fwd_bwd, "fwd": fwd, "no_grad": no_grad}[variant]


def _micrograd_sin(Value: Any):
    """micrograd has no sin; this is the extension its README suggests, in its own style."""

    def sin(v):
        out = Value(math.sin(v.data), (v,), "sin")

        def _backward():
            v.grad += math.cos(v.data) * out.grad

        out._backward = _backward
        return out

    return sin


def _micrograd_w1(variant: str):
    from micrograd.engine import Value

    sin = _micrograd_sin(Value)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))  # its backward recurses

    def chain(x):
        y = x
        for _ in range(W1_STEPS):
            y = sin(y) * 1.0001 + 0.1
        return y

    def fwd_bwd():
        x = Value(W1_X0)
        chain(x).backward()
        return x.grad

    return fwd_bwd if variant == "fwd+bwd" else (lambda: chain(Value(W1_X0)))


def _grad_value(lib: str, g: Any) -> float:
    if lib in ("autograd_magic", "torch"):
        return float(g.item())
    if lib == "mygrad":
        return float(np.asarray(g))
    return float(g)


def _forward_value(lib: str, y: Any) -> float:
    if lib in ("autograd_magic", "torch"):
        return float(y.item())
    if lib == "mygrad":
        return float(y.item())
    if lib == "micrograd":
        return float(y.data)
    if lib == "autograd":  # make_vjp returns (vjp, value)
        return float(y[1])
    return float(y)


def w1_cases(libs: dict[str, Any]) -> list[Case]:
    y_ref, d_ref = w1_reference()
    builders = {
        "numpy": _numpy_w1,
        "autograd_magic": lambda v: _torchlike_w1(libs["autograd_magic"], v),
        "torch": lambda v: _torchlike_w1(libs["torch"], v),
        "autograd": _hips_w1,
        "mygrad": _mygrad_w1,
        "micrograd": _micrograd_w1,
    }
    variants = {
        "fwd+bwd": ("numpy", "autograd_magic", "torch", "autograd", "mygrad", "micrograd"),
        "fwd": ("numpy", "autograd_magic", "torch", "autograd", "mygrad", "micrograd"),
        "no_grad": ("numpy", "autograd_magic", "torch", "mygrad"),
    }
    cases = []
    for variant, names in variants.items():
        for lib in names:
            if lib not in libs:
                continue

            def make(lib=lib, variant=variant):
                return builders[lib](variant)

            def check(lib=lib, variant=variant):
                out = builders[lib](variant)()
                if variant == "fwd+bwd":
                    got = float(out) if lib == "numpy" else _grad_value(lib, out)
                    _check_scalar(f"W1 {lib} dy/dx", got, d_ref, 1e-4)
                else:
                    _check_scalar(f"W1 {lib} y", _forward_value(lib, out), y_ref, 1e-5)

            note = "float64 (promotes the Python scalars)" if lib == "mygrad" else ""
            note = "Python floats (float64)" if lib == "micrograd" else note
            cases.append(Case("W1", variant, lib, "µs/op", 1e6 / W1_OPS, make, check, note))
    return cases


# ---- W2: the 10.02 example at scale --------------------------------------------------------------

W2_SIZES = (10, 1_000, 100_000, 1_000_000, 10_000_000)


def size_label(n: int) -> str:
    e = round(math.log10(n))
    return f"n=1e{e}" if 10**e == n and e >= 3 else f"n={n}"


def _w2_check(lib: str, x: np.ndarray, g: Any) -> None:
    g = np.asarray(g, dtype=np.float64)
    xd = x.astype(np.float64)
    want = np.cos(xd * xd) * 2 * xd
    if g.shape != want.shape or not np.allclose(g, want, rtol=1e-4, atol=1e-4):
        err = np.max(np.abs(g - want)) if g.shape == want.shape else g.shape
        raise AssertionError(f"W2 {lib} n={x.size}: gradient off from cos(x²)·2x (max err {err})")


def _w2(lib: str, libs: dict[str, Any], n: int):
    """(timed callable, check) for one library and size."""
    if lib == "numpy":
        x = np.linspace(0, 3, n, dtype=F32)

        def step():
            z = np.sin(x * x)
            g = np.cos(x * x) * 2 * x
            return z, g

        return step, lambda: _w2_check(lib, x, step()[1])
    if lib in ("autograd_magic", "torch"):
        tr = libs[lib]
        x = tr.linspace(0, 3, n, requires_grad=True)

        def step():
            x.grad = None
            z = tr.sin(x**2)
            z.sum().backward()
            return x.grad

        return step, lambda: _w2_check(lib, x.detach().numpy(), step().numpy())
    if lib == "autograd":
        import autograd
        import autograd.numpy as anp

        x = np.linspace(0, 3, n, dtype=F32)
        g = autograd.grad(lambda x: anp.sum(anp.sin(x**2)))
        return (lambda: g(x)), lambda: _w2_check(lib, x, g(x))
    if lib == "mygrad":
        import mygrad as mg

        xn = np.linspace(0, 3, n, dtype=F32)
        x = mg.tensor(xn)

        def step():
            z = mg.sin(x**2)
            mg.sum(z).backward()
            return x.grad

        return step, lambda: _w2_check(lib, xn, step())
    raise KeyError(lib)


def w2_cases(libs: dict[str, Any], sizes: tuple[int, ...] = W2_SIZES) -> list[Case]:
    cases = []
    for n in sizes:
        for lib in ("numpy", "autograd_magic", "torch", "autograd", "mygrad"):
            if lib not in libs:
                continue
            note = "np.sin(x*x) and np.cos(x*x)*2*x" if lib == "numpy" else ""
            cases.append(
                Case(
                    "W2",
                    size_label(n),
                    lib,
                    "µs",
                    1e6,
                    make=lambda lib=lib, n=n: _w2(lib, libs, n)[0],
                    check=lambda lib=lib, n=n: _w2(lib, libs, n)[1](),
                    note=note,
                )
            )
    return cases


# ---- W3: one MLP training step ---------------------------------------------------------------

W3_BATCH, W3_IN, W3_HIDDEN, W3_OUT = 64, 784, 128, 10
W3_LR = 1e-3


def w3_data() -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    rng = np.random.default_rng(1002)
    X = rng.standard_normal((W3_BATCH, W3_IN)).astype(F32)
    y = rng.integers(0, W3_OUT, W3_BATCH)
    params = [
        (rng.standard_normal((W3_IN, W3_HIDDEN)) / math.sqrt(W3_IN)).astype(F32),
        (rng.standard_normal(W3_HIDDEN) * 0.1).astype(F32),
        (rng.standard_normal((W3_HIDDEN, W3_OUT)) / math.sqrt(W3_HIDDEN)).astype(F32),
        (rng.standard_normal(W3_OUT) * 0.1).astype(F32),
    ]
    return X, y, params


def w3_numpy_grads(X: np.ndarray, y: np.ndarray, params: list[np.ndarray]):
    """Loss and gradients written out by hand: the floor, and (in float64) the analytic value."""
    W1, b1, W2, b2 = params
    h = np.tanh(X @ W1 + b1)
    logits = h @ W2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    s = e.sum(axis=1, keepdims=True)
    rows = np.arange(len(y))
    loss = (np.log(s[:, 0]) - shifted[rows, y]).mean()
    dlogits = e / s
    dlogits[rows, y] -= 1
    dlogits /= len(y)
    dW2 = h.T @ dlogits
    db2 = dlogits.sum(axis=0)
    dh = (dlogits @ W2.T) * (1 - h * h)
    dW1 = X.T @ dh
    db1 = dh.sum(axis=0)
    return loss, [dW1, db1, dW2, db2]


def _w3_reference() -> tuple[float, list[np.ndarray]]:
    X, y, params = w3_data()
    loss, grads = w3_numpy_grads(X.astype(np.float64), y, [p.astype(np.float64) for p in params])
    # the hand-written gradient is itself checked against central differences
    p64 = [p.astype(np.float64) for p in params]
    rng = np.random.default_rng(0)
    for k, p in enumerate(p64):
        for _ in range(3):
            i = tuple(int(rng.integers(0, s)) for s in p.shape)
            old = p[i]
            p[i] = old + 1e-6
            up = w3_numpy_grads(X.astype(np.float64), y, p64)[0]
            p[i] = old - 1e-6
            down = w3_numpy_grads(X.astype(np.float64), y, p64)[0]
            p[i] = old
            fd = (up - down) / 2e-6
            if abs(fd - grads[k][i]) > 1e-6 + 1e-4 * abs(fd):
                raise AssertionError(f"W3 reference gradient of parameter {k} at {i} is wrong")
    return loss, grads


def _w3_compare(lib: str, loss: float, grads: list[Any]) -> None:
    want_loss, want = _w3_reference()
    _check_scalar(f"W3 {lib} loss", float(loss), want_loss, 1e-4)
    for k, (g, w) in enumerate(zip(grads, want)):
        g = np.asarray(g, dtype=np.float64)
        if g.shape != w.shape or not np.allclose(g, w, rtol=1e-3, atol=1e-6):
            raise AssertionError(
                f"W3 {lib}: gradient of parameter {k} differs from the analytic one"
            )


def _w3(lib: str, libs: dict[str, Any]):
    """(timed step, gradient check) for one library."""
    X, y, params = w3_data()
    if lib == "numpy":

        def step():
            _, grads = w3_numpy_grads(X, y, params)
            for p, g in zip(params, grads):
                p -= W3_LR * g

        def check():
            loss, grads = w3_numpy_grads(X, y, params)
            _w3_compare(lib, loss, grads)

        return step, check
    if lib in ("autograd_magic", "torch"):
        tr = libs[lib]
        F = tr.nn.functional
        Xt = tr.from_numpy(X)
        yt = tr.from_numpy(y)
        ps = [tr.from_numpy(p.copy()).requires_grad_() for p in params]
        W1, b1, W2, b2 = ps

        def forward_backward():
            h = tr.tanh(Xt @ W1 + b1)
            loss = F.cross_entropy(h @ W2 + b2, yt)
            loss.backward()
            return loss

        def step():
            forward_backward()
            with tr.no_grad():
                for p in ps:
                    p -= W3_LR * p.grad
                    p.grad = None

        def check():
            loss = forward_backward()
            _w3_compare(lib, loss.item(), [p.grad.numpy() for p in ps])
            for p in ps:
                p.grad = None

        return step, check
    if lib == "autograd":
        import autograd
        import autograd.numpy as anp

        rows = np.arange(W3_BATCH)

        def loss_fn(ps):
            W1, b1, W2, b2 = ps
            h = anp.tanh(anp.dot(X, W1) + b1)
            logits = anp.dot(h, W2) + b2
            m = anp.max(logits, axis=1, keepdims=True)
            lse = m + anp.log(anp.sum(anp.exp(logits - m), axis=1, keepdims=True))
            return -anp.mean((logits - lse)[rows, y])

        vg = autograd.value_and_grad(loss_fn)

        def step():
            _, grads = vg(params)
            for p, g in zip(params, grads):
                p -= W3_LR * g

        def check():
            loss, grads = vg(params)
            _w3_compare(lib, loss, grads)

        return step, check
    if lib == "mygrad":
        import mygrad as mg
        from mygrad.nnet.losses import softmax_crossentropy

        ps = [mg.tensor(p.copy()) for p in params]
        W1, b1, W2, b2 = ps

        def forward_backward():
            h = mg.tanh(mg.matmul(X, W1) + b1)
            loss = softmax_crossentropy(mg.matmul(h, W2) + b2, y)
            loss.backward()
            return loss

        def step():
            forward_backward()
            for p in ps:
                p.data -= W3_LR * p.grad

        def check():
            loss = forward_backward()
            _w3_compare(lib, loss.item(), [p.grad for p in ps])

        return step, check
    raise KeyError(lib)


def w3_cases(libs: dict[str, Any]) -> list[Case]:
    cases = []
    for lib in ("numpy", "autograd_magic", "torch", "autograd", "mygrad"):
        if lib in libs:
            cases.append(
                Case(
                    "W3",
                    "step",
                    lib,
                    "µs",
                    1e6,
                    make=lambda lib=lib: _w3(lib, libs)[0],
                    check=lambda lib=lib: _w3(lib, libs)[1](),
                    note="hand-written forward and backward" if lib == "numpy" else "",
                )
            )
    return cases


# ---- W4: a 10,000-term sum built in a Python loop ------------------------------------------------

W4_TERMS = 10_000
W4_X0 = 0.5


def _w4(lib: str, libs: dict[str, Any]):
    """A callable returning d(sum of x*i)/dx for one library."""
    n = W4_TERMS
    if lib == "numpy":

        def run():
            x = F32(W4_X0)
            s = 0
            for i in range(n):
                s = s + x * i
            g = F32(0.0)
            one = F32(1.0)
            for i in range(n - 1, -1, -1):  # d(s)/d(term i) = 1, d(term i)/dx = i
                g = g + one * i
            return g

        return run
    if lib in ("autograd_magic", "torch"):
        tr = libs[lib]

        def run():
            x = tr.tensor(W4_X0, requires_grad=True)
            s = 0
            for i in range(n):
                s = s + x * i
            s.backward()
            return x.grad.item()

        return run
    if lib == "autograd":
        import autograd

        def f(x):
            s = 0
            for i in range(n):
                s = s + x * i
            return s

        g = autograd.grad(f)
        return lambda: g(F32(W4_X0))
    if lib == "mygrad":
        import mygrad as mg

        def run():
            x = mg.tensor(W4_X0, dtype=F32)
            s = 0
            for i in range(n):
                s = s + x * i
            s.backward()
            return x.grad

        return run
    if lib == "micrograd":
        from micrograd.engine import Value

        sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))  # its backward recurses

        def run():
            x = Value(W4_X0)
            s = 0
            for i in range(n):
                s = s + x * i
            s.backward()
            return x.grad

        return run
    raise KeyError(lib)


def w4_cases(libs: dict[str, Any]) -> list[Case]:
    want = float(sum(range(W4_TERMS)))
    cases = []
    for lib in ("numpy", "autograd_magic", "torch", "autograd", "mygrad", "micrograd"):
        if lib not in libs:
            continue

        def check(lib=lib):
            _check_scalar(f"W4 {lib} dsum/dx", float(np.asarray(_w4(lib, libs)())), want, 1e-4)

        cases.append(
            Case(
                "W4",
                f"{W4_TERMS} terms",
                lib,
                "ms",
                1e3,
                make=lambda lib=lib: _w4(lib, libs),
                check=check,
            )
        )
    return cases


# ---- M1: the %%autograd magic ------------------------------------------------------------------

M1_CELL = """\
import autograd_magic.torch as tr
x = tr.tensor(3.0, requires_grad=True)
y = x**2
z = tr.sin(y)
z.backward()
print(x.grad)
"""


def magic_available() -> str | None:
    """``None`` if the magic can be benchmarked, else why not."""
    try:
        import autograd_magic
    except ImportError as e:  # pragma: no cover - the package is this repository
        return str(e)
    if not hasattr(autograd_magic, "load_ipython_extension"):
        return "autograd_magic has no load_ipython_extension yet (the magic is not there)"
    try:
        import IPython  # noqa: F401
    except ImportError:
        return "IPython is not installed"
    return None


def _m1(with_magic: bool):
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output

    shell = InteractiveShell.instance()
    formatter = shell.display_formatter
    formatter.active_types = list(formatter.format_types)  # render every format, as a notebook
    if "autograd" not in shell.magics_manager.magics["cell"]:
        shell.run_line_magic("load_ext", "autograd_magic")
    src = ("%%autograd\n" if with_magic else "") + M1_CELL

    def run():
        with capture_output(display=True) as out:
            result = shell.run_cell(src, store_history=False, silent=False)
        if not result.success:
            raise AssertionError(
                f"M1 cell failed: {result.error_in_exec or result.error_before_exec}"
            )
        return shell.user_ns["x"], out

    def check():
        x, out = run()
        _check_scalar("M1 dz/dx", float(x.grad.item()), 6.0 * math.cos(9.0), 1e-5)
        if with_magic and not out.outputs and not out.stdout:
            raise AssertionError("M1: the magic showed nothing")

    return run, check


def m1_cases(libs: dict[str, Any]) -> list[Case]:
    cases = []
    for variant, magic in (("%%autograd cell", True), ("plain cell", False)):
        cases.append(
            Case(
                "M1",
                variant,
                "autograd_magic",
                "ms",
                1e3,
                make=lambda magic=magic: _m1(magic)[0],
                check=lambda magic=magic: _m1(magic)[1](),
                note="10.01 example, in-process InteractiveShell",
            )
        )
    return cases
