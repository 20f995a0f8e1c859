#!/usr/bin/env python
"""Record what real TensorFlow prints for the programs in tests/tf_reference/programs/.

Each program NAME.py is run with a Python that has TensorFlow installed (this one by default,
or a throwaway virtualenv given with ``--python``; TensorFlow is never a dependency of this
project), and its output is written to tests/tf_reference/expected/:

* NAME.out: its stdout, byte for byte;
* NAME.err: its stderr, without TensorFlow's start-up noise (absl, oneDNN, CPU-feature and
  CUDA notices), with this machine's directories replaced by ``<PATH>`` and memory
  addresses by ``0x<ADDR>``.

Usage:
    python scripts/record_tf_reference.py [--python /path/to/python] [--check] [NAME ...]

``--check`` writes nothing and reports the programs whose output differs from the recording.
``--fuzz`` first (re)writes the random programs ``fuzz_*.py`` (fixed seeds) and records them.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "tf_reference" / "programs"
EXPECTED = ROOT / "tests" / "tf_reference" / "expected"
DEFAULT_PYTHON = sys.executable
TIMEOUT = 600

# C++ log lines (absl format: "I0000 00:00:1795690206.462018    3995 file.cc:227] message").
_CPP_LOG = re.compile(r"^[IWEF]\d{4} \d\d:\d\d:[\d.]+\s+\d+ (?P<file>[\w.-]+):\d+\] (?P<msg>.*)$")
# Start-up notices that depend on the build and the machine, not on the program.
_NOISE_FILES = re.compile(
    r"^(port\.cc|cpu_feature_guard\.cc|cuda_\w+\.cc|gpu_\w+\.cc|dso_loader\.cc"
    r"|cuda_executor\.cc|computation_placer\.cc|tensorrt\w*\.cc|cudart_stub\.cc)$"
)
_NOISE_TEXT = re.compile(r"oneDNN|CPU instructions|cuda|CUDA|cuDNN|cuFFT|cuBLAS|TensorRT|TF-TRT")
_NOISE_LINES = (
    "WARNING: All log messages before absl::InitializeLog() is called are written to STDERR",
)
_CPU_FLAGS_CONTINUATION = re.compile(r"^To enable the following instructions: .*compiler flags\.$")
# An absolute directory: "/a/b/" in "/a/b/file.py".
_ABS_DIR = re.compile(r"(?<![\w.<>/])/(?:[\w.+@~-]+/)+")
# A memory address, as in "<function f at 0x7f9596e2ef20>".
_ADDRESS = re.compile(r"\b0x[0-9a-f]{6,}\b")


def clean_stderr(text: str) -> str:
    """Drop TensorFlow's start-up noise and replace absolute directories by ``<PATH>``."""
    kept = []
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        if bare in _NOISE_LINES or _CPU_FLAGS_CONTINUATION.match(bare):
            continue
        m = _CPP_LOG.match(bare)
        if m and (_NOISE_FILES.match(m["file"]) or _NOISE_TEXT.search(m["msg"])):
            continue
        kept.append(_ADDRESS.sub("0x<ADDR>", _ABS_DIR.sub("<PATH>/", line)))
    return "".join(kept)


def run_program(python: str, path: Path) -> tuple[str, str, int]:
    env = dict(os.environ)
    env.update(
        TF_CPP_MIN_LOG_LEVEL="3",
        CUDA_VISIBLE_DEVICES="-1",
        PYTHONHASHSEED="0",
        PYTHONIOENCODING="utf-8",
    )
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [python, str(path)],
        cwd=str(path.parent),
        env=env,
        capture_output=True,
        timeout=TIMEOUT,
        text=True,
        encoding="utf-8",
    )
    return proc.stdout, clean_stderr(proc.stderr), proc.returncode


# ---- random programs ----------------------------------------------------------------------------

FUZZ_FILES = 20  # programs fuzz_0.py ... fuzz_19.py
FUZZ_CASES = 40  # cases in each
_SHAPES = [(), (3,), (2, 3), (3, 1)]
_VALUES = [0.0, -1.0, 1.0, 2.0, -0.5, 0.5, 3.0, -2.0, 1e-3, 10.0]
_SPECIAL = ["np.inf", "-np.inf", "np.nan"]
_UNARY = [
    "tf.sin({})", "tf.cos({})", "tf.tanh({})", "tf.sigmoid({})", "tf.exp({})",
    "tf.math.log({})", "tf.sqrt({})", "tf.abs({})", "tf.square({})", "(-{})", "tf.nn.relu({})",
    "tf.math.reciprocal({})", "tf.tan({})", "tf.nn.softmax({})", "tf.nn.log_softmax({})",
    "tf.clip_by_value({}, -1.0, 2.0)", "tf.identity({})", "tf.stop_gradient({})",
    "tf.sign({})", "tf.gather({}, 0)", "tf.identity({})[0]", "tf.identity({})[..., -1:]",
    "tf.reduce_sum({}, 0, True)",
    "tf.transpose({})", "tf.reshape({}, [-1])", "tf.expand_dims({}, 0)", "tf.squeeze({})",
    "tf.math.abs({})", "tf.cast({}, tf.float64)",
]  # fmt: skip
_BINARY = [
    "({} + {})", "({} - {})", "({} * {})", "({} / {})", "tf.maximum({}, {})",
    "tf.minimum({}, {})", "tf.pow({}, {})", "tf.concat([{}, {}], 0)", "tf.stack([{}, {}])",
    "tf.matmul({}, {})", "({} ** {})", "tf.add({}, {})", "tf.multiply({}, {})",
]  # fmt: skip
_REDUCE = ["tf.reduce_sum", "tf.reduce_mean", "tf.reduce_max", "tf.reduce_min", "tf.reduce_prod"]


def _literal(rng: Any, shape: tuple[int, ...]) -> str:
    """A float32 array literal of ``shape`` from a pool with zeros, negatives, inf and NaN."""
    size = int(np.prod(shape, dtype=np.int64))
    items = []
    for _ in range(size):
        if rng.random() < 0.08:
            items.append(_SPECIAL[rng.integers(len(_SPECIAL))])
        else:
            items.append(repr(_VALUES[rng.integers(len(_VALUES))]))
    flat = "[" + ", ".join(items) + "]"
    return f"np.array({flat}, dtype=np.float32).reshape({shape!r})"


def _expr(rng: Any, depth: int) -> str:
    """A random expression over ``x`` (a Variable) and ``y`` (a watched constant)."""
    if depth == 0 or rng.random() < 0.2:
        leaf = rng.random()
        if leaf < 0.4:
            return "x"
        if leaf < 0.8:
            return "y"
        return repr(float(_VALUES[rng.integers(len(_VALUES))]))
    kind = rng.random()
    if kind < 0.35:
        return _UNARY[rng.integers(len(_UNARY))].format(_expr(rng, depth - 1))
    if kind < 0.75:
        a, b = _expr(rng, depth - 1), _expr(rng, depth - 1)
        return _BINARY[rng.integers(len(_BINARY))].format(a, b)
    if kind < 0.87:
        axis = [None, None, None, 0, 1, -1][rng.integers(6)]
        fn = _REDUCE[rng.integers(len(_REDUCE))]
        return f"{fn}({_expr(rng, depth - 1)}, axis={axis})"
    a, b, c, d = (_expr(rng, depth - 1) for _ in range(4))
    op = [">", "<", ">="][rng.integers(3)]
    return f"tf.where({a} {op} {b}, {c}, {d})"


_FUZZ_HEAD = """# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed {seed}): values, gradients and
# errors of expressions over a Variable x and a watched constant y, with broadcasting,
# zeros, negatives, inf and NaN, and assignments to x while recording.
import numpy as np
import tensorflow as tf


def show(n, fn):
    try:
        results = fn()
    except Exception as e:
        first = (str(e).splitlines() or [""])[0]
        print(f"case {{n}}: error {{type(e).__name__}}: {{first}}")
        return
    for label, t in results:
        if t is None:
            print(f"case {{n}}: {{label}} None")
            continue
        if not hasattr(t, "numpy"):  # a gather's gradient: IndexedSlices
            t = tf.convert_to_tensor(t)
        a = np.asarray(t.numpy(), dtype=np.float64)
        text = " ".join(repr(float(v)) for v in a.reshape(-1))
        print(f"case {{n}}: {{label}} {{a.shape}} {{t.dtype.name}} {{text}}")
"""


def fuzz_program(seed: int, cases: int = FUZZ_CASES) -> str:
    """The source of one random program: ``cases`` cases drawn from ``seed``."""
    rng = np.random.default_rng(seed)
    parts = [_FUZZ_HEAD.format(seed=seed)]
    for n in range(cases):
        sx = _SHAPES[rng.integers(len(_SHAPES))]
        sy = _SHAPES[rng.integers(len(_SHAPES))] if rng.random() < 0.7 else sx
        body = [
            f"    x = tf.Variable({_literal(rng, sx)})",
            f"    y = tf.constant({_literal(rng, sy)})",
        ]
        if rng.random() < 0.15:  # a second derivative, through nested tapes
            body += [
                "    with tf.GradientTape() as outer:",
                "        with tf.GradientTape() as inner:",
                f"            out = {_expr(rng, 2)}",
                "        gx = inner.gradient(out, x)",
                "    ggx = outer.gradient(gx, x) if gx is not None else None",
                '    return [("out", out), ("dx", gx), ("ddx", ggx)]',
            ]
            parts.append(f"\n\ndef case_{n}():\n" + "\n".join(body) + "\n")
            continue
        body += [
            "    with tf.GradientTape(persistent=True) as tape:",
            "        tape.watch(y)",
        ]
        if rng.random() < 0.2:
            body.append(f"        a = {_expr(rng, 2)}")
            body.append(f"        x.assign_add(tf.ones_like(x) * {rng.integers(1, 3)}.0)")
            body.append(f"        out = a * {_expr(rng, 1)}")
        else:
            body.append(f"        out = {_expr(rng, 3)}")
        body.append("    gx, gy = tape.gradient(out, [x, y])")
        body.append('    return [("out", out), ("dx", gx), ("dy", gy)]')
        parts.append(f"\n\ndef case_{n}():\n" + "\n".join(body) + "\n")
    parts.append(f'\n\nfor n in range({cases}):\n    show(n, globals()[f"case_{{n}}"])\n')
    return "".join(parts)


def write_fuzz_programs() -> list[str]:
    """(Re)write programs/fuzz_K.py for K < FUZZ_FILES; return their names."""
    names = []
    for k in range(FUZZ_FILES):
        name = f"fuzz_{k}"
        (PROGRAMS / f"{name}.py").write_text(fuzz_program(1000 + k), encoding="utf-8")
        names.append(name)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--python", default=DEFAULT_PYTHON, help="a Python with TensorFlow installed"
    )
    parser.add_argument(
        "--check", action="store_true", help="compare with the recording, write nothing"
    )
    parser.add_argument(
        "--fuzz", action="store_true", help="(re)write the random programs fuzz_*.py first"
    )
    parser.add_argument("names", nargs="*", help="program names (default: all)")
    args = parser.parse_args(argv)
    if args.fuzz:
        written = write_fuzz_programs()
        args.names = args.names or written

    if args.names:
        paths = [PROGRAMS / f"{name.removesuffix('.py')}.py" for name in args.names]
    else:
        paths = sorted(PROGRAMS.glob("*.py"))
    EXPECTED.mkdir(parents=True, exist_ok=True)

    differing = []
    for path in paths:
        out, err, code = run_program(args.python, path)
        name = path.stem
        status = "ok" if code == 0 else f"exit {code}"
        if args.check:
            same = (EXPECTED / f"{name}.out").read_text(encoding="utf-8") == out and (
                EXPECTED / f"{name}.err"
            ).read_text(encoding="utf-8") == err
            if not same:
                differing.append(name)
            status += "" if same else ", differs"
        else:
            (EXPECTED / f"{name}.out").write_text(out, encoding="utf-8", newline="")
            (EXPECTED / f"{name}.err").write_text(err, encoding="utf-8", newline="")
        print(f"{name}: {status}", flush=True)

    if differing:
        print("differ:", " ".join(differing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
