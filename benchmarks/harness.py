"""Timing and reporting: interleaved rounds in one process, medians, spreads and ratios.

Every case is timed once per round, and the order of the cases is rotated from round to round,
so slow drifts of a shared machine (another job starting, the CPU clocking down) spread over all
libraries instead of landing on one of them. A sample is the mean time of a calibrated number of
back-to-back calls (at least ``min_time`` seconds); a case's result is the median of its samples.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

FLOOR = "numpy"  # the library name of the hand-written NumPy baseline
REFERENCE = "torch"  # the library every other one is also compared with


@dataclass
class Case:
    """One thing to time: a workload variant run by one library.

    ``make`` builds the timed callable (all setup happens there, untimed). ``check`` runs the
    library once more and raises ``AssertionError`` if its gradient is not the analytic one; it
    is called before any timing. ``scale`` turns seconds per call into ``unit``.
    """

    workload: str
    variant: str
    lib: str
    unit: str
    scale: float
    make: Callable[[], Callable[[], Any]]
    check: Callable[[], None] | None = None
    note: str = ""
    samples: list[float] = field(default_factory=list)
    loops: int = 1
    fn: Callable[[], Any] | None = None

    @property
    def group(self) -> tuple[str, str]:
        return (self.workload, self.variant)

    @property
    def label(self) -> str:
        return f"{self.workload} {self.variant} [{self.lib}]"


CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
_clock = time.perf_counter


def set_clock(name: str) -> None:
    """'wall' (elapsed time, the default) or 'cpu' (this process's CPU time, all threads):
    on a shared machine CPU time leaves out the time other jobs held the cores."""
    global _clock
    _clock = CLOCKS[name]


def _time_loops(fn: Callable[[], Any], loops: int) -> float:
    gc.collect()  # garbage left by the previous case is not charged to this one
    clock = _clock
    t0 = clock()
    for _ in range(loops):
        fn()
    return (clock() - t0) / loops


def calibrate(case: Case, min_time: float) -> None:
    """Warm the case up and pick how many calls make one sample last about ``min_time``."""
    fn = case.fn
    fn()  # first call: imports, caches, lazy allocations
    t = _time_loops(fn, 1)
    if t < min_time:
        loops = max(1, math.ceil(min_time / max(t, 1e-9)))
        t = _time_loops(fn, loops)  # a better estimate with the loop overhead included
        loops = max(1, math.ceil(min_time / max(t, 1e-9)))
    else:
        loops = 1
    case.loops = loops


def run_rounds(cases: list[Case], rounds: int, min_time: float, log: Callable[[str], None]) -> None:
    """Time every case ``rounds`` times, interleaved, rotating the order each round."""
    for c in cases:
        calibrate(c, min_time)
    n = len(cases)
    for r in range(rounds):
        t0 = time.perf_counter()
        order = cases[r % n :] + cases[: r % n] if n else []
        for c in order:
            c.samples.append(_time_loops(c.fn, c.loops))
        log(f"  round {r + 1}/{rounds} ({time.perf_counter() - t0:.1f} s)")


def quantile(xs: list[float], q: float) -> float:
    s = sorted(xs)
    if len(s) == 1:
        return s[0]
    pos = q * (len(s) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


@dataclass
class Row:
    workload: str
    variant: str
    lib: str
    unit: str
    median: float
    spread: float  # interquartile range as a fraction of the median
    best: float
    vs_floor: float | None
    vs_torch: float | None
    samples: int
    note: str


def summarize(cases: list[Case]) -> list[Row]:
    """Medians in each case's unit, with ratios to the floor and to PyTorch of the same group."""
    med = {}
    for c in cases:
        med[(c.group, c.lib)] = statistics.median(c.samples) * c.scale
    rows = []
    for c in cases:
        xs = [s * c.scale for s in c.samples]
        m = statistics.median(xs)
        floor = med.get((c.group, FLOOR))
        ref = med.get((c.group, REFERENCE))
        rows.append(
            Row(
                workload=c.workload,
                variant=c.variant,
                lib=c.lib,
                unit=c.unit,
                median=m,
                spread=(quantile(xs, 0.75) - quantile(xs, 0.25)) / m if m else 0.0,
                best=min(xs),
                vs_floor=m / floor if floor else None,
                vs_torch=m / ref if ref else None,
                samples=len(xs),
                note=c.note,
            )
        )
    return rows


def _num(x: float) -> str:
    if x >= 100:
        return f"{x:.0f}"
    if x >= 10:
        return f"{x:.1f}"
    if x >= 1:
        return f"{x:.2f}"
    return f"{x:.3g}"


def _ratio(x: float | None) -> str:
    return "" if x is None else f"{x:.2f}×"


HEADER = ("workload", "variant", "library", "median", "unit", "IQR", "best", "× floor", "× torch")


def table_cells(rows: list[Row]) -> list[tuple[str, ...]]:
    out = []
    for r in rows:
        out.append(
            (
                r.workload,
                r.variant,
                r.lib,
                _num(r.median),
                r.unit,
                f"±{r.spread * 50:.0f}%",
                _num(r.best),
                _ratio(r.vs_floor),
                _ratio(r.vs_torch),
            )
        )
    return out


def format_text(rows: list[Row]) -> str:
    cells = [HEADER, *table_cells(rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADER))]
    right = {3, 5, 6, 7, 8}
    lines = []
    for k, c in enumerate(cells):
        parts = [
            s.rjust(w) if i in right else s.ljust(w) for i, (s, w) in enumerate(zip(c, widths))
        ]
        lines.append("  ".join(parts).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_markdown(rows: list[Row]) -> str:
    right = {3, 5, 6, 7, 8}
    lines = ["| " + " | ".join(HEADER) + " |"]
    lines.append(
        "| " + " | ".join("---:" if i in right else "---" for i in range(len(HEADER))) + " |"
    )
    for c in table_cells(rows):
        lines.append("| " + " | ".join(c) + " |")
    return "\n".join(lines)
