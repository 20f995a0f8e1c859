"""``autograd_magic.tf``: TensorFlow's eager API and ``GradientTape`` on the NumPy engine.

``import autograd_magic.tf as tf`` in place of ``import tensorflow as tf`` runs the lecture code
unchanged, printing what TensorFlow prints.
"""

from . import dtypes, errors, keras, math, nest, nn, ops, random
from ._logging import get_logger
from .dtypes import (
    DType,
    as_dtype,
    complex64,
    complex128,
    double,
    float16,
    float32,
    float64,
    half,
    int8,
    int16,
    int32,
    int64,
    string,
    uint8,
    uint16,
    uint32,
    uint64,
)
from .dtypes import bool as bool  # noqa: A004 - TensorFlow's name
from .indexed_slices import IndexedSlices
from .ops import *  # noqa: F403
from .shapes import TensorShape
from .tape import GradientTape, UnconnectedGradients
from .tensor import Tensor, constant, convert_to_tensor
from .variables import Variable

newaxis = None

__all__ = [
    *ops.__all__,
    "DType",
    "GradientTape",
    "IndexedSlices",
    "Tensor",
    "TensorShape",
    "UnconnectedGradients",
    "Variable",
    "as_dtype",
    "bool",
    "complex128",
    "complex64",
    "constant",
    "convert_to_tensor",
    "double",
    "dtypes",
    "errors",
    "float16",
    "float32",
    "float64",
    "get_logger",
    "half",
    "int16",
    "int32",
    "int64",
    "int8",
    "keras",
    "math",
    "nest",
    "newaxis",
    "nn",
    "random",
    "string",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
]
