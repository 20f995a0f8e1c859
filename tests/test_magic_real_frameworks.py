"""%%autograd on cells written with the real ``import torch`` and ``import tensorflow as tf``.

Each framework's tests are skipped when it is not installed. TensorFlow is imported once for
the whole test session (its import takes seconds).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import warnings

import numpy as np
import pytest
from IPython.core.getipython import get_ipython as running_ipython
from IPython.testing.globalipapp import get_ipython
from IPython.utils.capture import capture_output
from shared_paths import ROOT, SHARED_REFERENCE, TF_SEEDS, TORCH_SEEDS

from autograd_magic.magic.outputs import Note, Table
from autograd_magic.magic.real_common import cell_imports
from autograd_magic.render import DerivativePlot

REFERENCE = SHARED_REFERENCE


@pytest.fixture(scope="session")
def torch():
    return pytest.importorskip("torch")


@pytest.fixture(scope="session")
def tf():
    return pytest.importorskip("tensorflow")


@pytest.fixture(scope="module")
def ip():
    shell = get_ipython() or running_ipython()  # started here, or by an earlier test module
    formatter = shell.display_formatter
    saved = formatter.active_types
    formatter.active_types = list(formatter.format_types)
    shell.run_line_magic("load_ext", "autograd_magic")
    yield shell
    formatter.active_types = saved
    clear(shell)


def clear(ip) -> None:
    hidden = ip.user_ns_hidden
    for key in [k for k in ip.user_ns if k not in hidden and not k.startswith("_")]:
        del ip.user_ns[key]
    ip.user_ns.pop("__warningregistry__", None)


def run(ip, source: str):
    with capture_output() as cap:
        result = ip.run_cell(source)
    return result, cap


def outputs(ip) -> list:
    return ip.magics_manager.registry["AutogradMagics"].last_outputs


def rows(table: Table) -> dict[str, tuple]:
    return {r.cells[0]: r.cells for r in table.rows}


def split_seed(text: str) -> tuple[str, str]:
    """(prelude, cell) of a seed file: the cell follows its '# ---- cell' marker."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("# ---- cell"):
            return "".join(lines[:i]), "".join(lines[i + 1 :])
    head = [ln for ln in lines if ln.startswith(("import ", "#"))]
    rest = [ln for ln in lines if not ln.startswith(("import ", "#"))]
    return "".join(head), "".join(rest)


def snapshot(value, depth: int = 0):
    """A comparable picture of a namespace value of either framework."""
    mod = type(value).__module__ or ""
    if mod.startswith("torch") and hasattr(value, "grad_fn"):
        grad = value.grad if value.is_leaf or value.retains_grad else None
        return (
            "torch",
            value.detach().numpy().tolist(),
            str(value.dtype),
            value.requires_grad,
            value.is_leaf,
            type(value.grad_fn).__name__,
            None if grad is None else grad.numpy().tolist(),
            value._version,
        )
    if mod.startswith("tensorflow") and hasattr(value, "numpy") and hasattr(value, "dtype"):
        return ("tf", type(value).__name__, np.asarray(value.numpy()).tolist(), str(value.dtype))
    if isinstance(value, (list, tuple)) and depth < 2:
        return [snapshot(v, depth + 1) for v in value]
    if isinstance(value, (int, float, str, bool, type(None))):
        return value
    return type(value).__name__


def namespace(ip) -> dict:
    hidden = ip.user_ns_hidden
    return {
        k: snapshot(v)
        for k, v in ip.user_ns.items()
        if not k.startswith("_") and k not in hidden and k != "__warningregistry__"
    }


def normal(text: str) -> str:
    text = re.sub(r"Out\[\d+\]", "Out[N]", text)
    return re.sub(r"(?m)^.*?:\d+: (\w+Warning)", r"\1", text)


def with_and_without(ip, prelude: str, cell: str, after: str = "") -> list[tuple]:
    """Run the cell plainly and under %%autograd: what a user can observe, both times."""
    results = []
    for magic in (False, True):
        clear(ip)
        if prelude:
            assert run(ip, prelude)[0].error_in_exec is None
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result, cap = run(ip, ("%%autograd --no-widget\n" if magic else "") + cell)
        state = namespace(ip)
        extra = run(ip, after)[1].stdout if after else ""
        warned = [(w.category.__name__, str(w.message)) for w in caught]
        error = repr(result.error_in_exec)
        results.append((normal(cap.stdout), warned, repr(result.result), state, extra, error))
    return results


def seed(name: str) -> tuple[str, str]:
    if not REFERENCE.is_dir():
        pytest.skip("the notes' reference cells are not available")
    return split_seed((REFERENCE / f"{name}.py").read_text())


# ---- optional dependencies ----------------------------------------------------------------------


def test_loading_the_magic_imports_neither_framework():
    code = (
        "import sys\n"
        "from IPython.testing.globalipapp import start_ipython\n"
        "ip = start_ipython()\n"
        "ip.run_line_magic('load_ext', 'autograd_magic')\n"
        "r = ip.run_cell('%%autograd --no-widget\\nimport autograd_magic.torch as torch\\n"
        "x = torch.tensor(2.0, requires_grad=True)\\ny = x**2\\n')\n"
        "assert r.error_in_exec is None, r.error_in_exec\n"
        "print(sorted(m for m in ('torch', 'tensorflow') if m in sys.modules))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_no_install_extra_pulls_in_a_framework():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"])
    for extra in ("lab", "test"):
        specs += project["optional-dependencies"][extra]
    names = {re.split(r"[<>=\[ ;]", s)[0].lower() for s in specs}
    assert not names & {"torch", "tensorflow", "tensorflow-cpu"}


def test_which_frameworks_a_cell_imports():
    assert cell_imports("import torch as tr\nx = 1") == {"torch"}
    assert cell_imports("import tensorflow as tf\nfrom torch import nn") == {
        "tensorflow",
        "torch",
    }
    assert cell_imports("import autograd_magic.torch as torch\nimport numpy") == set()
    assert cell_imports("x = (") == set()
    assert cell_imports("%time y = 1\nimport torch.nn as nn\nimport torchvision") == {"torch"}


# ---- real PyTorch -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", TORCH_SEEDS)
def test_torch_seed_cells_run_as_without_the_magic(ip, torch, name):
    prelude, cell = seed(name)
    plain, magic = with_and_without(ip, prelude, cell)
    assert magic == plain
    assert outputs(ip), "the magic showed nothing"
    assert normal((REFERENCE / f"{name}.out").read_text()) in ("", magic[0])
    display = REFERENCE / f"{name}.display"
    if display.exists():
        assert magic[2] == display.read_text().strip()
    else:
        assert normal((REFERENCE / f"{name}.out").read_text()) == magic[0]


def test_torch_seed_graph_names_values_and_gradients(ip, torch):
    prelude, cell = seed("10_01_h")
    clear(ip)
    run(ip, prelude)
    result, cap = run(ip, "%%autograd --no-widget\n" + cell)
    assert result.error_in_exec is None
    assert cap.stdout == (REFERENCE / "10_01_h.out").read_text()
    clear(ip)
    prelude, cell = seed("10_01_d")
    run(ip, "%%autograd --no-widget\n" + prelude + cell + "z.backward()\n")
    table, graph, plot = outputs(ip)
    r = rows(table)
    assert r["x"][1:8] == ("3.0000", "()", "float32", "True", "True", "None", "-5.4668")
    assert r["y"][6] == "PowBackward0" and r["y"][7].startswith("-0.9111")
    assert r["z"][6] == "SinBackward0" and r["z"][7] == "1.0000"
    assert all(row.fd_ok is not False for row in table.rows)
    assert graph.text == "x --> (pow) --> y --> (sin) --> z"
    assert isinstance(plot, DerivativePlot)
    x = plot.view.series[0].x
    np.testing.assert_allclose(plot.view.series[1].y, 2 * x * np.cos(x**2), atol=1e-6)


def test_torch_grad_fn_names_as_torch_prints_them(ip, torch):
    prelude, cell = seed("10_01_b")
    clear(ip)
    run(ip, "%%autograd --no-widget --no-plot --of m\n" + prelude + cell)
    table, graph = outputs(ip)
    assert "part of MulBackward0" in graph.svg  # 9/x: torch's one node, the engine's two
    names = {k: v[6] for k, v in rows(table).items()}
    assert names == {
        "x": "None",
        "y": "PowBackward0",
        "z": "MulBackward0",
        "k": "MulBackward0",
        "l": "RsubBackward1",
        "m": "AddBackward0",
    }
    assert rows(table)["x"][7] == "1.0000"


def test_torch_linspace_vector(ip, torch):
    clear(ip)
    cell = (
        "import torch\n"
        "x = torch.linspace(-2, 2, 9, requires_grad=True)\n"
        "y = torch.sin(x) * x\n"
        "y.sum().backward()\n"
    )
    result, _ = run(ip, "%%autograd --no-widget\n" + cell)
    assert result.error_in_exec is None
    table, _graph, plot = outputs(ip)
    x = np.linspace(-2, 2, 9, dtype=np.float32)
    np.testing.assert_allclose(ip.user_ns["x"].grad.numpy(), np.sin(x) + x * np.cos(x), rtol=1e-6)
    assert table.title == "gradients of y.sum()"
    assert all(row.fd_ok is not False for row in table.rows)
    assert "elementwise" in plot.view.series[1].label


def test_torch_small_network(ip, torch):
    clear(ip)
    cell = (
        "import torch\n"
        "torch.manual_seed(0)\n"
        "net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1))\n"
        "xb = torch.randn(5, 3)\n"
        "yb = torch.randn(5, 1)\n"
        "loss = torch.nn.functional.mse_loss(net(xb), yb)\n"
        "loss.backward()\n"
    )
    plain, magic = with_and_without(ip, "", cell, after="print(torch.rand(2))")
    assert magic == plain  # values, .grad's and torch's random state
    table = outputs(ip)[0]
    r = rows(table)
    assert r["loss"][6] == "MseLossBackward0"
    net = ip.user_ns["net"]
    grad = net[0].weight.grad.numpy()
    shown = [v for k, v in r.items() if k == "net.0.weight"][0]
    assert shown[7].startswith(f"[{grad[0, 0]:.4f}, {grad[0, 1]:.4f}")
    assert all(row.fd_ok is not False for row in table.rows)


def test_torch_unknown_operation_is_computed_by_torch(ip, torch):
    clear(ip)
    cell = (
        "import torch\n"
        "x = torch.tensor(0.5, requires_grad=True)\n"
        "y = torch.erf(x) * x\n"
        "y.backward()\n"
    )
    run(ip, "%%autograd --no-widget --second\n" + cell)
    table, graph, plot = outputs(ip)
    want = ip.user_ns["x"].grad.item()
    assert rows(table)["x"][7] == f"{want:.4f}"
    assert any("ErfBackward0" in n and "torch itself" in n for n in table.notes)
    assert "erf" in graph.text
    # the second derivative through erf comes from torch's own double backward
    x = plot.view.series[0].x
    d2 = plot.view.series[2].y
    from math import erf, exp, pi, sqrt

    expected = [
        2 * (2 / sqrt(pi)) * exp(-(v**2)) + v * (2 / sqrt(pi)) * exp(-(v**2)) * (-2 * v) for v in x
    ]
    np.testing.assert_allclose(d2, expected, atol=1e-4)
    assert erf(0.5) == pytest.approx(plot.view.series[0].y[100] / 0.5, abs=1e-5)


def test_torch_cell_that_raises_stops_the_recording(ip, torch):
    clear(ip)
    cell = (
        "import torch\nx = torch.tensor(1.0, requires_grad=True)\ny = x * 2\n"
        "raise ValueError('boom')\n"
    )
    result, _ = run(ip, "%%autograd\n" + cell)
    assert isinstance(result.error_in_exec, ValueError)
    assert torch.overrides._get_current_function_mode_stack() == []
    result, _ = run(ip, "z = ip_x = torch.tensor(2.0, requires_grad=True) * 3\n")
    assert result.error_in_exec is None


def test_torch_cell_without_gradients_says_what_it_saw(ip, torch):
    clear(ip)
    run(ip, "%%autograd\nimport torch\nx = torch.tensor(1.0)\ny = x * 2\n")
    (note,) = outputs(ip)
    assert isinstance(note, Note)
    assert "x (requires_grad=False)" in note.text and "requires_grad=True" in note.text


# ---- real TensorFlow ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", TF_SEEDS)
def test_tf_seed_cells_run_as_without_the_magic(ip, tf, name):
    prelude, cell = seed(name)
    after = "print(tape.gradient(z, x))\n" if name != "11_01_c" else ""
    plain, magic = with_and_without(ip, prelude, cell, after)
    assert magic == plain  # prints, values, and the persistent tape still answers the same
    assert normal((REFERENCE / f"{name}.out").read_text()) == magic[0]
    assert outputs(ip)


@pytest.mark.parametrize("name", ["11_01_a", "11_01_b"])
def test_tf_tape_seed_graph(ip, tf, name):
    prelude, cell = seed(name)
    clear(ip)
    run(ip, "%%autograd --no-widget\n" + prelude + cell)
    table, graph, plot = outputs(ip)
    r = rows(table)
    assert r["x"][7] == "-5.4668" and r["y"][7] == "-0.9111" and r["z"][7] == "1.0000"
    assert r["y"][6] == "Pow" and r["z"][6] == "Sin"
    assert graph.text == "x --> (pow) --> y --> (sin) --> z"
    assert isinstance(plot, DerivativePlot)


def test_tf_linspace_vector(ip, tf):
    prelude, cell = seed("11_02_a")
    clear(ip)
    run(ip, "%%autograd --no-widget\n" + prelude + cell)
    table, _graph, plot = outputs(ip)
    r = rows(table)
    assert r["x"][3] == "float64" and r["x"][2] == "(10,)"
    x = np.linspace(0, 3, 10)
    np.testing.assert_allclose(ip.user_ns["dz_dx"].numpy(), 2 * x * np.cos(x**2), rtol=1e-12)
    assert "elementwise" in plot.view.series[1].label
    assert r["x"][7].startswith("[0.0000, 0.6626")
    assert all(row.fd_ok is not False for row in table.rows)


def test_tf_small_network_and_unknown_operation(ip, tf):
    clear(ip)
    cell = (
        "import tensorflow as tf\n"
        "w = tf.Variable([[0.5], [-0.25]])\n"
        "b = tf.Variable([0.1])\n"
        "xb = tf.constant([[1.0, 2.0], [3.0, -1.0]])\n"
        "with tf.GradientTape() as tape:\n"
        "    h = tf.math.erf(tf.matmul(xb, w) + b)\n"
        "    loss = tf.reduce_mean(h**2)\n"
        "dw, db = tape.gradient(loss, [w, b])\n"
        "print(dw.numpy(), db.numpy())\n"
    )
    plain, magic = with_and_without(ip, "", cell, after="print(tf.random.uniform((2,), seed=1))")
    assert magic[:4] == plain[:4]
    table = outputs(ip)[0]
    r = rows(table)
    dw = ip.user_ns["dw"].numpy()
    assert r["w"][7].startswith(f"[{dw[0, 0]:.4f}, {dw[1, 0]:.4f}]")
    assert r["h"][6] == "Erf"
    assert any("Erf" in n and "TensorFlow itself" in n for n in table.notes)
    assert all(row.fd_ok is not False for row in table.rows)


def test_tf_cell_that_raises_removes_the_callback(ip, tf):
    from tensorflow.python.framework import op_callbacks

    clear(ip)
    cell = "import tensorflow as tf\nx = tf.Variable(1.0)\ny = x * 2\nraise ValueError('boom')\n"
    from tensorflow.python.eager import tape

    hooked = (tape.watch, tape.watch_variable)
    result, _ = run(ip, "%%autograd\n" + cell)
    assert isinstance(result.error_in_exec, ValueError)
    assert not op_callbacks.should_invoke_op_callbacks()
    assert (tape.watch, tape.watch_variable) == hooked  # TensorFlow's own functions again


def test_mixing_frameworks_gets_a_message(ip, torch, tf):
    clear(ip)
    cell = (
        "import torch\nimport tensorflow as tf\n"
        "a = torch.tensor(1.0, requires_grad=True) * 2\n"
        "v = tf.Variable(2.0)\n"
        "with tf.GradientTape() as tape:\n    b = v * 3\n"
        "g = tape.gradient(b, v)\n"
    )
    run(ip, "%%autograd\n" + cell)
    (note,) = outputs(ip)
    assert "more than one framework" in note.text
    assert "PyTorch (1 operation" in note.text and "TensorFlow (1 operation" in note.text


def test_torch_random_operation_is_not_followed(ip, torch):
    clear(ip)
    cell = (
        "import torch\n"
        "torch.manual_seed(0)\n"
        "x = torch.ones(4, requires_grad=True)\n"
        "y = torch.nn.functional.dropout(x, 0.5) * x\n"
        "y.sum().backward()\n"
    )
    plain, magic = with_and_without(ip, "", cell, after="print(torch.rand(3))")
    assert magic == plain  # torch's random state too
    table = outputs(ip)[0]
    assert any(n.startswith("Not followed: MulBackward0") for n in table.notes)
    assert not any(".grad holds" in n for n in table.notes)
    assert not any(isinstance(o, DerivativePlot) for o in outputs(ip))
    # x's gradient passes through the dropout too: the magic shows none rather than a part
    assert "x" not in rows(table)
    assert any(n.startswith("Not listed: x.") for n in table.notes)
    (x_node,) = [n for n in table.graph.nodes if n.op is None and n.value.shape == (4,)]
    assert x_node.grad is None and x_node.not_followed


def test_tf_variable_passed_straight_to_an_operation(ip, tf):
    clear(ip)
    cell = (
        "import tensorflow as tf\n"
        "x = tf.Variable(0.5)\n"
        "with tf.GradientTape() as tape:\n"
        "    y = tf.sin(x) * tf.math.lgamma(x)\n"
        "g = tape.gradient(y, x)\n"
    )
    run(ip, "%%autograd --no-widget\n" + cell)
    table, graph, _plot = outputs(ip)
    r = rows(table)
    assert r["x"][7] == f"{ip.user_ns['g'].numpy():.4f}"
    assert r["x"][6] == "None" and r["y"][6] == "Mul"
    assert "Lgamma(x)" in graph.text and "sin(x)" in graph.text


def test_torch_warnings_and_errors_point_at_the_cell(ip, torch):
    cell = (
        "import torch\n"
        "x = torch.tensor(3.0, requires_grad=True)\n"
        "y = x**2\n"
        "for i in range(2):\n"
        "    y.grad\n"
        "torch.ones(2) @ torch.ones(3)\n"
    )
    seen = []
    for magic in ("", "%%autograd\n"):
        clear(ip)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("default")
            result, cap = run(ip, magic + cell)
        assert isinstance(result.error_in_exec, RuntimeError)
        (w,) = caught  # once per location, as without the magic
        assert "not a leaf" in str(w.message)
        tb = result.error_in_exec.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        seen.append((w.lineno - len(magic.splitlines()), tb.tb_lineno - len(magic.splitlines())))
        assert tb.tb_frame.f_code.co_filename == w.filename  # the error's last frame: the cell
    assert seen[0] == seen[1]


TORCH_LOOP = """import torch
w = torch.tensor(1.0, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for step in range(3):
    opt.zero_grad()
    loss = (w - 3) ** 2
    loss.backward()
    opt.step()
print(w)
"""
TF_LOOP = """import tensorflow as tf
w = tf.Variable(1.0)
opt = tf.keras.optimizers.SGD(learning_rate=0.1)
for step in range(3):
    with tf.GradientTape() as tape:
        loss = (w - 3.0) ** 2
    g = tape.gradient(loss, [w])
    opt.apply_gradients(zip(g, [w]))
print(w.numpy())
"""


@pytest.mark.parametrize("framework", ["torch", "tf"])
def test_training_loop_names_each_value_of_the_parameter(ip, framework, request):
    request.getfixturevalue(framework)
    cell = TORCH_LOOP if framework == "torch" else TF_LOOP
    plain, magic = with_and_without(ip, "", cell)
    assert magic[:4] == plain[:4]
    (table, *_rest) = outputs(ip)
    r = rows(table)
    assert [k for k in r if k.startswith("w")] == ["w@v0", "w@v1", "w"]
    assert r["w"][1] == "1.7200" and r["w"][7] == "-2.5600"  # the last step's loss
    assert r["w@v0"][7] == "not connected"


def test_tf_only_what_a_tape_watches_is_an_input(ip, tf):
    clear(ip)
    cell = (
        "import tensorflow as tf\n"
        "c = tf.constant(2.0)\n"
        "d = tf.constant(5.0)\n"
        "with tf.GradientTape() as tape:\n"
        "    tape.watch(c)\n"
        "    y = tf.sin(c) * d\n"
        "g = tape.gradient(y, [c, d])\n"
    )
    run(ip, "%%autograd --no-widget\n" + cell)
    r = rows(outputs(ip)[0])
    assert ip.user_ns["g"][1] is None  # TensorFlow: d is not watched
    assert r["d"][7] == "not tracked"
    assert r["c"][7] == f"{ip.user_ns['g'][0].numpy():.4f}"


def test_torch_error_traceback_reads_as_a_plain_cells(ip, torch):
    """No detour through torch/overrides.py: the frames a plain cell shows, each once."""
    cell = (
        "import torch\n"
        "x = torch.tensor(3.0, requires_grad=True)\n"
        "z = torch.sin(x**2)\n"
        "z.backward()\n"
        "z.backward()\n"
    )
    shown = []
    for magic in ("", "%%autograd --no-plot --no-widget\n"):
        clear(ip)
        result, cap = run(ip, magic + cell)
        assert isinstance(result.error_in_exec, RuntimeError)
        text = re.sub(r"\x1b\[[0-9;]*m", "", cap.stdout)
        frames = re.findall(r"^File .*?(torch/\S+?\.py)", text, flags=re.M)
        assert "torch/overrides.py" not in frames
        shown.append(frames)
    assert shown[0] == shown[1]


# A tf.Variable passed straight to an operation is read by TensorFlow's C++ fast path, without a
# ReadVariableOp the magic could see: each case's gradients must still be TensorFlow's own.
FAST_PATH_READS = {
    "literal equal to the variable": ("z = tf.multiply(3.0, x)", ["x"]),
    "literal exponent": ("z = tf.pow(x, 3.0)", ["x"]),
    "unnamed variable": ("z = tf.sin(x) * tf.Variable(3.0)", ["x"]),
    "watched tensor of equal value": ("c = tf.constant(3.0)\ntape.watch(c)\nz = x * c", ["x", "c"]),
    "two variables": ("a = tf.Variable(2.0)\nz = tf.pow(x, a) + tf.pow(a, x)", ["x", "a"]),
    "equal variables, commutative": ("b = tf.Variable(3.0)\nz = tf.multiply(x, b) * x", ["x", "b"]),
    "tape.watch of another variable": ("a = tf.Variable(3.0)\ntape.watch(a)\nz = tf.sin(x)", ["x"]),
    "non-trainable watched": (
        "n = tf.Variable(2.0, trainable=False)\ntape.watch(n)\nz = tf.multiply(n, x)",
        ["x", "n"],
    ),
}


def tape_cell(body: str, names: list[str], prelude_x: bool = False) -> str:
    inner = "".join(f"    {line}\n" for line in body.splitlines())
    return (
        "import tensorflow as tf\n"
        + ("" if prelude_x else "x = tf.Variable(3.0)\n")
        + "with tf.GradientTape(persistent=True) as tape:\n"
        + inner
        + "print(tape.gradient(z, x))\n"
        + f"grads = tape.gradient(z, [{', '.join(names)}])\n"
    )


def assert_gradients_are_tensorflows(ip, names: list[str]) -> None:
    table = outputs(ip)[0]
    r = rows(table)
    for name, g in zip(names, ip.user_ns["grads"]):
        assert g is not None
        assert r[name][7] == f"{g.numpy():.4f}", (name, r[name], g)
    assert not any(n.startswith("Not followed") for n in table.notes)


@pytest.mark.parametrize("case", list(FAST_PATH_READS))
def test_tf_fast_path_reads_get_tensorflows_gradients(ip, tf, case):
    body, names = FAST_PATH_READS[case]
    plain, magic = with_and_without(ip, "", tape_cell(body, names))
    assert magic == plain
    assert_gradients_are_tensorflows(ip, names)


def test_tf_fast_path_read_of_a_variable_from_an_earlier_cell(ip, tf):
    clear(ip)
    run(ip, "import tensorflow as tf\nx = tf.Variable(3.0)\n")
    run(ip, "%%autograd --no-widget\n" + tape_cell("z = tf.pow(x, 3.0)", ["x"], prelude_x=True))
    assert_gradients_are_tensorflows(ip, ["x"])
    # the persistent tape again: z's history (on x) is in the earlier cell, and a note says so
    cell = "with tape:\n    w = tf.sin(x) * z\ngz, gx = tape.gradient(w, [z, x])\n"
    run(ip, "%%autograd --no-widget\n" + cell)
    table = outputs(ip)[0]
    r = rows(table)
    assert r["z"][7] == f"{ip.user_ns['gz'].numpy():.4f}"
    assert "x" not in r  # its gradient here would miss the path through z's history
    (note,) = [n for n in table.notes if "before this cell" in n]
    assert note.startswith("z: watched by a tape") and "not shown" in note
    assert any(n.startswith("Not listed: x.") for n in table.notes)


@pytest.mark.parametrize(
    "body",
    [
        "a = tf.Variable(3.0)\nb = tf.Variable(3.0)\nz = tf.pow(a, b) + a",
        "n = tf.Variable(3.0, trainable=False)\ntape.watch(n)\nz = tf.multiply(n, x)",
    ],
)
def test_tf_reads_of_equal_variables_are_not_guessed(ip, tf, body):
    clear(ip)
    names = ["a", "b"] if "pow" in body else ["n", "x"]
    result, _ = run(ip, "%%autograd --no-widget\n" + tape_cell(body, names))
    assert result.error_in_exec is None
    assert all(g is not None for g in ip.user_ns["grads"])  # TensorFlow has gradients ...
    table = outputs(ip)[0]
    r = rows(table)
    assert not set(names) & set(r)  # ... the magic shows no number it cannot tell apart
    hidden = [n for n in table.notes if n.startswith("Not listed: ")]
    if "+ a" in body:  # a's other read: its gradient there would be only part of it
        assert hidden[0].startswith("Not listed: a. Part of their gradient")
    note = next(n for n in table.notes if n.startswith("Not followed"))
    assert f"({names[0]}, {names[1]})" in note and "equal value" in note
