"""Shared test helpers: where the recorded reference outputs live."""

from __future__ import annotations

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED_REFERENCE = ROOT.parent / "shared" / "reference"


@pytest.fixture(scope="session")
def shared_reference() -> pathlib.Path:
    if not SHARED_REFERENCE.is_dir():
        pytest.skip(f"the lecture notes' reference outputs are not at {SHARED_REFERENCE}")
    return SHARED_REFERENCE
