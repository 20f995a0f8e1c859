"""``autograd_magic.torch``: PyTorch's autograd API on the NumPy engine.

``import autograd_magic.torch as tr`` in place of ``import torch as tr`` runs the lecture code
unchanged, printing what PyTorch prints.
"""

from ..core.trace import enable_grad, is_grad_enabled, no_grad, set_grad_enabled
from . import autograd, nn, optim
from ._printing import get_printoptions, set_printoptions
from .dtypes import bool_ as bool  # noqa: A001
from .dtypes import double, dtype, float, float32, float64, int, int32, int64, long  # noqa: A001
from .factories import (
    arange,
    as_tensor,
    eye,
    from_numpy,
    full,
    full_like,
    linspace,
    manual_seed,
    ones,
    ones_like,
    rand,
    randint,
    randn,
    tensor,
    zeros,
    zeros_like,
)
from .functions import *  # noqa: F403 - the module-level math, as in torch
from .functions import abs, max, min, pow, sum  # noqa: A004
from .grad_mode import inference_mode
from .tensor import Size, Tensor, matmul


def get_default_dtype() -> dtype:
    return float32


def is_inference_mode_enabled() -> bool:
    return not is_grad_enabled()


__version__ = "2.13.0+autograd_magic"
