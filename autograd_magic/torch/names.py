"""PyTorch's ``grad_fn`` names: by the user-facing call that made the node, and by primitive.

The name follows the call, not the engine's primitive: ``x**2`` is PowBackward0 but ``2**x`` is
PowBackward2, ``8-x`` is RsubBackward1, and ``9/x`` is a MulBackward0 (PyTorch computes it as
``x.reciprocal() * 9``). Golden tests pin every entry against real PyTorch.

``NODE_NAMES`` is the torch front end's naming policy for the engine (``torch.Tensor``'s
``_node_names``): the name of a node by its primitive, used for every node a call does not name
itself, e.g. those a backward pass with ``create_graph=True`` records.
"""

from ..core.primitive import NodeNames

GRAD_FN_NAMES: dict[str, str] = {
    # arithmetic
    "add": "AddBackward0",
    "sub": "SubBackward0",
    "rsub": "RsubBackward1",  # scalar - tensor
    "mul": "MulBackward0",
    "div": "DivBackward0",
    "rdiv": "MulBackward0",  # scalar / tensor = tensor.reciprocal() * scalar
    "pow": "PowBackward0",  # tensor ** scalar (also square)
    "pow_tensor": "PowBackward1",  # tensor ** tensor
    "rpow": "PowBackward2",  # scalar ** tensor
    "neg": "NegBackward0",
    "matmul_mm": "MmBackward0",
    "matmul_mv": "MvBackward0",
    "matmul_dot": "DotBackward0",
    "matmul_bmm": "UnsafeViewBackward0",
    "matmul_vm": "SqueezeBackward4",
    # elementwise functions
    "abs": "AbsBackward0",
    "sign": "SignBackward0",
    "sgn": "SgnBackward0",
    "sin": "SinBackward0",
    "cos": "CosBackward0",
    "tan": "TanBackward0",
    "exp": "ExpBackward0",
    "log": "LogBackward0",
    "sqrt": "SqrtBackward0",
    "tanh": "TanhBackward0",
    "sigmoid": "SigmoidBackward0",
    "relu": "ReluBackward0",
    "reciprocal": "ReciprocalBackward0",
    "clamp": "ClampBackward1",
    "clamp_tensor": "ClampBackward0",  # tensor bounds
    "where": "WhereBackward0",
    "maximum": "MaximumBackward0",
    "minimum": "MinimumBackward0",
    "clone": "CloneBackward0",
    "to": "ToCopyBackward0",
    # reductions: without dim / with dim
    "sum": "SumBackward0",
    "sum_dim": "SumBackward1",
    "mean": "MeanBackward0",
    "mean_dim": "MeanBackward1",
    "max": "MaxBackward1",
    "max_dim": "MaxBackward0",
    "min": "MinBackward1",
    "min_dim": "MinBackward0",
    "amax": "AmaxBackward0",
    "var": "VarBackward0",
    "std": "StdBackward0",
    "norm": "LinalgVectorNormBackward0",
    "cumsum": "CumsumBackward0",
    "repeat": "RepeatBackward0",
    "floor_divide": "NotImplemented",
    "amin": "AminBackward0",
    "prod": "ProdBackward0",
    "prod_dim": "ProdBackward1",
    # shapes
    "view": "ViewBackward0",  # view, reshape, flatten
    "T": "PermuteBackward0",
    "t": "TBackward0",
    "mT": "TransposeBackward0",
    "transpose": "TransposeBackward0",
    "permute": "PermuteBackward0",
    "squeeze": "SqueezeBackward0",
    "squeeze_dim": "SqueezeBackward1",
    "unsqueeze": "UnsqueezeBackward0",
    "expand": "ExpandBackward0",
    "select": "SelectBackward0",  # x[0], x[:, 1]
    "slice": "SliceBackward0",  # x[1:]
    "index": "IndexBackward0",  # x[[0, 2]], x[mask]
    "setitem": "CopySlices",
    "zero": "ZeroBackward0",
    "fill": "FillBackward2",
    "fill_tensor": "FillBackward3",  # x[:] = 2.0
    "index_put": "IndexPutBackward0",  # x[mask] = v, x[[0, 2]] = v
    "copy": "CopyBackwards",
    "stack": "StackBackward0",
    "cat": "CatBackward0",
    # nn.functional
    "softmax": "SoftmaxBackward0",
    "log_softmax": "LogSoftmaxBackward0",
    "mse_loss": "MseLossBackward0",
    "nll_loss": "NllLossBackward0",
}

# Operands PyTorch does not list in next_functions (a Python-number argument of these calls,
# the condition of where): node name -> position among the engine's operands.
EDGE_NOT_LISTED = {"RsubBackward1": 1, "PowBackward0": 1, "PowBackward2": 0, "WhereBackward0": 0}

# What name() returns where PyTorch reports a qualified C++ name.
QUALIFIED = {
    "CopySlices": "torch::autograd::CopySlices",
    "CopyBackwards": "torch::autograd::CopyBackwards",
    "NotImplemented": "torch::autograd::NotImplemented",
}


def _backward_name(primitive: str) -> str:
    """PyTorch's spelling of the node of a primitive without an entry: ``"log_softmax"`` ->
    ``"LogSoftmaxBackward0"``."""
    return primitive.title().replace("_", "") + "Backward0"


# The nodes of primitives whose PyTorch name is not ``_backward_name`` of the primitive's name.
NODE_NAMES = NodeNames(
    {
        "amax": "MaxBackward1",
        "amin": "MinBackward1",
        "broadcast_to": "ExpandBackward0",
        "cast": "ToCopyBackward0",
        "concat": "CatBackward0",
        "copy": "CopyBackwards",
        "copy_slices": "CopySlices",
        "fill": "FillBackward2",
        "floor_divide": "NotImplemented",
        "getitem": "IndexBackward0",
        "matmul": "MmBackward0",
        "norm": "LinalgVectorNormBackward0",
        "reshape": "ViewBackward0",
        "scatter": "IndexPutBackward0",
        "setitem": "CopySlices",
        "sgn_saved": "SgnBackward0",
        "softmax_backward": "SoftmaxBackwardDataBackward0",
        "log_softmax_backward": "LogSoftmaxBackwardDataBackward0",
        "sum_to": "SumBackward1",
        "transpose": "PermuteBackward0",
        "view_chain": "AsStridedBackward0",
    },
    default=_backward_name,
)


# Nodes whose saved operands PyTorch checks for in-place changes first to last: it checks them
# in the alphabetical order of their argument names, and here ``self`` comes first (``self``,
# ``tensor``/``vec``/``target``); every other node's come last to first (``other``,
# ``exponent``, ``mat2``, ``min`` before ``self``).
SAVED_IN_ORDER = frozenset({"DotBackward0", "MvBackward0", "MseLossBackward0", "NllLossBackward0"})
