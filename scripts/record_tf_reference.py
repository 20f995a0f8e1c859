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
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--python", default=DEFAULT_PYTHON, help="a Python with TensorFlow installed"
    )
    parser.add_argument(
        "--check", action="store_true", help="compare with the recording, write nothing"
    )
    parser.add_argument("names", nargs="*", help="program names (default: all)")
    args = parser.parse_args(argv)

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
