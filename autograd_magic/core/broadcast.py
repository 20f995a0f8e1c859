"""Undo broadcasting: sum a gradient back down to the shape of the operand it belongs to."""

from __future__ import annotations

import numpy as np


def unbroadcast_array(g: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Sum ``g`` over the axes that broadcasting added or stretched to reach ``g.shape``."""
    if g.shape == shape:
        return g
    extra = g.ndim - len(shape)
    if extra < 0:
        raise ValueError(
            f"gradient of shape {g.shape} cannot belong to an operand of shape {shape}"
        )
    axes = tuple(range(extra)) + tuple(
        extra + i for i, n in enumerate(shape) if n == 1 and g.shape[extra + i] != 1
    )
    if axes:
        g = g.sum(axis=axes, keepdims=True)
    if extra:
        g = g.reshape(shape)
    if g.shape != shape:
        raise ValueError(f"gradient of shape {g.shape} does not match operand shape {shape}")
    return g
