"""No NumPy RuntimeWarning from autograd_magic's own code, where PyTorch and TensorFlow print
nothing (``1/x`` at 0, ``sqrt(-1)``, ``log(0)``), in plain Python, IPython (with
``%%autograd``) and pytest; a user's own NumPy warnings stay as they are.

Each check runs in a fresh interpreter and reads its stderr.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

OPS = """
import warnings
import numpy as np
import autograd_magic.torch as tr
import autograd_magic.tf as tf

x = tr.tensor(0.0, requires_grad=True)
y = 1 / x
z = tr.tensor(-1.0, requires_grad=True).sqrt()
w = x.log()
(y + w).backward()
t = tr.tensor([0.0, -1.0, 2.0])
print(1 / t, t.sqrt(), t.log(), t ** -1, t * float("inf"), tr.exp(t * 1e4))
v = tf.Variable(0.0)
with tf.GradientTape() as tape:
    u = 1 / v + tf.math.log(v) + tf.sqrt(v - 1.0)
print(u, tape.gradient(u, v), tf.math.log(tf.constant([0.0, -1.0])))
print(y.detach(), z.detach(), w.detach(), x.grad)
"""


def run(args: list[str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONWARNINGS="")
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # a bare pytest starts in a second
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def test_plain_python_prints_no_numpy_warning():
    done = run([sys.executable, "-c", OPS])
    assert done.returncode == 0, done.stderr
    assert "tensor(inf" in done.stdout and done.stderr == ""


def test_a_users_own_numpy_warning_is_kept():
    done = run([sys.executable, "-c", OPS + "\nnp.log(np.zeros(1))\n"])
    assert done.returncode == 0, done.stderr
    assert "RuntimeWarning: divide by zero encountered in log" in done.stderr
    assert done.stderr.count("RuntimeWarning") == 1


def test_ipython_and_the_magic_print_no_numpy_warning():
    cell = (
        "%%autograd\n"
        "x = tr.tensor(0.5, requires_grad=True)\n"
        "y = (1 / x).log() + (x - 1).sqrt()\n"
        "y.backward()\n"
    )
    code = OPS + "\nget_ipython().run_line_magic('load_ext', 'autograd_magic')\n"
    code += f"get_ipython().run_cell({cell!r})\n"
    done = run([sys.executable, "-m", "IPython", "--quick", "--no-banner", "-c", code])
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr and "Warning" not in done.stdout


def test_pytest_even_with_runtime_warnings_as_errors(tmp_path):
    test = tmp_path / "test_ops.py"
    body = textwrap.indent(OPS, "    ")
    test.write_text(f"def test_ops():\n{body}\n")
    done = run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W",
         "error::RuntimeWarning", str(test)],
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout and "warning" not in done.stdout.lower()
