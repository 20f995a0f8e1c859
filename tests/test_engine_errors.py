"""The engine's own errors: typed, with the facts, worded by the front end that made the graph."""

import numpy as np
import pytest

from autograd_magic.core import primitives as P
from autograd_magic.core.backward import backward
from autograd_magic.core.errors import GraphFreed, SavedValueModified
from autograd_magic.core.tensor import Tensor


def _seed(t: Tensor) -> Tensor:
    return Tensor._wrap(np.ones_like(t._data))


def test_a_second_backward_through_a_freed_graph_names_the_node() -> None:
    x = Tensor(np.array([1.0, 2.0]), requires_grad=True)
    y = P.sin(x)
    backward([y], [_seed(y)])
    with pytest.raises(GraphFreed) as info:
        backward([y], [_seed(y)])
    assert info.value.node is y._node
    assert "freed" in str(info.value) and y._node.name in str(info.value)


def test_a_saved_value_changed_in_place_carries_its_versions() -> None:
    x = Tensor(np.array([1.0, 2.0, 3.0]), requires_grad=True)
    y = P.exp(x)  # exp's rule reads its result
    z = P.mul(y, 2.0)
    y._data[...] = 0.0
    y._bump()
    with pytest.raises(SavedValueModified) as info:
        backward([z], [_seed(z)])
    err = info.value
    assert (err.node, err.producer) == (y._node, y._node)
    assert (err.version, err.expected, err.shape) == (1, 0, (3,))
    assert err.dtype == np.float64
    assert "version 1" in str(err) and "expected version 0" in str(err)


def test_the_torch_front_end_words_them_as_pytorch() -> None:
    import autograd_magic.torch as torch

    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = x.exp()
    y.sum().backward()
    with pytest.raises(RuntimeError) as info:
        y.sum().backward()
    assert type(info.value) is RuntimeError
    assert str(info.value).startswith("Trying to backward through the graph a second time")


def test_an_in_place_change_refused_is_typed_and_worded_by_the_front_end() -> None:
    import autograd_magic.torch as torch
    from autograd_magic.core import views
    from autograd_magic.core.errors import OVERLAP, InPlaceRefused

    base = Tensor._wrap(np.broadcast_to(np.zeros(1), (3,)))
    with pytest.raises(InPlaceRefused) as info:
        views.check_inplace(base, others_tracked=False)
    assert info.value.reason == OVERLAP
    assert str(info.value).endswith("share memory: copy it first")

    x = torch.zeros(1).expand(3)
    with pytest.raises(RuntimeError) as torch_info:
        x.add_(1.0)
    assert type(torch_info.value) is RuntimeError
    assert str(torch_info.value).startswith("unsupported operation: more than one element")
