"""The %%autograd magic's own overhead on the notes' example (10.01: ``z = sin(x**2)``).

Runs the cell in an in-process IPython shell with every display format active (as a notebook
renders them), with and without the magic, and reports the median difference: capture,
replay, gradients, finite-difference check, table, graph + widget and plot SVG, displayed.
Wall-clock and CPU time of this process are both reported: on a busy machine the CPU time is
the steadier measure of the magic's own work.

    python benchmarks/bench_magic.py [--repeat 30] [--chain 0]

``--chain N`` adds a run on an N-operation chain (the large-graph path: collapsed drawing, no
finite-difference check, no plot).
"""

from __future__ import annotations

import argparse
import statistics
import time

from IPython.testing.globalipapp import get_ipython
from IPython.utils.capture import capture_output

EXAMPLE = """x = tr.tensor(3.0, requires_grad=True)
y = x**2
z = tr.sin(y)
z.backward()
"""


def chain(n: int) -> str:
    return (
        "x = tr.tensor(0.5, requires_grad=True)\ny = x\n"
        f"for _ in range({n}):\n    y = y * 1.0\ny.backward()\n"
    )


def timed(ip, source: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run of the cell."""
    with capture_output():
        wall, cpu = time.perf_counter(), time.process_time()
        result = ip.run_cell(source)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if not result.success:
        raise RuntimeError(f"cell failed: {result.error_in_exec or result.error_before_exec}")
    return wall, cpu


def overhead(ip, cell: str, repeat: int, options: str = "") -> list[tuple[float, float, float]]:
    """(plain, magic, overhead) medians, for wall-clock and for CPU time."""
    magic = f"%%autograd {options}\n{cell}"
    for _ in range(2):  # warm-up: imports, font caches, first widget
        timed(ip, cell)
        timed(ip, magic)
    plain, with_magic = [], []
    for _ in range(repeat):
        plain.append(timed(ip, cell))
        with_magic.append(timed(ip, magic))
    rows = []
    for k in (0, 1):
        p = statistics.median(t[k] for t in plain)
        m = statistics.median(t[k] for t in with_magic)
        rows.append((p, m, m - p))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--chain", type=int, default=0, help="also time an N-operation chain")
    args = parser.parse_args()

    ip = get_ipython()
    formatter = ip.display_formatter
    formatter.active_types = list(formatter.format_types)
    ip.run_line_magic("load_ext", "autograd_magic")
    ip.run_cell("import autograd_magic.torch as tr")

    rows = [("10.01 sin(x**2): table, graph, plot", EXAMPLE, "", args.repeat)]
    rows.append(("10.01 sin(x**2): table and graph only", EXAMPLE, "--no-plot", args.repeat))
    if args.chain:
        rows.append((f"chain of {args.chain:,} multiplications", chain(args.chain), "", 3))
    print(f"{'case':42} {'':5} {'plain':>9} {'magic':>9} {'overhead':>9}")
    for label, cell, options, repeat in rows:
        for kind, (p, m, d) in zip(("wall", "cpu"), overhead(ip, cell, repeat, options)):
            print(f"{label:42} {kind:5} {p * 1e3:7.1f}ms {m * 1e3:7.1f}ms {d * 1e3:7.1f}ms")
            label = ""


if __name__ == "__main__":
    main()
