"""The TensorFlow-like front end: seed cells, GradientTape semantics, dtypes, printing, errors.

Expected texts and numbers come from TensorFlow 2.21 (run in a throwaway virtualenv, never a
dependency); the 11.x seed cells are compared with the lecture notes' recorded outputs.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys

import numpy as np
import pytest
from shared_paths import SHARED_REFERENCE
from test_tf_reference import run_program

import autograd_magic.tf as tf
from autograd_magic.tf import _logging

SEEDS = sorted(p.stem for p in SHARED_REFERENCE.glob("11_0*.py"))
WARN_INT = (
    "WARNING:tensorflow:The dtype of the watched tensor must be floating (e.g. tf.float32), "
    "got tf.int32\n"
)


@pytest.fixture(autouse=True)
def fresh_warnings():
    """TensorFlow warns once (or n times) per process; each test starts from zero."""
    _logging._counts.clear()
    yield


def values(t):
    return np.asarray(t.numpy())


# ---- the seed cells of the notes -----------------------------------------------------------------


@pytest.mark.parametrize("name", SEEDS)
def test_seed_cell(shared_reference: pathlib.Path, name: str) -> None:
    """Each cell, import swapped, prints exactly what TensorFlow printed, and nothing on stderr."""
    out, err = run_program(shared_reference / f"{name}.py")
    assert out == (shared_reference / f"{name}.out").read_text()
    assert err == ""  # TensorFlow's start-up log lines are noise, not behaviour


def test_seed_cell_as_a_script(shared_reference: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """The same in a fresh Python process, run the way a student would run it."""
    src = (shared_reference / "11_02_a.py").read_text()
    script = tmp_path / "cell.py"
    script.write_text(src.replace("import tensorflow as tf", "import autograd_magic.tf as tf"))
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == (shared_reference / "11_02_a.out").read_text()
    assert result.stderr == ""


# ---- dtypes --------------------------------------------------------------------------------------


def test_python_values_take_tensorflow_default_dtypes() -> None:
    assert tf.constant(3.0).dtype == tf.float32
    assert tf.constant(3).dtype == tf.int32
    assert tf.constant(2**40).dtype == tf.int64
    assert tf.constant([1, 2.5]).dtype == tf.float32
    assert tf.constant(True).dtype == tf.bool
    assert tf.constant(np.array([1.0])).dtype == tf.float64
    assert tf.constant(np.float64(2.5)).dtype == tf.float64
    assert tf.linspace(0, 3, 10).dtype == tf.float64
    assert tf.linspace(0.0, 3.0, 10).dtype == tf.float32
    assert tf.range(5).dtype == tf.int32
    assert tf.range(0.0, 1.0, 0.25).dtype == tf.float32
    assert tf.Variable(3.0).dtype == tf.float32
    assert tf.Variable(5).dtype == tf.int32


def test_no_implicit_promotion() -> None:
    a = tf.constant(1.0)
    b = tf.constant(2.0, dtype=tf.float64)
    with pytest.raises(tf.errors.InvalidArgumentError) as e:
        a * b
    assert str(e.value) == (
        "cannot compute Mul as input #1(zero-based) was expected to be a float tensor but is a "
        "double tensor [Op:Mul] name: "
    )
    with pytest.raises(tf.errors.InvalidArgumentError, match="expected to be a int32 tensor"):
        tf.constant([1, 2]) + tf.constant([1.0, 2.0])
    with pytest.raises(TypeError, match="Cannot convert 2.5 to EagerTensor of dtype int32"):
        tf.constant(2) * 2.5
    assert (a * 2).dtype == tf.float32  # a Python number takes the tensor's dtype
    assert (b + 1).dtype == tf.float64
    assert (tf.constant(3) / tf.constant(2)).dtype == tf.float64


def test_dtype_objects() -> None:
    assert str(tf.float32) == "<dtype: 'float32'>"
    assert repr(tf.float64) == "tf.float64"
    assert tf.float32 == np.float32 and tf.float32 == "float32" and tf.float32 != tf.float64
    assert tf.float32.is_floating and tf.int32.is_integer and not tf.int32.is_floating
    assert tf.as_dtype("int64") is tf.int64 and tf.float32.as_numpy_dtype is np.float32
    assert isinstance(tf.float32, tf.DType)


def test_tensor_shape() -> None:
    s = tf.zeros((2, 3)).shape
    assert str(s) == "(2, 3)" and repr(s) == "TensorShape([2, 3])"
    assert s.as_list() == [2, 3] and s.rank == 2 and s[0] == 2 and s == (2, 3)
    assert str(tf.TensorShape([None, 3])) == "(None, 3)"
    assert repr(tf.constant(1.0).shape) == "TensorShape([])"


# ---- printing ------------------------------------------------------------------------------------


def test_text_of_tensors_and_variables() -> None:
    assert str(tf.constant(3.0)) == "tf.Tensor(3.0, shape=(), dtype=float32)"
    assert (
        repr(tf.constant(0.1)) == "<tf.Tensor: shape=(), dtype=float32, numpy=0.10000000149011612>"
    )
    assert str(tf.constant([[1, 2], [3, 4]])) == (
        "tf.Tensor(\n[[1 2]\n [3 4]], shape=(2, 2), dtype=int32)"
    )
    v = tf.Variable(3.0)
    assert str(v) == repr(v) == "<tf.Variable 'Variable:0' shape=() dtype=float32, numpy=3.0>"
    w = tf.Variable([1.0, 2.0], name="w")
    assert w.name == "w:0"
    assert repr(w.assign([3.0, 4.0])) == (
        "<tf.Variable 'UnreadVariable' shape=(2,) dtype=float32, "
        "numpy=array([3., 4.], dtype=float32)>"
    )


# ---- GradientTape --------------------------------------------------------------------------------


def test_trainable_variables_are_watched_when_read() -> None:
    x = tf.Variable(3.0)
    frozen = tf.Variable(4.0, trainable=False)
    with tf.GradientTape() as tape:
        y = x**2 * frozen
    dx, df = tape.gradient(y, [x, frozen])
    assert float(dx) == 24.0 and df is None
    assert tape.watched_variables() == (x,)


def test_constants_need_watch() -> None:
    c = tf.constant(3.0)
    with tf.GradientTape() as tape:
        y = c**2
    assert tape.gradient(y, c) is None
    with tf.GradientTape() as tape:
        tape.watch(c)
        y = c**2
    assert float(tape.gradient(y, c)) == 6.0


def test_watch_accessed_variables_false() -> None:
    a = tf.Variable(2.0, name="a")
    b = tf.Variable(3.0, name="b")
    with tf.GradientTape(watch_accessed_variables=False) as tape:
        tape.watch(a)
        y = a * b
    ga, gb = tape.gradient(y, [a, b])
    assert float(ga) == 3.0 and gb is None
    assert [v.name for v in tape.watched_variables()] == ["a:0"]


def test_watched_variables_in_creation_order() -> None:
    a = tf.Variable(1.0)
    b = tf.Variable(2.0)
    with tf.GradientTape() as tape:
        b * b + a
    assert tape.watched_variables() == (a, b)


def test_sources_structures_are_mirrored() -> None:
    w = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
    b = tf.Variable([0.5, -0.5])
    with tf.GradientTape(persistent=True) as tape:
        y = tf.reduce_sum(tf.matmul(tf.constant([[1.0, 1.0]]), w) + b)
    assert isinstance(tape.gradient(y, [w, b]), list)
    assert isinstance(tape.gradient(y, (w, b)), tuple)
    grads = tape.gradient(y, {"weight": w, "bias": b, "both": [w, (b,)]})
    assert sorted(grads) == ["bias", "both", "weight"]
    np.testing.assert_array_equal(values(grads["both"][1][0]), [1.0, 1.0])
    np.testing.assert_array_equal(values(grads["weight"]), np.ones((2, 2)))


def test_non_scalar_target_is_summed_and_output_gradients_weight_it() -> None:
    x = tf.Variable([1.0, 2.0, 3.0])
    with tf.GradientTape(persistent=True) as tape:
        y = x**2
    np.testing.assert_array_equal(values(tape.gradient(y, x)), [2.0, 4.0, 6.0])
    weighted = tape.gradient(y, x, output_gradients=tf.constant([1.0, 0.0, 0.5]))
    np.testing.assert_array_equal(values(weighted), [2.0, 0.0, 3.0])
    np.testing.assert_array_equal(values(tape.gradient([y, y], x)), [4.0, 8.0, 12.0])


def test_unconnected_gradients() -> None:
    x = tf.Variable(2.0)
    y = tf.Variable([1.0, 2.0])
    with tf.GradientTape(persistent=True) as tape:
        z = x**2
    assert tape.gradient(z, y) is None
    zero = tape.gradient(z, y, unconnected_gradients=tf.UnconnectedGradients.ZERO)
    np.testing.assert_array_equal(values(zero), [0.0, 0.0])
    assert values(tape.gradient(z, y, unconnected_gradients="zero")).shape == (2,)
    assert str(tf.UnconnectedGradients.ZERO) == "UnconnectedGradients.ZERO"
    with pytest.raises(ValueError, match="Unknown value for unconnected_gradients: 'bogus'"):
        tape.gradient(z, y, unconnected_gradients="bogus")


NON_PERSISTENT = (
    "A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)"
)


def test_non_persistent_tape_is_used_once() -> None:
    x = tf.Variable(3.0)
    with tf.GradientTape() as tape:
        y = x**2
    assert float(tape.gradient(y, x)) == 6.0
    with pytest.raises(RuntimeError) as e:
        tape.gradient(y, x)
    assert str(e.value) == NON_PERSISTENT
    with pytest.raises(RuntimeError, match="non-persistent"):
        tape.jacobian(y, x)


def test_gradients_never_accumulate() -> None:
    x = tf.Variable(3.0)
    with tf.GradientTape(persistent=True) as tape:
        y = x**2
    first = float(tape.gradient(y, x))
    assert float(tape.gradient(y, x)) == first == 6.0


def test_no_grad_attribute() -> None:
    x = tf.Variable(3.0)
    with tf.GradientTape() as tape:
        y = x**2
    with pytest.raises(AttributeError, match="'ResourceVariable' object has no attribute 'grad'"):
        print(x.grad)
    with pytest.raises(AttributeError, match="'tensorflow.python.framework.ops.EagerTensor'"):
        print(y.grad)
    with pytest.raises(AttributeError, match="no attribute 'backward'"):
        y.backward()
    assert float(tape.gradient(y, x)) == 6.0


def test_watching_an_integer_tensor_warns_and_gives_none(capsys) -> None:
    i = tf.constant(3)
    with tf.GradientTape() as tape:
        tape.watch(i)
        y = i * i
    assert tape.gradient(y, i) is None
    assert capsys.readouterr().err == WARN_INT
    v = tf.Variable(2)  # read by the tape, not watched explicitly: no warning
    with tf.GradientTape() as tape:
        y = v * v
    assert tape.gradient(y, v) is None
    assert capsys.readouterr().err == ""


def test_gradient_inside_a_persistent_tape_warns_once_and_is_recorded(capsys) -> None:
    x = tf.Variable(3.0)
    with tf.GradientTape(persistent=True) as tape:
        y = x**2
        g = tape.gradient(y, x)
        tape.gradient(y, x)
        z = g * x  # 2x * x
    assert float(tape.gradient(z, x)) == 12.0
    err = capsys.readouterr().err
    assert err.count("WARNING:tensorflow:Calling GradientTape.gradient on a persistent") == 1


def test_nested_tapes_give_higher_derivatives() -> None:
    x = tf.Variable(2.0)
    with tf.GradientTape() as t3:
        with tf.GradientTape() as t2:
            with tf.GradientTape() as t1:
                y = x**4
            g1 = t1.gradient(y, x)
        g2 = t2.gradient(g1, x)
    g3 = t3.gradient(g2, x)
    assert (float(g1), float(g2), float(g3)) == (32.0, 48.0, 48.0)


def test_stop_recording_and_stop_gradient() -> None:
    x = tf.Variable(2.0)
    with tf.GradientTape() as tape:
        a = x**2
        with tape.stop_recording():
            b = x**3
        y = a + b
    assert float(tape.gradient(y, x)) == 4.0
    with tf.GradientTape() as tape:
        y = x * tf.stop_gradient(x)
    assert float(tape.gradient(y, x)) == 2.0
    with pytest.raises(RuntimeError, match="Trying to stop recording a tape which is not"):
        with tf.GradientTape().stop_recording():
            pass


def test_reset_forgets_the_record() -> None:
    x = tf.Variable(2.0)
    with tf.GradientTape() as tape:
        y = x**2
        tape.reset()
        z = x**3
    assert tape.gradient(y, x) is None
    with tf.GradientTape() as tape:
        y = x**2
        tape.reset()
        z = x**3
    assert float(tape.gradient(z, x)) == 12.0


def test_a_tape_differentiates_only_what_it_recorded() -> None:
    x = tf.Variable(2.0)
    with tf.GradientTape(persistent=True) as first:
        y = x * x
    with tf.GradientTape() as second:
        z = y * x  # y was not made on this tape: a constant here
    assert float(second.gradient(z, x)) == 4.0
    assert first.gradient(z, x) is None  # z was not made on the first tape


def test_reads_before_and_after_assign_add_up() -> None:
    x = tf.Variable(2.0)
    with tf.GradientTape(persistent=True) as tape:
        a = x * x
        x.assign(3.0)
        b = x * x
        c = a + b
    assert float(tape.gradient(c, x)) == 10.0
    assert float(tape.gradient(a, x)) == 4.0  # the old value is kept for the old read


def test_jacobian_and_batch_jacobian() -> None:
    x = tf.Variable([1.0, 2.0, 3.0])
    with tf.GradientTape() as tape:
        y = x**2
    np.testing.assert_array_equal(values(tape.jacobian(y, x)), np.diag([2.0, 4.0, 6.0]))
    m = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
    with tf.GradientTape() as tape:
        y = tf.reduce_sum(m * m, axis=1)
    j = tape.jacobian(y, m)
    assert j.shape == (2, 2, 2)
    np.testing.assert_array_equal(values(j), [[[2, 4], [0, 0]], [[0, 0], [6, 8]]])
    xb = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    with tf.GradientTape() as tape:
        tape.watch(xb)
        yb = xb * xb * tf.constant([1.0, 10.0])
    bj = tape.batch_jacobian(yb, xb)
    assert bj.shape == (3, 2, 2)
    np.testing.assert_array_equal(values(bj)[1], [[6.0, 0.0], [0.0, 80.0]])


def test_gather_gives_indexed_slices() -> None:
    v = tf.Variable([10.0, 20.0, 30.0, 40.0])
    with tf.GradientTape(persistent=True) as tape:
        g = tf.gather(v, [3, 0, 0])
        dense = tf.reduce_sum(g) + tf.reduce_sum(v)
    grad = tape.gradient(g, v)
    assert isinstance(grad, tf.IndexedSlices)
    assert str(grad) == (
        "IndexedSlices(indices=tf.Tensor([3 0 0], shape=(3,), dtype=int32), "
        "values=tf.Tensor([1. 1. 1.], shape=(3,), dtype=float32), "
        "dense_shape=tf.Tensor([4], shape=(1,), dtype=int32))"
    )
    np.testing.assert_array_equal(values(tf.convert_to_tensor(grad)), [2.0, 0.0, 0.0, 1.0])
    np.testing.assert_array_equal(values(tape.gradient(dense, v)), [3.0, 1.0, 1.0, 2.0])


def test_long_chain_has_no_recursion() -> None:
    x = tf.Variable(1.0)
    with tf.GradientTape() as tape:
        y = x
        for _ in range(1500):
            y = y * 1.0 + 0.0
    assert float(tape.gradient(y, x)) == 1.0


# ---- Variables, operators, conversions -----------------------------------------------------------


def test_variable_assignment() -> None:
    v = tf.Variable(1.0)
    v.assign(5.0)
    v.assign_add(2.0)
    v.assign_sub(0.5)
    assert v.numpy() == np.float32(6.5) and type(v.numpy()) is np.float32
    w = tf.Variable([1.0, 2.0, 3.0])
    w[0].assign(10.0)
    np.testing.assert_array_equal(w.numpy(), [10.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="Shape mismatch"):
        w.assign([1.0, 2.0])
    with pytest.raises(TypeError, match="Cannot convert 2.5 to EagerTensor of dtype int32"):
        tf.Variable(1).assign(2.5)


def test_operators_indexing_and_conversions() -> None:
    x = tf.constant([1.0, 2.0, 3.0, 4.0])
    np.testing.assert_array_equal(values(2 - x), [1.0, 0.0, -1.0, -2.0])
    np.testing.assert_array_equal(values(x / 2), [0.5, 1.0, 1.5, 2.0])
    np.testing.assert_array_equal(values(2**x), [2.0, 4.0, 8.0, 16.0])
    np.testing.assert_array_equal(values(-x), [-1.0, -2.0, -3.0, -4.0])
    np.testing.assert_array_equal(values(x > 2), [False, False, True, True])
    np.testing.assert_array_equal(values(x[1:3]), [2.0, 3.0])
    assert float(x[0]) == 1.0 and len(x) == 4 and x.ndim == 1
    assert [float(e) for e in x] == [1.0, 2.0, 3.0, 4.0]
    m = tf.reshape(x, (2, 2))
    np.testing.assert_array_equal(values(m @ m), [[7.0, 10.0], [15.0, 22.0]])
    np.testing.assert_array_equal(values(m[:, 1]), [2.0, 4.0])
    assert f"{tf.constant(1.5):.2f}" == "1.50"
    assert np.asarray(x).dtype == np.float32
    with pytest.raises(tf.errors.InvalidArgumentError, match="Incompatible shapes: \\[2\\] vs"):
        tf.constant([1.0, 2.0]) + tf.constant([1.0, 2.0, 3.0])
    with pytest.raises(tf.errors.InvalidArgumentError, match="slice index 5 of dimension 0"):
        x[5]


def test_functions() -> None:
    x = tf.constant([-2.0, -0.5, 0.5, 3.0])
    np.testing.assert_array_equal(values(tf.clip_by_value(x, -1.0, 1.0)), [-1, -0.5, 0.5, 1])
    np.testing.assert_array_equal(values(tf.maximum(x, 0.0)), [0, 0, 0.5, 3])
    np.testing.assert_array_equal(values(tf.where(x > 0)), [[2], [3]])
    np.testing.assert_array_equal(values(tf.concat([x, x], 0))[4:], values(x))
    assert tf.stack([x, x], axis=1).shape == (4, 2)
    m = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    np.testing.assert_array_equal(values(tf.reduce_sum(m, axis=1, keepdims=True)), [[6], [15]])
    assert float(tf.reduce_prod(m)) == 720.0 and float(tf.reduce_max(m)) == 6.0
    assert float(tf.reduce_mean(tf.constant([-3, -4]))) == -3  # integer mean truncates
    np.testing.assert_array_equal(values(tf.range(1, 10, 2)), [1, 3, 5, 7, 9])
    assert tf.transpose(tf.reshape(tf.range(6), (2, 3))).shape == (3, 2)
    np.testing.assert_allclose(values(tf.math.log(tf.exp(x))), values(x), rtol=1e-6)
    np.testing.assert_allclose(values(tf.nn.softmax(m)).sum(axis=1), [1.0, 1.0], rtol=1e-6)
    ce = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[2, 1], logits=m)
    np.testing.assert_allclose(values(ce), -values(tf.nn.log_softmax(m))[[0, 1], [2, 1]])


def test_tensorflow_rounding_of_sums_means_exp_and_log() -> None:
    """Values TensorFlow 2.21 printed where NumPy's float32 results differ in the last bit."""
    n = np.arange(100)
    x = (np.sin(n * 1.7) * 10.0 ** (n % 5 - 2)).astype(np.float32)
    assert float(tf.reduce_sum(x)) == -9.473670959472656
    assert float(tf.reduce_mean(x)) == -0.09473671019077301
    m = (np.cos(np.arange(180) * 0.37) * 10.0 ** (np.arange(180) % 4 - 1)).astype(np.float32)
    m = m.reshape(20, 9)
    assert values(tf.reduce_sum(m, axis=0))[1] == np.float32(-151.53025817871094)
    assert values(tf.reduce_sum(m, axis=1))[0] == np.float32(-38.69633102416992)
    assert float(tf.exp(tf.constant(1.0))) == 2.7182817459106445
    assert float(tf.math.log(tf.constant(2.718281828))) == 0.9999999403953552


def test_sgd_optimizer() -> None:
    w = tf.Variable(2.0)
    opt = tf.keras.optimizers.SGD(learning_rate=0.1)
    assert int(opt.iterations) == 0
    with tf.GradientTape() as tape:
        loss = w**2
    opt.apply_gradients(zip(tape.gradient(loss, [w]), [w]))
    assert int(opt.iterations) == 1 and w.numpy() == np.float32(1.6)
    v = tf.Variable(1.0)
    mom = tf.keras.optimizers.SGD(learning_rate=0.5, momentum=0.9)
    for _ in range(2):
        mom.apply_gradients([(tf.constant(1.0), v)])
    assert v.numpy() == np.float32(1.0 - 0.5 - (0.9 * 0.5 + 0.5))


def test_nodes_carry_tensorflow_op_names() -> None:
    c = tf.constant([1.0, 2.0])
    with tf.GradientTape() as tape:
        tape.watch(c)
        made = {
            "Pow": c**2,
            "Sin": tf.sin(c),
            "AddV2": c + 1,
            "Sub": 1 - c,
            "Mul": c * c,
            "RealDiv": c / 2,
            "Neg": -c,
            "Square": tf.square(c),
            "Sum": tf.reduce_sum(c),
            "MatMul": tf.matmul(tf.reshape(c, (1, 2)), tf.reshape(c, (2, 1))),
            "StridedSlice": c[0],
            "GatherV2": tf.gather(c, [1]),
            "Relu": tf.nn.relu(c),
        }
    for name, t in made.items():
        assert t._node is not None and t._node.name == name


# ---- the two front ends agree --------------------------------------------------------------------


def _torch():
    import autograd_magic.torch as torch

    return torch


@pytest.mark.parametrize("data", [3.0, [0.0, 0.5, 1.5, 3.0]])
def test_front_ends_agree_on_sin_of_square(data) -> None:
    torch = _torch()
    xt = torch.tensor(data, requires_grad=True)
    torch.sin(xt**2).sum().backward()
    xf = tf.Variable(data)
    with tf.GradientTape() as tape:
        z = tf.sin(xf**2)
    np.testing.assert_array_equal(values(tape.gradient(z, xf)), xt.grad.numpy())


def test_front_ends_agree_on_a_tanh_layer() -> None:
    torch = _torch()
    w = np.array([[0.5, -1.0, 0.25], [1.5, 0.75, -0.5]], dtype=np.float32)
    b = np.array([0.1, -0.2], dtype=np.float32)
    x = np.array([[1.0], [2.0], [-1.0]], dtype=np.float32)
    wt = torch.tensor(w.tolist(), requires_grad=True)
    bt = torch.tensor(b.reshape(2, 1).tolist(), requires_grad=True)
    torch.tanh(torch.matmul(wt, torch.tensor(x.tolist())) + bt).sum().backward()
    wf, bf = tf.Variable(w), tf.Variable(b.reshape(2, 1))
    with tf.GradientTape() as tape:
        y = tf.reduce_sum(tf.tanh(tf.matmul(wf, tf.constant(x)) + bf))
    gw, gb = tape.gradient(y, [wf, bf])
    # TensorFlow's float32 tanh is Eigen's rational approximation (a few ulps from PyTorch's),
    # and 1 - tanh**2 near tanh = 1 magnifies that; real TensorFlow 2.21 gives these exactly:
    assert str(gb) == ("tf.Tensor(\n[[0.1372236 ]\n [0.00542653]], shape=(2, 1), dtype=float32)")
    np.testing.assert_allclose(values(gw), wt.grad.numpy(), rtol=1e-4)
    np.testing.assert_allclose(values(gb), bt.grad.numpy(), rtol=1e-4)


def test_front_ends_agree_on_second_derivatives() -> None:
    torch = _torch()
    xt = torch.tensor(0.7, requires_grad=True)
    (g,) = torch.autograd.grad(torch.sin(xt) * xt**3, [xt], create_graph=True)
    (h,) = torch.autograd.grad(g, [xt])
    xf = tf.Variable(0.7)
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            y = tf.sin(xf) * xf**3
        gf = inner.gradient(y, xf)
    hf = outer.gradient(gf, xf)
    np.testing.assert_allclose([float(gf), float(hf)], [g.item(), h.item()], rtol=1e-6)


def test_front_ends_agree_on_reduce_sum_of_a_product() -> None:
    torch = _torch()
    a = np.linspace(-1, 1, 6, dtype=np.float32)
    at = torch.tensor(a.tolist(), requires_grad=True)
    bt = torch.tensor((a * 2).tolist(), requires_grad=True)
    (at * bt).sum().backward()
    af, bf = tf.Variable(a), tf.Variable(a * 2)
    with tf.GradientTape() as tape:
        s = tf.reduce_sum(af * bf)
    ga, gb = tape.gradient(s, [af, bf])
    np.testing.assert_array_equal(values(ga), at.grad.numpy())
    np.testing.assert_array_equal(values(gb), bt.grad.numpy())
