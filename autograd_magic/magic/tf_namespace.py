"""What the cell's namespace holds of TensorFlow: its variables and tensors, and their names.

Variables are known by their handle's ``_id`` (the id TensorFlow's op callback sees for the
resource operand), tensors by their own ``_id``.
"""

from __future__ import annotations

from typing import Any

import tensorflow as tf


def handle_id(v: Any) -> int | None:
    """The id of a resource variable's handle; ``None`` for anything else."""
    try:
        return v.handle._id
    except Exception:  # not a resource variable
        return None


def variables(ns: dict[str, Any]) -> dict[int, Any]:
    """The namespace's tf.Variables (also in lists, dicts and Keras objects) by handle id."""
    found: dict[int, Any] = {}

    def add(v: Any) -> None:
        hid = handle_id(v)
        if hid is not None:
            found.setdefault(hid, v)

    for value in list(ns.values()):
        if isinstance(value, tf.Variable):
            add(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                if isinstance(item, tf.Variable):
                    add(item)
        elif isinstance(value, dict):
            for item in value.values():
                if isinstance(item, tf.Variable):
                    add(item)
        elif isinstance(value, tf.GradientTape):
            for item in value.watched_variables():
                add(item)
        elif type(value).__module__.startswith(("keras", "tf_keras")):
            for item in getattr(value, "variables", []) or []:
                add(item)
    return found


def named_tensor_ids(ns: dict[str, Any]) -> dict[int, str]:
    """The tensors the namespace holds (also in lists, tuples and dicts): id -> name."""
    ids: dict[int, str] = {}
    for key, value in list(ns.items()):
        items = value.values() if isinstance(value, dict) else value
        for item in items if isinstance(value, (list, tuple, dict)) else (value,):
            if isinstance(item, tf.Tensor) and hasattr(item, "_id"):
                ids.setdefault(item._id, str(key))
    return ids


def variable_names(ns: dict[str, Any]) -> dict[str, int]:
    """The namespace's names of tf.Variables: name -> handle id (first name of each)."""
    names: dict[str, int] = {}
    seen: set[int] = set()
    for key, value in list(ns.items()):
        if isinstance(key, str) and not key.startswith("_") and isinstance(value, tf.Variable):
            hid = handle_id(value)
            if hid is not None and hid not in seen:
                seen.add(hid)
                names[key] = hid
    return names


def label(v: Any) -> str:
    """A variable's own name: a Keras variable's path (``dense/kernel``), else ``x:0``."""
    if v is None:
        return ""
    path = getattr(v, "path", None)
    return path if isinstance(path, str) and path else str(v.name)
