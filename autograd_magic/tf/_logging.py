"""TensorFlow's warnings, as its logger prints them on stderr: ``WARNING:tensorflow:<text>``."""

from __future__ import annotations

import logging
import sys

__all__ = ["get_logger", "warn_first_n"]

_logger = logging.getLogger("autograd_magic.tf")
_counts: dict[str, int] = {}


class _StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is at the time (a notebook or pytest replaces it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # pragma: no cover - logging must never raise
            self.handleError(record)


if not _logger.handlers:
    _handler = _StderrHandler()
    _handler.setFormatter(logging.Formatter("%(levelname)s:tensorflow:%(message)s"))
    _logger.addHandler(_handler)
    _logger.propagate = False
    _logger.setLevel(logging.INFO)


def get_logger() -> logging.Logger:
    """The logger behind ``tf.get_logger()``: set its level to silence the warnings."""
    return _logger


def warn_first_n(key: str, n: int, message: str) -> None:
    """Log ``message`` as a warning only the first ``n`` times for ``key``, as TensorFlow does."""
    count = _counts.get(key, 0)
    if count < n:
        _counts[key] = count + 1
        _logger.warning(message)
