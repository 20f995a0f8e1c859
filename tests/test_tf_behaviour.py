"""TensorFlow front end: object identity, memory and NumPy interplay as real TensorFlow 2.21.

Each expectation was checked against real TensorFlow 2.21 (Keras 3.15) on this project's
reference machine; the tests themselves run without TensorFlow.
"""

from __future__ import annotations

import gc
import weakref

import numpy as np
import pytest

import autograd_magic.tf as tf
from autograd_magic.tf import _recording, tape


def _container_sizes(*modules) -> dict[str, int]:
    """The length of every module-level dict, list and set (the registries a leak would grow)."""
    return {
        f"{m.__name__}.{k}": len(v)
        for m in modules
        for k, v in vars(m).items()
        if isinstance(v, (dict, list, set, weakref.WeakValueDictionary)) and not k.startswith("__")
    }


# ---- no per-tape registry entry ----------------------------------------------------------------


def test_tapes_leave_nothing_behind() -> None:
    x = tf.constant([1.0, 2.0])
    v = tf.Variable(3.0)
    with tf.GradientTape() as warm:  # first use of every code path
        warm.watch(x)
        (x * v).numpy()
    del warm
    gc.collect()
    before = _container_sizes(_recording, tape)
    refs = []
    for _ in range(1000):
        with tf.GradientTape(persistent=True) as outer, tf.GradientTape() as inner:
            outer.watch(x)
            inner.watch(x)
            y = tf.reduce_sum(tf.sin(x) * v)
        inner.gradient(y, x)
        outer.gradient(y, [x, v])
        refs.append(weakref.ref(outer))
        refs.append(weakref.ref(inner))
        del outer, inner, y
    gc.collect()
    assert not [r for r in refs if r() is not None]
    assert _container_sizes(_recording, tape) == before


def test_tensors_made_by_two_tapes_share_one_tag_set() -> None:
    x = tf.constant(2.0)
    with tf.GradientTape() as a, tf.GradientTape() as b:
        a.watch(x)
        b.watch(x)
        y = x * x
        z = y + 1.0
    assert y._tapes is z._tapes and y._tapes == {a._id, b._id}
    assert a.gradient(z, x).numpy() == 4.0 and b.gradient(z, x).numpy() == 4.0


# ---- class names --------------------------------------------------------------------------------


def test_tensor_and_variable_class_names() -> None:
    x = tf.constant([1.0, 2.0])
    v = tf.Variable(1.0)
    for t in (x, x * 2.0, tf.sin(x), v.read_value(), v + 1.0, tf.zeros(3), tf.reduce_sum(x)):
        assert type(t).__name__ == "EagerTensor"
        assert isinstance(t, tf.Tensor) and not isinstance(t, tf.Variable)
    assert type(v).__name__ == "ResourceVariable"
    assert isinstance(v, tf.Variable) and not isinstance(v, tf.Tensor)
    assert type(v.assign(2.0)).__name__ == "_UnreadVariable"
    with tf.GradientTape() as t:
        y = v * v
    assert type(t.gradient(y, v)).__name__ == "EagerTensor"


# ---- NumPy views are read-only ------------------------------------------------------------------


def test_asarray_of_a_tensor_is_read_only() -> None:
    x = tf.constant([1.0, 2.0, 3.0])
    with tf.GradientTape() as t:
        t.watch(x)
        y = tf.exp(x)
        loss = tf.reduce_sum(y)
    a = np.asarray(y)
    assert not a.flags.writeable
    with pytest.raises(ValueError, match="^assignment destination is read-only$"):
        a[0] = 5.0
    with pytest.raises(ValueError, match="^assignment destination is read-only$"):
        np.asarray(x)[1] = 0.0
    assert str(x) == "tf.Tensor([1. 2. 3.], shape=(3,), dtype=float32)"
    np.testing.assert_array_equal(t.gradient(loss, x).numpy(), y.numpy())


def test_copies_for_numpy_are_writable_and_independent() -> None:
    x = tf.constant([1.0, 2.0])
    n = x.numpy()
    n[0] = 7.0
    b = np.array(x)
    b[1] = 9.0
    assert str(x) == "tf.Tensor([1. 2.], shape=(2,), dtype=float32)"
    v = tf.Variable([1.0, 2.0])
    a = np.asarray(v)  # TensorFlow hands NumPy a copy of a variable's value
    a[0] = 5.0
    head = "<tf.Variable 'Variable:0' shape=(2,) dtype=float32, "
    assert str(v) == head + "numpy=array([1., 2.], dtype=float32)>"


# ---- Keras SGD: what is not implemented says so ------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"use_ema": True},
        {"gradient_accumulation_steps": 2},
        {"learning_rate": lambda: 0.1},
    ],
)
def test_sgd_options_not_implemented_raise(kwargs) -> None:
    with pytest.raises(NotImplementedError, match="does not implement"):
        tf.keras.optimizers.SGD(**kwargs)


def test_sgd_weight_decay_and_clipping_follow_keras() -> None:
    # Keras 3.15 (TensorFlow backend): clip the gradient, then var -= var * wd * lr, then step
    v = tf.Variable([3.0, 4.0])
    opt = tf.keras.optimizers.SGD(learning_rate=0.1, weight_decay=0.5, clipnorm=1.0)
    opt.apply_gradients([(tf.constant([30.0, 40.0]), v)])
    expected = np.float32([3.0, 4.0]) - np.float32([3.0, 4.0]) * np.float32(0.5) * np.float32(0.1)
    expected = expected - np.float32([0.6, 0.8]) * np.float32(0.1)
    np.testing.assert_allclose(v.numpy(), expected, rtol=1e-6)
    with pytest.warns(UserWarning, match=r"Gradients do not exist for variables \['w:0'\]"):
        w = tf.Variable(1.0, name="w")
        tf.keras.optimizers.SGD().apply_gradients([(tf.constant([1.0, 1.0]), v), (None, w)])


# ---- float32 kernels without a C math library --------------------------------------------------


def test_kernels_fall_back_to_correct_rounding_without_a_c_library() -> None:
    from autograd_magic.tf import _eigen

    fallback = _eigen._libm("no_such_function_in_libm", np.sin)
    x = np.float32([1.0, 2.0, 3.0])
    np.testing.assert_array_equal(fallback(x), np.sin(x.astype(np.float64)).astype(np.float32))
    assert str(tf.sin(tf.constant(1.0))) == "tf.Tensor(0.84147096, shape=(), dtype=float32)"


# Recorded from real TensorFlow 2.21 (CPU) with the same program; re-checked below when it is
# installed.
SPARSE_XENT_SECOND = [
    [-0.21018724, 0.05718355, 0.15300375],
    [-0.36978242, -0.04018324, 0.40996557],
]


def _sparse_xent_second(tf):
    x = tf.Variable([[1.0, 2.0, 0.5], [0.3, -1.0, 2.0]])
    c = tf.constant([[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]])
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            losses = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1, 2], logits=x)
            loss = tf.reduce_sum(losses)
        g = inner.gradient(loss, x)
        h = tf.reduce_sum(g * c)
    return outer.gradient(h, x)


def test_sparse_softmax_cross_entropy_has_a_second_derivative_as_tensorflow():
    """TensorFlow differentiates the loss's backprop as softmax(x) - onehot: never a None."""
    got = _sparse_xent_second(tf)
    assert got is not None
    np.testing.assert_allclose(got.numpy(), SPARSE_XENT_SECOND, rtol=1e-5, atol=1e-7)


def test_sparse_xent_second_derivative_recording_matches_real_tensorflow():
    real = pytest.importorskip("tensorflow")
    np.testing.assert_allclose(_sparse_xent_second(real).numpy(), SPARSE_XENT_SECOND, rtol=1e-6)
