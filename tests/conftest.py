"""Shared test helpers: where the recorded reference outputs live."""

from __future__ import annotations

import pathlib

import pytest
from shared_paths import SHARED_REFERENCE


@pytest.fixture(scope="session")
def shared_reference() -> pathlib.Path:
    if not SHARED_REFERENCE.is_dir():
        pytest.skip(f"the lecture notes' reference outputs are not at {SHARED_REFERENCE}")
    return SHARED_REFERENCE
