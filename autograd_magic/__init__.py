"""autograd_magic: learn and teach automatic differentiation in Jupyter."""

__version__ = "0.1.0"
