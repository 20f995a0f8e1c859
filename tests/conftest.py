"""Shared test helpers: where the recorded reference outputs live."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import settings
from shared_paths import SHARED_REFERENCE

# Property tests draw the same examples on every run and every machine: a run of CI cannot go
# red by chance. (Float rounding can make a rare random program print a different last digit
# than PyTorch; a fixed draw keeps such a case from flipping CI, while the sweep stays broad.)
settings.register_profile("deterministic", derandomize=True, database=None, deadline=None)
settings.load_profile("deterministic")


@pytest.fixture(scope="session")
def shared_reference() -> pathlib.Path:
    if not SHARED_REFERENCE.is_dir():
        pytest.skip(f"the lecture notes' reference outputs are not at {SHARED_REFERENCE}")
    return SHARED_REFERENCE
