"""Where the project and the lecture notes' recorded reference outputs live (for tests)."""

from __future__ import annotations

import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
# the lecture notes' cells and what the real frameworks printed for them (see its README.md)
SHARED_REFERENCE = ROOT / "tests" / "reference"
