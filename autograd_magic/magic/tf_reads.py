"""Reads and writes of tf.Variables in the recorded operations.

Which variable an operand read by TensorFlow's C++ fast path came from (``fitting``,
``commuted``), and the version of each variable: bumped by every assignment, so that each
value of a variable the cell changed is its own input of the graph (``count_assignment``).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import tensorflow as tf

from .tf_watch import Accessed, Record, Temp

_COMMUTATIVE = {"Mul", "AddV2", "Add"}


def fitting(candidates: Iterable[Accessed], t: Temp) -> set[int]:
    """The handle ids of the variables the operand ``t`` may be a read of: same dtype and
    shape, and the same value when the value was read (two or more candidates)."""
    return {
        a.hid
        for a in candidates
        if a.var.dtype == t.dtype
        and tuple(a.var.shape) == tuple(t.shape)
        and (a.value is None or np.array_equal(a.value, t.value, equal_nan=True))
    }


def commuted(rec: Record, reads: dict[int, int | None], cands: list[Accessed]) -> dict:
    """Both operands of ``a * b`` (or ``a + b``) read from two variables of equal value: the
    operation read each (the watcher saw both), and exchanging equal operands of a commutative
    operation changes no value and no derivative, so either order is exact."""
    if rec.op not in _COMMUTATIVE or len(rec.inputs) != 2 or set(reads) != {0, 1}:
        return reads
    if reads[0] is not None or reads[1] is not None:
        return reads
    read = sorted(a.hid for a in cands if a.read)
    t0, t1 = rec.inputs
    same = t0.dtype == t1.dtype and tuple(t0.shape) == tuple(t1.shape)
    # each operand could be either variable, and no other
    fits = all(fitting(cands, t) == set(read) for t in (t0, t1))
    if len(read) == 2 and same and fits and np.array_equal(t0.value, t1.value, equal_nan=True):
        return {0: read[0], 1: read[1]}
    return reads


def count_assignment(rec: Record, versions: dict[int, int], created: set[int]) -> None:
    """Bump the version of each variable an operation writes; a variable made by the cell
    starts at version 0 after its initial assignment (as a torch leaf starts at 0)."""
    if rec.op == "VarHandleOp":
        created.update(o._id for o in rec.outputs)
        return
    for t in rec.inputs:
        if t.dtype != tf.resource:
            continue
        if t._id in created and t._id not in versions:
            versions[t._id] = 0  # the initial value
        else:
            versions[t._id] = versions.get(t._id, 0) + 1
