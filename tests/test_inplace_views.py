"""In-place changes, views, masks and saved-value checks: the cases of issue 10, pinned.

Every expected value and message here was printed by real PyTorch 2.13 / TensorFlow 2.21 for
the same code (``test_torch_fuzz.py`` compares against PyTorch itself when it is installed);
these run on a clone with nothing optional installed.
"""

from __future__ import annotations

import importlib
import math
import warnings

import numpy as np
import pytest

import autograd_magic.tf as tf
import autograd_magic.torch as torch
import autograd_magic.torch.nn.functional as F

INF = math.inf
NAN = math.nan
HINT = (
    "Hint: enable anomaly detection to find the operation that failed to compute its gradient, "
    "with torch.autograd.set_detect_anomaly(True, check_nan=False)."
)


def modified(what: str, version: int = 1) -> str:
    return (
        "one of the variables needed for gradient computation has been modified by an inplace "
        f"operation: {what} is at version {version}; expected version 0 instead. {HINT}"
    )


def leaf(values=(1.0, 2.0)):
    return torch.tensor(list(values), requires_grad=True)


def grad_of(x):
    return np.asarray(x.grad.tolist())


# ---- saved values changed in place -------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "stem"),
    [
        (lambda y: y.add_(1), "Exp"),
        (lambda y: y.mul_(2), "Exp"),
        (lambda y: y.zero_(), "Exp"),
        (lambda y: y.fill_(3.0), "Exp"),
        (lambda y: y.__setitem__(0, 5.0), "Exp"),
        (lambda y: y.detach().add_(1), "Exp"),
    ],
)
def test_a_changed_saved_result_raises_pytorchs_error(change, stem):
    x = leaf()
    y = x.exp()
    change(y)
    with pytest.raises(RuntimeError) as err:
        y.sum().backward()
    assert str(err.value) == modified(f"[torch.FloatTensor [2]], which is output 0 of {stem},")


def test_an_edit_under_no_grad_is_caught_too():
    x = leaf()
    z = x.sin()
    with torch.no_grad():
        x.add_(1)
    with pytest.raises(RuntimeError) as err:
        z.sum().backward()
    assert str(err.value) == modified("[torch.FloatTensor [2]]")


def test_the_error_names_the_current_producer_of_a_changed_input():
    x = leaf()
    y = x * 2
    z = y.sin()
    y.add_(1)
    with pytest.raises(RuntimeError) as err:
        z.sum().backward()
    assert str(err.value) == modified("[torch.FloatTensor [2]], which is output 0 of Add,")


def test_pow_with_a_tensor_exponent_names_pow1():
    x = leaf((2.0, 3.0))
    y = x**x
    y.mul_(2)
    with pytest.raises(RuntimeError, match="output 0 of Pow1,"):
        y.sum().backward()


def test_no_false_alarm_for_a_value_no_rule_reads():
    x = leaf()
    y = x * 1
    z = y * 2  # a Python number: the rule reads 2, not y
    y.add_(1)
    z.sum().backward()
    assert grad_of(x).tolist() == [2.0, 2.0]


def test_relu_inplace_saves_its_result():
    x = leaf((1.0, -2.0))
    y = x * 1
    y.relu_()
    y.add_(1)
    with pytest.raises(RuntimeError, match="output 0 of Relu,"):
        y.sum().backward()


def test_data_edits_are_not_tracked_as_in_pytorch():
    x = leaf()
    y = x.exp()
    y.data.add_(1)
    y.sum().backward()
    np.testing.assert_allclose(grad_of(x), [3.7182817, 8.389056], rtol=1e-6)


# ---- views ----------------------------------------------------------------------------------


def test_inplace_on_a_view_of_a_leaf_raises():
    x = leaf((1.0, 2.0, 3.0))
    with pytest.raises(RuntimeError, match="^a view of a leaf Variable that requires grad"):
        x[0:2].mul_(2)
    with pytest.raises(RuntimeError, match="^a view of a leaf Variable that requires grad"):
        x[0] = 1.0
    with pytest.raises(RuntimeError, match="^a leaf Variable that requires grad"):
        x[:] = 1.0
    assert x.tolist() == [1.0, 2.0, 3.0]


def test_inplace_on_a_view_rebases_the_base():
    x = leaf((1.0, 2.0, 3.0))
    y = x * 2
    y[0:2].mul_(3)
    assert y.grad_fn.name() == "torch::autograd::CopySlices"
    assert repr(y) == "tensor([ 6., 12.,  6.], grad_fn=<CopySlices>)"
    y.sum().backward()
    assert grad_of(x).tolist() == [6.0, 6.0, 2.0]


def test_views_are_remade_after_the_base_changes():
    x = leaf((1.0, 2.0, 3.0))
    y = x * 2
    v = y[0:2]
    y.mul_(3)
    assert type(v.grad_fn).__name__ == "AsStridedBackward0"
    (v * v).sum().backward()
    assert grad_of(x).tolist() == [72.0, 144.0, 0.0]


def test_a_view_of_a_view_and_an_operand_that_needs_grad():
    x = leaf((1.0, 2.0, 3.0))
    y = x * 2
    y.unsqueeze(0).squeeze(0)[1:].mul_(x[:2])
    y.sum().backward()
    assert grad_of(x).tolist() == [6.0, 8.0, 4.0]


def test_an_untracked_base_becomes_part_of_the_graph():
    b = torch.zeros(3)
    w = leaf()
    b[0:2].add_(w)
    assert repr(b) == "tensor([1., 2., 0.], grad_fn=<CopySlices>)"
    b.sum().backward()
    assert grad_of(w).tolist() == [1.0, 1.0]


def test_view_errors():
    x = leaf((1.0, 2.0, 3.0))
    y = x * 2
    with torch.no_grad():
        v = y[0:2]
    with pytest.raises(RuntimeError, match="^A view was created in no_grad mode"):
        v.mul_(2)
    with pytest.raises(RuntimeError, match="^unsupported operation: more than one element"):
        (x * 1).expand(2, 3).add_(1)
    with pytest.raises(RuntimeError, match="^unsupported operation: some elements of the input"):
        z = x * 1
        z[0:2].add_(z[1:3])
    with pytest.raises(RuntimeError, match="^view size is not compatible"):
        torch.ones(2, 3).t().view(6)


# ---- in-place operations recorded with PyTorch's names --------------------------------------


def test_inplace_operations_are_recorded_with_pytorchs_names():
    x = leaf()
    y = x * 1
    names = []
    for change in (
        lambda: y.zero_(),
        lambda: y.fill_(2.0),
        lambda: y.copy_(x * 3),
        lambda: y.clamp_(min=0),
        lambda: F.relu(y, inplace=True),
        lambda: y.__setitem__(0, 1.0),
        lambda: torch.relu_(y),
    ):
        change()
        names.append(y.grad_fn.name())
    assert names == [
        "ZeroBackward0",
        "FillBackward2",
        "torch::autograd::CopyBackwards",
        "ClampBackward1",
        "ReluBackward0",
        "torch::autograd::CopySlices",
        "ReluBackward0",
    ]


def test_copy_sends_the_gradient_to_the_source():
    x = leaf()
    s = leaf((5.0, 6.0))
    y = x * 2
    y.copy_(s * 3)
    y.sum().backward()
    assert grad_of(x).tolist() == [0.0, 0.0]
    assert grad_of(s).tolist() == [3.0, 3.0]


def test_zero_and_fill_on_inf_and_nan():
    x = leaf((INF, NAN, 1.0))
    y = x * 1
    y.zero_()
    z = x * 1
    z.fill_(2)
    assert repr(y) == "tensor([0., 0., 0.], grad_fn=<ZeroBackward0>)"
    (y.sum() + z.sum()).backward()
    assert grad_of(x).tolist() == [0.0, 0.0, 0.0]


def test_retain_grad_survives_inplace():
    x = leaf()
    y = x * 2
    y.retain_grad()
    y += 1
    y.sum().backward()
    assert y.retains_grad and y.grad.tolist() == [1.0, 1.0]


def test_values_of_max_dim_keep_their_indices():
    x = torch.tensor([[1.0, 5.0], [3.0, 2.0]], requires_grad=True)
    m = (x * 1).max(dim=0)
    assert repr(m) == (
        "torch.return_types.max(\nvalues=tensor([3., 5.], grad_fn=<MaxBackward0>),\n"
        "indices=tensor([1, 0]))"
    )
    values = m.values
    values += 1
    values.sum().backward()
    assert grad_of(x).tolist() == [[0.0, 1.0], [1.0, 0.0]]


# ---- masks by selection ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("f", "want"),
    [
        (lambda x: 1 / torch.relu(x), [0.0, 0.0, -0.25]),
        (lambda x: 1 / x.clamp(min=0), [0.0, -INF, -0.25]),
        (lambda x: x.min() ** 0.5 + x.sum(), [NAN, 1.0, 1.0]),
        (lambda x: 0**x, [-INF, 0.0, 0.0]),
        (lambda x: 1 / torch.maximum(x, torch.zeros(3)), [0.0, -INF, -0.25]),
    ],
)
def test_masks_select_instead_of_multiplying(f, want):
    x = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
    f(x).sum().backward()
    np.testing.assert_array_equal(grad_of(x), want)


def test_pow_at_zero():
    a = torch.tensor([0.0, 0.0, 2.0, 0.0], requires_grad=True)
    b = torch.tensor([0.0, -1.0, 0.0, 2.0], requires_grad=True)
    (a**b).sum().backward()
    np.testing.assert_array_equal(grad_of(a), [0.0, -INF, 0.0, 0.0])
    np.testing.assert_allclose(grad_of(b), [0.0, -INF, 0.6931472, 0.0], rtol=1e-6)


def test_relu_is_differentiable_again_with_a_zero_second_derivative():
    x = torch.tensor([-1.0, 2.0], requires_grad=True)
    (g,) = torch.autograd.grad(torch.relu(x).sum(), x, create_graph=True)
    assert g.grad_fn.name() == "ThresholdBackwardBackward0"
    (h,) = torch.autograd.grad(g.sum(), x)
    assert h.tolist() == [0.0, 0.0]


def test_prod_at_zero_is_differentiable_again():
    x = torch.tensor([0.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
    (g,) = torch.autograd.grad(x.prod(), x, create_graph=True)
    (h,) = torch.autograd.grad((g * g).sum(), x)
    assert g.tolist() == [6.0, 0.0, 0.0] and h.tolist() == [0.0, 36.0, 24.0]


def test_tensorflow_masks():
    v = tf.Variable([-1.0, 0.0, 4.0])
    with tf.GradientTape(persistent=True) as tape:
        clipped = 1 / tf.clip_by_value(v, 0.0, 10.0)
        relu = 1 / tf.nn.relu(v)  # TensorFlow's relu gradient multiplies: inf * 0 is NaN
    np.testing.assert_array_equal(tape.gradient(clipped, v).numpy(), [0.0, -INF, -0.0625])
    np.testing.assert_array_equal(tape.gradient(relu, v).numpy(), [NAN, NAN, -0.0625])


# ---- errors and the rest of the front end ----------------------------------------------------


def test_errors_of_the_same_type_and_text():
    cases = [
        (lambda: torch.where(torch.tensor([True, False]), torch.ones(2), torch.ones(3)),
         RuntimeError, "The size of tensor a (2) must match the size of tensor b (3) at "
         "non-singleton dimension 0"),
        (lambda: torch.tensor([]).max(), RuntimeError,
         "max(): Expected reduction dim to be specified for input.numel() == 0. Specify the "
         "reduction dim with the 'dim' argument."),
        (lambda: torch.zeros(0, 3).max(dim=0), IndexError,
         "max(): Expected reduction dim 0 to have non-zero size."),
        (lambda: torch.ones(3).mean(dim=1), IndexError,
         "Dimension out of range (expected to be in range of [-1, 0], but got 1)"),
        (lambda: (leaf() * 2).backward([1.0, 2.0]), TypeError,
         "gradients can be either Tensors or None, but got float"),
        (lambda: (leaf() // 2).sum().backward(), RuntimeError,
         "derivative for aten::floor_divide is not implemented"),
    ]  # fmt: skip
    for call, kind, text in cases:
        with pytest.raises(kind) as err:
            call()
        assert str(err.value) == text


def test_empty_and_zero_dimensional_reductions():
    assert repr(torch.tensor([]).softmax(0)) == "tensor([])"
    assert repr(torch.tensor(2.0).mean(dim=0)) == "tensor(2.)"


def test_backward_with_inputs():
    x, w = leaf(), leaf()
    (x * w).sum().backward(inputs=[x])
    assert grad_of(x).tolist() == [1.0, 2.0] and w.grad is None
    with pytest.raises(RuntimeError, match="`inputs` argument to `backward\\(\\)` cannot be"):
        (x * w).sum().backward(inputs=[])


def test_grad_fn_classes_and_new_functions():
    x = torch.tensor([[1.0, 5.0], [3.0, 2.0]], requires_grad=True)
    assert type((x**2).grad_fn).__name__ == "PowBackward0"
    assert type((x**2).grad_fn) is type((x**3).grad_fn)
    names = [
        t.grad_fn.name()
        for t in (x.amax(0), x.amin(), x.norm(), x.std(), x.var(), x.cumsum(0), x.repeat(2, 1))
    ]
    assert names == [
        "AmaxBackward0",
        "AminBackward0",
        "LinalgVectorNormBackward0",
        "StdBackward0",
        "VarBackward0",
        "CumsumBackward0",
        "RepeatBackward0",
    ]
    assert repr(x.std(dim=0, keepdim=True)) == "tensor([[1.4142, 2.1213]], grad_fn=<StdBackward0>)"
    assert repr(x // 2) == "tensor([[0., 2.],\n        [1., 1.]], grad_fn=<NotImplemented>)"


def test_float_of_a_tensor_that_requires_grad_warns_once(monkeypatch):
    module = importlib.import_module("autograd_magic.torch.tensor")  # not the factory `tensor`
    monkeypatch.setattr(module, "_warned", set())
    x = leaf((2.0,))
    with pytest.warns(UserWarning, match="^Converting a tensor with requires_grad=True to a"):
        assert float(x) == 2.0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert float(x) == 2.0 and x.item() == 2.0 and int(x) == 2  # once; item() never


def test_create_graph_accumulation_copies_then_adds():
    x = leaf()
    with pytest.warns(UserWarning, match="Using backward\\(\\) with create_graph=True"):
        (x * x).sum().backward(create_graph=True)
    assert repr(x.grad) == "tensor([2., 4.], grad_fn=<CopyBackwards>)"
    (x * x).sum().backward(create_graph=True)
    assert repr(x.grad) == "tensor([4., 8.], grad_fn=<AddBackward0>)"


PARTIAL = (
    "unsupported operation: some elements of the input tensor and the written-to tensor refer to "
    "a single memory location. Please clone() the tensor before performing the operation."
)

# Shared memory between the written tensor and the source is checked before their shapes, and
# only between two dense layouts (PyTorch's get_overlap_status: any other pair is "too hard")
OVERLAP_ORDER = [
    ("y = m.tensor([1., 2., 3.]); y[1:].copy_(y)", PARTIAL),
    ("y = m.tensor([[1., 2., 3.], [4., 5., 6.]]); y[0].unsqueeze(0).mul_(y)", PARTIAL),
    ("y = m.tensor(2.); y.add_(y.reshape(1))", PARTIAL),
    ("y = m.tensor([2.]); y.add_(y.reshape(()))", PARTIAL),
    ("y = m.tensor([[1., 2.], [3., 4.]]); y.copy_(y.t())", PARTIAL),
    (
        "y = m.tensor([[1., 2., 3.], [4., 5., 6.]]); y[:, 0].copy_(y[0])",
        "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0",
    ),
    ("y = m.tensor([1., 2., 3.]); y.unsqueeze(0).add_(y.unsqueeze(0)); out = y", None),
]


def _overlap_outcome(m, program):
    try:
        exec(program, {"m": m})
    except RuntimeError as e:
        return str(e)
    return None


@pytest.mark.parametrize(("program", "want"), OVERLAP_ORDER)
def test_overlap_checked_before_shapes(program, want):
    assert _overlap_outcome(torch, program) == want


@pytest.mark.parametrize(("program", "want"), OVERLAP_ORDER)
def test_overlap_checked_before_shapes_as_real_torch(program, want):
    real = pytest.importorskip("torch")
    assert _overlap_outcome(torch, program) == _overlap_outcome(real, program)


# x[index] = v on an expanded tensor: PyTorch warns (index_put_, and masked_fill_ too for one
# mask and one value) and writes the memory
EXPANDED_WRITES = [
    ("e > 0", "5.", ["index_put_", "masked_fill_"], [5.0, -2.0, 5.0]),
    ("m.tensor([True, False])", "5.", ["index_put_", "masked_fill_"], [5.0, 5.0, 5.0]),
    ("m.tensor([True, False])", "m.tensor([5., 6., 7.])", ["index_put_"], [5.0, 6.0, 7.0]),
    ("[0, 1]", "5.", ["index_put_"], [5.0, 5.0, 5.0]),
]


def _expanded_write(m, index, value):
    ns = {"m": m, "x": m.tensor([1.0, -2.0, 3.0])}
    ns["e"] = ns["x"].expand(2, 3)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        exec(f"e[{index}] = {value}", ns)
    said = [str(w.message).split(" ")[2] for w in caught if "expanded" in str(w.message)]
    return said, ns["x"].tolist()


@pytest.mark.parametrize(("index", "value", "said", "after"), EXPANDED_WRITES)
def test_write_into_expanded_tensor_warns(index, value, said, after):
    assert _expanded_write(torch, index, value) == (said, after)


@pytest.mark.parametrize(("index", "value", "said", "after"), EXPANDED_WRITES)
def test_write_into_expanded_tensor_warns_as_real_torch(index, value, said, after):
    real = pytest.importorskip("torch")
    assert _expanded_write(torch, index, value) == _expanded_write(real, index, value)
