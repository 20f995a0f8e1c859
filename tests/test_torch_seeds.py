"""Every PyTorch seed cell of the notes, with only the import swapped, prints what PyTorch did."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest
from shared_paths import SHARED_REFERENCE

SEEDS = sorted(p.stem for p in SHARED_REFERENCE.glob("10_0[1-4]_*.py"))


def run_seed(ref: pathlib.Path, name: str, tmp_path: pathlib.Path) -> subprocess.CompletedProcess:
    src = (ref / f"{name}.py").read_text()
    src = src.replace("import torch as tr", "import autograd_magic.torch as tr")
    display = ref / f"{name}.display"
    if display.exists():  # a notebook shows the last expression's repr as Out[n]
        lines = src.rstrip("\n").split("\n")
        expr = lines[-1].split("#")[0].strip()
        src = "\n".join(lines[:-1]) + f"\nprint(repr({expr}))\n"
    script = tmp_path / f"{name}.py"
    script.write_text(src)
    return subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path
    )


@pytest.mark.parametrize("name", SEEDS)
def test_seed_cell(shared_reference, name, tmp_path):
    result = run_seed(shared_reference, name, tmp_path)
    assert result.returncode == 0, result.stderr
    expected = (shared_reference / f"{name}.out").read_text()
    display = shared_reference / f"{name}.display"
    if display.exists():
        expected += display.read_text()
    assert result.stdout.rstrip("\n") == expected.rstrip("\n")
    # warnings: same messages, pointing at the same line (PyTorch's build-path tail is noise)
    expected_err = (shared_reference / f"{name}.err").read_text()
    ours = result.stderr.replace(str(tmp_path), "<PATH>")
    if not expected_err.strip():
        assert ours == ""
    for want, got in zip(expected_err.splitlines(), ours.splitlines(), strict=True):
        want = want.split(" (Triggered internally at")[0]
        assert got == want
