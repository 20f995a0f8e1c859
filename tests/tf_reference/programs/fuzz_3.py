# ruff: noqa
# fmt: off
# Random program (record_tf_reference.py --fuzz, seed 1003): values, gradients and
# errors of expressions over a Variable x and a watched constant y, with broadcasting,
# zeros, negatives, inf and NaN, and assignments to x while recording.
import numpy as np
import tensorflow as tf


def show(n, fn):
    try:
        results = fn()
    except Exception as e:
        first = (str(e).splitlines() or [""])[0]
        print(f"case {n}: error {type(e).__name__}: {first}")
        return
    for label, t in results:
        if t is None:
            print(f"case {n}: {label} None")
            continue
        a = np.asarray(t.numpy() if hasattr(t, "numpy") else t, dtype=np.float64)
        text = " ".join(repr(float(v)) for v in a.reshape(-1))
        print(f"case {n}: {label} {a.shape} {t.dtype.name} {text}")


def case_0():
    x = tf.Variable(np.array([0.001, 3.0, 1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.reciprocal(tf.reduce_prod(y, axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_1():
    x = tf.Variable(np.array([0.001, 3.0, -2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, -0.5, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_2():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, -1.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.minimum(0.5, y))[0]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_3():
    x = tf.Variable(np.array([10.0, 2.0, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([np.inf, np.nan, 0.5], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = (tf.nn.relu((-2.0 - x)) / tf.reshape((x + x), [-1]))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_4():
    x = tf.Variable(np.array([-2.0, np.nan, 0.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_sum((tf.reduce_prod(-1.0, axis=1) ** tf.sigmoid(y)), 0, True)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_5():
    x = tf.Variable(np.array([-2.0, 0.001, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.0, -2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = 1.0
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_6():
    x = tf.Variable(np.array([-0.5, 1.0, 2.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.5, 3.0, 0.5, 1.0, 0.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.stack([tf.transpose(tf.math.abs(y)), tf.reduce_min(x, axis=None)])
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_7():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0, -1.0, 10.0, 3.0, -2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum(tf.maximum(tf.multiply(x, y), tf.squeeze(x)), tf.reduce_mean(tf.nn.log_softmax(x), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_8():
    x = tf.Variable(np.array([2.0, 2.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, 2.0, 2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.sqrt(tf.tanh(y))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.tan(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_9():
    x = tf.Variable(np.array([-1.0, -np.inf, 10.0, 0.001, 3.0, 0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([-2.0, 0.5, 1.0, 10.0, -1.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_10():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, 0.001, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_11():
    x = tf.Variable(np.array([0.5, 0.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, np.nan, 0.0, 1.0, 2.0, 1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_12():
    x = tf.Variable(np.array([-np.inf, 1.0, -0.5, 10.0, 2.0, 3.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 0.5, -np.inf, 0.001, 1.0, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.matmul(tf.cast(y, tf.float64), tf.matmul(x, x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * (x - x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_13():
    x = tf.Variable(np.array([1.0, 0.5, 3.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([0.001, -1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cast(tf.reduce_sum(tf.sin(x), axis=None), tf.float64)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_14():
    x = tf.Variable(np.array([0.001], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.where((y ** -2.0) < (x - 10.0), tf.expand_dims(-0.5, 0), y)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.minimum(-0.5, 1.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_15():
    x = tf.Variable(np.array([3.0, 1.0, np.nan, 3.0, 3.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 0.5, 3.0, -2.0, 0.0, 10.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.squeeze(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_16():
    x = tf.Variable(np.array([-0.5, 1.0, 2.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([-2.0, -2.0, -2.0, -np.inf, 10.0, -1.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.math.log(tf.sign(tf.abs(x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_17():
    x = tf.Variable(np.array([10.0, -1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.reduce_mean(tf.matmul(tf.concat([y, x], 0), tf.where(y >= -0.5, y, y)), axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_18():
    x = tf.Variable(np.array([-2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5, 10.0, 0.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity((y - tf.clip_by_value(y, -1.0, 2.0)))[..., -1:]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_19():
    x = tf.Variable(np.array([1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-0.5], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cos(tf.reduce_mean(tf.where(2.0 > x, 0.0, y), axis=1))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_20():
    x = tf.Variable(np.array([-2.0, np.nan, -2.0, -0.5, 2.0, -0.5], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([3.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.minimum(tf.identity(x)[..., -1:], (-y))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.nn.log_softmax(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_21():
    x = tf.Variable(np.array([2.0, -1.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-1.0, 0.001, -np.inf], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.multiply(tf.reduce_mean(0.001, axis=None), y)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.reduce_max(x, axis=None)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_22():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-1.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.reshape((x - x), [-1]))[..., -1:]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_23():
    x = tf.Variable(np.array([10.0, 2.0, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-2.0, -2.0, 3.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.expand_dims(x, 0)
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * y
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_24():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([3.0, 0.5, -np.inf, 10.0, 0.001, 0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = ((tf.stop_gradient(y) - tf.clip_by_value(y, -1.0, 2.0)) ** 10.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_25():
    x = tf.Variable(np.array([0.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, -1.0, -1.0, np.inf, -2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum((--1.0), tf.nn.softmax((x * x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_26():
    x = tf.Variable(np.array([np.nan, 2.0, 3.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 10.0, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.identity(tf.where(y >= x, x, y))[0]
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.where(y < y, x, 0.001)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_27():
    x = tf.Variable(np.array([3.0, 0.5, -2.0, 3.0, 2.0, 0.001], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([2.0, 0.5, -1.0, -2.0, 2.0, np.inf], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.minimum((-tf.multiply(x, 0.001)), tf.reduce_sum(tf.reduce_sum(x, axis=None), axis=None))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_28():
    x = tf.Variable(np.array([-1.0, np.nan, -0.5, 10.0, 10.0, -2.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, np.inf, 2.0, 0.0, 0.001, -2.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = y
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.minimum(-2.0, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_29():
    x = tf.Variable(np.array([-1.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([-2.0], dtype=np.float32).reshape(()))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.minimum(tf.where(y > y, y, x), x)
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.tanh(x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_30():
    x = tf.Variable(np.array([0.5, 10.0, -0.5], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([1.0, 0.001, 10.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.sqrt((tf.sigmoid(1.0) ** tf.minimum(y, x)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_31():
    x = tf.Variable(np.array([np.nan, -2.0, 1.0, 0.0, 2.0, 0.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([1.0, 0.5, -1.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.identity(tf.reduce_max(tf.reduce_prod(0.5, axis=None), axis=None))[0]
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_32():
    x = tf.Variable(np.array([-1.0, -0.5, -1.0], dtype=np.float32).reshape((3,)))
    y = tf.constant(np.array([0.001, 1.0, -0.5], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.pow((tf.where(x < x, x, y) + tf.concat([y, x], 0)), (tf.where(x > y, x, 10.0) - tf.square(y)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_33():
    x = tf.Variable(np.array([-2.0, 0.5, 0.001], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([2.0, 0.5, -2.0], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = x
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_34():
    x = tf.Variable(np.array([10.0, -2.0, 0.0, -0.5, 0.5, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([0.5, -np.inf, np.inf, 0.5, 0.5, 0.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.math.abs((x + x))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.maximum(y, y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_35():
    x = tf.Variable(np.array([np.inf], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([0.001, 2.0, 0.0], dtype=np.float32).reshape((3,)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.add(tf.sin((10.0 - -1.0)), tf.add(tf.minimum(x, y), (y + -0.5)))
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_36():
    x = tf.Variable(np.array([2.0], dtype=np.float32).reshape(()))
    y = tf.constant(np.array([2.0, -1.0, -2.0, 1.0, -0.5, 0.001], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.exp(0.0)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_37():
    x = tf.Variable(np.array([-0.5, 0.001, -2.0, 3.0, 0.001, 1.0], dtype=np.float32).reshape((2, 3)))
    y = tf.constant(np.array([10.0, 0.001, 10.0, np.nan, 1.0, -0.5], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = (tf.where(-0.5 > y, x, y) ** tf.add(x, -2.0))
        x.assign_add(tf.ones_like(x) * 2.0)
        out = a * tf.pow(-1.0, x)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_38():
    x = tf.Variable(np.array([-2.0, 10.0, 1.0], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([1.0, -1.0, 0.5, 0.001, 3.0, 3.0], dtype=np.float32).reshape((2, 3)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        out = tf.cos(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


def case_39():
    x = tf.Variable(np.array([0.0, 0.0, 0.5], dtype=np.float32).reshape((3, 1)))
    y = tf.constant(np.array([-0.5, 2.0, 0.001], dtype=np.float32).reshape((3, 1)))
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(y)
        a = tf.exp(tf.where(x >= x, 0.0, x))
        x.assign_add(tf.ones_like(x) * 1.0)
        out = a * tf.nn.log_softmax(y)
    gx, gy = tape.gradient(out, [x, y])
    return [("out", out), ("dx", gx), ("dy", gy)]


for n in range(40):
    show(n, globals()[f"case_{n}"])
