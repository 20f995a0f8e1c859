"""``tf.keras``: only what a GradientTape training loop needs (``keras.optimizers.SGD``)."""

from . import optimizers

__all__ = ["optimizers"]
