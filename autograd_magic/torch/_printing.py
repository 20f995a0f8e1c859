"""Tensor ``repr`` formatting that reproduces PyTorch's output character for character.

This module is deliberately standalone (NumPy only) so that it can be tested in isolation
against the real ``torch`` package.  The entry point is :func:`format_tensor`; the print
options mirror ``torch.set_printoptions`` / ``torch.get_printoptions``.

The rules, in short:

* Floating tensors are inspected through their nonzero *finite* values only.  If all of
  them are whole numbers the tensor is printed in "int mode" (``3.``); scientific notation
  is chosen when max/min of their magnitudes exceeds 1000, the max exceeds 1e8 or (outside
  int mode) the min is below 1e-4.  Every element is right-aligned to one shared width,
  which is also measured on the nonzero finite values (so ``nan``, ``inf`` and ``-0.``
  may stick out).
* Values are formatted as Python floats (float32 widened to float64 first), with
  ``precision`` decimals.
* Rows wrap so that ``(width + 2)`` wide elements fit into ``linewidth - indent``;
  continuation lines are indented to just inside the opening bracket.
* Above ``threshold`` elements the tensor is summarized: only ``edgeitems`` entries are
  kept at each end of every dimension and ``...`` marks the gap.
* Suffixes (``dtype=...``, ``requires_grad=True``, ...) follow the data; one that would
  overflow ``linewidth`` starts a new line indented by ``len(prefix)``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

__all__ = [
    "PrintOptions",
    "format_tensor",
    "get_printoptions",
    "printoptions",
    "set_printoptions",
]

_NUMPY_DTYPES: dict[str, type[np.generic]] = {
    "float32": np.float32,
    "float64": np.float64,
    "int64": np.int64,
    "int32": np.int32,
    "bool": np.bool_,
}
_FLOAT_DTYPES = frozenset({"float32", "float64"})
# dtypes that are implied by the printed values and therefore not spelled out.
_IMPLICIT_DTYPES = frozenset({"float32", "int64", "bool"})
# The dtype an empty ``tensor([])`` is assumed to have.
_DEFAULT_DTYPE = "float32"


@dataclasses.dataclass
class PrintOptions:
    """Print options, with the same names and defaults as PyTorch's."""

    precision: int = 4
    threshold: float = 1000
    edgeitems: int = 3
    linewidth: int = 80
    sci_mode: bool | None = None


_PROFILES: dict[str, dict[str, Any]] = {
    "default": {"precision": 4, "threshold": 1000, "edgeitems": 3, "linewidth": 80},
    "short": {"precision": 2, "threshold": 1000, "edgeitems": 2, "linewidth": 80},
    "full": {"precision": 4, "threshold": math.inf, "edgeitems": 3, "linewidth": 80},
}

_OPTIONS = PrintOptions()


def set_printoptions(
    precision: int | None = None,
    threshold: float | None = None,
    edgeitems: int | None = None,
    linewidth: int | None = None,
    profile: str | None = None,
    sci_mode: bool | None = None,
) -> None:
    """Set the print options, like ``torch.set_printoptions``.

    ``profile`` ('default', 'short' or 'full') is applied first, then any explicitly
    given option.  As in PyTorch, ``sci_mode`` is always assigned, so omitting it
    restores automatic selection of scientific notation.
    """
    if profile is not None:
        if profile not in _PROFILES:
            raise ValueError(
                f"unknown print profile {profile!r}; expected one of {sorted(_PROFILES)}"
            )
        for name, value in _PROFILES[profile].items():
            setattr(_OPTIONS, name, value)
    if precision is not None:
        _OPTIONS.precision = precision
    if threshold is not None:
        _OPTIONS.threshold = threshold
    if edgeitems is not None:
        _OPTIONS.edgeitems = edgeitems
    if linewidth is not None:
        _OPTIONS.linewidth = linewidth
    _OPTIONS.sci_mode = sci_mode


def get_printoptions() -> dict[str, Any]:
    """Return the current print options as a dict accepted by :func:`set_printoptions`."""
    return dataclasses.asdict(_OPTIONS)


@contextlib.contextmanager
def printoptions(**kwargs: Any) -> Iterator[None]:
    """Temporarily change the print options inside a ``with`` block."""
    saved = get_printoptions()
    set_printoptions(**kwargs)
    try:
        yield
    finally:
        set_printoptions(**saved)


class _ElementFormatter:
    """Decides the notation and common width for all elements of one tensor."""

    def __init__(self, values: np.ndarray, floating: bool, opts: PrintOptions) -> None:
        self.floating = floating
        self.precision = opts.precision
        self.int_mode = True
        self.sci_mode = False
        self.width = 1

        if not floating:
            for value in values.tolist():
                self.width = max(self.width, len(str(value)))
            return

        finite_nonzero = values[np.isfinite(values) & (values != 0)]
        if finite_nonzero.size == 0:
            # Nothing to measure: zeros and non-finite values print as ``0.``/``nan``/...
            return

        magnitudes = np.abs(finite_nonzero).astype(np.float64)
        smallest = float(magnitudes.min())
        largest = float(magnitudes.max())
        self.int_mode = bool(np.all(finite_nonzero == np.ceil(finite_nonzero)))
        if opts.sci_mode is None:
            self.sci_mode = largest / smallest > 1000.0 or largest > 1.0e8 or smallest < 1.0e-4
        else:
            self.sci_mode = bool(opts.sci_mode)

        for value in finite_nonzero.tolist():
            if self.sci_mode:
                text = f"{value:.{self.precision}e}"
            elif self.int_mode:
                text = f"{value:.0f}."
            else:
                text = f"{value:.{self.precision}f}"
            self.width = max(self.width, len(text))

    def format(self, value: Any) -> str:
        """Format one Python scalar, right-aligned to the shared width."""
        if not self.floating:
            text = str(value)
        elif self.sci_mode:
            text = f"{value:{self.width}.{self.precision}e}"
        elif self.int_mode:
            text = f"{value:.0f}"
            if math.isfinite(value):
                text += "."
        else:
            text = f"{value:.{self.precision}f}"
        return text.rjust(self.width)


def _edge_values(data: np.ndarray, edgeitems: int) -> np.ndarray:
    """The flat values that survive summarization (order is irrelevant)."""
    if data.ndim == 0:
        return data.reshape(-1)
    n = data.shape[0]
    if data.ndim == 1:
        if n > 2 * edgeitems:
            # Note: with edgeitems == 0, ``data[-0:]`` is the whole vector (as in PyTorch).
            return np.concatenate((data[:edgeitems], data[-edgeitems:]))
        return data
    if not edgeitems:
        return data.reshape(-1)[:0]
    rows = range(n) if n <= 2 * edgeitems else [*range(edgeitems), *range(n - edgeitems, n)]
    return np.concatenate([_edge_values(data[i], edgeitems) for i in rows])


def _format_vector(
    data: np.ndarray, indent: int, summarize: bool, fmt: _ElementFormatter, opts: PrintOptions
) -> str:
    per_line = max(1, math.floor((opts.linewidth - indent) / (fmt.width + 2)))
    edge = opts.edgeitems
    if summarize and not edge:
        items = ["..."]
    elif summarize and data.shape[0] > 2 * edge:
        items = [fmt.format(v) for v in data[:edge].tolist()]
        items.append(" ...")
        items.extend(fmt.format(v) for v in data[-edge:].tolist())
    else:
        items = [fmt.format(v) for v in data.tolist()]
    lines = [", ".join(items[i : i + per_line]) for i in range(0, len(items), per_line)]
    return "[" + (",\n" + " " * (indent + 1)).join(lines) + "]"


def _format_nested(
    data: np.ndarray, indent: int, summarize: bool, fmt: _ElementFormatter, opts: PrintOptions
) -> str:
    if data.ndim == 0:
        return fmt.format(data.item())
    if data.ndim == 1:
        return _format_vector(data, indent, summarize, fmt, opts)
    n = data.shape[0]
    edge = opts.edgeitems
    if summarize and n > 2 * edge:
        blocks = [_format_nested(data[i], indent + 1, summarize, fmt, opts) for i in range(edge)]
        blocks.append("...")
        blocks.extend(
            _format_nested(data[i], indent + 1, summarize, fmt, opts) for i in range(n - edge, n)
        )
    else:
        blocks = [_format_nested(data[i], indent + 1, summarize, fmt, opts) for i in range(n)]
    separator = "," + "\n" * (data.ndim - 1) + " " * (indent + 1)
    return "[" + separator.join(blocks) + "]"


def _append_suffixes(text: str, suffixes: Sequence[str], indent: int, linewidth: int) -> str:
    parts = [text]
    # PyTorch's bookkeeping counts two characters more than the real last-line length.
    line_len = len(text) - text.rfind("\n") + 1
    for suffix in suffixes:
        if line_len + len(suffix) + 2 > linewidth:
            parts.append(",\n" + " " * indent + suffix)
            line_len = indent + len(suffix)
        else:
            parts.append(", " + suffix)
            line_len += len(suffix) + 2
    parts.append(")")
    return "".join(parts)


def format_tensor(
    data: np.ndarray,
    dtype: str,
    suffixes: Sequence[str] = (),
    prefix: str = "tensor(",
) -> str:
    """Return the ``repr`` PyTorch would print for a tensor holding ``data``.

    ``dtype`` is the torch dtype name ('float32', 'float64', 'int64', 'int32', 'bool');
    ``suffixes`` are extra ``key=value`` strings such as ``"requires_grad=True"`` that go
    after the automatic ``size=``/``dtype=`` suffixes; ``prefix`` is the opening text,
    whose length sets the indentation of continuation lines.
    """
    if dtype not in _NUMPY_DTYPES:
        raise ValueError(f"unsupported dtype {dtype!r}; expected one of {list(_NUMPY_DTYPES)}")
    opts = _OPTIONS
    data = np.asarray(data, dtype=_NUMPY_DTYPES[dtype])
    indent = len(prefix)
    auto: list[str] = []
    torch_dtype = f"dtype=torch.{dtype}"

    if data.size == 0:
        if data.ndim != 1:
            auto.append(f"size={tuple(data.shape)}")
        if dtype != _DEFAULT_DTYPE:
            auto.append(torch_dtype)
        body = "[]"
    else:
        if not opts.edgeitems:
            auto.append(f"size={tuple(data.shape)}")
        if dtype not in _IMPLICIT_DTYPES:
            auto.append(torch_dtype)
        summarize = data.size > opts.threshold
        values = _edge_values(data, opts.edgeitems) if summarize else data.reshape(-1)
        fmt = _ElementFormatter(values, dtype in _FLOAT_DTYPES, opts)
        body = _format_nested(data, indent, summarize, fmt, opts)

    return _append_suffixes(prefix + body, [*auto, *suffixes], indent, opts.linewidth)
