"""Benchmark runner: ``python -m benchmarks.run`` (or ``python benchmarks/run.py``).

Examples::

    python -m benchmarks.run                       # everything, all libraries found
    python -m benchmarks.run -w W1,W4 --rounds 15  # some workloads, more rounds
    python -m benchmarks.run -w W2 --sizes 1e3,1e6 --libs numpy,autograd_magic,torch
    python -m benchmarks.run --markdown results.md --json results.json

Each library runs on one thread: the thread-count variables are set before NumPy is imported,
threadpoolctl (if installed) caps the BLAS pools and PyTorch gets ``set_num_threads(1)``.
Every case's gradient is checked against the analytic value before anything is timed; a case
that fails its check is reported and not timed, and the run exits with status 1.
"""

from __future__ import annotations

import os

for _var in (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import datetime  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks import harness, libs, workloads  # noqa: E402

WORKLOADS = ("W1", "W2", "W3", "W4", "M1")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _parse_sizes(text: str) -> tuple[int, ...]:
    return tuple(int(float(s)) for s in text.split(",") if s.strip())


def _limit_threads() -> str:
    try:
        import threadpoolctl
    except ImportError:
        return "threadpoolctl not installed (thread variables set before import)"
    global _POOL_LIMIT
    _POOL_LIMIT = threadpoolctl.threadpool_limits(1)
    pools = threadpoolctl.threadpool_info()
    return ", ".join(
        f"{p['internal_api']} {p.get('version') or ''} {p.get('architecture') or ''}"
        f" ×{p['num_threads']}".replace("  ", " ")
        for p in pools
    )


def machine_info(found: dict, pools: str) -> dict:
    import numpy as np

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    return {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load average at start": load,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "numpy": np.__version__,
        "thread pools": pools,
        "libraries": {name: libs.version(name, mod) for name, mod in found.items()},
    }


def build_cases(names: list[str], found: dict, sizes: tuple[int, ...]) -> list[harness.Case]:
    cases: list[harness.Case] = []
    for w in names:
        if w == "W1":
            cases += workloads.w1_cases(found)
        elif w == "W2":
            cases += workloads.w2_cases(found, sizes)
        elif w == "W3":
            cases += workloads.w3_cases(found)
        elif w == "W4":
            cases += workloads.w4_cases(found)
        elif w == "M1":
            why = workloads.magic_available() if "autograd_magic" in found else "not selected"
            if why is None:
                cases += workloads.m1_cases(found)
            else:
                log(f"skipping M1: {why}")
    return cases


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.split("\n")[0]
    )
    ap.add_argument(
        "-w",
        "--workloads",
        default=",".join(WORKLOADS),
        help="comma-separated: W1,W2,W3,W4,M1 (default: all)",
    )
    ap.add_argument("-r", "--rounds", type=int, default=9, help="timed rounds per case (default 9)")
    ap.add_argument(
        "--min-time",
        type=float,
        default=0.05,
        help="seconds one sample lasts at least (default 0.05)",
    )
    ap.add_argument(
        "--libs",
        default=",".join(libs.ALL),
        help="comma-separated libraries (default: every one installed)",
    )
    ap.add_argument(
        "--sizes",
        default=",".join(str(n) for n in workloads.W2_SIZES),
        help="W2 sizes, e.g. 1e3,1e6",
    )
    ap.add_argument(
        "--clock",
        choices=sorted(harness.CLOCKS),
        default="wall",
        help="wall: elapsed time (default); cpu: process CPU time, steadier on a busy machine",
    )
    ap.add_argument("--markdown", metavar="PATH", help="also write the table as Markdown")
    ap.add_argument("--json", metavar="PATH", help="also write machine info and every sample")
    ap.add_argument("--check-only", action="store_true", help="check gradients, time nothing")
    args = ap.parse_args(argv)

    names = [w.strip().upper() for w in args.workloads.split(",") if w.strip()]
    unknown = [w for w in names if w not in WORKLOADS]
    if unknown:
        ap.error(f"unknown workloads: {', '.join(unknown)}")
    lib_names = [x.strip() for x in args.libs.split(",") if x.strip()]
    bad = [x for x in lib_names if x not in libs.ALL]
    if bad:
        ap.error(f"unknown libraries: {', '.join(bad)} (choose from {', '.join(libs.ALL)})")

    harness.set_clock(args.clock)
    pools = _limit_threads()
    found = libs.load(lib_names, log)
    info = machine_info(found, pools)
    cases = build_cases(names, found, _parse_sizes(args.sizes))

    failed = []
    ok = []
    for c in cases:
        try:
            if c.check is not None:
                c.check()
            c.fn = c.make()
            ok.append(c)
        except AssertionError as e:
            failed.append((c, str(e)))
            log(f"CHECK FAILED {c.label}: {e}")
    log(f"{len(ok)} cases checked against their analytic gradients, {len(failed)} failed")
    if args.check_only:
        return 1 if failed else 0

    t0 = time.perf_counter()
    harness.run_rounds(ok, args.rounds, args.min_time, log)
    rows = harness.summarize(ok)
    command = "python -m benchmarks.run " + " ".join(argv if argv is not None else sys.argv[1:])

    load = info["load average at start"]
    print(f"# {info['date']}  {info['cpu']}, {info['cores']} cores, load {load}")
    print(f"# Python {info['python']}, NumPy {info['numpy']}; {info['thread pools']}")
    print("# " + ", ".join(f"{k} {v}" for k, v in info["libraries"].items()))
    took = time.perf_counter() - t0
    print(f"# {command.strip()}  ({args.rounds} rounds, {args.clock} clock, {took:.0f} s)")
    print(harness.format_text(rows))
    for c, msg in failed:
        print(f"FAILED {c.label}: {msg}")

    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(harness.format_markdown(rows) + "\n")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(
                {
                    "machine": info,
                    "command": command.strip(),
                    "rounds": args.rounds,
                    "clock": args.clock,
                    "rows": [r.__dict__ for r in rows],
                    "samples": {c.label: [s * c.scale for s in c.samples] for c in ok},
                    "failed": {c.label: msg for c, msg in failed},
                },
                f,
                indent=1,
                ensure_ascii=False,
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
