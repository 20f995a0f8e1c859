"""Where the project and the lecture notes' recorded reference outputs live (for tests)."""

from __future__ import annotations

import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
# the lecture notes' cells and what the real frameworks printed for them (see its README.md)
SHARED_REFERENCE = ROOT / "tests" / "reference"

# the notes' seed cells: PyTorch's (10.x) and TensorFlow's (11.x), by reference file name
TORCH_SEEDS = [f"10_01_{c}" for c in "abcdefgh"] + ["10_02_a"]
TORCH_SEEDS += [f"10_03_{c}" for c in "abcde"] + [f"10_04_{c}" for c in "abc"]
TF_SEEDS = ["11_01_a", "11_01_b", "11_01_c", "11_02_a"]
