"""PyTorch's autograd behaviour, as a student meets it: accumulation, errors, warnings, modes."""

from __future__ import annotations

import gc
import sys
import warnings
import weakref

import numpy as np
import pytest

import autograd_magic.torch as tr
from autograd_magic.torch.tensor import NON_LEAF_GRAD_WARNING


def scalar(v=3.0):
    return tr.tensor(v, requires_grad=True)


def test_grad_accumulates_and_zero_resets():
    x = scalar(2.0)
    (x**2).backward()
    assert repr(x.grad) == "tensor(4.)"
    g = x.grad
    (x**2).backward()
    assert repr(x.grad) == "tensor(8.)"
    assert g is x.grad  # accumulated in place, as PyTorch does
    assert repr(x.grad.zero_()) == "tensor(0.)"
    (x**2).backward()
    assert repr(x.grad) == "tensor(4.)"
    x.grad = None
    assert x.grad is None


def test_non_leaf_grad_warns_with_pytorchs_message():
    x = scalar()
    y = x**2
    z = tr.sin(y)
    z.backward()
    with pytest.warns(UserWarning) as record:
        assert y.grad is None
    assert str(record[0].message) == NON_LEAF_GRAD_WARNING
    assert record[0].filename == __file__  # points at the user's line


def test_retain_grad_keeps_non_leaf_gradient():
    x = scalar()
    y = x**2
    y.retain_grad()
    assert y.retains_grad
    tr.sin(y).backward()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert repr(y.grad) == "tensor(-0.9111)"
    assert repr(x.grad) == "tensor(-5.4668)"


@pytest.mark.parametrize("shape", [(), (3,), (2048,)])  # 0-d; below, above the in-place size
def test_retained_gradient_is_replaced_leaf_gradient_summed_in_place(shape):
    # as PyTorch: a second backward gives a retained non-leaf a new .grad (the one handed out
    # before keeps its values), while a leaf's .grad is summed into in place
    x = tr.ones(shape, requires_grad=True)
    seed = tr.full(shape, 2.0)
    y = x * 1.0
    y.retain_grad()
    w = (y + y) * 3.0
    w.backward(seed, retain_graph=True)
    first_y, first_x = y.grad, x.grad
    w.backward(seed)
    assert y.grad is not first_y and x.grad is first_x
    assert (first_y.numpy() == 12).all() and (y.grad.numpy() == 24).all()
    assert (x.grad.numpy() == 24).all() and (seed.numpy() == 2).all()
    assert type(y.grad._data) is np.ndarray  # a 0-d sum stays an array


@pytest.mark.parametrize(
    ("make", "exc", "message"),
    [
        (
            lambda: tr.tensor(3, requires_grad=True),
            RuntimeError,
            "Only Tensors of floating point and complex dtype can require gradients",
        ),
        (
            lambda: tr.tensor([1, 2]).requires_grad_(),
            RuntimeError,
            "only Tensors of floating point dtype can require gradients",
        ),
        (
            lambda: (tr.tensor([1.0, 2.0], requires_grad=True) * 2).backward(),
            RuntimeError,
            "grad can be implicitly created only for scalar outputs",
        ),
        (
            lambda: (tr.tensor([1.0, 2.0], requires_grad=True) * 2).backward(tr.ones(3)),
            RuntimeError,
            "Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a "
            "shape of torch.Size([2]).",
        ),
        (
            lambda: tr.tensor([1.0], requires_grad=True).add_(1),
            RuntimeError,
            "a leaf Variable that requires grad is being used in an in-place operation.",
        ),
        (
            lambda: tr.tensor([1.0], requires_grad=True).numpy(),
            RuntimeError,
            "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.",
        ),
        (
            lambda: tr.tensor([1.0, 2.0]).item(),
            RuntimeError,
            "a Tensor with 2 elements cannot be converted to Scalar",
        ),
        (
            lambda: (tr.tensor(2.0) * 2).backward(),
            RuntimeError,
            "element 0 of tensors does not require grad and does not have a grad_fn",
        ),
        (
            lambda: tr.tensor([1.0, 2.0]).view(3),
            RuntimeError,
            "shape '[3]' is invalid for input of size 2",
        ),
        (
            lambda: tr.tensor([1.0, 2.0]) + tr.ones(3),
            RuntimeError,
            "The size of tensor a (2) must match the size of tensor b (3) at non-singleton "
            "dimension 0",
        ),
        (
            lambda: tr.tensor([1, 2]).add_(1.5),
            RuntimeError,
            "result type Float can't be cast to the desired output type Long",
        ),
    ],
)
def test_errors_have_pytorchs_type_and_text(make, exc, message):
    with pytest.raises(exc) as info:
        make()
    assert str(info.value) == message


def test_second_backward_through_freed_graph():
    x = scalar()
    y = x**2
    y.backward()
    with pytest.raises(RuntimeError, match="^Trying to backward through the graph a second time"):
        y.backward()
    y2 = x**2
    y2.backward(retain_graph=True)
    y2.backward()
    assert repr(x.grad) == "tensor(18.)"
    add = x + 1  # AddBackward0 saves nothing: PyTorch lets it run twice
    add.backward()
    add.backward()


def test_backward_through_modified_saved_tensor():
    v = tr.tensor([1.0, 2.0], requires_grad=True)
    a = v * 1
    b = a**2
    with tr.no_grad():
        a.mul_(2)
    with pytest.raises(RuntimeError) as info:
        b.sum().backward()
    assert str(info.value).startswith(
        "one of the variables needed for gradient computation has been modified by an inplace "
        "operation: [torch.FloatTensor [2]], which is output 0 of Mul, is at version 1; "
        "expected version 0 instead."
    )


def test_in_place_on_non_leaf_is_recorded():
    x = tr.tensor([1.0, 2.0, 3.0], requires_grad=True)
    w = x * 2
    w += 1
    assert w.grad_fn.name() == "AddBackward0"
    w[0] = 5.0
    assert w.grad_fn.name() == "torch::autograd::CopySlices"
    w *= x
    w.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), [5.0, 4 * 2 + 1, 4 * 3 + 1])  # w0 = 5 is constant


def test_no_grad_enable_grad_and_set_grad_enabled():
    x = scalar(2.0)
    with tr.no_grad():
        y = x**2
        assert not tr.is_grad_enabled()
        with tr.enable_grad():
            assert (x * 2).requires_grad
    assert repr(y) == "tensor(4.)"
    assert tr.is_grad_enabled()

    @tr.no_grad()
    def f(t):
        return t * 3

    assert not f(x).requires_grad
    tr.set_grad_enabled(False)
    assert not (x * 2).requires_grad
    tr.set_grad_enabled(True)
    with tr.set_grad_enabled(False):
        assert not (x * 2).requires_grad
    with tr.inference_mode():
        assert not (x * 2).requires_grad
    assert (x * 2).requires_grad


def test_detach_shares_memory_and_leaves_graph():
    x = scalar(2.0)
    z = x.detach()
    assert z is not x and not z.requires_grad and z.is_leaf
    with tr.no_grad():
        x.add_(1)
    assert z.item() == 3.0


def test_grad_fn_next_functions_and_accumulate_grad():
    x = scalar()
    y = x**2
    z = tr.sin(y)
    assert z.grad_fn.name() == "SinBackward0"
    ((nxt, idx),) = z.grad_fn.next_functions
    assert nxt.name() == "PowBackward0" and idx == 0
    ((acc, _),) = nxt.next_functions
    assert acc.variable is x
    assert x.grad_fn is None and x.is_leaf and not y.is_leaf


def test_functional_grad_touches_no_grad_and_create_graph_gives_higher_order():
    x = scalar(3.0)
    y = x**3
    (g,) = tr.autograd.grad(y, x, create_graph=True)
    assert repr(g) == "tensor(27., grad_fn=<MulBackward0>)"
    (g2,) = tr.autograd.grad(g, x)
    assert repr(g2) == "tensor(18.)"
    assert x.grad is None
    with pytest.raises(RuntimeError, match="appears to not have been used in the graph"):
        tr.autograd.grad(y * 0 + tr.tensor(1.0, requires_grad=True), [x, scalar()])


def test_printing_rules():
    assert repr(tr.tensor(3.0)) == "tensor(3.)"
    assert (
        repr(tr.tensor([1.0, 2.5], dtype=tr.float64))
        == "tensor([1.0000, 2.5000], dtype=torch.float64)"
    )
    assert repr(tr.tensor([1, 2], dtype=tr.int32)) == "tensor([1, 2], dtype=torch.int32)"
    assert repr(tr.tensor([True])) == "tensor([True])"
    assert repr(tr.tensor([1e-5, 1.0])) == "tensor([1.0000e-05, 1.0000e+00])"
    assert str(tr.zeros(2, 3).shape) == "torch.Size([2, 3])"
    assert repr(tr.float32) == "torch.float32"
    assert f"{tr.tensor(0.5):.2f}" == "0.50"
    assert f"{tr.tensor(3.0)}" == "3.0"
    long = tr.arange(2000)
    assert "..." in repr(long)


def test_promotion_rules():
    f32 = tr.tensor([1.0, 2.0])
    assert (f32 * 2).dtype == tr.float32
    assert (f32 * 2.5).dtype == tr.float32
    assert (tr.tensor([1, 2]) * 2.5).dtype == tr.float32
    assert (tr.tensor([1, 2]) * 2).dtype == tr.int64
    assert (f32 * tr.tensor(2.0, dtype=tr.float64)).dtype == tr.float32  # 0-dim ranks lower
    assert (f32 * tr.tensor([2.0, 1.0], dtype=tr.float64)).dtype == tr.float64
    assert (tr.tensor([1, 2]) / 2).dtype == tr.float32
    assert (f32 * np.float64(2.0)).dtype == tr.float32
    assert tr.tensor(np.linspace(0, 1, 3)).dtype == tr.float64
    x = tr.tensor([1.0, 2.0], requires_grad=True)
    (x * tr.tensor([1.0, 1.0], dtype=tr.float64)).sum().backward()
    assert x.grad.dtype == tr.float32  # gradients take their leaf's dtype


def test_broadcast_gradients_are_reduced():
    b = tr.tensor([1.0, 2.0, 3.0], requires_grad=True)
    w = tr.ones(4, 3, requires_grad=True)
    (w * b).sum().backward()
    assert b.grad.shape == (3,)
    np.testing.assert_allclose(b.grad.numpy(), [4.0, 4.0, 4.0])


def test_duplicate_edges_are_kept():
    x = scalar(3.0)
    (x * x).backward()
    assert x.grad.item() == 6.0


def test_backward_with_gradient_vector():
    x = tr.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = x**2
    v = tr.tensor([1.0, 0.1, 0.01])
    y.backward(gradient=v)
    np.testing.assert_allclose(x.grad.numpy(), [2.0, 0.4, 0.06], rtol=1e-6)
    assert repr(v) == "tensor([1.0000, 0.1000, 0.0100])"  # the caller's vector is untouched


def test_hundred_thousand_op_chain_builds_backprops_and_prints():
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)  # nothing may recurse
    try:
        x = scalar(0.5)
        y = x
        for _ in range(100_000):
            y = y * 1.0
        y.backward()
        assert x.grad.item() == 1.0
        assert repr(y) == "tensor(0.5000, grad_fn=<MulBackward0>)"
        del y
        gc.collect()
    finally:
        sys.setrecursionlimit(limit)


def test_saved_arrays_are_freed_after_backward():
    x = tr.tensor(np.ones(1000, dtype=np.float32), requires_grad=True)
    h = tr.sin(x * 2)
    ref = weakref.ref(h._node.saved[0]._data)  # the array sin saved (x * 2)
    z = h.sum()
    mid = None
    for n in [z._node]:
        mid = n
    assert mid is not None
    del h
    gc.collect()
    assert ref() is not None  # still needed by the graph
    z.backward()
    gc.collect()
    assert ref() is None  # freed by backward, not kept until the graph dies


def test_optimizer_repr_and_zero_grad():
    w = tr.tensor([1.0], requires_grad=True)
    opt = tr.optim.SGD([w], lr=0.1)
    assert repr(opt).startswith("SGD (\nParameter Group 0\n    dampening: 0\n")
    (w * 3).sum().backward()
    opt.step()
    np.testing.assert_allclose(w.detach().numpy(), [0.7], rtol=1e-6)
    opt.zero_grad()
    assert w.grad is None


def test_nn_functional_losses():
    import autograd_magic.torch.nn.functional as F

    logits = tr.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]], requires_grad=True)
    loss = F.cross_entropy(logits, tr.tensor([0, 2]))
    assert loss.grad_fn.name() == "NllLossBackward0"
    loss.backward()
    p = np.exp(logits.detach().numpy())
    p /= p.sum(1, keepdims=True)
    p[[0, 1], [0, 2]] -= 1
    np.testing.assert_allclose(logits.grad.numpy(), p / 2, rtol=1e-5)
    mse = F.mse_loss(tr.tensor([1.0, 2.0], requires_grad=True), tr.tensor([0.0, 0.0]))
    assert repr(mse) == "tensor(2.5000, grad_fn=<MseLossBackward0>)"
