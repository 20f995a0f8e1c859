"""Benchmarks of the engine against a hand-written NumPy floor and optional peer libraries.

Run ``python -m benchmarks.run --help``. This package imports nothing on purpose: the runner
must set the thread-count environment variables before NumPy (or any peer) is first imported.
"""
